/**
 * ownString / ownStrings (src/wire/own-strings.ts): what the archive keeps gets strings of its
 * own, so that a short slice of a capture (an age label, a headline) does not keep the whole
 * capture's text in memory. The copies must be equal to what they replace, code unit for code
 * unit, and must really not hold the text they were cut from.
 */
import fc from "fast-check";
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";
import { describe, expect, it } from "vitest";
import { ownString, ownStrings } from "../../src/wire/own-strings.js";

describe("ownString", () => {
  it("gives an equal string for any text, lone surrogates and all (property test)", () => {
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 60 }), (text) => ownString(text) === text));
    fc.assert(fc.property(fc.string({ unit: "grapheme", maxLength: 60 }), (text) => ownString(text) === text));
    expect(ownString("\ud800 half a pair and more text")).toBe("\ud800 half a pair and more text");
  });

  it("does not keep the text a slice was cut from, where the slice itself does", () => {
    setFlagsFromString("--expose-gc");
    const gc = runInNewContext("gc") as () => void;
    const keptMegabytes = (copy: (slice: string) => string): number => {
      gc();
      const before = process.memoryUsage().heapUsed;
      const kept: string[] = [];
      // 100 texts of 1 MB each, as if 100 captures, of which a 20-character age label is kept.
      for (let i = 0; i < 100; i++) kept.push(copy(`${i} uur geleden ${"x".repeat(1 << 20)}`.slice(0, 20)));
      gc();
      const grown = (process.memoryUsage().heapUsed - before) / 2 ** 20;
      expect(kept.every((label, i) => label === `${i} uur geleden ${"x".repeat(20)}`.slice(0, 20))).toBe(true);
      return grown;
    };
    expect(keptMegabytes((slice) => slice)).toBeGreaterThan(50);
    expect(keptMegabytes(ownString)).toBeLessThan(5);
  });
});

describe("ownStrings", () => {
  it("leaves a value equal to what it was, in place, shared and frozen parts included", () => {
    const shared = { place: "AMSTERDAM", text: "een tekst van meer dan dertien tekens" };
    const frozen = Object.freeze({ from: -Infinity, label: "nooit gedateerd, bevroren" });
    const frozenList = Object.freeze(["een bevroren lijst met lange tekst"]);
    const value = { reports: [shared, shared, { interval: frozen, lines: ["a", "een regel van enige lengte", 3, null], captions: frozenList }], name: "2024/01/capture-met-een-naam.txt" };
    const before = structuredClone(value);
    expect(ownStrings(value)).toBe(value);
    expect(value).toEqual(before);
    expect(value.reports[0]).toBe(value.reports[1]);
    expect(value.reports[2]!).toHaveProperty("interval", frozen);
  });

  it("walks a cycle once", () => {
    const node: { self?: unknown; text: string } = { text: "een tekst die lang genoeg is" };
    node.self = node;
    expect(ownStrings(node).text).toBe("een tekst die lang genoeg is");
  });
});
