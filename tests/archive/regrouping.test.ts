/**
 * draad serve groups again only what changed captures touch (Regrouping, src/archive/merge.ts):
 * after any series of captures added, removed and rewritten, its groups must be the ones
 * groupReports makes of the same reports from scratch, in the same order with members in the
 * same order, and it must have grouped fewer reports than a clean merge does.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { placeResolver } from "../../src/archive/index.js";
import { compareReports, groupReports, Regrouping, type GroupKeysMemo, type ReportGroup } from "../../src/archive/merge.js";
import { reportsOfCapture, type Report } from "../../src/archive/reports.js";
import { parseCapture } from "../../src/wire/index.js";
import { generateCaptures } from "../../bench/generate-corpus.js";

const NOW = Date.parse("2026-01-01T00:00:00Z");
const places = placeResolver();

function captureFiles(dir: string): { source: string; text: string }[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.endsWith(".txt"))
    .sort()
    .map((f) => ({ source: join(dir, f), text: readFileSync(join(dir, f), "utf8") }));
}

/** The demo content, the parser fixtures and 300 generated captures (briefs cut off, ticker lines, repeated pages). */
const CAPTURES = [
  ...captureFiles("content/wire"),
  ...captureFiles("tests/fixtures/wire"),
  ...[...generateCaptures({ seed: 7, captures: 300 })].map((c) => ({ source: `generated/${c.name}`, text: c.text })),
];

const reportsOf = (capture: { source: string; text: string }): Report[] =>
  reportsOfCapture(parseCapture(capture.text, { source: capture.source, nowMs: NOW }), places);

/** In the order ArchiveBuilder.finish sorts them. */
const inMergeOrder = (reports: Report[]) => reports.sort(compareReports);

/** Groups as lists of report positions, in the order they come. */
function shape(groups: ReportGroup[], reports: Report[]): string[] {
  const at = new Map(reports.map((r, i) => [r, i]));
  return groups.map((g) => `${g.kind}:${g.members.map((m) => at.get(m)).join(",")}`);
}

describe("Regrouping: grouping again only what changed", () => {
  const parsed = CAPTURES.map(reportsOf);

  it("the captures hold cut-off briefs, ticker lines that join a group, and articles seen twice", () => {
    const all = inMergeOrder(parsed.flat());
    const groups = groupReports(all);
    expect(groups.some((g) => g.members.some((m) => m.kind === "ticker")), "a ticker line joins").toBe(true);
    expect(groups.some((g) => g.kind === "brief" && new Set(g.members.map((m) => m.comparison)).size > 1), "briefs of more than one text in one group").toBe(true);
    expect(groups.some((g) => g.kind === "article" && g.members.length > 1), "an article seen twice").toBe(true);
  });

  it("gives the groups of a clean grouping after every step of any series of edits", () => {
    // A step: a capture in or out, or rewritten (its reports made again: new objects, as a changed file gives).
    const step = fc.record({ capture: fc.nat({ max: CAPTURES.length - 1 }), kind: fc.constantFrom("toggle", "toggle", "rewrite") });
    fc.assert(
      fc.property(fc.array(fc.array(step, { minLength: 1, maxLength: 4 }), { minLength: 1, maxLength: 6 }), fc.nat({ max: 1000 }), (steps, seed) => {
        const current = parsed.map((reports, i) => ((i * 7 + seed) % 5 === 0 ? null : reports));
        const memo: GroupKeysMemo = new WeakMap();
        const regrouping = new Regrouping(memo);
        const reportsNow = () => inMergeOrder(current.flatMap((r) => r ?? []));
        const lists = () => current.filter((r): r is Report[] => r !== null);
        let reports = reportsNow();
        expect(shape(regrouping.group(reports, lists()), reports)).toEqual(shape(groupReports(reports), reports));
        for (const edits of steps) {
          for (const { capture, kind } of edits) {
            if (kind === "toggle") current[capture] = current[capture] ? null : parsed[capture]!;
            else current[capture] = reportsOf(CAPTURES[capture]!);
          }
          reports = reportsNow();
          const kept = shape(regrouping.group(reports, lists()), reports);
          expect(regrouping.regrouped, "fewer reports grouped than a clean merge").toBeLessThan(reports.length);
          expect(kept).toEqual(shape(groupReports(reports), reports));
        }
      }),
      { numRuns: 40, seed: 20261203 },
    );
  });

  it("never changes the groups it keeps when a ticker line joins one", () => {
    const reports = inMergeOrder(parsed.flat());
    const regrouping = new Regrouping(new WeakMap());
    const first = shape(regrouping.group(reports, parsed), reports);
    // The same reports again: tickers joined the last time must not still be in the kept groups.
    expect(shape(regrouping.group(reports, parsed), reports)).toEqual(first);
    expect(regrouping.regrouped).toBe(reports.filter((r) => r.kind === "ticker").length);
  });
});
