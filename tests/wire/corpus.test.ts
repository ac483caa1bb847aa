/**
 * The parser against the real page structures in ../shared/corpus/ and
 * ../shared/corpus-other-sites/: every field of every page that corpus.expected.json and
 * corpus-other-sites.expected.json describe (headline, dateline or its absence, paragraphs,
 * crossheads, section, language, briefs); schema validity, positions and nothing lost for every
 * file; and what the pages without expectations yield (decided in README, "Pages of other sites").
 */
import { existsSync, readdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { expectSchemaValid } from "../support/schema.js";
import { lostWords } from "../support/coverage.js";
import { hasCorpus, sharedRoot } from "../support/paths.js";
import { EXPECTATION_FILES, parseCorpusFile, scorePage, type ExpectedPage } from "../support/corpus-score.js";
import { readFileSync } from "node:fs";

const OTHER_SITES = "corpus-other-sites/";
const hasOtherSites = hasCorpus && existsSync(sharedRoot + OTHER_SITES);

for (const { expectationFile, folder } of EXPECTATION_FILES) {
  const present = hasCorpus && existsSync(sharedRoot + expectationFile);
  describe.skipIf(!present)(`shared corpus: pages described by ${expectationFile}`, () => {
    const expected: ExpectedPage[] = present ? JSON.parse(readFileSync(sharedRoot + expectationFile, "utf8")) : [];
    it("describes the pages its README names", () => {
      expect(expected.length).toBe(folder === OTHER_SITES ? 9 : 14);
    });
    for (const page of expected) {
      it(`${page.file}: every expected field`, () => {
        const score = scorePage(page, parseCorpusFile(folder, page.file).record);
        expect(score.fields.filter((f) => !f.right)).toEqual([]);
      });
    }
  });
}

const folders = ["corpus/", OTHER_SITES].filter((folder) => hasCorpus && existsSync(sharedRoot + folder));
for (const folder of folders) {
  describe(`shared ${folder}: every file`, () => {
    const files = readdirSync(sharedRoot + folder).filter((f) => f.endsWith(".txt")).sort();
    for (const file of files) {
      it(`${file}: schema-valid, positions consistent, nothing lost, no errors`, () => {
        const { record, text, bodyStart } = parseCorpusFile(folder, file);
        expectSchemaValid(record);
        expect(record.diagnostics.filter((d) => d.severity === "error")).toEqual([]);
        expect(lostWords(text.slice(bodyStart), record)).toEqual([]);
        // Compared as a reader sees it: soft hyphens at line ends joined, whitespace folded.
        const asRead = (slice: string) => slice.replace(/¬[ \t]*\n[ \t]*/g, "").replace(/\s+/g, " ");
        for (const article of record.article ? [record.article, ...(record.moreArticles ?? [])] : []) {
          const raw = asRead(text.slice(article.span.start, article.span.end));
          if (article.headline) expect(raw).toContain(article.headline.slice(0, 40));
          if (article.paragraphs[0]) expect(raw).toContain(article.paragraphs[0].slice(0, 40));
          if (article.dateline) expect(raw).toContain(article.dateline.placeRaw!);
        }
        for (const item of record.related?.items ?? []) {
          const raw = asRead(text.slice(item.span.start, item.span.end));
          if (item.dateline) expect(raw).toContain(item.dateline.placeRaw!);
          expect(raw).toContain(item.text.slice(0, 40));
        }
      });
    }
  });
}

describe.skipIf(!hasCorpus)("shared corpus: section index pages", () => {
  it("reads the section index pages as lists of briefs, not as articles", () => {
    for (const file of readdirSync(sharedRoot + "corpus/").filter((f) => /sectionpage/.test(f))) {
      const { record } = parseCorpusFile("corpus/", file);
      expect(record.pageKind).toBe("section-index");
      expect(record.article).toBeNull();
      expect(record.related!.items.length).toBeGreaterThanOrEqual(3);
    }
  });
});

/** What the six pages without expectations yield; the README says why. */
describe.skipIf(!hasOtherSites)("shared corpus-other-sites: pages without expectations", () => {
  const parse = (prefix: string) => {
    const file = readdirSync(sharedRoot + OTHER_SITES).find((f) => f.startsWith(prefix))!;
    return parseCorpusFile(OTHER_SITES, file).record;
  };
  const codes = (record: ReturnType<typeof parse>) => record.diagnostics.map((d) => d.code);

  it("71 (hln.be): one article dated by its date and clock lines, the agency from the glued Bron: credit, the tweet skipped", () => {
    const record = parse("71_");
    expect(record.pageKind).toBe("article");
    const article = record.article!;
    expect(article.dateline).toBeNull();
    expect(article.paragraphs).toHaveLength(3);
    expect(article.published).toMatchObject({ precision: "minute", from: "2018-03-06T09:46:00+01:00", source: "date-line" });
    expect(article.agencies).toEqual([expect.objectContaining({ code: "ANP", source: "source-credit" })]);
    expect(record.skipped.map((s) => s.reason)).toContain("embed");
  });

  it("76 (nd.nl kortjes): five titled briefs, credits between them skipped, end marks removed", () => {
    const record = parse("76_");
    expect(record.pageKind).toBe("brief-list");
    expect(record.article).toBeNull();
    expect(record.related!.items).toHaveLength(5);
    for (const item of record.related!.items) {
      expect(item.title).not.toBeNull();
      expect(item.text.endsWith("<")).toBe(false);
    }
  });

  it("80 (FOK! day archive): the doubled menu lines are chrome, two titled briefs", () => {
    const record = parse("80_");
    expect(record.pageKind).toBe("brief-list");
    expect(record.related!.items).toHaveLength(2);
    expect(record.skipped.filter((s) => s.reason === "chrome").length).toBeGreaterThanOrEqual(10);
  });

  it("81 (De Stentor Gemist?): five briefs, each title taken from before its dash", () => {
    const record = parse("81_");
    expect(record.pageKind).toBe("brief-list");
    expect(record.related!.items).toHaveLength(5);
    for (const item of record.related!.items) expect(item.title!.split(" ").length).toBeLessThanOrEqual(4);
  });

  it("82 (OCR on one line): two dispatches split at their datelines; the run of page headlines is flagged, not a headline", () => {
    const record = parse("82_");
    expect(record.article!.dateline).toMatchObject({ placeRaw: "DEN HAAG", agencies: ["ANP"] });
    expect(record.article!.headline).toBe("");
    expect(record.moreArticles).toHaveLength(1);
    expect(record.moreArticles![0]!.dateline).toMatchObject({ placeRaw: "DEN HAAG", agencies: ["GPD", "ANP"] });
    expect(codes(record)).toEqual(expect.arrayContaining(["implausible-headline", "split-line"]));
  });

  it("83 (OCR broken into short lines): lines joined, two reports with their headlines, masthead and teasers as chrome", () => {
    const record = parse("83_");
    expect(record.article!.dateline?.placeRaw).toBe("PEKING");
    expect(record.article!.paragraphs).toHaveLength(4);
    expect(record.article!.paragraphs.join(" ")).not.toContain("¬");
    expect(record.moreArticles).toHaveLength(1);
    expect(record.moreArticles![0]!.dateline?.placeRaw).toBe("TILBURG");
    expect(record.moreArticles![0]!.headline.split(" ")).toHaveLength(4);
    expect(codes(record)).toContain("joined-lines");
  });
});
