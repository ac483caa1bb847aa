/**
 * What draad serve compares to know that a report page or a report summary would be made the
 * same as in the last build (src/build/memory.ts): its inputs, recorded once, then compared with
 * the next build's while they are read.
 */
import { forKey } from "./shared-values.js";

/** What reads a page's inputs: PageInputs (by identity), InputValues (by value). */
export interface InputVisitor {
  value(v: unknown): void;
  shallow(value: unknown): void;
  /**
   * `value`, made by the code from the inputs `from` lists, exactly: compared as `value`
   * (shallow) by identity, but keyed by those inputs, when they are smaller than it.
   */
  derived(value: unknown, from: () => unknown[]): void;
}

/**
 * The inputs as values, for a page key (src/cache/page-cache.ts): each value or array as it is,
 * written out whole as JSON when the key is taken, or as the key it is known by (keyedValue,
 * src/site/pages/shared-values.ts); `undefined` as a mark of its own, so that it does not read
 * as the `null` JSON would make of it.
 */
export class InputValues implements InputVisitor {
  readonly values: unknown[] = [];
  value(v: unknown): void {
    this.values.push(v === undefined ? UNDEFINED : forKey(v));
  }
  shallow(value: unknown): void {
    this.value(value);
  }
  derived(_value: unknown, from: () => unknown[]): void {
    this.values.push(from().map((v) => (v === undefined ? UNDEFINED : forKey(v))));
  }
}

const UNDEFINED = Object.freeze({ "\u0000undefined": true });

/** Marks in an input list, so that no two different values give the same list. */
export const ARRAY = Symbol("array");
const OBJECT = Symbol("object");

/**
 * The inputs a page entry (src/site/pages/items.ts) or a report summary (PlanContext.summary)
 * was made from, as one flat list: values by identity, an array as
 * `ARRAY, the array, its length, n, ...its n values` (each element that is itself a plain
 * object or array one level further), a plain object as `OBJECT, key, value, ...`. Either
 * recorded, or compared with a recorded list while they are read, where an array that is the
 * very array recorded (with the same length) is taken as the same without reading it: the
 * arrays an item shares with the last merge (its texts, sightings, versions) are never written
 * after they are made (src/archive/item-memo.ts), and the ones later stages write are copies,
 * compared value by value.
 */
export class PageInputs {
  private list: unknown[] = [];
  private kept: readonly unknown[] | null = null;
  private at = 0;
  private differs = false;

  compareWith(kept: readonly unknown[]): void {
    this.kept = kept;
    this.at = 0;
    this.differs = false;
  }

  record(): void {
    this.kept = null;
    this.list = [];
  }

  /** After compareWith and the inputs: whether they were what was recorded. */
  get same(): boolean {
    return this.kept !== null && !this.differs && this.at === this.kept.length;
  }

  /** After record and the inputs: the list (the next record starts a new one). */
  recorded(): unknown[] {
    return this.list;
  }

  value(v: unknown): void {
    if (this.kept === null) this.list.push(v);
    else if (!this.differs && this.kept[this.at++] !== v) this.differs = true;
  }

  derived(value: unknown): void {
    this.shallow(value);
  }

  shallow(value: unknown, depth = 0): void {
    if (Array.isArray(value)) {
      const kept = this.kept;
      if (kept === null) {
        const list = this.list;
        list.push(ARRAY, value, value.length, 0);
        const start = list.length;
        for (const element of value) depth < 1 ? this.shallow(element, depth + 1) : list.push(element);
        list[start - 1] = list.length - start;
        return;
      }
      if (this.differs) return;
      const at = this.at;
      if (kept[at] !== ARRAY || kept[at + 2] !== value.length) {
        this.differs = true;
        return;
      }
      const end = at + 4 + (kept[at + 3] as number);
      if (kept[at + 1] === value) {
        this.at = end;
        return;
      }
      this.at = at + 4;
      for (const element of value) depth < 1 ? this.shallow(element, depth + 1) : this.value(element);
      if (this.at !== end) this.differs = true;
    } else if (value !== null && typeof value === "object" && depth < 2 && Object.getPrototypeOf(value) === Object.prototype) {
      this.value(OBJECT);
      // Own keys in Object.entries' order (a plain object inherits none that enumerate), values by identity.
      for (const key in value) {
        this.value(key);
        this.value((value as Record<string, unknown>)[key]);
      }
    } else this.value(value);
  }
}
