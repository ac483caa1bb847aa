/**
 * draad serve hands the same report objects to every merge and keeps what grouping derives
 * from each (its keys, its title in comparison form) in a GroupKeysMemo (src/archive/merge.ts).
 * The groups must be the ones a merge without it makes, on the first merge and on every later one.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { leadingWords } from "../../src/archive/normalise.js";
import { placeResolver } from "../../src/archive/index.js";
import { groupReports, type GroupKeysMemo, type ReportGroup } from "../../src/archive/merge.js";
import { reportsOfCapture, type Report } from "../../src/archive/reports.js";
import { parseCapture } from "../../src/wire/index.js";

function captureFiles(dir: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(".txt")).sort().map((f) => join(dir, f));
}

/** Every report of the demo content and of the parser fixtures, in one list. */
function allReports(): Report[] {
  const places = placeResolver();
  return [...captureFiles("content/wire"), ...captureFiles("tests/fixtures/wire")].flatMap((path) =>
    reportsOfCapture(parseCapture(readFileSync(path, "utf8"), { source: path, nowMs: Date.parse("2026-01-01T00:00:00Z") }), places),
  );
}

/** Groups as lists of report positions, in the order groupReports gives them. */
function shape(groups: ReportGroup[], reports: Report[]): string[] {
  const at = new Map(reports.map((r, i) => [r, i]));
  return groups.map((g) => `${g.kind}:${g.members.map((m) => at.get(m)).join(",")}`);
}

describe("grouping with the keys of earlier merges kept", () => {
  const reports = allReports();
  const clean = shape(groupReports(reports), reports);

  it("the inputs hold articles, briefs and ticker lines, and some ticker line joins a group", () => {
    for (const kind of ["article", "brief", "ticker"]) expect(reports.some((r) => r.kind === kind), kind).toBe(true);
    const joined = groupReports(reports).some((g) => g.members.some((m) => m.kind === "ticker"));
    expect(joined).toBe(true);
  });

  it("gives the groups of a merge without it, the first time and the next", () => {
    const memo: GroupKeysMemo = new WeakMap();
    expect(shape(groupReports(reports, memo), reports)).toEqual(clean);
    expect(reports.every((r) => memo.has(r))).toBe(true);
    expect(shape(groupReports(reports, memo), reports)).toEqual(clean);
  });

  it("gives the groups of a merge without it when reports come and go between merges", () => {
    const memo: GroupKeysMemo = new WeakMap();
    const fewer = reports.filter((_, i) => i % 3 !== 0);
    expect(shape(groupReports(fewer, memo), fewer)).toEqual(shape(groupReports(fewer), fewer));
    expect(shape(groupReports(reports, memo), reports)).toEqual(clean);
  });
});

describe("leadingWords", () => {
  it("gives what splitting on spaces and joining the first words gives", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("a", "bb", " ", "  ", "é", ""), { maxLength: 30 }).map((parts) => parts.join("")), fc.integer({ min: 0, max: 14 }), (text, count) => {
        expect(leadingWords(text, count)).toBe(text.split(" ").slice(0, count).join(" "));
      }),
    );
  });
});
