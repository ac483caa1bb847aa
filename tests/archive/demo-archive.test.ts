/**
 * The archive of the demo content against its ground truth (tests/fixtures/archive/demo-truth.json,
 * written with the captures: every report, where it was seen, when it was really published).
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { comparisonText } from "../../src/archive/index.js";
import type { Archive, ArchiveItem } from "../../src/archive/index.js";
import { parseTimestamp } from "../../src/wire/amsterdam-time.js";
import { exportDemo } from "../support/archive.js";

interface TruthReport {
  key: string;
  kind: "article" | "brief";
  section: string;
  headline: string | null;
  placeRaw: string;
  agencies: string[];
  published: string;
  seenIn: string[];
  sightings: { file: string; ageRaw?: string }[];
  storyKey: string | null;
  leadOfArticle: string | null;
  reposted: boolean;
  /** An article whose page states its publication (`zondag 23 november 2025 - 09:12 uur`), and its last update. */
  dateLine?: string;
  updated?: string;
  /** Briefs: the whole text. Articles: the headline and the first words instead. */
  text?: string;
  textStart: string;
  paragraphs?: number;
}
const truth = JSON.parse(readFileSync("tests/fixtures/archive/demo-truth.json", "utf8")) as { reports: TruthReport[] };
const SEED = "2025-11-22T1000-minsk-seed.txt";
const ms = (iso: string | null) => (iso === null ? null : parseTimestamp(iso)!.epochMs);

describe("draad export over the demo content", async () => {
  const archive: Archive = await exportDemo();
  const fromSeed = (item: ArchiveItem) => item.sightings.some((s) => s.capture === SEED);
  const find = (report: TruthReport) =>
    report.kind === "brief"
      ? archive.items.filter((i) => i.kind === "brief" && comparisonText(i.paragraphs.join(" ")) === comparisonText(report.text!))
      : archive.items.filter((i) => i.kind === "article" && i.headline === report.headline && i.paragraphs[0]!.startsWith(report.textStart));

  it("has every report once: 127 invented reports plus the seed's article and 6 distinct briefs", () => {
    expect(archive.summary).toMatchObject({ captures: 34, rejectedCaptures: 0, articles: 30 + 1, briefs: 97 + 6, reposted: 2, stories: 1 });
    expect(archive.items).toHaveLength(truth.reports.length + 7);
    for (const report of truth.reports) expect(find(report), report.key).toHaveLength(1);
    // Nothing in the archive that is not in the truth (or the seed).
    const found = new Set(truth.reports.map((r) => find(r)[0]!.id));
    expect(archive.items.filter((i) => !found.has(i.id)).every(fromSeed)).toBe(true);
  });

  it("lists every capture a report was seen in, with its age label", () => {
    for (const report of truth.reports) {
      const item = find(report)[0]!;
      const seen = item.sightings.filter((s) => s.role !== "ticker").map((s) => s.capture);
      expect([...new Set(seen)].sort(), report.key).toEqual([...report.seenIn].sort());
      const ages = item.sightings.filter((s) => s.role === "sidebar" || s.role === "list").map((s) => `${s.capture} ${s.age}`).sort();
      expect(ages, report.key).toEqual(report.sightings.filter((s) => s.ageRaw).map((s) => `${s.file} ${s.ageRaw}`).sort());
    }
  });

  it("dates every report by an interval that holds its true publication time", () => {
    for (const report of truth.reports) {
      const item = find(report)[0]!;
      const published = ms(report.published)!;
      if (item.publishedFrom !== null) expect(ms(item.publishedFrom)!, report.key).toBeLessThanOrEqual(published);
      expect(item.publishedTo, report.key).not.toBeNull();
      expect(ms(item.publishedTo)!, report.key).toBeGreaterThanOrEqual(published);
    }
  });

  it("dates every brief at least as tightly as its tightest sighting, and to the minute where a clock pins it", () => {
    for (const report of truth.reports.filter((r) => r.kind === "brief" && !r.reposted)) {
      const item = find(report)[0]!;
      const width = ms(item.publishedTo)! - ms(item.publishedFrom)!;
      const widths = item.sightings.filter((s) => s.publishedFrom && s.publishedTo).map((s) => ms(s.publishedTo)! - ms(s.publishedFrom)!);
      expect(width, report.key).toBeLessThanOrEqual(Math.min(...widths));
      if (item.sightings.some((s) => s.role === "ticker" || /\d[:.]\d\d/.test(s.age ?? ""))) expect(width, report.key).toBeLessThanOrEqual(60_000);
    }
  });

  it("keeps an article without age known only as existing at its earliest capture", () => {
    const byDateLine = new Set(truth.reports.filter((r) => r.dateLine).map((r) => find(r)[0]!.id));
    const undated = archive.items.filter((i) => i.kind === "article" && i.briefIds.length === 0 && i.sightings.every((s) => s.age === null) && !byDateLine.has(i.id));
    expect(undated.length).toBeGreaterThan(0);
    for (const item of undated) {
      expect(item.publishedFrom).toBeNull();
      const earliest = Math.min(...item.sightings.map((s) => ms(s.capturedAt)!));
      expect(ms(item.publishedTo)).toBe(earliest);
    }
  });

  it("dates an article by the date line its page states, and keeps the update the page states", () => {
    const stated = truth.reports.filter((r) => r.dateLine);
    expect(stated.length).toBeGreaterThan(0);
    for (const report of stated) {
      const item = find(report)[0]!;
      expect([ms(item.publishedFrom), ms(item.publishedTo)! + 1000], report.key).toEqual([ms(report.published), ms(report.published)! + 60_000]);
      expect([ms(item.updatedFrom), ms(item.updatedTo)! + 1000], report.key).toEqual([ms(report.updated!), ms(report.updated!)! + 60_000]);
    }
    // No other report's page states an update.
    expect(archive.items.filter((i) => i.updatedFrom !== null)).toHaveLength(stated.filter((r) => r.updated).length);
  });

  it("marks the reposted brief, dates it by its first posting and reports it", () => {
    const ring = truth.reports.find((r) => r.reposted)!;
    const item = find(ring)[0]!;
    expect(item.reposted).toBe(true);
    expect(item.postings).toHaveLength(2);
    expect(ms(item.publishedTo)!).toBeGreaterThanOrEqual(ms(ring.published)!);
    expect(ms(item.publishedTo)!).toBeLessThan(ms("2025-11-22T08:35:00+01:00")!);
    expect(archive.diagnostics.some((d) => d.code === "reposted-report" && d.message.includes(item.id))).toBe(true);
    const kyiv = archive.items.filter((i) => fromSeed(i) && i.dateline?.placeRaw === "KYIV");
    expect(kyiv).toHaveLength(1);
    expect(kyiv[0]!.reposted).toBe(true);
    expect(kyiv[0]!.sightings.map((s) => s.posting).sort()).toEqual([0, 1]);
  });

  it("links every lead brief to its article, both ways, and no other brief", () => {
    for (const report of truth.reports.filter((r) => r.kind === "brief")) {
      const item = find(report)[0]!;
      if (report.leadOfArticle === null) {
        expect(item.articleId, report.key).toBeNull();
        continue;
      }
      const article = find(truth.reports.find((r) => r.key === report.leadOfArticle)!)[0]!;
      expect(item.articleId, report.key).toBe(article.id);
      expect(article.briefIds, report.key).toContain(item.id);
      expect(item.publishedTo).toBe(article.publishedTo);
    }
  });

  it("carries every sighting that bounds a report's date: its own of the first posting and those of the items it was dated with", () => {
    let linked = 0;
    for (const item of archive.items) {
      const rows = [...item.sightings.filter((s) => s.posting === 0), ...item.linkedSightings];
      const from = rows.map((s) => ms(s.publishedFrom)).filter((t) => t !== null);
      const to = rows.map((s) => ms(s.publishedTo)).filter((t) => t !== null);
      expect(from.length ? Math.max(...from) : null, item.id).toBe(ms(item.publishedFrom));
      expect(to.length ? Math.min(...to) : null, item.id).toBe(ms(item.publishedTo));
      // A linked sighting is one of the linked item's own, and only of linked items.
      const partners = new Set(item.articleId ? [item.articleId, ...archive.items.find((i) => i.id === item.articleId)!.briefIds] : item.briefIds);
      for (const s of item.linkedSightings) {
        expect(partners.has(s.item) && s.item !== item.id, item.id).toBe(true);
        const partner = archive.items.find((i) => i.id === s.item)!;
        expect(partner.url).toBe(s.url);
        expect(partner.sightings.some((own) => own.capture === s.capture && own.line === s.line && own.column === s.column && own.posting === 0), item.id).toBe(true);
      }
      if (item.linkedSightings.length > 0) linked++;
    }
    // Every lead brief and its article (21 pairs in the demo) were dated together.
    expect(linked).toBe(2 * archive.items.filter((i) => i.kind === "brief" && i.articleId).length);
  });

  it("gives each report its section, headline, place and agencies", () => {
    for (const report of truth.reports) {
      const item = find(report)[0]!;
      expect(item.section, report.key).toBe(report.section);
      if (report.headline !== null) expect(item.headline, report.key).toBe(report.headline);
      else expect(item.headlineSource, report.key).toBe("first-sentence");
      expect(item.agencies, report.key).toEqual(report.agencies.map((a) => a.toUpperCase()));
    }
  });

  it("merges place spellings: DEN BOSCH with 'S-HERTOGENBOSCH, REYKJAVIK with REYKJAVÍK, KOPENHAGEN/MALMÖ in both", () => {
    const place = (id: string) => archive.places.find((p) => p.id === id);
    expect(place("s-hertogenbosch")).toMatchObject({ name: "'s-Hertogenbosch" });
    expect(place("den-bosch")).toBeUndefined();
    expect(place("reykjavik")).toMatchObject({ name: "Reykjavík", variants: ["Reykjavik", "Reykjavík"] });
    const both = archive.items.find((i) => i.dateline?.placeRaw === "KOPENHAGEN/MALMÖ")!;
    expect(both.places).toEqual(["kopenhagen", "malmo"]);
    expect(place("malmo")).toMatchObject({ name: "Malmö" });
  });

  it("forms the one story line of the demo, in time order, and nothing else", () => {
    const members = truth.reports.filter((r) => r.storyKey).sort((a, b) => ms(a.published)! - ms(b.published)!);
    expect(archive.stories).toHaveLength(1);
    const story = archive.stories[0]!;
    expect(new Set(story.itemIds)).toEqual(new Set(members.map((r) => find(r)[0]!.id)));
    const times = story.itemIds.map((id) => ms(archive.items.find((i) => i.id === id)!.publishedTo)!);
    expect(times).toEqual([...times].sort((a, b) => a - b));
    expect(archive.items.filter((i) => i.storyId === story.id)).toHaveLength(members.length);
  });

  it("merges the two snapshots into one article with the later, longer text", () => {
    const zwolle = archive.items.filter((i) => i.kind === "article" && i.sightings.some((s) => s.capture.includes("bibliotheek-zwolle")));
    expect(zwolle).toHaveLength(1);
    expect(zwolle[0]!.sightings.map((s) => s.capture)).toEqual(["2025-11-20T1012-bibliotheek-zwolle.txt", "2025-11-20T1115-bibliotheek-zwolle.txt"]);
    expect(zwolle[0]!.paragraphs.join(" ")).toContain("Stadshagen");
    expect(zwolle[0]!.sightings[0]!.variant).toBe(true);
  });

  it("gives every item a unique, readable URL and up to five related items that exist", () => {
    const urls = new Set(archive.items.map((i) => i.url));
    expect(urls.size).toBe(archive.items.length);
    const ids = new Set(archive.items.map((i) => i.id));
    for (const item of archive.items) {
      expect(item.url).toMatch(/^\/(artikel|kort)\/[a-z0-9-]+-[0-9a-z]{10}\/$/);
      expect(item.related.length).toBeLessThanOrEqual(5);
      for (const id of item.related) expect(ids.has(id)).toBe(true);
      expect(item.related).not.toContain(item.id);
    }
    // How many and how right: tests/archive/related-truth.test.ts (none is better than noise).
    expect(archive.items.filter((i) => i.related.length > 0).length).toBeGreaterThan(10);
  });
});
