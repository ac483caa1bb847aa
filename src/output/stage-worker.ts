/**
 * A worker thread that makes the next version's stage ready (site-folder.ts,
 * OutputLock.prepareStageInBackground): folders made and the last build's pages hard-linked, on
 * a core the main thread is not using while it reads and merges.
 */
import { parentPort, workerData } from "node:worker_threads";
import { prepareStageFolder, type StageTask } from "./site-folder.js";

const made = prepareStageFolder(workerData as StageTask);
parentPort!.postMessage(made === null ? null : { folders: [...made.folders], prelinked: [...made.prelinked] });
