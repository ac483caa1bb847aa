/**
 * `draad export` over ../shared/corpus: 21 real page structures from different sites and years.
 * Counted independently from `draad parse`: 19 pages with an article, 45 sidebar and list briefs,
 * of which one text (the seed's KYIV brief) appears twice; no other brief recurs.
 */
import { describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import type { Archive } from "../../src/archive/index.js";
import { corpusDir, hasCorpus } from "../support/paths.js";

async function exportFolder(input: string, extra: string[] = []): Promise<{ code: number; archive: Archive; stderr: string }> {
  let out = "";
  let err = "";
  const code = await main(["export", "--input", input, ...extra], { stdout: (t) => (out += t), stderr: (t) => (err += t) });
  return { code, archive: JSON.parse(out) as Archive, stderr: err };
}

describe.skipIf(!hasCorpus)("draad export over the corpus", () => {
  // 47 (upday) is a list of five titled briefs without datelines, no longer one article with crossheads.
  it("gives 18 articles and 49 distinct briefs; the seed's KYIV brief is one item, posted twice", async () => {
    const { code, archive, stderr } = await exportFolder(corpusDir);
    expect(code).toBe(0);
    expect(stderr).toMatch(/21 capture\(s\).*18 article\(s\), 49 brief\(s\)/);
    expect(archive.summary).toMatchObject({ captures: 21, articles: 18, briefs: 49, reposted: 1 });
    const kyiv = archive.items.filter((i) => i.dateline?.placeRaw === "KYIV" && i.sightings.some((s) => s.capture === "00_seed_minsk.txt"));
    expect(kyiv).toHaveLength(1);
    // Without a capture time the ages still contradict each other within the one capture.
    expect(kyiv[0]).toMatchObject({ reposted: true, publishedFrom: null, publishedTo: null });
    expect(kyiv[0]!.sightings.map((s) => s.age).sort()).toEqual(["12 uur geleden", "13 uur geleden"]);
    expect(new Set(archive.items.map((i) => i.url)).size).toBe(archive.items.length);
  });

  it("dates the seed's briefs once a capture time is given", async () => {
    const { archive } = await exportFolder(corpusDir, ["--captured-at", "2025-11-22T10:00:00+01:00"]);
    const washington = archive.items.find((i) => i.paragraphs[0]?.startsWith("Elk vredesplan"))!;
    expect([washington.publishedFrom, washington.publishedTo]).toEqual(["2025-11-22T09:27:00+01:00", "2025-11-22T09:28:00+01:00"]);
  });
});

describe("draad export usage", () => {
  it("refuses an input that is not a folder, with exit status 2", async () => {
    let err = "";
    const code = await main(["export", "--input", "no/such/folder"], { stdout: () => {}, stderr: (t) => (err += t) });
    expect(code).toBe(2);
    expect(err).toContain("is not a folder");
  });
});
