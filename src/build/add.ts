/**
 * `draad add`: a capture from the clipboard, a file or standard input into the input folder,
 * stamped and named so that the capture time (the one fact the dating of every brief rests on)
 * cannot be forgotten or mistyped:
 *
 *   text -> capture time (--captured-at, else the text's own front matter, else now) and source
 *   -> front matter written by draad -> parsed -> named YYYY/MM/YYYY-MM-DDTHHMM-<slug>.txt
 *   -> refused if that capture is already there -> written, never over another file
 *
 * The file is written only inside the input folder (a link out of it on the way is refused) and
 * only when the parser read something (an empty or binary text is not added).
 */
import { createHash } from "node:crypto";
import { lstatSync, mkdirSync, writeFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { decodeCapture, parseCapture, type CaptureRecord } from "../wire/index.js";
import { readFrontMatter } from "../wire/front-matter.js";
import { LineIndex } from "../wire/diagnostics.js";
import { amsterdamParts, formatAmsterdamIso, parseTimestamp } from "../wire/amsterdam-time.js";
import { buildArchive, slugify, type Archive, type PlaceAliases } from "../archive/index.js";
import { findCaptureFiles } from "../input/capture-files.js";
import { isInside, readInside, realPathOrNull, realPathToBe } from "../input/input-folder.js";
import { BuildRefusal, refuseLinkOnTheWay } from "./inputs.js";

export interface AddOptions {
  input: string;
  /** The capture as read (bytes from a file or stdin, text from the clipboard). */
  capture: Uint8Array | string;
  /** `--captured-at`, already checked to be an ISO time. */
  capturedAt: string | null;
  /** `--source URL`. */
  source: string | null;
  /** The clock (SOURCE_DATE_EPOCH or now). */
  nowMs: number;
  placeAliases?: PlaceAliases;
  /** Parse and report, write nothing. */
  dryRun?: boolean;
}

export interface AddResult {
  /** `added`: written; `duplicate`: that capture is already in the folder; `rejected`: nothing to add; `dry-run`: not written. */
  status: "added" | "duplicate" | "rejected" | "dry-run";
  /** The file, relative to the input folder (where it was, or would be, written). */
  file: string;
  capturedAt: string;
  /** Where the capture time came from. */
  capturedAtFrom: "option" | "front-matter" | "clock";
  source: string | null;
  record: CaptureRecord;
  /** This capture alone, merged and dated: what it adds to the archive. */
  archive: Archive;
  /** For `duplicate`: the file that holds the same capture. */
  duplicateOf: string | null;
  /** Files that hold the same text with another capture time (the added file is a later sighting of them). */
  sameTextIn: string[];
}

/** What makes two captures the same: their text after the front matter (line ends and trailing space folded). */
function bodyKey(text: string): string {
  return createHash("sha256").update(text.replace(/\r\n?/g, "\n").replace(/[ \t]+$/gm, "").trim()).digest("hex");
}

/** The text of a capture and its front matter, decoded as the parser decodes it. */
function split(capture: Uint8Array | string): { body: string; frontMatter: ReturnType<typeof readFrontMatter>["frontMatter"] } {
  const { text } = decodeCapture(capture);
  const { frontMatter, bodyStart } = readFrontMatter(text, new LineIndex(text));
  return { body: text.slice(bodyStart), frontMatter };
}

const yamlString = (value: string) => JSON.stringify(value);

export function addCapture(options: AddOptions): AddResult {
  refuseLinkOnTheWay(options.input, "--input");
  const inputReal = realPathOrNull(options.input);
  if (inputReal === null) throw new BuildRefusal(`--input ${options.input} does not exist; make the folder first (mkdir -p ${options.input})`);
  const { body, frontMatter } = split(options.capture);

  // The capture time: the option, else what the text says of itself (the bookmarklet writes it), else now.
  const fromText = frontMatter.captured ? parseTimestamp(frontMatter.captured) : null;
  const at = options.capturedAt ? parseTimestamp(options.capturedAt)! : fromText;
  const capturedAtMs = at ? at.epochMs : Math.floor(options.nowMs / 60_000) * 60_000;
  const capturedAtFrom = options.capturedAt ? "option" : fromText ? "front-matter" : "clock";
  const capturedAt = formatAmsterdamIso(capturedAtMs);
  const source = options.source ?? frontMatter.source;

  const stamped =
    "---\n" +
    `captured: ${capturedAt}\n` +
    (source ? `source: ${yamlString(source)}\n` : "") +
    (frontMatter.section ? `section: ${yamlString(frontMatter.section)}\n` : "") +
    (frontMatter.published ? `published: ${yamlString(frontMatter.published)}\n` : "") +
    (frontMatter.title ? `title: ${yamlString(frontMatter.title)}\n` : "") +
    "---\n" +
    body.replace(/^\n+/, "");

  // Named after what the parser found: the article's headline, else the first brief's title or text.
  const first = parseCapture(stamped, { source: "capture.txt", nowMs: options.nowMs });
  const naming = first.article?.headline || first.related?.items[0]?.title || first.related?.items[0]?.text || "";
  const p = amsterdamParts(capturedAtMs);
  const pad = (n: number) => String(n).padStart(2, "0");
  const stamp = `${p.year}-${pad(p.month)}-${pad(p.day)}T${pad(p.hour)}${pad(p.minute)}`;
  const folder = join(String(p.year), pad(p.month));
  const base = `${stamp}-${slugify(naming, 48) || "capture"}`;

  // Refuse the same capture twice (same text, same capture time); note the same text seen earlier.
  const key = bodyKey(body);
  let duplicateOf: string | null = null;
  const sameTextIn: string[] = [];
  for (const file of findCaptureFiles([options.input]).files) {
    const read = readInside(file.path, inputReal);
    if (!("bytes" in read)) continue;
    const existing = split(read.bytes);
    if (bodyKey(existing.body) !== key) continue;
    const name = relative(options.input, file.path).split(sep).join("/");
    const existingAt = existing.frontMatter.captured ? parseTimestamp(existing.frontMatter.captured) : null;
    if (existingAt && Math.floor(existingAt.epochMs / 60_000) === Math.floor(capturedAtMs / 60_000)) duplicateOf ??= name;
    else sameTextIn.push(name);
  }

  const rejected = first.pageKind === "empty" && first.diagnostics.some((d) => d.severity === "error");
  const target = freeName(options.input, folder, base, inputReal);
  const record = parseCapture(stamped, { source: target, nowMs: options.nowMs });
  const archive = buildArchive([record], { placeAliases: options.placeAliases });
  const result: AddResult = { status: "added", file: target, capturedAt, capturedAtFrom, source, record, archive, duplicateOf, sameTextIn };
  if (rejected) return { ...result, status: "rejected" };
  if (duplicateOf) return { ...result, status: "duplicate", file: duplicateOf };
  if (options.dryRun) return { ...result, status: "dry-run" };
  const path = join(options.input, target);
  mkdirSync(dirname(path), { recursive: true });
  // The folder must still lie inside the input (no link was put on the way since the check).
  const real = realPathOrNull(dirname(path));
  if (real === null || !isInside(real, inputReal)) throw new BuildRefusal(`${dirname(path)} leads out of the input folder; remove the link and add again`);
  writeFileSync(path, stamped, { flag: "wx" });
  return result;
}

/**
 * `<folder>/<base>.txt`, or `<base>-2.txt`, `-3`, ... when that name is taken: an existing file is
 * never overwritten. The folder, made or not, must lie inside the input by real path.
 */
function freeName(input: string, folder: string, base: string, inputReal: string): string {
  if (!isInside(realPathToBe(join(input, folder)), inputReal)) throw new BuildRefusal(`${join(input, folder)} leads out of the input folder (a symbolic link on the way); remove the link and add again`);
  for (let n = 1; n < 1000; n++) {
    const name = `${folder}/${base}${n === 1 ? "" : `-${n}`}.txt`;
    if (!exists(join(input, name))) return name;
  }
  throw new BuildRefusal(`999 captures named ${base} are already in ${join(input, folder)}; give this one --captured-at another minute`);
}

/** Anything at the path, a dangling link included. */
function exists(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}
