/**
 * Fields right per corpus expectation file (tests/support/corpus-score.ts), printed on every run
 * so a change to the parser shows its effect on both site families at a glance.
 */
import { existsSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { EXPECTATION_FILES, formatScore, scoreExpectationFile } from "../support/corpus-score.js";
import { hasCorpus, sharedRoot } from "../support/paths.js";

/** Fields right at least: a ratchet, raised as the parser learns; never lowered. */
const AT_LEAST: Record<string, number> = {
  "corpus.expected.json": 362,
  "corpus-other-sites.expected.json": 89,
};

describe.skipIf(!hasCorpus)("corpus score", () => {
  for (const { expectationFile, folder } of EXPECTATION_FILES) {
    it.skipIf(!existsSync(sharedRoot + expectationFile))(`${expectationFile}: fields right`, () => {
      const score = scoreExpectationFile(expectationFile, folder);
      console.log(formatScore(score).split("\n")[0]);
      expect(score.right, formatScore(score)).toBeGreaterThanOrEqual(AT_LEAST[expectationFile]!);
    });
  }
});
