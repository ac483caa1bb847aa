/**
 * Fuzzing the whole pipeline (parse -> archive -> site): for arbitrary capture text and for
 * arbitrary parsed records, nothing throws, and every rendered page, read by parse5 as a
 * browser would, has no script element and no event-handler attribute that draad did not put
 * there itself (JSON-LD on report pages; the search script on the search page), and no
 * link to a javascript: URL.
 */
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import fc from "fast-check";
import { OutputLock } from "../../src/output/site-folder.js";
import { describe, expect, it } from "vitest";
import { buildArchive } from "../../src/archive/index.js";
import { buildSite } from "../../src/site/build.js";
import { bookmarkletUrl } from "../../src/site/bookmarklet.js";
import { parseCapture, type BriefRecord, type CaptureRecord } from "../../src/wire/index.js";
import { htmlFiles, readPage } from "../support/html.js";

const HOSTILE_PIECES = [
  "<script>alert(1)</script>", "<img src=x onerror=alert(1)>", '" onmouseover="alert(1)', "' onfocus='x'", "javascript:alert(1)",
  "{{ 7*7 }}", "{% raw %}", "{% include 'x' %}", "</textarea>", "<!--", "-->", "]]>", "<![CDATA[", "&amp;", "&#60;script&#62;",
  "**vet**", "[link](javascript:x)", "\u202Egnp.exe", "😀", "مرحبا", "\u0000", "\uFEFF", "</script>", "<svg onload=alert(1)>",
];
const piece = fc.oneof(fc.constantFrom(...HOSTILE_PIECES), fc.string({ maxLength: 12 }), fc.constantFrom("ZWOLLE", "DEN HAAG", "KYIV", "Meer uit Binnenland", "32 minuten geleden", "(ANP)", " - ", "\n", "\n\n"));
const hostileText = fc.array(piece, { maxLength: 40 }).map((parts) => parts.join(""));

/** A capture shaped like a page, with hostile text in every slot. */
const captureText = fc
  .record({ headline: hostileText, body: hostileText, brief: hostileText, section: hostileText, agency: fc.constantFrom("ANP", "ANP/AFP", "X<Y", "ANP/Ö"), place: fc.constantFrom("ZWOLLE", "'S-HERTOGENBOSCH", "KOPENHAGEN/MALMÖ", "CON", "A") })
  .map(({ headline, body, brief, section, agency, place }) =>
    `---\ncaptured: 2025-11-22T10:00:00+01:00\nsection: ${JSON.stringify(section)}\n---\n${headline.replace(/\n/g, " ")}\n${place} (${agency}) - ${body}\nMeer uit ${section.replace(/\n/g, " ").slice(0, 50)}\nGOUDA (ANP) - ${brief.replace(/\n/g, " ")}\n32 minuten geleden\n`,
  );

/** Pages built from `records`; returns every violation found. */
async function violationsOf(records: CaptureRecord[]): Promise<string[]> {
  const archive = buildArchive(records);
  const output = join(mkdtempSync(join(tmpdir(), "draad-fuzz-")), "site");
  try {
    const lock = OutputLock.take(output, "fuzz test");
    try {
      await buildSite({ archive, folder: lock.stage(), baseUrl: "https://x.nl", pathPrefix: "/", pagesDir: "content/pages", search: false });
    } finally {
      lock.release();
    }
    const problems: string[] = [];
    for (const file of htmlFiles(output)) {
      const page = readPage(output, file);
      for (const handler of page.eventHandlers) problems.push(`${file}: event handler ${handler}`);
      for (const script of page.scripts) {
        const ours =
          script.type === "application/ld+json" ||
          (file === "zoeken/index.html" && script.type === "module" && script.src === "/assets/search.js") ||
          (file === "vastleggen/index.html" && script.type === "module" && script.src === "/assets/capture.js");
        if (!ours) problems.push(`${file}: script ${script.src ?? script.text.slice(0, 40)}`);
      }
      // The one javascript: link of the site is the capture bookmarklet, the same on every site.
      for (const link of page.links) if (/^\s*javascript:/i.test(link) && !(file === "vastleggen/index.html" && link === bookmarkletUrl())) problems.push(`${file}: link ${link}`);
    }
    return problems;
  } finally {
    rmSync(join(output, ".."), { recursive: true, force: true });
  }
}

describe("fuzzing the whole pipeline", () => {
  it("arbitrary capture text: parse never throws, and the pages carry no script, handler or javascript: link of the capture's", async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(captureText, { minLength: 1, maxLength: 4 }), async (texts) => {
        const records = texts.map((text, i) => parseCapture(text, { source: `2025-11-22T100${i}-fuzz.txt` }));
        expect(await violationsOf(records)).toEqual([]);
      }),
      { numRuns: 6 },
    );
  }, 120_000);

  it("arbitrary records (strings the parser would never produce, in every field)", async () => {
    const brief: fc.Arbitrary<BriefRecord> = fc.record({
      title: fc.option(hostileText),
      titleLabel: fc.constant(null),
      dateline: fc.option(fc.record({ place: hostileText, placeRaw: hostileText, agencies: fc.array(hostileText, { maxLength: 3 }), clock: fc.constant(null), date: fc.constant(null) })),
      text: hostileText,
      age: fc.constant({ raw: "32 minuten geleden", minMinutes: 32, maxMinutes: 33 }),
      publishedFrom: fc.constant("2025-11-22T09:27:00+01:00"),
      publishedTo: fc.constant("2025-11-22T09:28:00+01:00"),
      span: fc.constant({ start: 0, end: 1, line: 5, column: 1 }),
    });
    const record: fc.Arbitrary<CaptureRecord> = fc.record({
      source: fc.constantFrom("a.txt", "b.txt", "<c>.txt"),
      capturedAt: fc.constant("2025-11-22T10:00:00+01:00"),
      capturedAtSource: fc.constant("front-matter" as const),
      sourceUrl: fc.option(hostileText),
      published: fc.constant(null),
      pageKind: fc.constant("article" as const),
      encoding: fc.constant("utf-8" as const),
      article: fc.record({
        headline: hostileText,
        headlineLabel: fc.constant(null),
        dateline: fc.option(fc.record({ place: hostileText, placeRaw: hostileText, agencies: fc.array(hostileText, { maxLength: 3 }), clock: fc.option(hostileText), date: fc.option(hostileText) })),
        paragraphs: fc.array(hostileText, { maxLength: 3 }),
        crossheads: fc.array(fc.record({ text: hostileText, beforeParagraph: fc.nat(3) }), { maxLength: 2 }),
        section: fc.option(hostileText),
        language: fc.constantFrom("nld", "und", "<x>"),
        byline: fc.option(fc.record({ raw: hostileText, author: hostileText, published: fc.constant(null), updated: fc.constant(null) })),
        captions: fc.array(hostileText, { maxLength: 2 }),
        agencies: fc.array(fc.record({ code: hostileText, source: fc.constantFrom("byline" as const, "source-credit" as const, "photo-credit" as const), raw: hostileText }), { maxLength: 2 }),
        published: fc.constant(null),
        updated: fc.constant(null),
        age: fc.constant(null),
        publishedFrom: fc.constant(null),
        publishedTo: fc.constant(null),
        span: fc.constant({ start: 0, end: 1, line: 1, column: 1 }),
      }),
      related: fc.option(fc.record({ section: hostileText, items: fc.array(brief, { maxLength: 3 }) })),
      ticker: fc.constant([]),
      skipped: fc.constant([]),
      diagnostics: fc.constant([]),
    });
    await fc.assert(
      fc.asyncProperty(fc.array(record, { minLength: 1, maxLength: 4 }), async (records) => {
        expect(await violationsOf(records)).toEqual([]);
      }),
      { numRuns: 6 },
    );
  }, 120_000);
});
