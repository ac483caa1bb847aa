/**
 * What draad serve does while it waits for the next change, so that the next rebuild need not
 * (issue #15: a new capture in the browser within 2 s at 10,000 captures). Once no build or
 * search index is being made and the grace period after the last swap is over:
 *  - the spare version of the output is cleared for the next build (OutputLock.prepareStage);
 *  - V8 collects the whole heap. A rebuild at 10,000 captures allocates about 300 MB over a live
 *    heap of about 500 MB, so every second rebuild ran into a full collection of its own, 0.3 s
 *    of marking on the main thread (node --trace-gc). Collected in between, none of six did.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export interface StageMaker {
  prepareStage(): boolean;
}

export class BetweenBuilds {
  private busy = 0;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly lock: StageMaker,
    /** After the last piece of work ends: past the grace period a replaced version is kept for readers. */
    private readonly delayMs: number,
    private readonly collect: (() => void) | null = fullCollection(),
  ) {}

  /** Run a build (or a search index) as work that the idle steps wait for. */
  async work<T>(step: () => Promise<T>): Promise<T> {
    this.busy++;
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    try {
      return await step();
    } finally {
      this.busy--;
      this.schedule();
    }
  }

  stop(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
  }

  private schedule(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = setTimeout(() => {
      this.timer = null;
      if (this.busy > 0) return;
      try {
        this.lock.prepareStage();
      } catch {
        // The next build meets the same problem and reports it.
      }
      this.collect?.();
    }, this.delayMs);
    this.timer.unref();
  }
}

let gc: (() => void) | null | undefined;

/** V8's full collection (its `gc`, exposed as jest's leak detector does it), or null where it cannot be had. */
export function fullCollection(): (() => void) | null {
  if (gc === undefined) {
    try {
      setFlagsFromString("--expose-gc");
      const found: unknown = runInNewContext("gc");
      gc = typeof found === "function" ? (found as () => void) : null;
    } catch {
      gc = null;
    }
  }
  return gc;
}
