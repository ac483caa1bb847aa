/** The demo content parsed and merged by the ingest stage, shared by archive and site tests. */
import { readFileSync } from "node:fs";
import type { Archive } from "../../src/archive/index.js";
import { loadArchive } from "../../src/build/ingest.js";
import { buildNowMs, DEFAULTS, readPlaceTable } from "../../src/build/inputs.js";

let cached: Promise<Archive> | null = null;

/**
 * content/wire as `draad export` merges it, from the stage itself (no CLI), in the export's JSON
 * form (what a user of the export sees: no undefined fields).
 */
export function exportDemo(): Promise<Archive> {
  cached ??= (async () => {
    const table = readPlaceTable(DEFAULTS.places, false);
    const { archive } = await loadArchive(DEFAULTS.input, { placeAliases: table.aliases, diagnostics: table.diagnostics, capturedAt: null, nowMs: buildNowMs() });
    return JSON.parse(JSON.stringify(archive)) as Archive;
  })();
  return cached;
}

export const demoTruthPath = "tests/fixtures/archive/demo-truth.json";
export const readDemoTruth = () => JSON.parse(readFileSync(demoTruthPath, "utf8")) as unknown;
