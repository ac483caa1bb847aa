/**
 * A worker thread that takes the status of files (output-statuses.ts): paths in, statuses out,
 * on a core the main thread is not using.
 */
import { parentPort } from "node:worker_threads";
import { fileStatus } from "../input/file-status.js";

parentPort!.once("message", (paths: string[]) => {
  parentPort!.postMessage(paths.map((path) => fileStatus(path, { changeTime: false })));
});
