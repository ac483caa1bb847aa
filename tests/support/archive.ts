/** The demo content parsed and merged as `draad export` does, shared by archive and site tests. */
import { readFileSync } from "node:fs";
import { main } from "../../src/cli/main.js";
import type { Archive } from "../../src/archive/index.js";

let cached: Promise<Archive> | null = null;

/** `draad export` over content/wire, through the CLI, parsed back from its JSON. */
export function exportDemo(): Promise<Archive> {
  cached ??= (async () => {
    let out = "";
    const code = await main(["export"], { stdout: (t) => (out += t), stderr: () => {} });
    if (code !== 0) throw new Error(`draad export exited ${code}`);
    return JSON.parse(out) as Archive;
  })();
  return cached;
}

export const demoTruthPath = "tests/fixtures/archive/demo-truth.json";
export const readDemoTruth = () => JSON.parse(readFileSync(demoTruthPath, "utf8")) as unknown;
