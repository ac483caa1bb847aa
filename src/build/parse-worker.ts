/**
 * A parse worker (parse-pool.ts): bytes in, the capture's contribution to the archive out. The
 * same functions as the main thread's, so the archive is the one a single thread makes.
 */
import { parentPort, workerData } from "node:worker_threads";
import { parseCapture } from "../wire/index.js";
import { ArchiveBuilder, type PlaceAliases } from "../archive/index.js";
import type { ParseJob, ParseResult } from "./parse-pool.js";

const settings = workerData as { capturedAt: string | null; nowMs: number; placeAliases: PlaceAliases };
const builder = new ArchiveBuilder({ placeAliases: settings.placeAliases });

parentPort!.on("message", (jobs: ParseJob[]) => {
  const results: ParseResult[] = jobs.map((job) => {
    const record = parseCapture(job.bytes, { source: job.source, capturedAt: settings.capturedAt, nowMs: settings.nowMs });
    return { index: job.index, contribution: builder.contributionOf(record), clockDependent: record.diagnostics.some((d) => d.code === "capture-time-in-future") };
  });
  parentPort!.postMessage(results);
});
