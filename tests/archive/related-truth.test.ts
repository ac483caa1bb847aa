/**
 * Related items measured against the demo's ground truth (issue #14): `relatedGroups` in
 * tests/fixtures/archive/demo-truth.json says which demo reports belong together (one story, one
 * subject: ferries, bakers, libraries, councils, football, ...). A related item shown is right
 * when it shares a group with the item. At least 80% of the related items shown must be right;
 * the test prints how many were shown, how many right, and how many items in a group found a
 * partner, so a change that trades precision for recall (or the other way) is visible.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { comparisonText, type ArchiveItem } from "../../src/archive/index.js";
import { exportDemo } from "../support/archive.js";

interface TruthReport {
  key: string;
  kind: "article" | "brief";
  headline: string | null;
  text?: string;
  textStart: string;
}
const truth = JSON.parse(readFileSync("tests/fixtures/archive/demo-truth.json", "utf8")) as { reports: TruthReport[]; relatedGroups: Record<string, string[]> };

describe("related items on the demo", async () => {
  const archive = await exportDemo();
  const itemOf = (report: TruthReport): ArchiveItem | undefined =>
    report.kind === "brief"
      ? archive.items.find((i) => i.kind === "brief" && comparisonText(i.paragraphs.join(" ")) === comparisonText(report.text!))
      : archive.items.find((i) => i.kind === "article" && i.headline === report.headline && i.paragraphs[0]!.startsWith(report.textStart));
  const groupsOfItem = new Map<string, Set<string>>();
  for (const [group, keys] of Object.entries(truth.relatedGroups)) {
    for (const key of keys) {
      const report = truth.reports.find((r) => r.key === key);
      expect(report, `relatedGroups names ${key}, which is no report`).toBeDefined();
      const item = itemOf(report!)!;
      if (!groupsOfItem.has(item.id)) groupsOfItem.set(item.id, new Set());
      groupsOfItem.get(item.id)!.add(group);
    }
  }
  const inTruth = truth.reports.map(itemOf).filter((i): i is ArchiveItem => i !== undefined);

  it("shows related items that are right at least 8 times in 10", () => {
    let shown = 0;
    let right = 0;
    const wrong: string[] = [];
    for (const item of inTruth) {
      const mine = groupsOfItem.get(item.id) ?? new Set<string>();
      for (const id of item.related) {
        shown++;
        const theirs = groupsOfItem.get(id) ?? new Set<string>();
        if ([...mine].some((g) => theirs.has(g))) right++;
        else wrong.push(`${item.headline.slice(0, 50)} -> ${archive.items.find((i) => i.id === id)?.headline.slice(0, 50)}`);
      }
    }
    const grouped = inTruth.filter((i) => groupsOfItem.has(i.id));
    const found = grouped.filter((i) => i.related.some((id) => [...(groupsOfItem.get(i.id) ?? [])].some((g) => groupsOfItem.get(id)?.has(g)))).length;
    console.log(`[related] ${shown} related items shown on ${inTruth.length} items, ${right} right (${((100 * right) / Math.max(shown, 1)).toFixed(0)}%); ${found} of ${grouped.length} items in a group show a partner`);
    if (wrong.length) console.log(`[related] not right:\n  ${wrong.join("\n  ")}`);
    expect(shown).toBeGreaterThan(0);
    expect(right / shown).toBeGreaterThanOrEqual(0.8);
  });
});
