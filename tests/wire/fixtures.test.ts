/**
 * Fixture pairs: tests/fixtures/wire/<case>.txt is parsed and must match <case>.json (objects as
 * subsets, arrays exactly). A missing .json is written only with UPDATE=1, for a person to review.
 */
import { existsSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCaptureInDetail } from "../../src/wire/index.js";
import { expectSchemaValid } from "../support/schema.js";
import { lostWords } from "../support/coverage.js";
import { projectRoot } from "../support/paths.js";

const folder = "tests/fixtures/wire/";
const cases = readdirSync(projectRoot + folder)
  .filter((name) => name.endsWith(".txt"))
  .sort()
  .map((name) => name.slice(0, -4));

describe("wire fixtures", () => {
  it("has a fixture for every family", () => {
    expect(cases.length).toBeGreaterThanOrEqual(25);
  });
  for (const name of cases) {
    it(name, () => {
      const source = `${folder}${name}.txt`;
      const { record, text, bodyStart } = parseCaptureInDetail(readFileSync(projectRoot + source), { source });
      const expectedPath = `${projectRoot}${folder}${name}.json`;
      if (!existsSync(expectedPath)) {
        if (process.env.UPDATE !== "1") throw new Error(`${folder}${name}.json is missing; run with UPDATE=1 to write it, then review it by hand`);
        writeFileSync(expectedPath, JSON.stringify(record, null, 2) + "\n");
      }
      expect(record).toMatchObject(JSON.parse(readFileSync(expectedPath, "utf8")));
      expectSchemaValid(record);
      expect(lostWords(text.slice(bodyStart), record)).toEqual([]);
      for (const item of record.related?.items ?? []) {
        expect(item.span.end).toBeGreaterThan(item.span.start);
        expect(text.slice(item.span.start, item.span.end).replace(/\s+/g, " ")).toContain(item.text.slice(0, 30));
      }
    });
  }
});
