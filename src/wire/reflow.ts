/**
 * Stage 2b, reflow: physical lines -> the lines a reader sees. Most pages need nothing here. Two
 * kinds of page do, both from newspaper archives:
 * - OCR that runs a whole page into one line, with datelines in its middle
 *   (`... gesteund. DEN HAAG (ANP) - De minister ...`): the line is split before each such
 *   dateline, so each dispatch starts a line of its own;
 * - OCR or narrow print that breaks text into short column lines, words split with `¬`
 *   (`opfrisbeurt van een agger¬` / `kleide uitschuift.`): the lines of each block are joined into
 *   one line, `¬` breaks without a space, and a block that goes on in lower case after a column
 *   break is joined to the block before it.
 * Every line made here keeps `raw === text.slice(start, end)`; a joined line's `raw` spans the line
 * breaks it joined. Both passes are linear in the text.
 */
import { diagnosticAt, type LineIndex } from "./diagnostics.js";
import { foldWhitespace } from "./segment.js";
import type { Diagnostic, SourceLine } from "./types.js";
import {
  BROKEN_LINES_MIN_JOINS,
  BROKEN_LINES_MIN_SHARE,
  endsWithClosingPunctuation,
  DATELINE,
  HAS_LOWER_CASE,
  INLINE_DATELINE_AGENCIES,
  isKnownAgency,
  LONG_LINE_CHARS,
  OCR_LINE_BREAK_HYPHEN,
} from "./vocabulary.js";

export interface ReflowedLines {
  lines: SourceLine[];
  diagnostics: Diagnostic[];
}

export function reflowLines(text: string, physical: SourceLine[], lineIndex: LineIndex): ReflowedLines {
  const diagnostics: Diagnostic[] = [];
  for (const line of physical) {
    if (line.raw.length > LONG_LINE_CHARS) {
      diagnostics.push(
        diagnosticAt(
          "long-line",
          `line ${line.line} has ${line.raw.length} characters, more than any copied page line (${LONG_LINE_CHARS}); it was read whole as one piece of text. Check for lost line breaks, or whether the file is a page copy at all`,
          line.start + LONG_LINE_CHARS,
          lineIndex,
        ),
      );
    }
  }
  const split = splitAtInlineDatelines(physical);
  if (split.splits > 0) {
    diagnostics.push(
      diagnosticAt(
        "split-line",
        `${split.splits} dateline(s) stand inside a line (OCR of a whole page?); the line was split before each, so each dispatch is read as a report of its own`,
        split.firstSplitAt,
        lineIndex,
      ),
    );
  }
  const joined = joinBrokenLines(text, split.lines, split.dispatchStarts);
  if (joined.joins > 0) {
    diagnostics.push(
      diagnosticAt(
        "joined-lines",
        `the text is broken into short lines (OCR or narrow columns): ${joined.joins} line break(s) inside sentences were joined, ${joined.hyphenJoins} of them words split with ¬`,
        joined.firstJoinAt,
        lineIndex,
      ),
    );
  }
  return { lines: joined.lines, diagnostics };
}

/** A piece of `line` from `from` to `to` (indices into `line.raw`). */
function pieceOf(line: SourceLine, from: number, to: number): SourceLine {
  const raw = line.raw.slice(from, to);
  return { raw, text: foldWhitespace(raw), start: line.start + from, end: line.start + to, line: line.line };
}

const PLACE_WORD_CHAR = /[\p{Lu}'’.\-/]/u;
const MAX_PLACE_WORDS = 6;

/**
 * Where the place of an inline dateline starts, reading back from the space before its `(`: up to
 * six words of capitals (`DEN HAAG`, `'S-HERTOGENBOSCH`), preceded by a space. -1 when there is
 * no such place, or it starts the line (an ordinary dateline).
 */
function placeStartBefore(raw: string, parenIndex: number): number {
  let end = parenIndex - 1; // the space before `(`
  let start = -1;
  for (let words = 0; words < MAX_PLACE_WORDS; words++) {
    let i = end;
    while (i > 0 && PLACE_WORD_CHAR.test(raw[i - 1]!)) i--;
    const word = raw.slice(i, end);
    if (word.length === 0 || !/\p{Lu}/u.test(word) || HAS_LOWER_CASE.test(word)) break;
    start = i;
    if (i === 0 || raw[i - 1] !== " ") break;
    end = i - 1;
  }
  if (start <= 0 || raw[start - 1] !== " ") return -1;
  const letters = raw.slice(start, parenIndex).match(/\p{L}/gu)?.length ?? 0;
  return letters >= 2 ? start : -1;
}

export function splitAtInlineDatelines(lines: SourceLine[]): { lines: SourceLine[]; splits: number; firstSplitAt: number; dispatchStarts: Set<SourceLine> } {
  const out: SourceLine[] = [];
  const dispatchStarts = new Set<SourceLine>();
  let splits = 0;
  let firstSplitAt = 0;
  for (const line of lines) {
    // Cheap pre-test: a line without `)` holds no inline dateline.
    if (!line.raw.includes(")")) {
      out.push(line);
      continue;
    }
    const cuts: number[] = [];
    INLINE_DATELINE_AGENCIES.lastIndex = 0;
    for (let m = INLINE_DATELINE_AGENCIES.exec(line.raw); m; m = INLINE_DATELINE_AGENCIES.exec(line.raw)) {
      // The space the match ended with may start the next one (`(ANP) - (AFP) - `).
      INLINE_DATELINE_AGENCIES.lastIndex--;
      if (!m[1]!.split("/").some((code) => isKnownAgency(code))) continue;
      const placeStart = placeStartBefore(line.raw, m.index + 1);
      if (placeStart <= (cuts[cuts.length - 1] ?? 0)) continue;
      cuts.push(placeStart);
    }
    if (cuts.length === 0) {
      out.push(line);
      continue;
    }
    if (splits === 0) firstSplitAt = line.start + cuts[0]!;
    splits += cuts.length;
    let from = 0;
    for (const cut of [...cuts, line.raw.length]) {
      const piece = pieceOf(line, from, cut);
      out.push(piece);
      if (from > 0) dispatchStarts.add(piece);
      from = cut;
    }
  }
  return { lines: out, splits, firstSplitAt, dispatchStarts };
}

/** Does line `next` carry on the sentence of `previous`? (`... in een` + `aaneenschreef`, `agger¬` + `kleide`) */
function continues(previous: string, next: string): boolean {
  if (previous.endsWith(OCR_LINE_BREAK_HYPHEN)) return true;
  if (endsWithClosingPunctuation(previous)) return false;
  return /^\p{Ll}/u.test(next);
}

/**
 * The text of `lines` read as one: `¬` at a line end joins without space, a hyphen after a letter
 * keeps the hyphen. Built from parts, looking only at the last part, so it stays linear.
 */
function joinedText(lines: SourceLine[]): { text: string; hyphenJoins: number } {
  const parts: string[] = [];
  let hyphenJoins = 0;
  for (const line of lines) {
    if (line.text === "") continue;
    const last = parts[parts.length - 1];
    if (last === undefined) parts.push(line.text);
    else if (last.endsWith(OCR_LINE_BREAK_HYPHEN)) {
      parts[parts.length - 1] = last.slice(0, -1);
      parts.push(line.text);
      hyphenJoins++;
    } else if (/\p{L}-$/u.test(last) && /^\p{Ll}/u.test(line.text)) parts.push(line.text);
    else parts.push(" ", line.text);
  }
  return { text: parts.join(""), hyphenJoins };
}

/** Lines that start with a dateline in capitals start a report: never joined to the line before. */
function startsWithDateline(text: string): boolean {
  const m = DATELINE.exec(text);
  return m !== null && !HAS_LOWER_CASE.test(m[3] ?? "");
}

export function joinBrokenLines(text: string, lines: SourceLine[], dispatchStarts: Set<SourceLine>): { lines: SourceLine[]; joins: number; hyphenJoins: number; firstJoinAt: number } {
  let content = 0;
  let continuing = 0;
  let hyphenEnds = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (line.text === "") continue;
    content++;
    if (line.text.endsWith(OCR_LINE_BREAK_HYPHEN)) hyphenEnds++;
    const next = lines[i + 1];
    if (next && next.text !== "" && continues(line.text, next.text)) continuing++;
  }
  const broken = hyphenEnds >= 2 || (continuing >= BROKEN_LINES_MIN_JOINS && continuing >= content * BROKEN_LINES_MIN_SHARE);
  if (!broken) return { lines, joins: 0, hyphenJoins: 0, firstJoinAt: 0 };

  // Blocks: runs of non-blank lines. A block that goes on in lower case after a column break
  // (blank lines) joins the block before it when that one ends mid-sentence.
  const out: SourceLine[] = [];
  let joins = 0;
  let hyphenJoins = 0;
  let firstJoinAt = -1;
  let block: SourceLine[] = [];
  const flush = () => {
    if (block.length === 0) return;
    const contentLines = block.filter((l) => l.text !== "");
    if (contentLines.length === 1 && block.length === 1) out.push(block[0]!);
    else {
      const first = block[0]!;
      const last = block[block.length - 1]!;
      const joined = joinedText(block);
      joins += contentLines.length - 1;
      hyphenJoins += joined.hyphenJoins;
      if (firstJoinAt === -1) firstJoinAt = contentLines[0]!.end;
      out.push({ raw: text.slice(first.start, last.end), text: joined.text, start: first.start, end: last.end, line: first.line });
    }
    block = [];
  };
  let blanks: SourceLine[] = [];
  for (const line of lines) {
    if (line.text === "") {
      blanks.push(line);
      continue;
    }
    const previous = block.length > 0 ? block[block.length - 1]! : null;
    const joinable = previous !== null && !dispatchStarts.has(line) && !startsWithDateline(line.text);
    if (joinable && blanks.length === 0) block.push(line);
    else if (joinable && /^\p{Ll}/u.test(line.text) && !endsWithClosingPunctuation(previous.text)) {
      block.push(...blanks, line);
    } else {
      flush();
      out.push(...blanks);
      block = [line];
    }
    blanks = [];
  }
  flush();
  out.push(...blanks);
  return { lines: out, joins, hyphenJoins, firstJoinAt: Math.max(0, firstJoinAt) };
}
