#!/usr/bin/env node
// Parse time of two checkouts of draad side by side, in one process, for a parser change's
// before/after figure: the compiled wire stage of each (dist/wire/index.js; run `npm run
// compile` in both) parses the same captures, alternating every 250 captures (the order
// flipped each time), six passes over the folder after two warm-up passes. On a noisy 2-core
// machine this gives steadier ratios than whole runs one after another; two checkouts of the
// same code differ by 1-2% in it.
//
//   node bench/ab-parse.mjs OLD_CHECKOUT NEW_CHECKOUT [CAPTURE_FOLDER]
//
// Prints the ratio new/old of the summed times and the median and quartiles of the chunks' ratios.
import { readdirSync, readFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [oldRoot, newRoot, folder = ".cache/bench/corpus-10000"] = process.argv.slice(2);
if (!oldRoot || !newRoot) {
  console.error("usage: node bench/ab-parse.mjs OLD_CHECKOUT NEW_CHECKOUT [CAPTURE_FOLDER]");
  process.exit(2);
}
const wire = (root) => import(pathToFileURL(resolve(root, "dist", "wire", "index.js")).href);
const files = readdirSync(folder).filter((f) => f.endsWith(".txt")).sort().map((f) => [f, readFileSync(join(folder, f))]);
const older = await wire(oldRoot);
const newer = await wire(newRoot);
const time = (wireStage, from, to) => {
  const started = process.hrtime.bigint();
  for (let i = from; i < to; i++) wireStage.parseCapture(files[i][1], { source: files[i][0] });
  return Number(process.hrtime.bigint() - started);
};
for (let pass = 0; pass < 2; pass++) time(older, 0, files.length), time(newer, 0, files.length);
const CHUNK = 250;
const ratios = [];
let olderSum = 0;
let newerSum = 0;
for (let pass = 0; pass < 6; pass++) {
  for (let from = 0; from < files.length; from += CHUNK) {
    const to = Math.min(files.length, from + CHUNK);
    let o, n;
    if ((from / CHUNK + pass) % 2) (n = time(newer, from, to)), (o = time(older, from, to));
    else (o = time(older, from, to)), (n = time(newer, from, to));
    olderSum += o;
    newerSum += n;
    ratios.push(n / o);
  }
}
ratios.sort((a, b) => a - b);
const at = (q) => ratios[Math.floor(q * (ratios.length - 1))].toFixed(3);
console.log(`${files.length} captures, ${ratios.length} chunks: new/old ${(newerSum / olderSum).toFixed(3)} (chunks: median ${at(0.5)}, quartiles ${at(0.25)}-${at(0.75)})`);
