/**
 * Every pattern in vocabulary.ts against long adversarial lines: none may backtrack
 * catastrophically (each run stays far below a second on 20,000 characters).
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import * as vocabulary from "../../src/wire/vocabulary.js";

const patterns = Object.entries(vocabulary).filter((entry): entry is [string, RegExp] => entry[1] instanceof RegExp);
const N = 20_000;
const adversarial = [
  "A ".repeat(N / 2),
  "a".repeat(N),
  "AB CD ".repeat(N / 6),
  "(ANP".repeat(N / 4),
  "(ANP/".repeat(N / 5),
  "Den Haag ".repeat(N / 9),
  "1-1 ".repeat(N / 4),
  "Door Jan ".repeat(N / 9),
  "Bron: ANP ".repeat(N / 10),
  "Foto Jan ".repeat(N / 9),
  "'s-".repeat(N / 3),
  "12-03-2019 ".repeat(N / 11),
  "- ".repeat(N / 2),
  "x. ".repeat(N / 3),
  "Lees verder op ".repeat(N / 15),
  "https://".repeat(N / 8),
  "KLEUNT 5 ".repeat(N / 9),
];

describe("vocabulary patterns do not backtrack catastrophically", () => {
  it("has patterns to check", () => expect(patterns.length).toBeGreaterThan(40));
  for (const [name, pattern] of patterns) {
    it(name, () => {
      let slowest = 0;
      for (const base of adversarial) {
        for (const line of [base, base + "!", "Kop " + base + " - x"]) {
          pattern.lastIndex = 0;
          const started = performance.now();
          if (pattern.global) line.match(pattern);
          else pattern.exec(line);
          slowest = Math.max(slowest, performance.now() - started);
        }
      }
      pattern.lastIndex = 0;
      expect(slowest).toBeLessThan(500);
    });
  }
});

describe("endsWithClosingPunctuation", () => {
  // The regular expression it replaced, read from the end instead of tried at every position.
  const CLOSING_PUNCTUATION = /[.!?:;…,]["'”’»)]*$/u;

  it("says what the regular expression said, for any text of these characters", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom(..."a .!?:;…,\"'”’»)(-x\n".split("")), { maxLength: 12 }), (chars) => {
        const text = chars.join("");
        expect(vocabulary.endsWithClosingPunctuation(text), JSON.stringify(text)).toBe(CLOSING_PUNCTUATION.test(text));
      }),
      { numRuns: 2000 },
    );
    expect(vocabulary.endsWithClosingPunctuation('zei hij."')).toBe(true);
    expect(vocabulary.endsWithClosingPunctuation("Nieuwe brug over de IJssel")).toBe(false);
    expect(vocabulary.endsWithClosingPunctuation("")).toBe(false);
  });

  it("reads a long run of closing quotes in linear time", () => {
    expect(vocabulary.endsWithClosingPunctuation(".".concat("”".repeat(N)))).toBe(true);
    expect(vocabulary.endsWithClosingPunctuation("x".concat(")".repeat(N)))).toBe(false);
  });
});
