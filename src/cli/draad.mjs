#!/usr/bin/env node
// The `draad` command. It runs the JavaScript that `npm ci` (the `prepare` script) or
// `npm run compile` made in dist/, so no TypeScript compiler runs at run time. When a source
// under src/ is newer than that build (you are editing draad), it runs the sources through tsx
// instead, so what runs is always what is in src/.
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

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

let main;
if (compiledIsCurrent()) {
  ({ main } = await import(join(root, "dist", "cli", "main.js")));
} else {
  const { register } = await import("tsx/esm/api");
  register();
  ({ main } = await import("./main.ts"));
}
process.exitCode = await main(process.argv.slice(2));
