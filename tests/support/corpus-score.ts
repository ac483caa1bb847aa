/**
 * How many fields of the shared corpus expectations the parser gets right: per expectation file
 * (`../shared/corpus.expected.json`, `../shared/corpus-other-sites.expected.json`), per page and
 * per field. The corpus tests assert on it; run it directly to print the table:
 *
 *   npx tsx tests/support/corpus-score.ts          # totals and the fields that are wrong
 *   npx tsx tests/support/corpus-score.ts --all    # every field
 *
 * A field is one thing a careful reader checks: the page kind, the headline, the dateline's place
 * and its agencies (or that there is no dateline), the number of paragraphs, the first words, the
 * crossheads, the section, the language, the number of briefs and each brief's title, place,
 * agencies, age label, least age and first words.
 */
import { existsSync, readFileSync } from "node:fs";
import { isDeepStrictEqual } from "node:util";
import { pathToFileURL } from "node:url";
import { parseCaptureInDetail, type CaptureRecord } from "../../src/wire/index.js";
import { sharedRoot } from "./paths.js";

export interface ExpectedItem {
  title: string | null;
  placeRaw: string;
  agencies: string[];
  ageRaw: string;
  minMinutes: number;
  textStart: string;
}
export interface ExpectedPage {
  file: string;
  kind: string;
  headline: string;
  dateline: { placeRaw: string; agencies: string[] } | null;
  paragraphs: number;
  firstWords: string;
  crossheads: { text: string; beforeParagraph: number }[];
  section: string | null;
  language: string;
  items: ExpectedItem[];
}

export interface FieldScore {
  field: string;
  right: boolean;
  expected: unknown;
  actual: unknown;
}
export interface PageScore {
  file: string;
  fields: FieldScore[];
  right: number;
  total: number;
}
export interface CorpusScore {
  expectationFile: string;
  pages: PageScore[];
  right: number;
  total: number;
}

/** Both expectation files with the folder their pages are in. */
export const EXPECTATION_FILES = [
  { expectationFile: "corpus.expected.json", folder: "corpus/" },
  { expectationFile: "corpus-other-sites.expected.json", folder: "corpus-other-sites/" },
] as const;

/** The capture time every corpus parse uses, so ages give stable intervals. */
export const CORPUS_CAPTURED_AT = "2025-11-22T10:00:00+01:00";

export function parseCorpusFile(folder: string, file: string) {
  return parseCaptureInDetail(readFileSync(sharedRoot + folder + file), { source: file, capturedAt: CORPUS_CAPTURED_AT });
}

export function scorePage(page: ExpectedPage, record: CaptureRecord): PageScore {
  const fields: FieldScore[] = [];
  const check = (field: string, expected: unknown, actual: unknown, right = isDeepStrictEqual(expected, actual)) =>
    fields.push({ field, right, expected, actual });
  const article = record.article;
  check("kind", page.kind, record.pageKind);
  check("headline", page.headline, article?.headline);
  if (page.dateline === null) check("dateline", null, article ? article.dateline : "no article");
  else {
    check("dateline.placeRaw", page.dateline.placeRaw, article?.dateline?.placeRaw);
    check("dateline.agencies", page.dateline.agencies, article?.dateline?.agencies);
  }
  check("paragraphs", page.paragraphs, article?.paragraphs.length);
  const first = article?.paragraphs[0] ?? "";
  check("firstWords", page.firstWords, first.slice(0, Math.max(page.firstWords.length, 40)), first.startsWith(page.firstWords));
  check("crossheads", page.crossheads, article?.crossheads);
  check("section", page.section, article?.section);
  check("language", page.language, article?.language);
  const items = record.related?.items ?? [];
  check("items", page.items.length, items.length);
  page.items.forEach((expected, i) => {
    const item = items[i];
    check(`items[${i}].title`, expected.title, item?.title);
    check(`items[${i}].placeRaw`, expected.placeRaw, item?.dateline?.placeRaw);
    check(`items[${i}].agencies`, expected.agencies, item?.dateline?.agencies);
    check(`items[${i}].ageRaw`, expected.ageRaw, item?.age?.raw);
    check(`items[${i}].minMinutes`, expected.minMinutes, item?.age?.minMinutes);
    const text = item?.text ?? "";
    check(`items[${i}].textStart`, expected.textStart, text.slice(0, Math.max(expected.textStart.length, 40)), text.startsWith(expected.textStart));
  });
  const right = fields.filter((f) => f.right).length;
  return { file: page.file, fields, right, total: fields.length };
}

export function scoreExpectationFile(expectationFile: string, folder: string): CorpusScore {
  const pages: ExpectedPage[] = JSON.parse(readFileSync(sharedRoot + expectationFile, "utf8"));
  const scores = pages.map((page) => scorePage(page, parseCorpusFile(folder, page.file).record));
  return {
    expectationFile,
    pages: scores,
    right: scores.reduce((sum, p) => sum + p.right, 0),
    total: scores.reduce((sum, p) => sum + p.total, 0),
  };
}

export function formatScore(score: CorpusScore, all = false): string {
  const out = [`${score.expectationFile}: ${score.right} of ${score.total} fields right`];
  for (const page of score.pages) {
    out.push(`  ${page.file}: ${page.right} of ${page.total}`);
    for (const field of page.fields) {
      if (all || !field.right) out.push(`    ${field.right ? "ok   " : "WRONG"} ${field.field}: expected ${JSON.stringify(field.expected)}, got ${JSON.stringify(field.actual)}`);
    }
  }
  return out.join("\n");
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const all = process.argv.includes("--all");
  for (const { expectationFile, folder } of EXPECTATION_FILES) {
    if (!existsSync(sharedRoot + expectationFile)) {
      console.log(`${expectationFile}: not found beside the checkout (${sharedRoot})`);
      continue;
    }
    console.log(formatScore(scoreExpectationFile(expectationFile, folder), all));
  }
}
