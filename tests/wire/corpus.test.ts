/**
 * The parser against the real page structures in ../shared/corpus/: exact headlines, datelines,
 * paragraph counts, crossheads, sections, languages and briefs for every page that
 * corpus.expected.json describes; schema validity and nothing lost for every file.
 */
import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { parseCaptureInDetail } from "../../src/wire/index.js";
import { expectSchemaValid } from "../support/schema.js";
import { lostWords } from "../support/coverage.js";
import { corpusDir, hasCorpus, sharedRoot } from "../support/paths.js";

interface ExpectedItem {
  title: string | null;
  placeRaw: string;
  agencies: string[];
  ageRaw: string;
  minMinutes: number;
  textStart: string;
}
interface ExpectedPage {
  file: string;
  headline: string;
  dateline: { placeRaw: string; agencies: string[] };
  paragraphs: number;
  firstWords: string;
  crossheads: { text: string; beforeParagraph: number }[];
  section: string | null;
  language: string;
  items: ExpectedItem[];
}

const CAPTURED_AT = "2025-11-22T10:00:00+01:00";
const parse = (file: string) => parseCaptureInDetail(readFileSync(corpusDir + file), { source: file, capturedAt: CAPTURED_AT });

describe.skipIf(!hasCorpus)("shared corpus: pages described by corpus.expected.json", () => {
  const expected: ExpectedPage[] = hasCorpus ? JSON.parse(readFileSync(`${sharedRoot}corpus.expected.json`, "utf8")) : [];
  it("describes the seed and the classic and second-layout pages", () => {
    expect(expected.length).toBe(14);
  });
  for (const page of expected) {
    it(`${page.file}: headline, dateline, body, section, language and briefs`, () => {
      const { record } = parse(page.file);
      const article = record.article!;
      expect(article).not.toBeNull();
      expect(article.headline).toBe(page.headline);
      expect(article.dateline?.placeRaw).toBe(page.dateline.placeRaw);
      expect(article.dateline?.agencies).toEqual(page.dateline.agencies);
      expect(article.paragraphs).toHaveLength(page.paragraphs);
      expect(article.paragraphs[0]!.startsWith(page.firstWords)).toBe(true);
      expect(article.crossheads).toEqual(page.crossheads);
      expect(article.section).toBe(page.section);
      expect(article.language).toBe(page.language);
      const items = record.related?.items ?? [];
      expect(
        items.map((item, i) => {
          const textStart = page.items[i]?.textStart ?? "";
          return {
            title: item.title,
            placeRaw: item.dateline?.placeRaw,
            agencies: item.dateline?.agencies,
            ageRaw: item.age?.raw,
            minMinutes: item.age?.minMinutes,
            textStart: item.text.startsWith(textStart) ? textStart : item.text.slice(0, 60),
          };
        }),
      ).toEqual(
        page.items.map((item) => ({
          title: item.title,
          placeRaw: item.placeRaw,
          agencies: item.agencies,
          ageRaw: item.ageRaw,
          minMinutes: item.minMinutes,
          textStart: item.textStart,
        })),
      );
    });
  }
});

describe.skipIf(!hasCorpus)("shared corpus: every file", () => {
  const files = hasCorpus ? readdirSync(corpusDir).filter((f) => f.endsWith(".txt")).sort() : [];
  for (const file of files) {
    it(`${file}: schema-valid, positions consistent, nothing lost, no errors`, () => {
      const { record, text, bodyStart } = parse(file);
      expectSchemaValid(record);
      expect(record.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
      expect(lostWords(text.slice(bodyStart), record)).toEqual([]);
      for (const item of record.related?.items ?? []) {
        const raw = text.slice(item.span.start, item.span.end);
        if (item.dateline) expect(raw).toContain(item.dateline.placeRaw!);
        expect(raw.replace(/\s+/g, " ")).toContain(item.text.slice(0, 40));
      }
    });
  }
  it("reads the section index pages as lists of briefs, not as articles", () => {
    for (const file of files.filter((f) => /sectionpage/.test(f))) {
      const { record } = parse(file);
      expect(record.pageKind).toBe("section-index");
      expect(record.article).toBeNull();
      expect(record.related!.items.length).toBeGreaterThanOrEqual(3);
    }
  });
});
