/**
 * Rendering on more cores. A page's template reads only its entry and the shared site data, so
 * batches of pages can be rendered by Eleventy in worker threads, each writing its pages into
 * the staging folder: the site is byte for byte the one a single thread renders, whichever
 * worker rendered a page. Off by default: see renderWorkerCount for what it gained here.
 */
import { availableParallelism } from "node:os";
import type { Worker } from "node:worker_threads";
import type { PageEntries, Site } from "./view-model.js";
import { startWorker } from "../workers/start-worker.js";

export interface RenderJob {
  id: number;
  settings: RenderSettings;
  /** The site without its text table: `t` holds functions (plurals), which cannot be cloned; the worker imports the same table. */
  site: Omit<Site, "t">;
  pages: Partial<PageEntries>;
}

export interface WrittenPage {
  outputPath: string;
  sha256: string;
}

export type RenderResult = { id: number; pages: WrittenPage[] } | { id: number; error: { message: string; stack?: string; code?: string; path?: string } };

export interface RenderSettings {
  staging: string;
  pathPrefix: string;
  baseUrl: string;
  templatesDir: string | null;
}

/** From this many pages on, `auto` shares rendering between worker threads. */
export const PARALLEL_MIN_PAGES = 3000;

/**
 * Workers for `pages` pages (0: render on the main thread). Off unless DRAAD_RENDER_WORKERS asks
 * (N, or `auto`: one per core up to 4 from PARALLEL_MIN_PAGES pages on). Measured on 10,000
 * captures (10,284 pages) on this project's two-core machine, four interleaved rounds, medians:
 * render 7.3 s on the main thread, 6.8 s with one worker, 6.5 s with two; the whole build
 * 17.4, 17.1 and 17.8 s, and 1.1, 1.2 and 1.25 GiB. The main thread still makes every page's
 * data and hands it over (about 0.3 ms a page), and with two cores the workers' start takes
 * its time from parsing. More cores should gain; none were here to measure it.
 */
export function renderWorkerCount(pages: number): number {
  const asked = process.env.DRAAD_RENDER_WORKERS;
  if (asked !== undefined && /^\d+$/.test(asked)) return Math.min(Number(asked), 8);
  if (asked !== "auto" || pages < PARALLEL_MIN_PAGES) return 0;
  const cores = availableParallelism();
  return cores > 1 ? Math.min(cores, 4) : 0;
}

/** Batches a worker may hold at once: one rendering, one waiting, so that it never waits for the main thread to make the next. */
const BATCHES_PER_WORKER = 2;

export class RenderPool {
  private readonly workers: Worker[];
  /** Batches each worker holds (rendering or queued). */
  private readonly held: number[];
  private readonly waiting = new Map<number, { resolve: (pages: WrittenPage[]) => void; reject: (error: Error) => void; worker: number; batch: boolean }>();
  private readonly free: (() => void)[] = [];
  private nextId = 0;
  private failure: Error | null = null;

  /** Starts `count` workers; they load Eleventy at once, so start the pool before the pages are planned (src/build/build.ts). */
  constructor(count: number) {
    this.workers = Array.from({ length: count }, () => startWorker(import.meta.url, "render-worker", null));
    this.held = this.workers.map(() => 0);
    this.workers.forEach((worker, index) => {
      worker.on("message", (result: RenderResult) => {
        const waiter = this.waiting.get(result.id);
        if (!waiter) return;
        this.waiting.delete(result.id);
        if (waiter.batch) {
          this.held[index]!--;
          this.free.shift()?.();
        }
        if ("error" in result) waiter.reject(Object.assign(new Error(result.error.message), result.error));
        else waiter.resolve(result.pages);
      });
      worker.on("error", (error) => {
        this.failure ??= error;
        for (const [id, waiter] of this.waiting) if (waiter.worker === index) this.waiting.delete(id), waiter.reject(error);
        this.free.shift()?.();
      });
    });
  }

  get size(): number {
    return this.workers.length;
  }

  /** The worker holding the fewest batches, if one can take another. */
  private leastBusy(): number {
    let best = -1;
    for (let i = 0; i < this.workers.length; i++) if (this.held[i]! < BATCHES_PER_WORKER && (best < 0 || this.held[i]! < this.held[best]!)) best = i;
    return best;
  }

  /** Render a batch in the least busy worker; resolves when its pages are rendered (their writes go on). Waits while every worker is full. */
  async render(settings: RenderSettings, site: Site, pages: Partial<PageEntries>): Promise<WrittenPage[]> {
    await this.whenFree();
    if (this.failure) throw this.failure;
    const index = this.leastBusy();
    this.held[index]!++;
    const id = this.nextId++;
    const done = new Promise<WrittenPage[]>((resolve, reject) => this.waiting.set(id, { resolve, reject, worker: index, batch: true }));
    const { t: _text, ...cloneable } = site;
    this.workers[index]!.postMessage({ id, settings, site: cloneable, pages } satisfies RenderJob);
    return done;
  }

  /** Resolves when a worker can take another batch: make the next batch, then hand it over. */
  async whenFree(): Promise<void> {
    while (this.leastBusy() < 0 && !this.failure) await new Promise<void>((resolve) => this.free.push(resolve));
  }

  /** Wait until every worker has written every page it rendered into `staging`; rejects with the first write error. */
  async finish(staging: string): Promise<void> {
    await Promise.all(
      this.workers.map(
        (worker, index) =>
          new Promise<void>((resolve, reject) => {
            const id = this.nextId++;
            this.waiting.set(id, { resolve: () => resolve(), reject, worker: index, batch: false });
            worker.postMessage({ id, finish: staging });
          }),
      ),
    );
  }

  async close(): Promise<void> {
    await Promise.all(this.workers.map((w) => w.terminate()));
  }
}
