/**
 * The benchmark corpus generator (bench/generate-corpus.ts): deterministic, streaming, and its
 * output reads as real captures do: the wire parser finds every headline, dateline, paragraph
 * and sidebar brief, and the ages of a brief seen in several captures agree with each other.
 */
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { amsterdamIso, generateCaptures, relativeAgeLabel, writeCorpus, type GeneratedCapture } from "../../bench/generate-corpus.js";
import { parseCapture, type CaptureRecord } from "../../src/wire/index.js";

const generate = (seed: number, captures: number, start?: string): GeneratedCapture[] =>
  [...generateCaptures({ seed, captures, ...(start ? { start } : {}) })];

const NAME = /^(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})-[a-z0-9-]+\.txt$/;
const capturedOf = (text: string) => /^captured: (\S+)$/m.exec(text)?.[1];

describe("generateCaptures: determinism", () => {
  it("gives byte-identical captures and names for the same seed", () => {
    const a = generate(1, 200);
    const b = generate(1, 200);
    expect(a.length).toBe(200);
    expect(b).toEqual(a);
  });

  it("gives different captures for a different seed", () => {
    const a = generate(1, 200);
    const b = generate(2, 200);
    const same = a.filter((capture, i) => capture.text === b[i]!.text).length;
    expect(same).toBe(0);
  });

  it("streams: the first capture of a huge corpus comes at once", () => {
    const iterator = generateCaptures({ seed: 3, captures: 100_000_000 });
    const first = iterator.next();
    expect(first.done).toBe(false);
    expect(first.value).toEqual(generate(3, 1)[0]);
    iterator.return(undefined);
  });

  it("refuses options it cannot honour", () => {
    expect(() => generate(1, -1)).toThrow();
    expect(() => generate(1, 1.5)).toThrow();
    expect(() => generate(Number.NaN, 1)).toThrow();
    expect(() => generate(1, 1, "not a date")).toThrow();
  });
});

describe("generateCaptures: parsed by the wire parser", () => {
  const captures = generate(1, 300);
  const records: { capture: GeneratedCapture; record: CaptureRecord }[] = captures.map((capture) => ({
    capture,
    record: parseCapture(capture.text, { source: capture.name }),
  }));
  const articles = records.filter((r) => r.record.article !== null);

  it("has unique names in Amsterdam local time that match the front matter", () => {
    expect(new Set(captures.map((c) => c.name)).size).toBe(captures.length);
    for (const { capture, record } of records) {
      const m = NAME.exec(capture.name);
      expect(m, capture.name).not.toBeNull();
      // The parser computes the offset with ICU: it must agree with the generator's own rule.
      expect(record.capturedAt).toBe(capturedOf(capture.text));
      expect(record.capturedAt!.slice(0, 16).replace(":", "")).toBe(capture.name.slice(0, 15));
      expect(/^source: https:\/\/www\.example\.nl\/nieuws\/[a-z0-9-]+$/m.test(capture.text)).toBe(true);
      const hour = Number(m![4]);
      expect(hour).toBeGreaterThanOrEqual(6);
    }
  });

  it("has no error diagnostics", () => {
    const errors = records.flatMap(({ capture, record }) => record.diagnostics.filter((d) => d.severity === "error").map((d) => `${capture.name}: ${d.code}`));
    expect(errors).toEqual([]);
  });

  it("mixes classic, second-layout and section index pages", () => {
    const kinds = { classic: 0, second: 0, index: 0 };
    for (const { capture, record } of records) {
      if (record.pageKind === "section-index") kinds.index++;
      else if (capture.text.includes("\nWebmail\n")) kinds.second++;
      else kinds.classic++;
    }
    expect(kinds.classic / records.length).toBeGreaterThan(0.45);
    expect(kinds.classic / records.length).toBeLessThan(0.75);
    expect(kinds.second / records.length).toBeGreaterThan(0.18);
    expect(kinds.second / records.length).toBeLessThan(0.42);
    expect(kinds.index / records.length).toBeGreaterThan(0.03);
    expect(kinds.index / records.length).toBeLessThan(0.2);
    expect(articles.length + kinds.index).toBe(records.length);
  });

  it("gives every article page a headline, a dateline with known agencies and 3 to 7 paragraphs", () => {
    expect(articles.length).toBeGreaterThan(200);
    let crossheads = 0;
    for (const { capture, record } of articles) {
      const article = record.article!;
      expect(article.headline, capture.name).not.toBe("");
      expect(article.dateline?.placeRaw, capture.name).toBeTruthy();
      for (const agency of article.dateline!.agencies) expect(["ANP", "AFP", "RTR", "DPA", "AP", "BELGA", "AFN"]).toContain(agency);
      expect(article.paragraphs.length, capture.name).toBeGreaterThanOrEqual(3);
      expect(article.paragraphs.length, capture.name).toBeLessThanOrEqual(7);
      expect(article.language, capture.name).toBe("nld");
      crossheads += article.crossheads.length;
    }
    expect(crossheads).toBeGreaterThan(0);
  });

  it("gives every sidebar 5 to 8 briefs, each with an age and a dateline", () => {
    const withSidebar = records.filter((r) => r.record.related !== null);
    expect(withSidebar.length).toBe(records.length);
    for (const { capture, record } of withSidebar) {
      const items = record.related!.items;
      expect(items.length, capture.name).toBeGreaterThanOrEqual(5);
      expect(items.length, capture.name).toBeLessThanOrEqual(8);
      for (const item of items) {
        expect(item.age, capture.name).not.toBeNull();
        expect(item.dateline?.placeRaw, capture.name).toBeTruthy();
        expect(item.publishedFrom, capture.name).not.toBeNull();
      }
      if (record.article) expect(record.related!.section, capture.name).toBe(record.article.section);
    }
  });

  it("shows recurring briefs with consistent ages: their publication intervals intersect", () => {
    const seen = new Map<string, { count: number; from: number; to: number }>();
    for (const { record } of records) {
      for (const item of record.related?.items ?? []) {
        const key = `${item.dateline!.placeRaw}|${item.text}`;
        const from = Date.parse(item.publishedFrom!);
        const to = Date.parse(item.publishedTo!);
        const entry = seen.get(key);
        if (!entry) seen.set(key, { count: 1, from, to });
        else {
          entry.count++;
          entry.from = Math.max(entry.from, from);
          entry.to = Math.min(entry.to, to);
          expect(entry.from, key).toBeLessThanOrEqual(entry.to);
        }
      }
    }
    const recurring = [...seen.values()].filter((e) => e.count > 1);
    expect(recurring.length / seen.size).toBeGreaterThan(0.5);
    expect(Math.max(...recurring.map((e) => e.count))).toBeGreaterThanOrEqual(5);
  });

  it("prints some articles whose brief appears in sidebars: same dateline, the brief opens the first paragraph", () => {
    const briefs = new Map<string, string[]>();
    for (const { record } of records) {
      for (const item of record.related?.items ?? []) {
        const list = briefs.get(item.dateline!.placeRaw!) ?? [];
        list.push(item.text);
        briefs.set(item.dateline!.placeRaw!, list);
      }
    }
    const full = articles.filter(({ record }) => {
      const article = record.article!;
      return (briefs.get(article.dateline!.placeRaw!) ?? []).some((text) => article.paragraphs[0]!.startsWith(text));
    });
    expect(full.length / articles.length).toBeGreaterThan(0.3);
  });

  it("has story lines: briefs from one place that differ only in a number and a sentence", () => {
    const byOpening = new Map<string, Set<string>>();
    for (const { record } of records) {
      for (const item of record.related?.items ?? []) {
        const firstSentence = item.text.split(/(?<=\.) /)[0]!;
        const key = `${item.dateline!.placeRaw}|${firstSentence.replace(/[\d.]+/g, "#")}`;
        const texts = byOpening.get(key) ?? new Set<string>();
        texts.add(item.text);
        byOpening.set(key, texts);
      }
    }
    const stories = [...byOpening.values()].filter((texts) => new Set([...texts].map((t) => t.split(/(?<=\.) /)[0])).size >= 3);
    expect(stories.length).toBeGreaterThan(0);
  });

  it("writes files of about 4 KB on average", () => {
    const bytes = captures.reduce((sum, c) => sum + Buffer.byteLength(c.text, "utf8"), 0);
    const mean = bytes / captures.length;
    expect(mean).toBeGreaterThan(3000);
    expect(mean).toBeLessThan(5000);
  });
});

describe("generateCaptures: time", () => {
  it("follows summer time across the March and October switches", () => {
    for (const [start, before, after] of [
      ["2024-03-30T20:00:00+01:00", "+01:00", "+02:00"],
      ["2024-10-26T20:00:00+02:00", "+02:00", "+01:00"],
    ] as const) {
      const captures = generate(5, 150, start);
      const offsets = captures.map((c) => capturedOf(c.text)!.slice(-6));
      expect(offsets[0]).toBe(before);
      expect(offsets[offsets.length - 1]).toBe(after);
      for (const capture of captures) {
        const record = parseCapture(capture.text, { source: capture.name });
        expect(record.capturedAt).toBe(capturedOf(capture.text));
        expect(record.capturedAt!.slice(0, 16).replace(":", "")).toBe(capture.name.slice(0, 15));
      }
    }
  });

  it("writes ISO times with the Amsterdam offset", () => {
    expect(amsterdamIso(Date.parse("2024-01-01T05:00:00Z"))).toBe("2024-01-01T06:00:00+01:00");
    expect(amsterdamIso(Date.parse("2024-07-01T10:00:00Z"))).toBe("2024-07-01T12:00:00+02:00");
    expect(amsterdamIso(Date.parse("2024-03-31T00:59:00Z"))).toBe("2024-03-31T01:59:00+01:00");
    expect(amsterdamIso(Date.parse("2024-03-31T01:00:00Z"))).toBe("2024-03-31T03:00:00+02:00");
    expect(amsterdamIso(Date.parse("2024-10-27T00:59:00Z"))).toBe("2024-10-27T02:59:00+02:00");
    expect(amsterdamIso(Date.parse("2024-10-27T01:00:00Z"))).toBe("2024-10-27T02:00:00+01:00");
  });

  it("labels ages by the largest whole unit", () => {
    expect([0, 1, 2, 59, 60, 119, 120, 1439, 1440, 2879, 2880].map(relativeAgeLabel)).toEqual([
      "zojuist",
      "1 minuut geleden",
      "2 minuten geleden",
      "59 minuten geleden",
      "1 uur geleden",
      "1 uur geleden",
      "2 uur geleden",
      "23 uur geleden",
      "1 dag geleden",
      "1 dag geleden",
      "2 dagen geleden",
    ]);
  });

  it("spreads captures over the day between 06:00 and 23:59 at a steady rate", () => {
    const captures = generate(1, 1000);
    const times = captures.map((c) => Date.parse(capturedOf(c.text)!));
    for (let i = 1; i < times.length; i++) expect(times[i]!).toBeGreaterThan(times[i - 1]!);
    const days = (times[times.length - 1]! - times[0]!) / 86_400_000;
    // About 240 captures a day: 100,000 span more than a year.
    expect(1000 / days).toBeGreaterThan(150);
    expect(1000 / days).toBeLessThan(300);
  });
});

describe("writeCorpus", () => {
  const dir = mkdtempSync(join(tmpdir(), "draad-corpus-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes the generated captures into a directory, again over an existing one", async () => {
    const out = join(dir, "nested", "corpus");
    const expected = generate(9, 40);
    for (let round = 0; round < 2; round++) {
      const result = await writeCorpus(out, { seed: 9, captures: 40 });
      expect(result.files).toBe(40);
      expect(result.bytes).toBe(expected.reduce((sum, c) => sum + Buffer.byteLength(c.text, "utf8"), 0));
      expect(readdirSync(out).sort()).toEqual(expected.map((c) => c.name).sort());
      for (const capture of expected) expect(readFileSync(join(out, capture.name), "utf8")).toBe(capture.text);
    }
  });
});
