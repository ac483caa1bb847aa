/**
 * Every pattern in vocabulary.ts against long adversarial lines: none may backtrack
 * catastrophically (each run stays far below a second on 20,000 characters).
 */
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
