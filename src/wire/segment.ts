/**
 * Stage 2, segment: the body of a decoded capture -> physical lines with their offsets.
 * Whitespace inside a line folds to one space in `text`; `raw` keeps the line as decoded.
 */
import type { SourceLine } from "./types.js";

const WHITESPACE_RUN = / {2,}/g;

/** Split `text` from `bodyStart` on LF. `firstLine` is the 1-based line number of `bodyStart`. */
export function segmentLines(text: string, bodyStart: number, firstLine: number): SourceLine[] {
  const lines: SourceLine[] = [];
  let start = bodyStart;
  let line = firstLine;
  while (start <= text.length) {
    const newline = text.indexOf("\n", start);
    const end = newline === -1 ? text.length : newline;
    const raw = text.slice(start, end);
    lines.push({ raw, text: foldWhitespace(raw), start, end, line });
    if (newline === -1) break;
    start = newline + 1;
    line++;
  }
  // A final LF does not open another line.
  if (lines.length > 1 && lines[lines.length - 1]!.raw === "" && text.endsWith("\n")) lines.pop();
  return lines;
}

export function foldWhitespace(value: string): string {
  return value.replace(WHITESPACE_RUN, " ").trim();
}
