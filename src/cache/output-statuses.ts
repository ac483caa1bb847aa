/**
 * The status (src/input/file-status.ts, without the change time) of each file of the live
 * output that the page cache may carry into the next version, taken in a worker thread while the
 * main thread merges (draad serve): the page cache then need not take 10,000 statuses itself
 * before it can reuse a page (about 0.1 s of every rebuild at 10,000 captures). Taken during the
 * build, as the main thread took them before, so a page edited by hand between builds is still
 * found out.
 */
import { join } from "node:path";
import { startWorker } from "../workers/start-worker.js";

export type OutputStatuses = Promise<Map<string, string | null> | null>;

/** Resolves to null when the worker cannot be had (the page cache then takes each status itself). */
export function prefetchOutputStatuses(output: string, files: readonly string[]): OutputStatuses {
  if (files.length === 0) return Promise.resolve(null);
  return new Promise((resolve) => {
    let worker;
    try {
      worker = startWorker(import.meta.url, "status-worker", null);
    } catch {
      return resolve(null);
    }
    const done = (statuses: Map<string, string | null> | null) => {
      resolve(statuses);
      void worker.terminate();
    };
    worker.once("message", (statuses: (string | null)[]) => done(new Map(files.map((file, i) => [file, statuses[i] ?? null]))));
    worker.once("error", () => done(null));
    worker.once("exit", () => resolve(null));
    worker.postMessage(files.map((file) => join(output, file)));
  });
}
