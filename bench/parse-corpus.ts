/**
 * Parse throughput over one folder of captures, on one core: the approach of
 * bench/parse-throughput.ts (whole wire pipeline, input bytes per second, median of rounds after
 * a warm-up) applied to a generated benchmark corpus. bench/run.ts starts it as a child process
 * so that its memory and JIT state are its own; it prints one JSON line on stdout.
 *
 *   npx tsx bench/parse-corpus.ts --dir .cache/bench/corpus-10000 [--rounds 5] [--target-mb 64]
 *
 * With --compiled it parses with the JavaScript that `npm run compile` made in dist/ (what the
 * `draad` command runs, and what bench/run.ts measures, having just compiled it); without, with
 * the sources through tsx, whose transpiled code parsed 15-25% slower on 4 December (41 against
 * 48 MB/s in a warm loop over the 10,000-capture corpus).
 *
 * A round parses the corpus `passes` times, `passes` chosen so a round is at least about
 * --target-mb MB (a corpus bigger than that is parsed once per round, and gets 3 rounds).
 */
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import type { parseCapture as ParseCapture } from "../src/wire/index.js";

export interface ParseCorpusResult {
  dir: string;
  files: number;
  bytes: number;
  passes: number;
  /** MB/s (10^6 bytes) of each timed round, in the order they ran. */
  rounds: number[];
  medianMBps: number;
  diagnostics: number;
  /** Which code parsed: `dist` (compiled, --compiled) or `src` (the sources through tsx). */
  code?: "dist" | "src";
}

function argument(argv: string[], name: string): string | undefined {
  const i = argv.indexOf(`--${name}`);
  if (i >= 0) return argv[i + 1];
  const inline = argv.find((a) => a.startsWith(`--${name}=`));
  return inline?.slice(name.length + 3);
}

async function main(argv: string[]): Promise<void> {
  const dir = argument(argv, "dir");
  if (!dir) throw new Error("usage: npx tsx bench/parse-corpus.ts --dir DIR [--rounds N] [--target-mb MB] [--compiled]");
  const code = argv.includes("--compiled") ? "dist" : "src";
  const parseCapture = ((await import(code === "dist" ? "../dist/wire/index.js" : "../src/wire/index.js")) as { parseCapture: typeof ParseCapture }).parseCapture;
  const targetBytes = Number(argument(argv, "target-mb") ?? "64") * 1e6;
  const names = readdirSync(dir).filter((n) => n.endsWith(".txt")).sort();
  const captures = names.map((name) => ({ source: name, bytes: readFileSync(join(dir, name)) as Uint8Array }));
  const bytes = captures.reduce((sum, c) => sum + c.bytes.length, 0);
  if (bytes === 0) throw new Error(`no captures in ${dir}`);
  const passes = Math.max(1, Math.round(targetBytes / bytes));
  const rounds = Number(argument(argv, "rounds") ?? (bytes * passes > 2 * targetBytes ? "3" : "5"));

  let diagnostics = 0;
  const parseAll = (list: typeof captures) => {
    for (const c of list) diagnostics += parseCapture(c.bytes, { source: c.source }).diagnostics.length;
  };
  // Warm-up: JIT and regular expressions, over at most ~16 MB.
  let warm = 0;
  const warmSet: typeof captures = [];
  for (const c of captures) {
    if (warm > 16e6) break;
    warmSet.push(c);
    warm += c.bytes.length;
  }
  parseAll(warmSet);

  const rates: number[] = [];
  for (let r = 0; r < rounds; r++) {
    const start = process.hrtime.bigint();
    for (let p = 0; p < passes; p++) parseAll(captures);
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    rates.push((bytes * passes) / 1e6 / seconds);
  }
  const sorted = [...rates].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const medianMBps = sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
  const result: ParseCorpusResult = { dir, files: captures.length, bytes, passes, rounds: rates, medianMBps, diagnostics, code };
  process.stdout.write(JSON.stringify(result) + "\n");
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(resolve(entry)).href) void main(process.argv.slice(2));
