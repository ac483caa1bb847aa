/**
 * sameJson (src/cache/same-json.ts), which lets draad serve keep a page's key when its entry is
 * sure to give the same JSON: it must never say "same" for values whose JSON differs, and it says
 * so at once for the same object.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sameJson } from "../../src/cache/same-json.js";

describe("sameJson", () => {
  it("is true for equal plain values, shared or copied", () => {
    const summary = { id: "a", times: { clock: "10:50", withYear: ["22 nov. 2025", "10:50"] }, section: null };
    expect(sameJson({ items: [summary, summary] }, { items: [summary, structuredClone(summary)] })).toBe(true);
    expect(sameJson("x", "x")).toBe(true);
    expect(sameJson([], [])).toBe(true);
  });

  it("is false for any difference, deep down, in key order, or where it cannot be sure", () => {
    const a = { id: "a", times: { clock: "10:50" }, list: [1, 2] };
    expect(sameJson(a, { id: "a", times: { clock: "10:51" }, list: [1, 2] })).toBe(false);
    expect(sameJson(a, { id: "a", times: { clock: "10:50" }, list: [1, 2, 3] })).toBe(false);
    expect(sameJson(a, { times: { clock: "10:50" }, id: "a", list: [1, 2] })).toBe(false);
    expect(sameJson({ a: undefined }, {})).toBe(false);
    expect(sameJson([1], { 0: 1 })).toBe(false);
    // Not plain JSON: never "same" (the caller hashes the JSON instead).
    expect(sameJson(new Date(0), new Date(1))).toBe(false);
    expect(sameJson({ d: new Date(0) }, { d: new Date(0) })).toBe(false);
    expect(sameJson(NaN, NaN)).toBe(false);
    const same = NaN;
    expect(sameJson(same, same)).toBe(false);
  });

  it("never says same for values whose JSON differs (property test)", () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: "small" }, fc.string({ maxLength: 3 }), fc.integer({ min: -3, max: 3 }), fc.boolean(), fc.constant(null), fc.constant(undefined), fc.array(tie("value"), { maxLength: 3 }), fc.dictionary(fc.constantFrom("a", "b", "c"), tie("value"), { maxKeys: 3 })),
    })).value;
    fc.assert(
      fc.property(json, json, (a, b) => {
        if (sameJson(a, b)) expect(JSON.stringify(a)).toBe(JSON.stringify(b));
        // And a JSON value is the same as its copy.
        const plain: unknown = JSON.parse(JSON.stringify(a) ?? "null");
        expect(sameJson(plain, structuredClone(plain))).toBe(true);
      }),
      { numRuns: 2000 },
    );
  });
});
