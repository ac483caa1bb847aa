/**
 * Parse throughput on one core: every capture we ship (test fixtures, demo content and, when
 * present, ../shared/corpus) parsed over and over until about 64 MB have gone through the
 * whole wire pipeline; the median of five rounds is reported in MB/s of input bytes.
 *
 *   npm run bench:parse
 */
import { readdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import os from "node:os";
import { parseCapture } from "../src/wire/index.js";

const folders = ["tests/fixtures/wire", "content/wire", "../shared/corpus"].filter((f) => existsSync(f));
const captures: { path: string; bytes: Uint8Array }[] = [];
for (const folder of folders) {
  for (const name of readdirSync(folder).sort()) {
    if (name.endsWith(".txt")) captures.push({ path: join(folder, name), bytes: readFileSync(join(folder, name)) });
  }
}
const corpusBytes = captures.reduce((sum, c) => sum + c.bytes.length, 0);
const targetBytes = 64 * 1024 * 1024;
const passes = Math.max(1, Math.round(targetBytes / corpusBytes));

function round(): number {
  const start = process.hrtime.bigint();
  let checksum = 0;
  for (let pass = 0; pass < passes; pass++) {
    for (const capture of captures) checksum += parseCapture(capture.bytes, { source: capture.path }).diagnostics.length;
  }
  const seconds = Number(process.hrtime.bigint() - start) / 1e9;
  if (checksum < 0) console.log(checksum);
  return (corpusBytes * passes) / 1e6 / seconds;
}

round(); // warm-up: JIT and regex compilation
const rates: number[] = [];
for (let i = 0; i < 5; i++) rates.push(round());
rates.sort((a, b) => a - b);
const median = rates[2]!;
console.log(`parse throughput: ${median.toFixed(1)} MB/s (median of 5 rounds; min ${rates[0]!.toFixed(1)}, max ${rates[4]!.toFixed(1)})`);
console.log(`input: ${captures.length} captures from ${folders.join(", ")}, ${(corpusBytes / 1024).toFixed(0)} KiB, ${passes} passes per round = ${((corpusBytes * passes) / 1e6).toFixed(0)} MB`);
console.log(`machine: ${os.cpus()[0]?.model ?? "unknown CPU"}, ${os.cpus().length} cores, Node ${process.version}; one thread`);
console.log(`goal: >= 50 MB/s -> ${median >= 50 ? "met" : "NOT met"}`);
