/**
 * Front matter of a capture: YAML between `---` lines, read as gray-matter reads it (see
 * yamlOfBlock) with a JSON-schema YAML engine, so values are plain strings, numbers and booleans
 * (a time stays the text it is).
 *
 * NOTE: gray-matter evaluates `---js` / `---javascript` front matter with `eval` by default.
 * draad never does: those languages are refused before the YAML is read, and the engines for
 * them (used with gray-matter for the site's Markdown pages) are replaced by ones that refuse too.
 */
import yaml from "js-yaml";
import { diagnosticAt, type LineIndex } from "./diagnostics.js";
import { EXECUTABLE_FRONT_MATTER, FRONT_MATTER_KEYS } from "./vocabulary.js";
import type { CaptureFrontMatter, Diagnostic } from "./types.js";

export interface FrontMatterResult {
  frontMatter: CaptureFrontMatter;
  /** Offset in the text where the capture body starts (0 without front matter). */
  bodyStart: number;
  diagnostics: Diagnostic[];
}

const EMPTY: CaptureFrontMatter = { captured: null, source: null, section: null, published: null, title: null };

const refuseCode = () => {
  throw new Error("draad never evaluates front matter as code");
};

/** gray-matter engines that read YAML as data and refuse every code language. */
export const SAFE_ENGINES = {
  yaml: (source: string) => yaml.load(source, { schema: yaml.JSON_SCHEMA }) as object,
  javascript: refuseCode,
  js: refuseCode,
  coffee: refuseCode,
  coffeescript: refuseCode,
  cson: refuseCode,
};

/** `---` with an optional language on the first line. */
const OPENING = /^---([^\n-][^\n]*)?\n/;
/** The closing `---` (or YAML's `...`) on a line of its own. */
const CLOSING = /^(?:---|\.\.\.)[ \t]*$/m;

export function readFrontMatter(text: string, lines: LineIndex): FrontMatterResult {
  const opening = OPENING.exec(text);
  if (!opening) return { frontMatter: { ...EMPTY }, bodyStart: 0, diagnostics: [] };
  const diagnostics: Diagnostic[] = [];

  const blockStart = opening[0].length;
  const rest = text.slice(blockStart);
  const closing = CLOSING.exec(rest);
  if (!closing) {
    diagnostics.push(
      diagnosticAt("unclosed-front-matter", "the file starts with --- but no closing --- line follows; the whole file is read as capture text. Add a --- line after the front matter.", 0, lines),
    );
    return { frontMatter: { ...EMPTY }, bodyStart: 0, diagnostics };
  }
  const blockEnd = blockStart + closing.index;
  const closingLineEnd = blockEnd + closing[0].length;
  const bodyStart = text[closingLineEnd] === "\n" ? closingLineEnd + 1 : closingLineEnd;
  const language = (opening[1] ?? "").trim();

  if (EXECUTABLE_FRONT_MATTER.test(language)) {
    diagnostics.push(
      diagnosticAt("executable-front-matter", `front matter in "${language}" is code and was not run or read; write front matter as YAML (a plain --- line)`, 0, lines),
    );
    return { frontMatter: { ...EMPTY }, bodyStart, diagnostics };
  }
  if (language !== "" && !/^ya?ml$/i.test(language)) {
    diagnostics.push(diagnosticAt("invalid-front-matter", `front matter language "${language}" is not supported and was ignored; use YAML`, 0, lines));
    return { frontMatter: { ...EMPTY }, bodyStart, diagnostics };
  }

  let data: unknown;
  try {
    data = yamlOfBlock(text.slice(blockStart, blockEnd));
  } catch (error) {
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    // The YAML engine gets the block with its leading line end (as from gray-matter), hence line - 1.
    const offset = mark?.line !== undefined ? Math.min(lineOffset(text, blockStart, Math.max(0, mark.line - 1)) + (mark.column ?? 0), blockEnd) : 0;
    const reason = (error as { reason?: string }).reason ?? String((error as Error).message ?? error).split("\n")[0];
    diagnostics.push(diagnosticAt("invalid-front-matter", `front matter is not valid YAML (${reason}) and was ignored; fix the YAML or remove it`, offset, lines));
    return { frontMatter: { ...EMPTY }, bodyStart, diagnostics };
  }

  if (data === null || data === undefined) return { frontMatter: { ...EMPTY }, bodyStart, diagnostics };
  if (typeof data !== "object" || Array.isArray(data)) {
    diagnostics.push(diagnosticAt("front-matter-type", "front matter must be a map of keys to values (captured: ..., source: ...); it was ignored", blockStart, lines));
    return { frontMatter: { ...EMPTY }, bodyStart, diagnostics };
  }

  const frontMatter: CaptureFrontMatter = { ...EMPTY };
  const keyOffsets = keyOffsetsOf(text, blockStart, blockEnd);
  for (const [key, value] of Object.entries(data as Record<string, unknown>)) {
    const offset = keyOffsets.get(key) ?? blockStart;
    if (!(FRONT_MATTER_KEYS as readonly string[]).includes(key)) {
      diagnostics.push(diagnosticAt("unknown-front-matter-key", `front matter key "${key}" is not used by draad (known: ${FRONT_MATTER_KEYS.join(", ")})`, offset, lines));
      continue;
    }
    if (value === null) continue;
    if (key === "tags" || key === "notes") continue;
    if (typeof value !== "string" || value.trim() === "") {
      diagnostics.push(diagnosticAt("front-matter-type", `front matter "${key}" must be text, got ${describe(value)}; it was ignored`, offset, lines));
      continue;
    }
    frontMatter[key as keyof CaptureFrontMatter] = value.trim();
  }
  return { frontMatter, bodyStart, diagnostics };
}

/**
 * The data of a YAML block, exactly as gray-matter 4 reads `---\n<block>\n---\n`: the text after
 * the opening `---` up to the first `\n---`, with its leading line end (so YAML error lines count
 * from the `---` line); `{}` when only comments and whitespace remain after gray-matter's comment
 * check, or when the YAML is null. Done here because that check, `/^\s*#[^\n]+/gm`, reads a run of
 * blank lines again from every line in it: quadratic, 64,000 blank lines in front matter took 4.6 s.
 */
export function yamlOfBlock(block: string): unknown {
  const wrapped = `\n${block}\n---\n`;
  const source = wrapped.slice(0, wrapped.indexOf("\n---"));
  return onlyCommentsAndWhitespace(source) ? {} : (SAFE_ENGINES.yaml(source) ?? {});
}

const WHITESPACE = /\s/;
/** Where the `m` flag's `^` matches after: line feed, carriage return, line and paragraph separator. */
const LINE_TERMINATOR = /[\n\r\u2028\u2029]/;

/**
 * Whether `source.replace(/^\s*#[^\n]+/gm, "").trim() === ""` (gray-matter's test for an empty
 * block), in one pass: a comment is `#` and at least one more character, after whitespace in which
 * a line starts, up to the next line feed.
 */
function onlyCommentsAndWhitespace(source: string): boolean {
  let i = 0;
  while (i < source.length) {
    let lineStarts = i === 0 || LINE_TERMINATOR.test(source[i - 1]!);
    for (; i < source.length && WHITESPACE.test(source[i]!); i++) if (LINE_TERMINATOR.test(source[i]!)) lineStarts = true;
    if (i === source.length) return true;
    if (!lineStarts || source[i] !== "#" || i + 1 === source.length || source[i + 1] === "\n") return false;
    const lineEnd = source.indexOf("\n", i + 1);
    i = lineEnd === -1 ? source.length : lineEnd;
  }
  return true;
}

function describe(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (typeof value === "string") return "empty text";
  return typeof value === "object" ? "a map" : `${typeof value} ${JSON.stringify(value)}`;
}

function lineOffset(text: string, from: number, lineIndex: number): number {
  let offset = from;
  for (let i = 0; i < lineIndex; i++) {
    const next = text.indexOf("\n", offset);
    if (next === -1) break;
    offset = next + 1;
  }
  return offset;
}

/**
 * Offset of the first line of the block that starts with each plain key (`key:`), found in one
 * pass: searching the block once per key was quadratic, and front matter with 50,000 keys took
 * seconds. A key that starts no line (quoted, flow style) is placed at the block start.
 */
function keyOffsetsOf(text: string, blockStart: number, blockEnd: number): Map<string, number> {
  const offsets = new Map<string, number>();
  const block = text.slice(blockStart, blockEnd);
  // Text before the first colon of a line (`captured  :` -> `captured`); greedy, so no backtracking.
  const KEY_AT_LINE_START = /^([^\s:][^:\n]*):/gm;
  for (let m = KEY_AT_LINE_START.exec(block); m !== null; m = KEY_AT_LINE_START.exec(block)) {
    const key = m[1]!.trimEnd();
    if (!offsets.has(key)) offsets.set(key, blockStart + m.index);
  }
  return offsets;
}
