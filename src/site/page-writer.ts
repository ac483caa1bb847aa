/**
 * Rendered pages written into the staging folder. Eleventy renders a batch (`toJSON`) and draad
 * writes it: Eleventy's own writer makes every file's folder with a recursive mkdir and writes
 * one file at a time on the main thread (about half of the render time in a profile of 3,000
 * captures). Here every folder is made once, and the writes run on Node's thread pool, at most
 * WRITES_AT_ONCE at a time (so a large batch never holds thousands of open files), while the
 * main thread renders the next batch.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { dirname } from "node:path";

export const WRITES_AT_ONCE = 8;

export interface RenderedPage {
  outputPath: string;
  content: string;
}

export class PageWriter {
  private readonly folders = new Map<string, Promise<void>>();

  /** `root`: the folder the pages go into (it exists); nothing above it is made. */
  constructor(root: string) {
    this.folders.set(root, Promise.resolve());
  }
  private queue: Promise<void> = Promise.resolve();
  private failure: unknown = null;

  /** Starts writing `pages` after the pages handed in before; `done()` says when all are written. */
  write(pages: readonly RenderedPage[]): void {
    this.queue = this.queue.then(() => this.writeAll(pages));
    // A failure is kept for done(); the queue itself never rejects, so nothing is left unhandled.
    this.queue = this.queue.catch((error: unknown) => {
      this.failure ??= error;
    });
  }

  /** Whether a write has failed (a full disk): the build can stop before rendering more. */
  get failed(): boolean {
    return this.failure !== null;
  }

  /** Resolves when every page handed in is written; rejects with the first write error. */
  async done(): Promise<void> {
    await this.queue;
    if (this.failure !== null) throw this.failure;
  }

  private async writeAll(pages: readonly RenderedPage[]): Promise<void> {
    if (this.failure !== null) return;
    let next = 0;
    const worker = async () => {
      while (next < pages.length && this.failure === null) {
        const page = pages[next++]!;
        await this.folder(dirname(page.outputPath));
        await writeFile(page.outputPath, page.content);
      }
    };
    await Promise.all(Array.from({ length: Math.min(WRITES_AT_ONCE, pages.length) }, worker));
  }

  /** mkdir -p below the root, each folder once: its parent first, then one plain mkdir. */
  private folder(path: string): Promise<void> {
    let made = this.folders.get(path);
    if (!made) {
      const parent = dirname(path);
      if (parent === path) throw new Error(`${path} is not inside the folder the pages are written to`);
      made = this.folder(parent).then(() =>
        mkdir(path).then(
          () => undefined,
          (error: NodeJS.ErrnoException) => {
            if (error.code !== "EEXIST") throw error;
          },
        ),
      );
      this.folders.set(path, made);
    }
    return made;
  }
}
