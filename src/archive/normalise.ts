/**
 * Text as the archive compares it: two copies of one report give the same key whatever their
 * Unicode form, whitespace, quote style, dash style or glued sentences. Also the words that
 * relate items, the first sentence of a brief, and Dutch-aware URL slugs.
 */
import {
  COMMON_NEWS_WORDS,
  DASHES,
  DOUBLE_QUOTES,
  DUTCH_FUNCTION_WORDS,
  GLUED_SENTENCE,
  SENTENCE_ABBREVIATIONS,
  SENTENCE_END,
  SINGLE_QUOTES,
  SLUG_LETTER_FOLDS,
} from "../wire/vocabulary.js";

/** The comparison form of a text: NFKC, one quote and dash style, sentences spaced, lower case, single spaces. */
export function comparisonText(text: string): string {
  return text
    .normalize("NFKC")
    .replace(DOUBLE_QUOTES, '"')
    .replace(SINGLE_QUOTES, "'")
    .replace(DASHES, "-")
    .replace(/…/g, "...")
    .replace(GLUED_SENTENCE, "$1 ")
    .toLowerCase()
    .replace(/\s+/g, " ")
    .trim();
}

/** A cut-off copy ends in `...` or mid-sentence; the part that is certainly the report's. */
export function withoutEllipsis(comparison: string): string {
  // Not `replace(/\s*\.\.\.$/, "")`: tried at every space of a long run of spaces, that regex
  // reads the rest of the run each time (quadratic). Cutting the dots and trimming is the same.
  return (comparison.endsWith("...") ? comparison.slice(0, -3) : comparison).trim();
}

const WORD = /[\p{L}\p{N}][\p{L}\p{N}'-]*/gu;

/** Words of a text in comparison form. */
export function wordsOf(text: string): string[] {
  return comparisonText(text).match(WORD) ?? [];
}

/**
 * Words that can tell one report from another: no function words, no common news words, no
 * short words. Lower case with one apostrophe style; lighter than the full comparison form,
 * since it runs over every item's text.
 */
export function contentWords(text: string): string[] {
  const lower = text.toLowerCase();
  const words = (lower.includes("’") || lower.includes("‘") ? lower.replace(SINGLE_QUOTES, "'") : lower).match(WORD) ?? [];
  return words.filter((w) => (w.length >= 4 || /\d/.test(w)) && !DUTCH_FUNCTION_WORDS.has(w) && !COMMON_NEWS_WORDS.has(w));
}

/** The first `count` words of a comparison text, as a lookup key. */
export function leadingWords(comparison: string, count: number): string {
  // What `split(" ").slice(0, count).join(" ")` gives, without splitting the whole text: up to
  // the count-th space (a brief's whole text is split here for its first six words).
  if (count <= 0) return "";
  let at = -1;
  for (let n = 0; n < count; n++) {
    at = comparison.indexOf(" ", at + 1);
    if (at === -1) return comparison;
  }
  return comparison.slice(0, at);
}

/** The first sentence of a text; abbreviations (`dr.`, `o.a.`) and initials (`J. de Vries`) do not end it. */
export function firstSentence(text: string): string {
  const clean = text.replace(/\s+/g, " ").trim();
  for (const match of clean.matchAll(SENTENCE_END)) {
    const end = match.index + match[0].length;
    // The word before the mark, found by looking back to the previous space (`clean` has no other
    // whitespace). Not `/(\S+)$/` on the text before the mark: run on a growing prefix for every
    // mark, and retried at every start inside a long word, that was quadratic (issue #11: a
    // 160,000-character word before `J. Bakker` took 90 s). Looking back stops at the space after
    // the previous mark, so all the looking back together reads the text once.
    const lastWord = clean.slice(clean.lastIndexOf(" ", match.index - 1) + 1, match.index).replace(/^["'“‘(]+/, "").toLowerCase();
    if (match[0].startsWith(".") && (SENTENCE_ABBREVIATIONS.has(lastWord) || /^\p{L}$/u.test(lastWord) || /^(\p{L}\.)+\p{L}$/u.test(lastWord))) continue;
    return clean.slice(0, end);
  }
  return clean;
}

/** Cut text to at most `max` characters at a word boundary, with `…` when something was cut. */
export function cutAtWord(text: string, max: number): string {
  // The first `max` characters (code points), read one by one: an array of every character of a
  // 1 MB text, to keep 100 of them, cost far more than the cut.
  let headEnd = 0;
  for (let count = 0; count < max && headEnd < text.length; count++) headEnd += text.codePointAt(headEnd)! > 0xffff ? 2 : 1;
  if (headEnd >= text.length) return text;
  const head = text.slice(0, headEnd);
  const space = head.lastIndexOf(" ");
  const cut = (space > max / 2 ? head.slice(0, space) : head).replace(/[\s,;:–—-]+$/u, "");
  // Cut after a whole sentence: no ellipsis after its full stop.
  return /[.!?]["'”’]?$/u.test(cut) ? cut : `${cut}…`;
}

/** A headline made from a brief's first sentence: without its full stop, at most 100 characters. */
export function headlineFromText(text: string): string {
  const sentence = firstSentence(text).replace(/[.]$/, "");
  if ([...sentence.slice(0, HEADLINE_MAX_CHARS * 2)].length <= HEADLINE_MAX_CHARS) return sentence;
  return cutAtClause(sentence, HEADLINE_MAX_CHARS) ?? cutAtWord(sentence, HEADLINE_MAX_CHARS);
}

/**
 * Longest headline made from a first sentence: a sentence this long is shown whole (issue #14: a
 * headline cut mid-sentence with `...` reads as broken).
 */
export const HEADLINE_MAX_CHARS = 120;
/** A clause cut must keep at least this much of the sentence, or it says too little. */
const CLAUSE_MIN_CHARS = 50;

/**
 * The sentence cut after its last clause that ends within `max` characters (before `, `, `; `,
 * `: ` or a spaced dash), with `…`; null when no clause ends between CLAUSE_MIN_CHARS and max.
 * One scan back from `max`.
 */
function cutAtClause(sentence: string, max: number): string | null {
  const head = sentence.slice(0, max);
  // Quotes open before each position (one pass forward): a clause inside a quotation is no cut.
  const openQuotes = new Uint16Array(head.length + 1);
  let straight = 0;
  let curly = 0;
  for (let i = 0; i < head.length; i++) {
    const c = head[i]!;
    if (c === '"') straight ^= 1;
    else if (c === "“" || c === "„") curly++;
    else if (c === "”" && curly > 0) curly--;
    openQuotes[i + 1] = straight + curly;
  }
  for (let i = head.length - 1; i >= CLAUSE_MIN_CHARS; i--) {
    if (openQuotes[i]! > 0) continue;
    const c = head[i]!;
    const next = sentence[i + 1];
    if ((c === "," || c === ";" || c === ":") && next === " ") return `${head.slice(0, i)}…`;
    if ((c === "-" || c === "–" || c === "—") && head[i - 1] === " " && next === " ") return `${head.slice(0, i - 1)}…`;
  }
  return null;
}

/**
 * The text a brief's slug is made from when it has no title: its first sentence cut at 100
 * characters, as headlines were before issue #14. Kept apart from the headline so that a better
 * headline never changes a published URL.
 */
export function slugTextFromText(text: string): string {
  return cutAtWord(firstSentence(text).replace(/[.]$/, ""), 100);
}

const SLUG_MAX_CHARS = 64;

/**
 * A URL slug: lower case, accents folded (`Genève` -> `geneve`), Dutch `IJ` kept as `ij`,
 * everything else but letters and digits a single `-`, cut at a word boundary. May be empty
 * (emoji, right-to-left script): callers add a fallback word.
 */
export function slugify(text: string, max = SLUG_MAX_CHARS): string {
  const folded = text
    .normalize("NFKD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[ßæœøłđðþıĳ]/g, (c) => SLUG_LETTER_FOLDS[c] ?? c)
    .replace(/['’]/g, "")
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "");
  if (folded.length <= max) return folded;
  const head = folded.slice(0, max + 1);
  const dash = head.lastIndexOf("-");
  return (dash > max / 2 ? head.slice(0, dash) : head.slice(0, max)).replace(/-+$/, "");
}
