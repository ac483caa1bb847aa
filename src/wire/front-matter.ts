/**
 * Front matter of a capture: YAML between `---` lines, read with gray-matter and a JSON-schema
 * YAML engine, so values are plain strings, numbers and booleans (a time stays the text it is).
 *
 * NOTE: gray-matter evaluates `---js` / `---javascript` front matter with `eval` by default.
 * draad never does: those languages are refused before gray-matter sees them, and the engines
 * for them are replaced by ones that refuse too.
 */
import matter from "gray-matter";
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
    data = matter(`---\n${text.slice(blockStart, blockEnd)}\n---\n`, { engines: SAFE_ENGINES, language: "yaml" }).data;
  } catch (error) {
    const mark = (error as { mark?: { line?: number; column?: number } }).mark;
    // gray-matter hands the YAML engine the block with its leading line end, hence line - 1.
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
