/**
 * The JSON a page's cache key is taken from (src/cache/page-cache.ts pageJson): a shared value
 * (src/site/pages/shared-values.ts) stands there as the hash of its own JSON, so two entries
 * give the same JSON exactly when they hold equal values.
 */
import { describe, expect, it } from "vitest";
import { pageJson } from "../../src/cache/page-cache.js";
import { forKey, isSharedValue, keyedValue, sharedValue } from "../../src/site/pages/shared-values.js";
import { InputValues } from "../../src/site/pages/inputs.js";

const summary = (headline: string) => ({ id: "a", headline, lead: "De brug over het kanaal bij Zuidbroek gaat het hele weekend dicht voor onderhoud aan de kleppen.", times: { parts: [{ text: "10:50" }] } });

describe("page JSON for cache keys", () => {
  it("a shared value counts by its content: equal ones give the same JSON, any change deep down another", () => {
    const one = sharedValue(summary("Brug dicht"));
    const same = sharedValue(summary("Brug dicht"));
    const other = sharedValue({ ...summary("Brug dicht"), times: { parts: [{ text: "10:51" }] } });
    expect(pageJson({ items: [one] })).toBe(pageJson({ items: [same] }));
    expect(pageJson({ items: [one] })).not.toBe(pageJson({ items: [other] }));
    // Shorter than the value written out: that is the point.
    expect(pageJson({ items: [one, one, one] }).length).toBeLessThan(JSON.stringify({ items: [one, one, one] }).length);
  });

  it("a shared value is frozen through and through, so it cannot change after its hash was taken", () => {
    const value = sharedValue(summary("Brug dicht"));
    expect(isSharedValue(value)).toBe(true);
    expect(isSharedValue(summary("Brug dicht"))).toBe(false);
    expect(() => {
      (value.times.parts[0] as { text: string }).text = "11:00";
    }).toThrow(TypeError);
  });

  it("no text can pass for a shared value: a string that spells its stand-in gives other JSON", () => {
    const value = sharedValue(summary("Brug dicht"));
    const json = pageJson({ item: value });
    const standIn = JSON.parse(json).item as Record<string, string>;
    expect(Object.keys(standIn)).toEqual(["\u0000shared"]);
    expect(pageJson({ item: JSON.stringify(standIn) })).not.toBe(json);
    expect(pageJson({ item: standIn["\u0000shared"] })).not.toBe(json);
  });

  it("outside a key, a shared value is written, spread and cloned as the plain value it is", () => {
    const plain = summary("Brug dicht");
    const value = sharedValue(summary("Brug dicht"));
    expect(JSON.stringify({ item: value })).toBe(JSON.stringify({ item: plain }));
    expect(Object.keys(value)).toEqual(Object.keys(plain));
    expect({ ...value }).toEqual(plain);
    // Render workers get entries by structured clone: the stand-in's toJSON must not stop it.
    expect(structuredClone(value)).toEqual(plain);
    // The hash in a key is that of the value's full JSON, with shared values inside it written out.
    const inner = sharedValue(summary("Sluis open"));
    const outer = sharedValue({ ...summary("Brug dicht"), inner });
    const json = pageJson({ item: outer });
    expect(JSON.stringify({ item: outer })).toContain("Sluis open");
    expect(json).not.toContain("Sluis open");
    expect(pageJson({ item: outer })).toBe(json);
  });

  it("a key taken after a failed key is still a key (the stand-in mode is switched off again)", () => {
    const value = sharedValue(summary("Brug dicht"));
    const cyclic: Record<string, unknown> = { value };
    cyclic.self = cyclic;
    expect(() => pageJson(cyclic)).toThrow(TypeError);
    expect(JSON.stringify({ value })).toContain("Brug dicht");
  });
});

describe("values known by a key (keyedValue): an item's texts in a report page's key", () => {
  const paragraphs = () => ["De veerboot naar Vlieland vaart zaterdag een uur later.", "Rederij Waddenpont noemt de storm als reden."];

  it("a keyed value stands in the key as its key, not its text; an unkeyed one as its text", () => {
    const keyed = keyedValue(paragraphs(), "groep-1:paragraphs");
    const inputs = new InputValues();
    inputs.shallow(keyed);
    inputs.shallow(paragraphs());
    const json = pageJson(inputs.values);
    expect(JSON.parse(json)[0]).toEqual({ "\u0000keyed": "groep-1:paragraphs" });
    expect(json.match(/Vlieland/g)).toHaveLength(1);
    // Another key (another group of reports) gives another page key; the same key the same.
    const other = new InputValues();
    other.shallow(keyedValue(paragraphs(), "groep-2:paragraphs"));
    other.shallow(paragraphs());
    expect(pageJson(other.values)).not.toBe(json);
    const same = new InputValues();
    same.shallow(keyedValue(paragraphs(), "groep-1:paragraphs"));
    same.shallow(paragraphs());
    expect(pageJson(same.values)).toBe(json);
  });

  it("a value keeps its first key, and outside a key it is the plain value it is", () => {
    const value = keyedValue(paragraphs(), "groep-1:paragraphs");
    keyedValue(value, "groep-9:paragraphs");
    expect(forKey(value)).toEqual({ "\u0000keyed": "groep-1:paragraphs" });
    expect(JSON.stringify(value)).toBe(JSON.stringify(paragraphs()));
    expect(forKey("groep-1:paragraphs")).toBe("groep-1:paragraphs");
    // A text that spells the stand-in is a string in the key, not the stand-in.
    const spelled = new InputValues();
    spelled.shallow(JSON.stringify({ "\u0000keyed": "groep-1:paragraphs" }));
    const real = new InputValues();
    real.shallow(value);
    expect(pageJson(spelled.values)).not.toBe(pageJson(real.values));
  });

  it("derived inputs are keyed by what they are made of, each part by its key where it has one", () => {
    const sightings = keyedValue([{ capture: "a.txt", posting: 0 }], "groep-1:sightings");
    const linked = [{ capture: "a.txt", posting: 0, item: "x1", url: "/kort/x1/" }];
    const inputs = new InputValues();
    inputs.derived(linked, () => ["x1", "/kort/x1/", sightings]);
    expect(JSON.parse(pageJson(inputs.values))).toEqual([["x1", "/kort/x1/", { "\u0000keyed": "groep-1:sightings" }]]);
  });
});
