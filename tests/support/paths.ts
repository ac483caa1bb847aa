import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const projectRoot = fileURLToPath(new URL("../../", import.meta.url));
/** `../shared/` beside the checkout: real page structures. Tests over it skip, with a printed reason, when it is absent. */
export const sharedRoot = fileURLToPath(new URL("../../../shared/", import.meta.url));
export const corpusDir = `${sharedRoot}corpus/`;
export const hasCorpus = existsSync(`${corpusDir}00_seed_minsk.txt`);
if (!hasCorpus) console.warn(`[draad tests] ${corpusDir} not found: corpus tests are skipped (they run wherever ../shared/ is present, as in CI)`);
