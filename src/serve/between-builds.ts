/**
 * What draad serve does while it waits for the next change, so that the next rebuild need not
 * (issue #15: a new capture in the browser within 2 s at 10,000 captures). While no build runs:
 *  - a second after the last one, V8 collects the whole heap. A rebuild at 10,000 captures
 *    allocates about 300 MB over a live heap of about 500 MB, so every second rebuild ran into a
 *    full collection of its own, 0.3 s of marking on the main thread (node --trace-gc); collected
 *    in between, none of six did. Not at once: the browser reloads its page just then.
 *  - once the grace period after the last swap is over, the spare version of the output is
 *    cleared for the next build and the live site's pages are hard-linked into it
 *    (OutputLock.prepareStage, SiteFolder.prelinked): the rebuild keeps the ones it would have
 *    linked itself (10,000 links, about 0.2 s at 10,000 captures) and removes the others before
 *    it writes there.
 * After the first build both run at once, before the server listens (settleNow).
 * The search index that draad serve makes after a build's pages does not hold these back (it
 * mostly waits for Pagefind's process); when it ends they run again.
 */
import { setFlagsFromString } from "node:v8";
import { runInNewContext } from "node:vm";

export interface StageMaker {
  prepareStage(): boolean;
}

/** After the last build: the full collection, once the reloaded page is served. */
const COLLECT_AFTER_MS = 1_000;

export class BetweenBuilds {
  private busy = 0;
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly lock: StageMaker,
    /** After the last swap: past the grace period a replaced version is kept for readers. */
    private readonly prepareAfterMs: number,
    private readonly collect: (() => void) | null = fullCollection(),
    private readonly collectAfterMs = COLLECT_AFTER_MS,
  ) {}

  /** Run a build: the idle steps wait until it ends. */
  async work<T>(step: () => Promise<T>): Promise<T> {
    this.busy++;
    this.stop();
    try {
      return await step();
    } finally {
      this.busy--;
      this.idleAgain();
    }
  }

  /** Background work ended, or a swap happened (the search index): the idle steps run again. */
  idleAgain(): void {
    this.stop();
    this.after(this.collectAfterMs, () => this.collect?.());
    this.after(this.prepareAfterMs, () => void this.prepareQuietly());
  }

  /** Whether the next build's stage is ready now; a failure is the next build's to meet and report. */
  private prepareQuietly(): boolean {
    try {
      return this.lock.prepareStage();
    } catch {
      return false;
    }
  }

  /**
   * Both at once, now, for the moment before the server starts listening (after the first
   * build): the first change after the start then finds a collected heap and, where the output
   * had no spare version yet, the stage made ready (measured at 10,000 captures: the first
   * rebuild after the start took 2.6 to 3.9 s while the others took 1.4 to 2.1 s, since it made
   * 10,000 folders and collected the first build's garbage itself). A stage that cannot be made
   * ready yet (a spare still in its grace period) is left to the timer.
   */
  settleNow(): void {
    if (this.busy > 0) return;
    this.stop();
    this.collect?.();
    if (!this.prepareQuietly()) this.after(this.prepareAfterMs, () => void this.prepareQuietly());
  }

  stop(): void {
    for (const timer of this.timers) clearTimeout(timer);
    this.timers.clear();
  }

  private after(ms: number, step: () => void): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      if (this.busy === 0) step();
    }, ms);
    timer.unref();
    this.timers.add(timer);
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
