/**
 * Capture text never stalls a build (issue #11).
 */
import { describe, expect, it } from "vitest";
import { firstSentence, headlineFromText } from "../../src/archive/normalise.js";

describe("firstSentence on the shape of issue #11", () => {
  // A brief whose text is one 160,000-character word before `J. Bakker zegt iets.` took 90 s.
  const word = "a".repeat(160_000);
  it("reads past the initial `J.`: it ends no sentence", () => {
    expect(firstSentence(`${word} J. Bakker zegt iets.`)).toBe(`${word} J. Bakker zegt iets.`);
    expect(firstSentence(`${word} J. Bakker zegt iets. Daarna meer.`)).toBe(`${word} J. Bakker zegt iets.`);
    expect(firstSentence(`${word}. Bakker zegt iets.`)).toBe(`${word}.`);
  });
  it("makes a headline of the first 100 characters", () => {
    expect(headlineFromText(`${word} J. Bakker zegt iets.`)).toBe(`${"a".repeat(100)}…`);
  });
});
