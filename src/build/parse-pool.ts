/**
 * Parsing on every core. Parsing is a pure function of a capture's bytes, so captures can be
 * parsed in worker threads and their contributions handed back in file order: the archive, and
 * so the site, is byte for byte the one a single thread makes. It is off by default (see
 * parseWorkerCount for the measurement); DRAAD_PARSE_WORKERS=N or `auto` turns it on.
 */
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import { startWorker } from "../workers/start-worker.js";
import { parseCapture } from "../wire/index.js";
import { ArchiveBuilder, type CaptureContribution, type PlaceAliases } from "../archive/index.js";

export interface ParseJob {
  index: number;
  source: string;
  bytes: Uint8Array;
}

export interface ParseResult {
  index: number;
  contribution: CaptureContribution;
  /** The reading depended on the build's clock (a capture time in the future): not to be cached. */
  clockDependent: boolean;
}

export interface ParseSettings {
  capturedAt: string | null;
  nowMs: number;
  placeAliases: PlaceAliases;
}

/** Below this many captures to parse, one thread is faster. */
export const PARALLEL_MIN_CAPTURES = 400;
/** Captures per message: fewer, larger messages cost less than one per capture. */
const BATCH = 32;
/** Batches in flight per worker: enough to keep it busy, few enough to bound memory. */
const IN_FLIGHT_PER_WORKER = 4;

/**
 * How many workers to use for `captures` captures (0: parse on the main thread). Off unless
 * DRAAD_PARSE_WORKERS asks for them (`auto`: up to 4, one per core): measured on 10,000
 * captures on two idle cores, two workers parsed no faster than the main thread (4.4 and 4.9 s,
 * 3.7 and 4.2 s), because the main thread spends what they save on taking their contributions
 * back (a structured clone of every report). Rendering, where a page costs far more than its
 * data, is where the second core pays. Since the main thread parses a batch itself whenever the
 * workers have their fill, one worker beside it took the parse phase from 5.6-5.8 s to 4.3-5.2 s
 * (three alternating pairs, 10,000 captures, --no-cache) for 2.4-2.9 s more CPU, but the whole
 * builds were no faster beyond the noise of this machine (19.7/19.8, 21.6/23.8, 25.9/25.2 s):
 * still off by default.
 */
export function parseWorkerCount(captures: number): number {
  const asked = process.env.DRAAD_PARSE_WORKERS;
  if (asked !== undefined && /^\d+$/.test(asked)) return Math.min(Number(asked), 16);
  if (asked !== "auto" || captures < PARALLEL_MIN_CAPTURES) return 0;
  const cores = availableParallelism();
  return cores > 1 ? Math.min(cores, 4) : 0;
}

export interface ParsePool {
  /** Queue a capture; results arrive through `onResult` in any order. */
  submit(job: ParseJob): Promise<void>;
  /** Wait for every queued capture, then stop the workers. */
  finish(): Promise<void>;
}

/** Parse on the main thread, one capture at a time. */
export function mainThreadParser(settings: ParseSettings, onResult: (result: ParseResult) => void): ParsePool {
  const builder = new ArchiveBuilder({ placeAliases: settings.placeAliases });
  return {
    async submit(job) {
      const record = parseCapture(job.bytes, { source: job.source, capturedAt: settings.capturedAt, nowMs: settings.nowMs });
      onResult({ index: job.index, contribution: builder.contributionOf(record), clockDependent: record.diagnostics.some((d) => d.code === "capture-time-in-future") });
    },
    async finish() {},
  };
}

/** Parse in `count` worker threads. */
export function workerParser(count: number, settings: ParseSettings, onResult: (result: ParseResult) => void): ParsePool {
  const workers = Array.from({ length: count }, () => startParseWorker(settings));
  // The main thread parses a batch itself when every worker has its fill, instead of waiting:
  // it would otherwise sit idle while they parse (and it takes their results back meanwhile).
  const onMain = mainThreadParser(settings, onResult);
  const inFlight = workers.map(() => 0);
  let failure: Error | null = null;
  let wake: (() => void) | null = null;
  const settle = () => {
    const w = wake;
    wake = null;
    w?.();
  };
  workers.forEach((worker, i) => {
    worker.on("message", (results: ParseResult[]) => {
      inFlight[i]!--;
      for (const r of results) onResult(r);
      settle();
    });
    worker.on("error", (error) => {
      failure ??= error;
      settle();
    });
  });
  let batch: ParseJob[] = [];
  const leastBusy = () => {
    let best = -1;
    for (let i = 0; i < workers.length; i++) if (inFlight[i]! < IN_FLIGHT_PER_WORKER && (best < 0 || inFlight[i]! < inFlight[best]!)) best = i;
    return best;
  };
  const send = async (jobs: ParseJob[]) => {
    if (failure) throw failure;
    const free = leastBusy();
    if (free >= 0) {
      inFlight[free]!++;
      workers[free]!.postMessage(jobs);
      return;
    }
    for (const job of jobs) await onMain.submit(job);
    // Let the workers' results in (they arrive as events), so that a worker is handed its next batch.
    await new Promise<void>((resolve) => setImmediate(resolve));
  };
  return {
    async submit(job) {
      batch.push(job);
      if (batch.length >= BATCH) {
        const jobs = batch;
        batch = [];
        await send(jobs);
      }
    },
    async finish() {
      if (batch.length) await send(batch);
      batch = [];
      while (inFlight.some((n) => n > 0)) {
        if (failure) break;
        await new Promise<void>((resolve) => (wake = resolve));
      }
      await Promise.all(workers.map((w) => w.terminate()));
      if (failure) throw failure;
    },
  };
}

function startParseWorker(settings: ParseSettings): Worker {
  return startWorker(import.meta.url, "parse-worker", settings);
}
