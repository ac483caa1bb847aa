/**
 * The one table of diagnostic codes (after vfile-message and parse5's error codes).
 * A code, once published, keeps its meaning; tests assert codes, never message wording.
 */
import type { Diagnostic, Severity } from "./types.js";

export const DIAGNOSTIC_CODES = {
  // reading
  "unreadable-file": { severity: "error", summary: "the file could not be read" },
  "symlink-loop": { severity: "warning", summary: "a symbolic link leads back into a folder already read" },
  "not-a-capture": { severity: "info", summary: "a hidden or non-.txt file in the input folder was passed over" },
  "link-outside-input": { severity: "error", summary: "a symbolic link out of the input folder was not followed; nothing was read" },
  "cache-unusable": { severity: "warning", summary: "the build cache folder cannot be used; built without it" },
  "special-file": { severity: "error", summary: "a FIFO, socket or device in the input folder was not opened" },
  // decode
  "binary-content": { severity: "error", summary: "the file is binary data, not text" },
  "legacy-encoding": { severity: "warning", summary: "not valid UTF-8; read as Windows-1252" },
  "two-byte-encoding": { severity: "info", summary: "UTF-16 text with a byte order mark" },
  "byte-order-mark": { severity: "warning", summary: "a UTF-8 byte order mark was removed" },
  "mojibake-repaired": { severity: "warning", summary: "double-encoded UTF-8 was repaired" },
  "control-characters": { severity: "warning", summary: "control characters were removed" },
  "suspect-character": { severity: "info", summary: "a character that looks like encoding damage was kept" },
  // front matter
  "invalid-front-matter": { severity: "warning", summary: "front matter is not valid YAML and was ignored" },
  "unclosed-front-matter": { severity: "warning", summary: "front matter has no closing ---; read as text" },
  "executable-front-matter": { severity: "error", summary: "front matter in a code language was not run" },
  "front-matter-type": { severity: "warning", summary: "a front matter value has the wrong type" },
  "unknown-front-matter-key": { severity: "info", summary: "a front matter key draad does not use" },
  "invalid-capture-time": { severity: "warning", summary: "a capture time that is not a date" },
  "capture-time-without-offset": { severity: "warning", summary: "a time without UTC offset, read as Europe/Amsterdam" },
  "capture-time-in-future": { severity: "warning", summary: "a capture time after the time of the build" },
  "capture-time-too-old": { severity: "warning", summary: "a capture time before 1990" },
  "missing-capture-time": { severity: "info", summary: "no capture time; ages cannot be dated" },
  // structure
  "empty-capture": { severity: "error", summary: "the capture has no content" },
  "missing-headline": { severity: "warning", summary: "no headline before the dateline" },
  "missing-dateline": { severity: "warning", summary: "no PLACE (AGENCY) - dateline" },
  "missing-body": { severity: "warning", summary: "an article without body text" },
  "unknown-agency": { severity: "warning", summary: "an agency code draad does not know" },
  "text-after-related-links": { severity: "warning", summary: "the article's text goes on after a related-links heading (Lees ook): its last paragraphs may be teasers of other reports" },
  "glued-dateline-place": { severity: "warning", summary: "a long one-word dateline place glued to its agencies: a label may be glued to it" },
  "orphan-age": { severity: "warning", summary: "an age label with no brief before it" },
  "missing-age": { severity: "info", summary: "a brief without age label" },
  "absurd-age": { severity: "warning", summary: "an age of more than a century" },
  "truncated-sidebar": { severity: "warning", summary: "the capture ends inside a Meer uit heading" },
  "empty-sidebar": { severity: "warning", summary: "a Meer uit heading without briefs" },
  "brief-without-dateline": { severity: "info", summary: "a sidebar brief without dateline" },
  "unrecognised-line": { severity: "warning", summary: "a line the parser could not place" },
  "implausible-headline": { severity: "warning", summary: "the headline is too long or has several sentences; not used as headline" },
  "doubtful-headline": { severity: "warning", summary: "the headline holds a byline, a date and time or a date-line label; kept, but check it" },
  "implausible-body": { severity: "warning", summary: "an article with a headline but no body text" },
  "unrecognised-dateline": { severity: "warning", summary: "the body starts with what looks like a dateline that was not read as one" },
  "split-line": { severity: "info", summary: "a line held several datelines and was split before each" },
  "joined-lines": { severity: "info", summary: "text broken into short lines (OCR, narrow columns) was joined" },
  "long-line": { severity: "warning", summary: "a line longer than 65,536 characters (read whole)" },
  "too-many-lines": { severity: "warning", summary: "more than 1,048,576 lines; the rest was not read" },
  // archive (across captures)
  "reposted-report": { severity: "info", summary: "the same text was posted twice; dated by its first posting" },
  "conflicting-dates": { severity: "warning", summary: "dating evidence of one capture contradicts itself" },
  "id-collision": { severity: "warning", summary: "two items hashed to one id; both got a longer id" },
  "invalid-place-aliases": { severity: "warning", summary: "the place alias table could not be read" },
  "undated-capture-in-part": { severity: "warning", summary: "a capture without capture time belongs to no year's part (build --year)" },
} as const satisfies Record<string, { severity: Severity; summary: string }>;

export type DiagnosticCode = keyof typeof DIAGNOSTIC_CODES;

/** Maps offsets of a text to 1-based lines and columns. Line ends are LF after decoding. */
export class LineIndex {
  private readonly lineStarts: number[] = [0];
  constructor(text: string) {
    for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) this.lineStarts.push(i + 1);
  }
  /** 1-based line and column of a 0-based offset. */
  position(offset: number): { line: number; column: number } {
    let low = 0;
    let high = this.lineStarts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (this.lineStarts[mid]! <= offset) low = mid;
      else high = mid - 1;
    }
    return { line: low + 1, column: offset - this.lineStarts[low]! + 1 };
  }
}

/**
 * A diagnostic about a file as a whole or a place in it, for every stage after the parser (the
 * archive, the build, the site): the same fields as a capture's diagnostic plus the file, less the
 * offset. Its severity always comes from the table.
 */
export interface FileDiagnostic extends Omit<Diagnostic, "offset"> {
  /** The file, relative to its input folder (or as the user named it). */
  file: string;
}

/** The one constructor of a FileDiagnostic; severity comes from the table. */
export function fileDiagnostic(file: string, code: DiagnosticCode, message: string, at: { line: number; column: number } = { line: 1, column: 1 }): FileDiagnostic {
  return { file, line: at.line, column: at.column, code, severity: DIAGNOSTIC_CODES[code].severity, message };
}

/** A diagnostic at an offset; severity comes from the table. */
export function diagnosticAt(
  code: DiagnosticCode,
  message: string,
  offset: number,
  lines: LineIndex,
): Diagnostic {
  const { line, column } = lines.position(offset);
  return { code, severity: DIAGNOSTIC_CODES[code].severity, message, line, column, offset };
}

/**
 * Characters that must not reach a terminal or a log as they are: C0 and C1 controls (a newline
 * would forge a diagnostic line, ESC starts terminal escapes), DEL, the Unicode line and
 * paragraph separators, and the bidirectional controls that reorder what is shown ("Trojan
 * source"). Example: a file named `a\n/etc:1:1  error  x.txt`.
 */
const UNPRINTABLE = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const ESCAPES: Record<string, string> = { "\n": "\\n", "\r": "\\r", "\t": "\\t" };

/** Text from a capture or a file name, made safe for one line of a terminal: controls written as `\n`, `\u001b`. */
export function printable(text: string): string {
  return text.replace(UNPRINTABLE, (c) => ESCAPES[c] ?? `\\u${c.charCodeAt(0).toString(16).padStart(4, "0")}`);
}

/**
 * `path:line:col  severity  code  message`, like a compiler, so editors can jump to it. Path and
 * message pass through printable(), so one diagnostic is always exactly one line.
 */
export function formatDiagnostic(path: string, diagnostic: Pick<Diagnostic, "line" | "column" | "severity" | "code" | "message">): string {
  return `${printable(path)}:${diagnostic.line}:${diagnostic.column}  ${diagnostic.severity}  ${diagnostic.code}  ${printable(diagnostic.message)}`;
}

const SEVERITY_ORDER: Record<Severity, number> = { error: 0, warning: 1, info: 2 };
/** Diagnostics in reading order, then by severity and code, so output is deterministic. */
export function sortDiagnostics(diagnostics: Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort(
    (a, b) =>
      a.offset - b.offset ||
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (a.code < b.code ? -1 : a.code > b.code ? 1 : 0),
  );
}
