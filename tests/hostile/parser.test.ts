/**
 * Hostile and broken input at the parser and file-finding level.
 *
 * - Every fixture in tests/fixtures/hostile/ has an entry in expected.json (codes that must be
 *   present, whether the file is rejected, how it is handled); parsing never throws, is
 *   deterministic, uses only codes from the table at real positions, and loses no word.
 * - Repairs, line ends, code front matter, markup and places get their own checks.
 * - Big inputs (50 MB, one 10 MB line, 1,000,000 lines) are generated into a temp folder, never
 *   committed, and parsed in a child process each, so its peak memory is the parse's alone.
 * - findCaptureFiles over a temp folder with symlink loops, unreadable entries, hidden and
 *   non-.txt files and a copied file.
 */
import { spawnSync } from "node:child_process";
import {
  accessSync,
  chmodSync,
  constants,
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readdirSync,
  readFileSync,
  rmSync,
  symlinkSync,
  writeFileSync,
} from "node:fs";
import { readFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { DIAGNOSTIC_CODES, parseCapture, parseCaptureInDetail, type CaptureRecord } from "../../src/wire/index.js";
import { LONG_LINE_CHARS, MAX_CAPTURE_LINES } from "../../src/wire/vocabulary.js";
import { findCaptureFiles } from "../../src/input/capture-files.js";
import { lostWords } from "../support/coverage.js";
import { expectSchemaValid } from "../support/schema.js";
import { projectRoot } from "../support/paths.js";

const folder = "tests/fixtures/hostile/";
/** The build's "now" for every parse here, so capture-time-in-future is checked and stable. */
const NOW = Date.UTC(2026, 0, 1);

interface Expectation {
  codes: string[];
  rejected: boolean;
  note: string;
}
const expected: Record<string, Expectation> = JSON.parse(readFileSync(`${projectRoot}${folder}expected.json`, "utf8"));
// Files only: sinks/ holds the captures of the browser's sink test (tests/support/sinks.ts).
const fixtureNames = readdirSync(projectRoot + folder, { withFileTypes: true })
  .filter((entry) => entry.isFile() && entry.name !== "expected.json")
  .map((entry) => entry.name)
  .sort();

const bytesOf = (name: string): Buffer => readFileSync(projectRoot + folder + name);
const optionsFor = (name: string) => ({ source: folder + name, nowMs: NOW });
const parseFixture = (name: string) => parseCaptureInDetail(bytesOf(name), optionsFor(name));
const codesOf = (record: CaptureRecord) => record.diagnostics.map((d) => d.code);
/** Rejected: an error, and nothing to show for it (no article, no brief). */
const isRejected = (record: CaptureRecord) =>
  record.diagnostics.some((d) => d.severity === "error") && record.article === null && (record.related?.items.length ?? 0) === 0;

describe("hostile fixtures: expected.json", () => {
  it("lists every fixture, and every listed fixture exists", () => {
    expect(fixtureNames.length).toBeGreaterThanOrEqual(28);
    expect(Object.keys(expected).sort()).toEqual(fixtureNames);
    for (const entry of Object.values(expected)) {
      expect(typeof entry.note).toBe("string");
      for (const code of entry.codes) expect(Object.hasOwn(DIAGNOSTIC_CODES, code)).toBe(true);
    }
  });

  for (const name of fixtureNames) {
    it(name, () => {
      const expectation = expected[name]!;
      let detail: ReturnType<typeof parseFixture> | undefined;
      expect(() => (detail = parseFixture(name))).not.toThrow();
      const { record, text, bodyStart } = detail!;

      for (const code of expectation.codes) expect(codesOf(record), `${name}: ${expectation.note}`).toContain(code);
      expect(isRejected(record), `rejected? ${expectation.note}`).toBe(expectation.rejected);
      if (expectation.rejected) expect(record.pageKind).toBe("empty");

      for (const d of record.diagnostics) {
        expect(Object.hasOwn(DIAGNOSTIC_CODES, d.code), d.code).toBe(true);
        expect(d.severity).toBe(DIAGNOSTIC_CODES[d.code].severity);
        expect(d.line).toBeGreaterThanOrEqual(1);
        expect(d.column).toBeGreaterThanOrEqual(1);
        expect(d.offset).toBeGreaterThanOrEqual(0);
        expect(d.offset).toBeLessThanOrEqual(text.length);
      }
      // Deterministic: a second parse of the same bytes gives the same record.
      expect(parseFixture(name).record).toEqual(record);
      expectSchemaValid(record);
      if (name !== "binary.txt") expect(lostWords(text.slice(bodyStart), record)).toEqual([]);
    });
  }
});

describe("hostile fixtures: what the parser makes of them", () => {
  it("reads Windows-1252 and repairs mojibake to the same letters", () => {
    for (const name of ["windows-1252.txt", "mojibake.txt"]) {
      const { record } = parseFixture(name);
      expect(record.encoding).toBe(name === "windows-1252.txt" ? "windows-1252" : "utf-8");
      expect(record.article).toMatchObject({
        headline: "Bakker uit Sneek opent kraam in Belém",
        dateline: { place: "Belém", placeRaw: "BELÉM", agencies: ["ANP"] },
        paragraphs: [
          "Een bakker uit Sneek heeft in Belém een kraam geopend. Een stroopwafel kost er 2 €.",
          "‘Het loopt goed’, zegt de bakker. Zijn café ernaast volgt later.",
        ],
      });
      const repair = record.diagnostics.find((d) => d.code === (name === "windows-1252.txt" ? "legacy-encoding" : "mojibake-repaired"))!;
      expect(repair).toMatchObject({ severity: "warning", line: 1, column: 36 });
    }
  });

  it("reads UTF-16 with either byte order mark", () => {
    for (const [name, encoding] of [["utf16le-bom.txt", "utf-16le"], ["utf16be-bom.txt", "utf-16be"]] as const) {
      const { record, text } = parseFixture(name);
      expect(record.encoding).toBe(encoding);
      expect(text.startsWith("\uFEFF")).toBe(false);
      expect(record.article).toMatchObject({ headline: "Bakker uit Sneek opent kraam in Belém", dateline: { place: "Belém" } });
    }
  });

  it("removes a UTF-8 byte order mark with a warning, from bytes and from a string", () => {
    const fromBytes = parseFixture("utf8-bom.txt");
    const fromString = parseCaptureInDetail(bytesOf("utf8-bom.txt").toString("utf8"), optionsFor("utf8-bom.txt"));
    expect(bytesOf("utf8-bom.txt").toString("utf8").startsWith("\uFEFF")).toBe(true);
    for (const { record, text } of [fromBytes, fromString]) {
      expect(text.startsWith("\uFEFF")).toBe(false);
      expect(record.article?.headline).toBe("Bakker uit Sneek opent kraam in Belém");
      expect(record.diagnostics.find((d) => d.code === "byte-order-mark")).toMatchObject({ severity: "warning", line: 1, column: 1 });
    }
  });

  it("numbers lines the same with CRLF, lone CR and mixed line ends as with LF", () => {
    const lf = bytesOf("crlf.txt").toString("utf8").replace(/\r\n/g, "\n");
    expect(lf).not.toContain("\r");
    const positions = (record: CaptureRecord) => record.diagnostics.map((d) => `${d.code}@${d.line}:${d.column}`);
    const reference = parseCapture(lf, { source: `${folder}lf.txt`, nowMs: NOW });
    expect(positions(reference)).toEqual(["missing-capture-time@1:1", "unknown-agency@2:13", "orphan-age@6:1", "truncated-sidebar@10:1"]);
    for (const name of ["crlf.txt", "cr-only.txt", "mixed-line-ends.txt"]) {
      const raw = bytesOf(name).toString("latin1");
      expect(raw).toContain("\r");
      const { record } = parseFixture(name);
      expect(positions(record), name).toEqual(positions(reference));
      expect(record.article?.span.line).toBe(1);
      expect(record.related?.items.map((i) => i.span.line)).toEqual([8]);
      expect(record.skipped.map((s) => `${s.reason}@${s.line}`)).toEqual(["sidebar-heading@7", "sidebar-heading@10"]);
      expect({ ...record, source: "" }).toEqual({ ...reference, source: "" });
    }
  });

  it("removes NUL bytes with one warning and keeps the text around them", () => {
    const { record, text } = parseFixture("nul-bytes.txt");
    expect(bytesOf("nul-bytes.txt").includes(0)).toBe(true);
    expect(text).not.toContain("\u0000");
    expect(record.diagnostics.filter((d) => d.code === "control-characters")).toMatchObject([{ line: 1, column: 44 }]);
    expect(record.article).toMatchObject({
      headline: "Veerpont tussen Hattem en Zwolle vaart weer",
      dateline: { place: "Hattem" },
      paragraphs: ["De veerpont vaart sinds dinsdag weer.", "Fietsers hoeven niet meer om te rijden."],
    });
  });

  it("rejects binary data without decoding it", () => {
    const { record, text } = parseFixture("binary.txt");
    expect(text).toBe("");
    expect(record.diagnostics).toMatchObject([{ code: "binary-content", severity: "error", line: 1, column: 1 }]);
    expect(record).toMatchObject({ pageKind: "empty", article: null, related: null, skipped: [], ticker: [] });
  });

  it("never runs ---js or ---javascript front matter", () => {
    const globals = globalThis as Record<string, unknown>;
    const traces = ["draad-hostile-pwned-js.txt", "draad-hostile-pwned-javascript.txt"];
    const places = (file: string) => [join(process.cwd(), file), join(projectRoot, file), join(projectRoot, folder, file)];
    for (const file of traces) for (const path of places(file)) expect(existsSync(path), `${path} exists before the test`).toBe(false);
    // The fixtures really hold the payload; it is only never evaluated.
    expect(bytesOf("front-matter-js.txt").toString("utf8")).toContain("globalThis.draadHostilePwnedJs = true");
    expect(bytesOf("front-matter-javascript.txt").toString("utf8")).toContain("globalThis.draadHostilePwnedJavascript = true");

    for (const name of ["front-matter-js.txt", "front-matter-javascript.txt"]) {
      const { record } = parseFixture(name);
      expect(record.diagnostics.find((d) => d.code === "executable-front-matter")).toMatchObject({ severity: "error", line: 1, column: 1 });
      // Not run, and not read either: the captured time in the block is not used.
      expect(record.capturedAt).toBeNull();
      expect(record.article).toMatchObject({ headline: "Veerpont tussen Hattem en Zwolle vaart weer na storing", dateline: { place: "Hattem" } });
      expect(record.article?.paragraphs.join(" ")).not.toContain("globalThis");
    }
    expect(globals.draadHostilePwnedJs).toBeUndefined();
    expect(globals.draadHostilePwnedJavascript).toBeUndefined();
    for (const file of traces) for (const path of places(file)) expect(existsSync(path), `${path} was written`).toBe(false);
  });

  it("reads YAML keys as data: __proto__ and constructor pollute nothing", () => {
    const { record } = parseFixture("front-matter-unknown-keys.txt");
    expect(({} as Record<string, unknown>).vervuild).toBeUndefined();
    expect(Object.prototype).not.toHaveProperty("vervuild");
    expect(record.capturedAt).toBe("2025-11-22T10:00:00+01:00");
    expect(record.diagnostics.filter((d) => d.code === "unknown-front-matter-key").map((d) => d.line)).toEqual([3, 4, 5]);
  });

  it("reports each wrong front matter type at its key and ignores the value", () => {
    const { record } = parseFixture("front-matter-wrong-types.txt");
    expect(record.diagnostics.filter((d) => d.code === "front-matter-type").map((d) => d.line)).toEqual([2, 3, 5, 6, 7]);
    expect(record).toMatchObject({ capturedAt: null, sourceUrl: null, published: null, article: { section: null } });
  });

  it("handles capture times without offset, in the future and before 1990", () => {
    expect(parseFixture("front-matter-no-offset.txt").record).toMatchObject({ capturedAt: "2025-11-22T10:00:00+01:00", capturedAtSource: "front-matter" });
    for (const name of ["front-matter-future.txt", "front-matter-before-1990.txt"]) {
      expect(parseFixture(name).record).toMatchObject({ capturedAt: null, capturedAtSource: null });
    }
  });

  it("keeps markup as literal text in every field", () => {
    const { record } = parseFixture("markup-in-every-field.txt");
    expect(record.sourceUrl).toBe("javascript:alert('bron')");
    expect(record.article).toMatchObject({
      headline: `<img src=x onerror="alert('kop')"> Veerpont **vaart** weer {{ kop }}`,
      dateline: { place: "Hattem", agencies: ["ANP"] },
      paragraphs: [
        "De veerpont <script>alert('alinea')</script> vaart weer, zie [de site](javascript:alert('link')).",
        `# Geen kop maar tekst met {% include 'geheim.njk' %} en <a href="javascript:void(0)">een link</a>.`,
        "<b>ZWOLLE</b> (ANP/<i>AFP</i>) - Een dateline vol opmaak is geen dateline.",
      ],
      section: "{{ sectie | safe }} <b onmouseover=alert(1)>Binnenland</b>",
      captions: [`Foto: <a href="javascript:alert('foto')">ANP</a>`],
    });
    expect(record.related).toMatchObject({
      section: "<script>alert('sectie')</script>",
      items: [
        {
          title: "<h1>Titel {{ brief }}</h1>",
          dateline: { place: "Zwolle" },
          text: `Tekst met \`code\`, ![plaatje](x.png) en <iframe src="https://example.org"></iframe> {% if waar %}ja{% endif %}.`,
          age: { raw: "5 minuten geleden" },
        },
      ],
    });
    expect(record.skipped).toEqual([{ reason: "sidebar-heading", text: "Meer uit <script>alert('sectie')</script>", line: 12 }]);
  });

  it("keeps hostile places verbatim, and refuses what is no place", () => {
    const { record } = parseFixture("hostile-places.txt");
    expect(record.article?.dateline).toMatchObject({ place: "Con", placeRaw: "CON" });
    const items = record.related!.items;
    expect(items.map((i) => i.dateline?.placeRaw ?? null)).toEqual([
      "ZWOLLE/../../ETC/PASSWD",
      "'../../ETC",
      null,
      null,
      null,
      null,
      "NUL",
      Array(6).fill("LANGEPLAATSNAAMZONDEREINDEDIEMAARDOORGAAT").join(" "),
      null,
    ]);
    // The parser keeps what was written; file names and URLs are for later stages to make safe.
    expect(items[0]!.dateline?.place).toBe("Zwolle/../../Etc/Passwd");
    expect(items[6]!.dateline?.agencies).toEqual(["ANP", "AUX"]);
    expect(items[3]!.text).toBe("🚢🌊 (ANP) - Alleen emoji als plaats.");
    expect(items[4]!.text).toBe("القاهرة (ANP) - Een plaats in Arabisch schrift, van rechts naar links.");
    expect(items[5]!.text.startsWith("ירושלים (ANP) - ")).toBe(true);
    expect(items[8]!.text.startsWith("PLAATS".repeat(60) + " (ANP) - ")).toBe(true);
    expect(items.every((i) => i.age !== null)).toBe(true);
    expect(codesOf(record).filter((c) => c === "brief-without-dateline")).toHaveLength(5);
  });

  it("keeps absurd ages but dates nothing by them", () => {
    const { record } = parseFixture("absurd-ages.txt");
    expect(record.article).toMatchObject({ age: { raw: "999999 jaar geleden" }, publishedFrom: null, publishedTo: null });
    const items = record.related!.items;
    expect(items.map((i) => [i.dateline?.place, i.age?.raw ?? null, i.publishedFrom === null])).toEqual([
      ["Zwolle", "999999 jaar geleden", true],
      ["Kampen", "9999999 dagen geleden", true],
      ["Deventer", "98 jaar geleden", false],
      ["Apeldoorn", null, true],
    ]);
    // 98 years of 365 to 366 days before 2025-11-22: a wide but honest interval.
    expect(items[2]).toMatchObject({ publishedFrom: expect.stringMatching(/^1926-/), publishedTo: expect.stringMatching(/^1927-/) });
    expect(items[3]!.text).toBe("De rijwielfabriek bestaat lang. 12345678 jaar geleden");
    expect(codesOf(record).filter((c) => c === "absurd-age")).toHaveLength(3);
  });

  it("reads a lone headline, a lone dateline and a heading without briefs as what they are", () => {
    expect(parseFixture("headline-only.txt").record.article).toMatchObject({ headline: "Veerpont tussen Hattem en Zwolle vaart weer na storing", dateline: null, paragraphs: [] });
    expect(parseFixture("dateline-only.txt").record.article).toMatchObject({ headline: "", dateline: { place: "Hattem", agencies: ["ANP"] }, paragraphs: [] });
    expect(parseFixture("meer-uit-without-briefs.txt").record.related).toEqual({ section: "Binnenland", items: [] });
    expect(parseFixture("boilerplate-only.txt").record.skipped.map((s) => s.reason)).toEqual(Array(7).fill("boilerplate"));
    expect(parseFixture("ages-without-briefs.txt").record.diagnostics.filter((d) => d.code === "orphan-age").map((d) => d.line)).toEqual([1, 2, 4, 5]);
  });
});

// ---- big inputs ---------------------------------------------------------------------------

/** Parses one file in a fresh Node process and reports time, peak memory and what came out. */
const RUNNER = `
import { readFileSync } from "node:fs";
const [wireUrl, path] = process.argv.slice(2);
const { parseCapture } = await import(wireUrl);
const bytes = readFileSync(path);
const rssBefore = process.memoryUsage().rss;
const started = performance.now();
let record;
try {
  record = parseCapture(bytes, { source: path, nowMs: ${NOW} });
} catch (error) {
  process.stdout.write(JSON.stringify({ threw: String(error?.stack ?? error) }));
  process.exit(0);
}
const ms = performance.now() - started;
const peakRss = process.resourceUsage().maxRSS * 1024;
const firstOf = {};
const counts = {};
for (const d of record.diagnostics) {
  counts[d.code] = (counts[d.code] ?? 0) + 1;
  firstOf[d.code] ??= { line: d.line, column: d.column, severity: d.severity };
}
const a = record.article;
process.stdout.write(JSON.stringify({
  ms, bytes: bytes.length, rssBeforeMB: rssBefore / 2 ** 20, peakGrowthMB: (peakRss - rssBefore) / 2 ** 20,
  heapAfterMB: process.memoryUsage().heapUsed / 2 ** 20,
  pageKind: record.pageKind, counts, firstOf,
  headline: a?.headline ?? null, place: a?.dateline?.place ?? null,
  paragraphs: a?.paragraphs.length ?? 0,
  paragraphChars: a?.paragraphs.reduce((n, p) => n + p.length, 0) ?? 0,
  firstParagraphHead: a?.paragraphs[0]?.slice(0, 40) ?? null,
  lastParagraph: a?.paragraphs.at(-1)?.slice(-80) ?? null,
  section: record.related?.section ?? null,
  items: record.related?.items.length ?? 0,
  lastItem: record.related?.items.at(-1) ? { text: record.related.items.at(-1).text, age: record.related.items.at(-1).age?.raw ?? null, publishedFrom: record.related.items.at(-1).publishedFrom } : null,
}));
`;

interface BigOutcome {
  threw?: string;
  ms: number;
  bytes: number;
  rssBeforeMB: number;
  peakGrowthMB: number;
  heapAfterMB: number;
  pageKind: string;
  counts: Record<string, number>;
  firstOf: Record<string, { line: number; column: number; severity: string }>;
  headline: string | null;
  place: string | null;
  paragraphs: number;
  paragraphChars: number;
  firstParagraphHead: string | null;
  lastParagraph: string | null;
  section: string | null;
  items: number;
  lastItem: { text: string; age: string | null; publishedFrom: string | null } | null;
}

describe("big inputs (generated in a temp folder, parsed in a child process)", () => {
  let dir = "";
  let runner = "";
  const wireUrl = pathToFileURL(join(projectRoot, "src/wire/index.ts")).href;

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "draad-hostile-big-"));
    runner = join(dir, "runner.mjs");
    writeFileSync(runner, RUNNER);
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  function parseInChild(name: string, content: string): BigOutcome {
    const path = join(dir, name);
    writeFileSync(path, content);
    const child = spawnSync(process.execPath, ["--import", "tsx", runner, wireUrl, path], {
      cwd: projectRoot,
      encoding: "utf8",
      timeout: 120_000,
      maxBuffer: 16 * 2 ** 20,
    });
    rmSync(path, { force: true });
    if (child.status !== 0 || child.stdout === "") {
      throw new Error(`child for ${name} ended with status ${child.status} signal ${child.signal}:\n${child.stderr.slice(-3000)}`);
    }
    const outcome = JSON.parse(child.stdout) as BigOutcome;
    expect(outcome.threw, `parseCapture threw on ${name}`).toBeUndefined();
    console.log(
      `[hostile big] ${name}: ${(outcome.bytes / 2 ** 20).toFixed(1)} MB parsed in ${(outcome.ms / 1000).toFixed(2)} s ` +
        `(${(outcome.bytes / 2 ** 20 / (outcome.ms / 1000)).toFixed(1)} MB/s); peak RSS growth ${outcome.peakGrowthMB.toFixed(0)} MB ` +
        `over ${outcome.rssBeforeMB.toFixed(0)} MB; heap after ${outcome.heapAfterMB.toFixed(0)} MB; ` +
        `${outcome.pageKind}, ${outcome.paragraphs} paragraph(s), ${outcome.items} brief(s); codes ${JSON.stringify(outcome.counts)}`,
    );
    return outcome;
  }

  const SENTENCES = [
    "De veerpont tussen Hattem en Zwolle vaart sinds dinsdagochtend weer volgens de dienstregeling.",
    "Door een storing aan de motor lag het pontje ruim een week stil, tot ergernis van fietsers en scholieren.",
    "De gemeente heeft de veerman bedankt voor zijn geduld en belooft dat het onderhoud voortaan in de winter gebeurt.",
    "Op de kade stonden dinsdag tientallen mensen te wachten om als eersten weer over te steken.",
  ];

  it("a 50 MB capture", () => {
    const head = "---\ncaptured: 2025-11-22T10:00:00+01:00\n---\nVeerpont vaart weer na lange storing\nHATTEM (ANP) - Begin van een zeer lang bericht.\n";
    const tail = "Slotzin van het lange bericht met het woord eindpaal.\nMeer uit Binnenland\nZWOLLE (ANP) - De bibliotheek gaat langer open.\n32 minuten geleden\n";
    const target = 50 * 2 ** 20;
    const parts: string[] = [head];
    let size = head.length + tail.length;
    let lines = 0;
    for (let i = 0; size < target; i++) {
      const line = `${SENTENCES[i % 4]} ${SENTENCES[(i + 1) % 4]}\n`;
      parts.push(line);
      size += line.length;
      lines++;
    }
    parts.push(tail);
    const outcome = parseInChild("vijftig-mb.txt", parts.join(""));
    expect(outcome.bytes).toBeGreaterThanOrEqual(target);
    expect(outcome.pageKind).toBe("article");
    expect(outcome.place).toBe("Hattem");
    expect(outcome.paragraphs).toBe(lines + 2);
    expect(outcome.lastParagraph?.endsWith("met het woord eindpaal.")).toBe(true);
    expect(outcome.lastItem).toEqual({ text: "De bibliotheek gaat langer open.", age: "32 minuten geleden", publishedFrom: "2025-11-22T09:27:00+01:00" });
    expect(outcome.counts["long-line"]).toBeUndefined();
    expect(Object.keys(outcome.counts)).toEqual([]);
  });

  it("one 10 MB line", () => {
    const words = "de veerpont vaart weer tussen hattem en zwolle ";
    const long = words.repeat(Math.ceil((10 * 2 ** 20) / words.length));
    const content = `Veerpont vaart weer\nHATTEM (ANP) - ${long}slotwoord.\nTweede alinea na de lange regel.\nMeer uit Binnenland\nZWOLLE (ANP) - De bibliotheek gaat langer open.\n1 uur geleden\n`;
    const outcome = parseInChild("tien-mb-regel.txt", content);
    expect(outcome.bytes).toBeGreaterThan(10 * 2 ** 20);
    expect(outcome.pageKind).toBe("article");
    expect(outcome.place).toBe("Hattem");
    expect(outcome.paragraphs).toBe(2);
    expect(outcome.paragraphChars).toBe(long.length + "slotwoord.".length + "Tweede alinea na de lange regel.".length);
    expect(outcome.counts["long-line"]).toBe(1);
    // At the first character past the limit, like a linter's max-len.
    expect(outcome.firstOf["long-line"]).toEqual({ line: 2, column: LONG_LINE_CHARS + 1, severity: "warning" });
    expect(outcome.items).toBe(1);
  });

  // 50 MB of one-character lines (26 million lines) exhausted the default 4 GB heap (about 200
  // bytes per line). Lines past MAX_CAPTURE_LINES are not read, and that is reported.
  it("50 MB of 26,000,000 one-character lines: the first 1,048,576 lines are read, the rest reported", () => {
    const content = "Veerpont vaart weer\nHATTEM (ANP) - De veerpont vaart weer.\n" + "x\n".repeat(26_000_000);
    const outcome = parseInChild("een-teken-regels.txt", content);
    expect(outcome.bytes).toBeGreaterThan(50 * 10 ** 6);
    expect(outcome.pageKind).toBe("article");
    expect(outcome.place).toBe("Hattem");
    expect(outcome.counts["too-many-lines"]).toBe(1);
    expect(outcome.firstOf["too-many-lines"]).toMatchObject({ line: MAX_CAPTURE_LINES + 1, column: 1, severity: "warning" });
    expect(outcome.peakGrowthMB).toBeLessThan(1500);
  });

  it("1,000,000 short lines", () => {
    const parts = ["Veerpont vaart weer\nHATTEM (ANP) - De veerpont vaart weer.\nMeer uit Binnenland\n"];
    for (let i = 0; i < 500_000; i++) parts.push(`ZWOLLE (ANP) - Bericht ${i}.\n${(i % 59) + 1} minuten geleden\n`);
    const outcome = parseInChild("miljoen-regels.txt", parts.join(""));
    expect(outcome.pageKind).toBe("article");
    expect(outcome.items).toBe(500_000);
    expect(outcome.lastItem).toMatchObject({ text: "Bericht 499999.", age: `${(499_999 % 59) + 1} minuten geleden` });
    expect(outcome.counts).toEqual({ "missing-capture-time": 1 });
  });
});

describe("inputs that make many diagnostics", () => {
  it("200,000 orphan age labels: one diagnostic each, no stack overflow", () => {
    // push(...list) with this many diagnostics threw RangeError (maximum call stack size).
    const record = parseCapture("32 minuten geleden\n".repeat(200_000), { source: "leeftijden.txt", nowMs: NOW });
    expect(codesOf(record).filter((c) => c === "orphan-age")).toHaveLength(200_000);
    expect(record.diagnostics.at(-1)).toMatchObject({ code: "orphan-age", line: 200_000, column: 1 });
    expect(isRejected(record)).toBe(true);
  });

  it("front matter with 50,000 unknown keys: each reported at its own line", () => {
    // Finding each key's line searched the block once per key (quadratic: 7 s for 50,000 keys).
    const keys = Array.from({ length: 50_000 }, (_, i) => `sleutel${i}: waarde`);
    const started = performance.now();
    const record = parseCapture(`---\n${keys.join("\n")}\n---\nVeerpont vaart weer\nHATTEM (ANP) - De veerpont vaart weer.\n`, { source: "sleutels.txt", nowMs: NOW });
    console.log(`[hostile] 50,000 front matter keys parsed in ${(performance.now() - started).toFixed(0)} ms`);
    const unknown = record.diagnostics.filter((d) => d.code === "unknown-front-matter-key");
    expect(unknown).toHaveLength(50_000);
    expect(unknown.slice(0, 2).map((d) => d.line)).toEqual([2, 3]);
    expect(unknown.at(-1)?.line).toBe(50_001);
    expect(record.article?.dateline?.place).toBe("Hattem");
  });
});

// ---- finding capture files ------------------------------------------------------------------

describe("findCaptureFiles on a hostile folder", () => {
  let root = "";
  let wire = "";
  const locked: string[] = [];
  const capture = "Veerpont vaart weer\nHATTEM (ANP) - De veerpont vaart weer.\n";

  beforeAll(() => {
    root = mkdtempSync(join(tmpdir(), "draad-hostile-files-"));
    wire = join(root, "wire");
    mkdirSync(join(wire, "sub"), { recursive: true });
    mkdirSync(join(wire, ".verborgen-map"));
    mkdirSync(join(wire, "z-echt"));
    mkdirSync(join(wire, "map-geheim"));
    mkdirSync(join(root, "buiten"));
    writeFileSync(join(wire, "a-bericht.txt"), capture);
    copyFileSync(join(wire, "a-bericht.txt"), join(wire, "b-kopie.txt"));
    writeFileSync(join(wire, "HOOFDLETTERS.TXT"), capture);
    writeFileSync(join(wire, ".verborgen.txt"), capture);
    writeFileSync(join(wire, ".verborgen-map", "binnen.txt"), capture);
    writeFileSync(join(wire, "notities.md"), "# notities\n");
    writeFileSync(join(wire, "foto.png"), new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    writeFileSync(join(wire, "zonder-extensie"), capture);
    writeFileSync(join(wire, "sub", "c-bericht.txt"), capture);
    writeFileSync(join(wire, "z-echt", "d-bericht.txt"), capture);
    writeFileSync(join(wire, "map-geheim", "e-bericht.txt"), capture);
    writeFileSync(join(wire, "geheim.txt"), capture);
    writeFileSync(join(root, "buiten", "f-buiten.txt"), capture);
    // A loop back to the top, a link to itself, a dangling link, an alias of a sibling folder,
    // and a link out of the input folder.
    symlinkSync("..", join(wire, "sub", "lus"));
    symlinkSync("zelf", join(wire, "sub", "zelf"));
    symlinkSync("nergens.txt", join(wire, "dood.txt"));
    symlinkSync("z-echt", join(wire, "a-alias"));
    symlinkSync(join(root, "buiten", "f-buiten.txt"), join(wire, "link-naar-buiten.txt"));
    const fifo = spawnSync("mkfifo", [join(wire, "pijp.txt")]);
    if (fifo.status !== 0) console.log("[hostile files] mkfifo unavailable: no FIFO in the folder");
    chmodSync(join(wire, "geheim.txt"), 0o000);
    chmodSync(join(wire, "map-geheim"), 0o000);
    locked.push(join(wire, "geheim.txt"), join(wire, "map-geheim"));
  });
  afterAll(() => {
    for (const path of locked) chmodSync(path, 0o700);
    if (root) rmSync(root, { recursive: true, force: true });
  });

  /** chmod 000 does not stop root (CAP_DAC_OVERRIDE): then the "unreadable" entries are readable. */
  function permissionsBite(): boolean {
    try {
      accessSync(join(wire, "geheim.txt"), constants.R_OK);
      return false;
    } catch {
      return true;
    }
  }

  it("lists .txt files once each, sorted per folder, and reports what it passes over", async () => {
    const { files, passedOver } = findCaptureFiles([wire]);
    const found = files.map((f) => f.path);
    const over = new Map(passedOver.map((p) => [p.path, p]));
    console.log(`[hostile files] found ${JSON.stringify(found.map((p) => p.slice(wire.length + 1)))}`);
    console.log(`[hostile files] passed over ${JSON.stringify(passedOver.map((p) => ({ ...p, path: p.path.slice(wire.length + 1) })))}`);
    const at = (...parts: string[]) => join(wire, ...parts);

    // The copy under a second name is listed twice: finding files does not compare contents.
    expect(found).toContain(at("a-bericht.txt"));
    expect(found).toContain(at("b-kopie.txt"));
    expect(readFileSync(at("b-kopie.txt"))).toEqual(readFileSync(at("a-bericht.txt")));
    // Upper-case extension and a nested file: found.
    expect(found).toContain(at("HOOFDLETTERS.TXT"));
    expect(found).toContain(at("sub", "c-bericht.txt"));
    // A link out of the folder is not followed: reported with what it says, nothing read.
    expect(found).not.toContain(at("link-naar-buiten.txt"));
    expect(over.get(at("link-naar-buiten.txt"))).toMatchObject({ reason: "link-outside-input", detail: join(root, "buiten", "f-buiten.txt") });
    // Hidden files and folders: passed over and reported, the hidden folder not entered.
    expect(over.get(at(".verborgen.txt"))?.reason).toBe("hidden");
    expect(over.get(at(".verborgen-map"))?.reason).toBe("hidden");
    expect(found.some((p) => p.includes(".verborgen"))).toBe(false);
    // Other extensions and no extension: reported as not-txt.
    for (const name of ["notities.md", "foto.png", "zonder-extensie"]) expect(over.get(at(name))?.reason).toBe("other-extension");
    // A FIFO named .txt is not a file: passed over, never opened (reading it would block).
    if (existsSync(at("pijp.txt"))) {
      expect(found).not.toContain(at("pijp.txt"));
      expect(over.get(at("pijp.txt"))?.reason).toBe("special-file");
    }
    // The loop back to the top is cut and reported, not followed forever.
    expect(over.get(at("sub", "lus"))?.reason).toBe("symlink-loop");
    expect(found.some((p) => p.includes(`${join("sub", "lus")}`))).toBe(false);
    // A link to itself and a dangling link cannot be resolved: reported as unreadable.
    expect(over.get(at("sub", "zelf"))).toMatchObject({ reason: "unreadable" });
    expect(over.get(at("sub", "zelf"))?.detail).toContain("ELOOP");
    expect(over.get(at("dood.txt"))).toMatchObject({ reason: "unreadable" });
    expect(over.get(at("dood.txt"))?.detail).toContain("ENOENT");
    // The folder reached under two names is read once; the second name is reported.
    const viaAlias = found.filter((p) => p.endsWith("d-bericht.txt"));
    expect(viaAlias).toHaveLength(1);
    const otherName = viaAlias[0] === at("a-alias", "d-bericht.txt") ? at("z-echt") : at("a-alias");
    expect(over.has(otherName)).toBe(true);
    console.log(`[hostile files] folder under two names: read as ${viaAlias[0]!.slice(wire.length + 1)}, ${otherName.slice(wire.length + 1)} reported as ${over.get(otherName)?.reason}`);

    // Every entry of the folder is either found or passed over: nothing is dropped silently.
    const topLevel = readdirSync(wire).map((name) => at(name));
    for (const path of topLevel) {
      const accounted = found.some((f) => f === path || f.startsWith(path + "/")) || over.has(path) || passedOver.some((p) => p.path.startsWith(path + "/"));
      expect(accounted, `${path} neither found nor passed over`).toBe(true);
    }
    expect(new Set(found).size).toBe(found.length);
  });

  it("unreadable file and folder (chmod 000), or root's view of them", async () => {
    const { files, passedOver } = findCaptureFiles([wire]);
    const found = files.map((f) => f.path);
    const secret = join(wire, "geheim.txt");
    const secretDir = join(wire, "map-geheim");
    // findCaptureFiles does not open files: an unreadable .txt is listed, and reading it is
    // where it fails (the CLI turns that into unreadable-file).
    expect(found).toContain(secret);
    if (permissionsBite()) {
      console.log("[hostile files] permissions apply (not root): the chmod 000 file cannot be read, the chmod 000 folder is reported");
      await expect(readFile(secret)).rejects.toMatchObject({ code: "EACCES" });
      expect(passedOver.find((p) => p.path === secretDir)).toMatchObject({ reason: "unreadable" });
      expect(passedOver.find((p) => p.path === secretDir)?.detail).toContain("EACCES");
      expect(found).not.toContain(join(secretDir, "e-bericht.txt"));
    } else {
      console.log(
        `[hostile files] running as uid ${process.getuid?.() ?? "?"} with permission checks bypassed (root or CAP_DAC_OVERRIDE): ` +
          "chmod 000 does not stop reading, so the 'unreadable' file and folder are read like any other",
      );
      expect((await readFile(secret)).toString("utf8")).toBe(capture);
      expect(found).toContain(join(secretDir, "e-bericht.txt"));
      expect(passedOver.some((p) => p.path === secretDir)).toBe(false);
      expect(parseCapture(await readFile(secret), { source: secret }).article?.headline).toBe("Veerpont vaart weer");
    }
  });

  it("reports inputs that do not exist, and takes a FILE as given", async () => {
    const missing = join(root, "bestaat-niet");
    const given = join(wire, "notities.md");
    const { files, passedOver } = findCaptureFiles([missing, given]);
    expect(passedOver).toMatchObject([{ path: missing, reason: "unreadable" }]);
    expect(files).toEqual([{ path: given, name: given, boundary: null }]);
  });
});
