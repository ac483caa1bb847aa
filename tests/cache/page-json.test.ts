/**
 * The JSON a page's cache key is taken from (src/cache/page-cache.ts pageJson): a shared value
 * (src/site/pages/shared-values.ts) stands there as the hash of its own JSON, so two entries
 * give the same JSON exactly when they hold equal values.
 */
import { describe, expect, it } from "vitest";
import { pageJson } from "../../src/cache/page-cache.js";
import { isSharedValue, sharedValue } from "../../src/site/pages/shared-values.js";

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
