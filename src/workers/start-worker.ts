/**
 * A worker thread running a module of draad's, compiled (dist/) or from the sources: under tsx
 * (tests, the edit loop) the worker registers tsx itself before loading the module, since a
 * loader registered in the main thread does not reach a worker.
 */
import { Worker } from "node:worker_threads";

/**
 * `callerUrl`: the caller's `import.meta.url`; `moduleName`: the worker module beside it, without
 * extension (`parse-worker`). A caller that runs as TypeScript source starts the `.ts` module.
 */
export function startWorker(callerUrl: string, moduleName: string, workerData: unknown): Worker {
  if (callerUrl.endsWith(".ts")) {
    const module = new URL(`./${moduleName}.ts`, callerUrl).href;
    return new Worker(`import("tsx/esm/api").then((tsx) => { tsx.register(); return import(${JSON.stringify(module)}); });`, { eval: true, workerData });
  }
  return new Worker(new URL(`./${moduleName}.js`, callerUrl), { workerData });
}
