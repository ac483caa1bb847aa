/**
 * The wire pipeline for one capture: decode -> front matter -> segment -> recognise/assemble ->
 * language. Returns a CaptureRecord that follows `capture.schema.json`; never throws on any text.
 */
import { decodeCapture } from "./decode.js";
import { diagnosticAt, LineIndex, sortDiagnostics } from "./diagnostics.js";
import { readFrontMatter } from "./front-matter.js";
import { segmentLines } from "./segment.js";
import { MAX_CAPTURE_LINES } from "./vocabulary.js";
import { assembleCapture } from "./assemble.js";
import { reflowLines } from "./reflow.js";
import { detectLanguage } from "./language.js";
import { formatAmsterdamIso, parseTimestamp, amsterdamLocalToEpoch } from "./amsterdam-time.js";
import { FILE_NAME_TIMESTAMP } from "./vocabulary.js";
import type { CaptureRecord, Diagnostic, ParseOptions } from "./types.js";

/** Captures from before this are certainly wrong (the web pages draad reads did not exist). */
const EARLIEST_CAPTURE_MS = Date.UTC(1990, 0, 1);

export interface ParseCaptureOptions extends ParseOptions {
  /** The build's notion of now, for `capture-time-in-future`; omit to skip that check. */
  nowMs?: number | null;
}

export function parseCapture(input: Uint8Array | string, options: ParseCaptureOptions): CaptureRecord {
  return parseCaptureInDetail(input, options).record;
}

/** The record plus the decoded text its offsets point into, and where the body starts. */
export interface ParsedCaptureDetail {
  record: CaptureRecord;
  text: string;
  bodyStart: number;
}

export function parseCaptureInDetail(input: Uint8Array | string, options: ParseCaptureOptions): ParsedCaptureDetail {
  const decoded = decodeCapture(input);
  // Appended with a loop, never `push(...list)`: a capture can yield hundreds of thousands of
  // diagnostics (one per orphan age line), more arguments than one call may take.
  const diagnostics: Diagnostic[] = [...decoded.diagnostics];
  const report = (list: readonly Diagnostic[]) => {
    for (const diagnostic of list) diagnostics.push(diagnostic);
  };
  const lineIndex = new LineIndex(decoded.text);
  if (decoded.binary) {
    const record: CaptureRecord = {
      source: options.source,
      capturedAt: null,
      article: null,
      moreArticles: [],
      related: null,
      diagnostics,
      capturedAtSource: null,
      sourceUrl: null,
      published: null,
      pageKind: "empty",
      encoding: decoded.encoding,
      ticker: [],
      skipped: [],
    };
    return { record, text: decoded.text, bodyStart: 0 };
  }

  const front = readFrontMatter(decoded.text, lineIndex);
  report(front.diagnostics);

  const capture = resolveCaptureTime(front.frontMatter.captured, options, lineIndex, decoded.text);
  report(capture.diagnostics);
  const published = front.frontMatter.published ? parseTimestamp(front.frontMatter.published) : null;
  if (front.frontMatter.published && !published) {
    diagnostics.push(diagnosticAt("invalid-capture-time", `front matter "published: ${front.frontMatter.published}" is not a date; use ISO 8601 such as 2025-11-22T10:00:00+01:00`, 0, lineIndex));
  }

  const { lines, unreadFrom } = segmentLines(decoded.text, front.bodyStart, lineIndex.position(front.bodyStart).line);
  if (unreadFrom !== null) {
    diagnostics.push(
      diagnosticAt(
        "too-many-lines",
        `the capture has more than ${MAX_CAPTURE_LINES.toLocaleString("en")} lines; only those were read and the rest, from here on, is not in the archive. A copied page has a few hundred lines: split the file if it holds many pages`,
        unreadFrom,
        lineIndex,
      ),
    );
  }
  const reflowed = reflowLines(decoded.text, lines, lineIndex);
  report(reflowed.diagnostics);
  const assembled = assembleCapture({
    lines: reflowed.lines,
    lineIndex,
    capturedAtMs: capture.epochMs,
    frontMatterSection: front.frontMatter.section,
  });
  report(assembled.diagnostics);

  const withLanguage = (article: NonNullable<typeof assembled.article>) => ({
    ...article,
    language: detectLanguage([article.headline, ...article.paragraphs].join("\n")),
  });
  const article = assembled.article ? withLanguage(assembled.article) : null;

  const record: CaptureRecord = {
    source: options.source,
    capturedAt: capture.epochMs === null ? null : formatAmsterdamIso(capture.epochMs),
    article,
    moreArticles: assembled.moreArticles.map(withLanguage),
    related: assembled.related,
    diagnostics: sortDiagnostics(diagnostics),
    capturedAtSource: capture.from,
    sourceUrl: front.frontMatter.source,
    published: published ? formatAmsterdamIso(published.epochMs) : null,
    pageKind: assembled.pageKind,
    encoding: decoded.encoding,
    ticker: assembled.ticker,
    skipped: assembled.skipped,
  };
  return { record, text: decoded.text, bodyStart: front.bodyStart };
}

/** Capture time: front matter `captured`, else `--captured-at`, else a timestamp in the file name. */
function resolveCaptureTime(
  fromFrontMatter: string | null,
  options: ParseCaptureOptions,
  lineIndex: LineIndex,
  text: string,
): { epochMs: number | null; from: CaptureRecord["capturedAtSource"]; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const keyOffset = Math.max(0, text.search(/^captured\s*:/m));
  let epochMs: number | null = null;
  let from: CaptureRecord["capturedAtSource"] = null;
  if (fromFrontMatter !== null) {
    const parsed = parseTimestamp(fromFrontMatter);
    if (!parsed) {
      diagnostics.push(diagnosticAt("invalid-capture-time", `front matter "captured: ${fromFrontMatter}" is not a date; use ISO 8601 such as 2025-11-22T10:00:00+01:00`, keyOffset, lineIndex));
    } else {
      if (!parsed.hadOffset) {
        diagnostics.push(diagnosticAt("capture-time-without-offset", `"captured: ${fromFrontMatter}" has no UTC offset and was read as Europe/Amsterdam time; add +01:00 or +02:00`, keyOffset, lineIndex));
      }
      epochMs = parsed.epochMs;
      from = "front-matter";
    }
  }
  if (epochMs === null && options.capturedAt) {
    const parsed = parseTimestamp(options.capturedAt);
    if (parsed) {
      epochMs = parsed.epochMs;
      from = "option";
    }
  }
  if (epochMs === null) {
    const name = options.source.split(/[\\/]/).pop() ?? "";
    const m = FILE_NAME_TIMESTAMP.exec(name);
    if (m) {
      const [year, month, day, hour, minute, second] = m.slice(1).map((v) => Number(v ?? 0)) as number[];
      if (month! >= 1 && month! <= 12 && day! >= 1 && day! <= 31 && hour! < 24 && minute! < 60) {
        epochMs = amsterdamLocalToEpoch(year!, month!, day!, hour!, minute!, second!);
        from = "file-name";
      }
    }
  }
  if (epochMs === null) {
    diagnostics.push(diagnosticAt("missing-capture-time", "no capture time, so ages cannot be dated: add front matter `captured: 2025-11-22T10:00:00+01:00`, pass --captured-at, or name the file 2025-11-22T1000-name.txt", 0, lineIndex));
  } else if (epochMs < EARLIEST_CAPTURE_MS) {
    diagnostics.push(diagnosticAt("capture-time-too-old", `capture time ${formatAmsterdamIso(epochMs)} is before 1990 and cannot be right; it is ignored`, keyOffset, lineIndex));
    epochMs = null;
    from = null;
  } else if (options.nowMs != null && epochMs > options.nowMs + 5 * 60_000) {
    diagnostics.push(diagnosticAt("capture-time-in-future", `capture time ${formatAmsterdamIso(epochMs)} lies in the future; it is ignored. Check the clock of the machine that made the capture.`, keyOffset, lineIndex));
    epochMs = null;
    from = null;
  }
  return { epochMs, from, diagnostics };
}
