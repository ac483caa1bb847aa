/**
 * Versions of a report: when the captures of one report differ in substance (an updated death
 * toll, a corrected name, a sentence added), each distinct text is a version, in the order it
 * was first seen, with what changed since the version before as a word-level diff.
 *
 * Copies that differ only in form (quote style, dashes, spacing, a glued sentence) are one
 * version: they are compared in comparison form. A copy cut off by a sidebar (its text, without
 * `...`, begins another copy's text) is no version of its own. Briefs are merged by their whole
 * text, so a brief whose text changes becomes a new report (joined to the old one in a story
 * line); versions are what pages (articles) show: snapshots of one page, or one headline and
 * opening with a changed body.
 */
import { comparisonText, withoutEllipsis } from "./normalise.js";
import type { Report } from "./reports.js";
import type { ReportVersion, TextChange } from "./types.js";
import { formatAmsterdamIso } from "../wire/amsterdam-time.js";

/** More texts (or changes of text) than this in one report is no edit history but a merge of many texts: no versions are shown. */
export const MAX_VERSIONS = 20;
/** Edits a word diff may find before it gives up (an update changes a few words or adds a sentence; more is a rewrite) and shows the middle as removed and added whole. */
const MAX_EDITS = 64;

/** An article's headline is part of its text (a corrected headline is a new version); a brief's title is the layout's, not an edit. */
const withHeadline = (r: Report) => r.kind === "article" && r.title !== null;
/** A copy's text in comparison form (a brief's report carries it already), an article's headline in front. */
const keyOf = (r: Report) => (r.kind === "article" ? `${r.title ? comparisonText(r.title) : ""}\n${comparisonText(r.text)}` : r.comparison);

/**
 * The versions of a report from its copies (oldest capture first): runs of copies with one text,
 * so a text that comes back after another (a page put back as it was) is a version again. Empty
 * when all copies are one version. The last version is the newest text, `newest` its first copy.
 */
export function versionsOf(copies: readonly Report[]): { versions: ReportVersion[]; newest: Report | null } {
  // Most reports are the same bytes in every copy (one brief in many sidebars): nothing to compare.
  const first = copies[0];
  if (!first || copies.every((c) => c.text === first.text && c.title === first.title)) return { versions: [], newest: null };
  // One comparison per distinct text, not per copy.
  const keyOfRaw = new Map<string, string>();
  const keys = copies.map((copy) => {
    const raw = `${copy.title ?? ""}\n${copy.text}`;
    let key = keyOfRaw.get(raw);
    if (key === undefined) keyOfRaw.set(raw, (key = keyOf(copy)));
    return key;
  });
  const distinct = [...new Set(keys)];
  if (distinct.length < 2 || distinct.length > MAX_VERSIONS) return { versions: [], newest: null };
  // A brief cut off by a sidebar begins a longer copy: the same version, not shown on its own.
  // (A page that grew by a sentence also begins its later snapshot, but it is a version.)
  const cutOff = new Set(
    distinct.filter((key) => {
      const head = withoutEllipsis(key);
      return distinct.some((other) => other !== key && other.length > head.length && other.startsWith(head));
    }),
  );
  const runs: { key: string; copies: Report[] }[] = [];
  copies.forEach((copy, index) => {
    const key = keys[index]!;
    if (copy.kind !== "article" && cutOff.has(key)) return;
    const last = runs[runs.length - 1];
    if (last && last.key === key) last.copies.push(copy);
    else runs.push({ key, copies: [copy] });
  });
  if (runs.length < 2 || runs.length > MAX_VERSIONS) return { versions: [], newest: null };
  const versions: ReportVersion[] = [];
  let previous: Report | null = null;
  for (const run of runs) {
    const copy = run.copies[0]!;
    const times = run.copies.map((r) => r.capturedAtMs).filter((t): t is number => t !== null);
    versions.push({
      headline: withHeadline(copy) ? copy.title : null,
      paragraphs: copy.paragraphs,
      firstSeen: times.length ? formatAmsterdamIso(Math.min(...times)) : null,
      lastSeen: times.length ? formatAmsterdamIso(Math.max(...times)) : null,
      captures: [...new Set(run.copies.map((r) => r.capture))],
      changes: previous === null ? null : wordDiff(versionText(previous), versionText(copy)),
    });
    previous = copy;
  }
  return { versions, newest: previous };
}

/** The text a version's diff is made of: headline and paragraphs, one per line. */
function versionText(r: Report): string {
  return [...(withHeadline(r) ? [r.title!] : []), ...r.paragraphs].join("\n");
}

/**
 * Word-level changes from `before` to `after`: runs of words kept, removed and added, in order.
 * Words are what whitespace separates (punctuation stays with its word); a paragraph break is a
 * word of its own, so it shows. Common runs at both ends are taken off first (most updates
 * change a number or add a sentence); the middle is diffed with Myers' algorithm, at most
 * MAX_EDITS edits, else shown as removed and added whole: linear in the text.
 */
export function wordDiff(before: string, after: string): TextChange[] {
  const a = tokens(before);
  const b = tokens(after);
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA--;
    endB--;
  }
  const changes: TextChange[] = [];
  const push = (kind: TextChange["kind"], words: string[]) => {
    if (words.length === 0) return;
    const text = words.join(" ").replace(/ ?\n ?/g, "\n");
    const last = changes[changes.length - 1];
    if (last && last.kind === kind) last.text += (text.startsWith("\n") || last.text.endsWith("\n") ? "" : " ") + text;
    else changes.push({ kind, text });
  };
  push("same", a.slice(0, start));
  const middle = myers(a.slice(start, endA), b.slice(start, endB));
  if (middle === null) {
    push("removed", a.slice(start, endA));
    push("added", b.slice(start, endB));
  } else for (const [kind, words] of middle) push(kind, words);
  push("same", a.slice(endA));
  return changes;
}

function tokens(text: string): string[] {
  return text
    .split(/(\n)/)
    .flatMap((part) => (part === "\n" ? ["\n"] : part.split(/\s+/).filter(Boolean)));
}

/** Myers' O(ND) diff of two word lists as runs, or null when more than MAX_EDITS edits are needed. */
function myers(a: string[], b: string[]): [TextChange["kind"], string[]][] | null {
  const n = a.length;
  const m = b.length;
  if (n === 0 || m === 0) return [["removed", a], ["added", b]];
  const max = Math.min(n + m, MAX_EDITS);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d++) {
    trace.push(v.slice());
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x++;
        y++;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, d, offset);
    }
  }
  return null;
}

function backtrack(trace: Int32Array[], a: string[], b: string[], edits: number, offset: number): [TextChange["kind"], string[]][] {
  const steps: [TextChange["kind"], string][] = [];
  let x = a.length;
  let y = b.length;
  for (let d = edits; d > 0; d--) {
    const v = trace[d]!;
    const k = x - y;
    const prevK = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? k + 1 : k - 1;
    const prevX = v[offset + prevK]!;
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) steps.push(["same", a[--x]!]), y--;
    if (x === prevX) steps.push(["added", b[--y]!]);
    else steps.push(["removed", a[--x]!]);
  }
  while (x > 0 && y > 0) steps.push(["same", a[--x]!]), y--;
  steps.reverse();
  const runs: [TextChange["kind"], string[]][] = [];
  for (const [kind, word] of steps) {
    const last = runs[runs.length - 1];
    if (last && last[0] === kind) last[1].push(word);
    else runs.push([kind, [word]]);
  }
  return runs;
}
