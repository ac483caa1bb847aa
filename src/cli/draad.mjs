#!/usr/bin/env node
// The `draad` command. It runs the JavaScript that `npm ci` (the `prepare` script) or
// `npm run compile` made in dist/, so no TypeScript compiler runs at run time. When a source
// under src/ is newer than that build (you are editing draad), it runs the sources through tsx
// instead, so what runs is always what is in src/.
import { readdirSync, statSync } from "node:fs";
import { setFlagsFromString } from "node:v8";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

/**
 * How much V8 may grow the heap past what the last full collection left, in percent (see below);
 * DRAAD_HEAP_GROWING_PERCENT (10 to 300) trades memory for time on a machine of one's own.
 */
const HEAP_GROWING_PERCENT = /^\d{2,3}$/.test(process.env.DRAAD_HEAP_GROWING_PERCENT ?? "") && Number(process.env.DRAAD_HEAP_GROWING_PERCENT) <= 300 ? Number(process.env.DRAAD_HEAP_GROWING_PERCENT) : 50;

const root = fileURLToPath(new URL("../../", import.meta.url));
const stamp = join(root, "dist", ".compiled");

function newestSource(dir) {
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) newest = Math.max(newest, newestSource(path));
    else if (entry.name.endsWith(".ts") || entry.name.endsWith(".json")) newest = Math.max(newest, statSync(path).mtimeMs);
  }
  return newest;
}

function compiledIsCurrent() {
  try {
    return statSync(stamp).mtimeMs >= newestSource(join(root, "src"));
  } catch {
    return false;
  }
}

// V8 lets the heap grow to up to four times what the last full collection left when collecting
// costs little against allocating, as in a build: at 10,000 captures it grew to 1.1 GB over a
// live set of 400 MB (node --trace-gc), and the process peaked at 1.13 GiB. Growing by half
// instead keeps the peak at 0.81 GiB for about a tenth more CPU time (measured side by side,
// bench/RESULTS.md). Set before anything is allocated; the limit itself is V8's default.
setFlagsFromString(`--heap-growing-percent=${HEAP_GROWING_PERCENT}`);

// Eleventy registers an ESM resolver hook when it is imported, to re-import changed config and
// template files in its own watch mode. draad hands Eleventy its config and virtual templates
// (src/site/eleventy-config.ts) and never lets it import a file of the site, so the hook only
// costs: on Node 20 it runs in a loader thread that every later import waits for, about 0.3 s
// of every build (the demo: 1.53 against 1.21 s wall, three runs each). Eleventy's own switch
// turns it off, for this process and the worker threads it starts.
if (!("ELEVENTY_SKIP_ESM_RESOLVER" in process.env)) process.env.ELEVENTY_SKIP_ESM_RESOLVER = "1";

let main;
if (compiledIsCurrent()) {
  ({ main } = await import(join(root, "dist", "cli", "main.js")));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("./main.ts"));
}
process.exitCode = await main(process.argv.slice(2));
