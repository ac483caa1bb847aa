/**
 * Stage 2, segment: the body of a decoded capture -> physical lines with their offsets.
 * Whitespace inside a line folds to one space in `text`; `raw` keeps the line as decoded.
 */
import type { SourceLine } from "./types.js";
import { MAX_CAPTURE_LINES } from "./vocabulary.js";

const WHITESPACE_RUN = / {2,}/g;

/**
 * Split `text` from `bodyStart` on LF. `firstLine` is the 1-based line number of `bodyStart`.
 * At most `maxLines` lines are made (memory stays bounded on hostile files of millions of tiny
 * lines); `unreadFrom` is the offset of the first line left unread, else null.
 */
export function segmentLines(text: string, bodyStart: number, firstLine: number, maxLines = MAX_CAPTURE_LINES): { lines: SourceLine[]; unreadFrom: number | null } {
  const lines: SourceLine[] = [];
  let start = bodyStart;
  let line = firstLine;
  while (start <= text.length) {
    if (lines.length >= maxLines) {
      // A final LF after the last allowed line opens no unread line.
      return { lines, unreadFrom: start < text.length ? start : null };
    }
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
  return { lines, unreadFrom: null };
}

export function foldWhitespace(value: string): string {
  return value.replace(WHITESPACE_RUN, " ").trim();
}
