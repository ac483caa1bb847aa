/**
 * The page cache's entry fingerprints (src/cache/entry-fingerprint.ts): the same exactly when
 * the entries' JSON is the same, whichever objects they share, and in a later build too.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { EntryFingerprints } from "../../src/cache/entry-fingerprint.js";

const summary = (id: string, headline: string) => ({ id, url: `/kort/${id}/`, headline, lead: "Een lange inleiding die langer is dan vierenzestig tekens, zodat ze als digest meegaat.", section: null });

describe("entry fingerprints", () => {
  it("are equal for entries with equal JSON, shared or copied objects alike, in one build and the next", () => {
    const shared = summary("a", "Veerpont vaart weer");
    const one = new EntryFingerprints();
    const first = one.of({ url: "/x/", related: [shared, shared], story: { items: [shared] } });
    const second = one.of({ url: "/x/", related: [summary("a", "Veerpont vaart weer"), shared], story: { items: [{ ...shared }] } });
    expect(second).toBe(first);
    const nextBuild = new EntryFingerprints();
    expect(nextBuild.of({ url: "/x/", related: [summary("a", "Veerpont vaart weer"), summary("a", "Veerpont vaart weer")], story: { items: [summary("a", "Veerpont vaart weer")] } })).toBe(first);
  });

  it("differ when anything in the JSON differs, deep down too", () => {
    const fingerprints = new EntryFingerprints();
    const base = fingerprints.of({ url: "/x/", related: [summary("a", "Veerpont vaart weer")] });
    expect(fingerprints.of({ url: "/x/", related: [summary("a", "Veerpont vaart niet")] })).not.toBe(base);
    expect(fingerprints.of({ url: "/y/", related: [summary("a", "Veerpont vaart weer")] })).not.toBe(base);
    expect(fingerprints.of({ url: "/x/", related: [summary("a", "Veerpont vaart weer"), null] })).not.toBe(base);
    // The order of keys counts, as in JSON.
    expect(fingerprints.of({ b: 1, a: 2 })).not.toBe(fingerprints.of({ a: 2, b: 1 }));
  });

  it("read values as JSON.stringify does: short ones written out, toJSON used, undefined and functions left out", () => {
    const fingerprints = new EntryFingerprints();
    for (const value of [{ a: 1, b: "x", c: null, d: undefined, e: () => 1 }, [undefined, NaN, true], { g: new Date(Date.UTC(2026, 0, 2)) }, "tekst", 3]) {
      expect(fingerprints.of(value)).toBe(JSON.stringify(value));
    }
    // A long one stands in by its digest.
    expect(fingerprints.of({ lead: "x".repeat(100) })).toMatch(/^#[A-Za-z0-9+/]{43}=$/);
  });

  it("are equal exactly when JSON.stringify is (property test over nested JSON values)", () => {
    const json = fc.letrec((tie) => ({
      value: fc.oneof({ depthSize: "small" }, fc.string(), fc.integer(), fc.boolean(), fc.constant(null), fc.array(tie("value"), { maxLength: 4 }), fc.dictionary(fc.string({ maxLength: 3 }), tie("value"), { maxKeys: 4 })),
    })).value;
    fc.assert(
      fc.property(json, json, (a, b) => {
        const fingerprints = new EntryFingerprints();
        expect(fingerprints.of(a) === fingerprints.of(b)).toBe(JSON.stringify(a) === JSON.stringify(b));
      }),
      { numRuns: 500 },
    );
  });
});
