/**
 * Publication intervals and their intersection. Each piece of evidence says "published between
 * A and B", with each end open or closed: `32 minuten geleden` seen at 10:00 is (09:27, 09:28]
 * (the age is at least 32 and less than 33 minutes), a ticker clock `10:50` is [10:50, 10:51),
 * a capture without age is (-inf, capture]. Ends must be exact: the seed's KYIV brief at
 * `12 uur geleden` and `13 uur geleden` touches at one instant that neither label allows.
 */
import { readAgeLabel } from "../wire/age.js";
import { isCredibleAge } from "../wire/age.js";
import { MINUTE_MS } from "../wire/amsterdam-time.js";

export interface Interval {
  /** Epoch ms; -Infinity when unbounded. */
  from: number;
  fromOpen: boolean;
  /** Epoch ms; +Infinity when unbounded. */
  to: number;
  toOpen: boolean;
}

export const UNBOUNDED: Interval = { from: -Infinity, fromOpen: true, to: Infinity, toOpen: true };

export function isEmpty(i: Interval): boolean {
  return i.from > i.to || (i.from === i.to && (i.fromOpen || i.toOpen));
}

export function intersect(a: Interval, b: Interval): Interval {
  let from: number, fromOpen: boolean, to: number, toOpen: boolean;
  if (a.from > b.from) [from, fromOpen] = [a.from, a.fromOpen];
  else if (b.from > a.from) [from, fromOpen] = [b.from, b.fromOpen];
  else [from, fromOpen] = [a.from, a.fromOpen || b.fromOpen];
  if (a.to < b.to) [to, toOpen] = [a.to, a.toOpen];
  else if (b.to < a.to) [to, toOpen] = [b.to, b.toOpen];
  else [to, toOpen] = [a.to, a.toOpen || b.toOpen];
  return { from, fromOpen, to, toOpen };
}

export function intersects(a: Interval, b: Interval): boolean {
  return !isEmpty(intersect(a, b));
}

/** What an age label seen at a capture time says; null when it says nothing credible. */
export function intervalFromAge(ageRaw: string, capturedAtMs: number): Interval | null {
  const age = readAgeLabel(ageRaw, capturedAtMs);
  if (!age || !isCredibleAge(age)) return null;
  const early = capturedAtMs - age.maxMinutes * MINUTE_MS;
  const late = capturedAtMs - age.minMinutes * MINUTE_MS;
  if (age.kind === "relative" || age.kind === "just-now") {
    // The age is in [min, max): publication in (capture - max, capture - min].
    return { from: early, fromOpen: true, to: late, toOpen: false };
  }
  if (age.clockMinutes !== null) {
    // `11:40`, `Gisteren 22:56`: posted in the minute [11:40, 11:41).
    return { from: early, fromOpen: false, to: early + MINUTE_MS, toOpen: true };
  }
  // `gisteren`, `vandaag`: from a midnight up to (not including) the next or the capture.
  return { from: early, fromOpen: false, to: late, toOpen: age.kind === "yesterday" };
}

/** A clock time in a ticker line or byline: the minute [t, t + 1 min). */
export function intervalOfMinute(epochMs: number): Interval {
  return { from: epochMs, fromOpen: false, to: epochMs + MINUTE_MS, toOpen: true };
}

/** An exact instant (`published:` front matter). */
export function intervalAt(epochMs: number): Interval {
  return { from: epochMs, fromOpen: false, to: epochMs, toOpen: false };
}

/** Existed at the capture: published at or before it. */
export function intervalUpTo(epochMs: number): Interval {
  return { from: -Infinity, fromOpen: true, to: epochMs, toOpen: false };
}

/**
 * A sighting's evidence. Captures without a capture time still date their sightings relative to
 * one another: such a capture is its own `frame` (the ages measured from an unknown instant), so
 * `12 uur geleden` and `13 uur geleden` of one text in one undated capture are still two postings,
 * while sightings in different frames never contradict each other.
 */
export interface Evidence {
  /** null: absolute time. Else the undated capture whose unknown instant the interval counts from. */
  frame: string | null;
  interval: Interval;
}

export interface Posting {
  /** Intersection of the members' absolute intervals. */
  interval: Interval;
  /** Indices of the evidence this posting explains. */
  members: number[];
}

/**
 * Split evidence into the fewest postings that explain it: greedy interval stabbing, sorted by
 * latest end. One posting when all intervals meet; two or more when the same text was posted
 * again (each posting's interval is the intersection of its members). Postings come in time order.
 */
export function postingsOf(evidence: Evidence[]): Posting[] {
  const order = evidence
    .map((_, i) => i)
    .sort((a, b) => compareFrame(evidence[a]!.frame, evidence[b]!.frame) || compareEnd(evidence[a]!.interval, evidence[b]!.interval) || a - b);
  type Home = { frames: Map<string | null, Interval>; members: number[] };
  const postings: Home[] = [];
  // Each frame's evidence comes together, in ascending order. Its home is the first posting (in
  // order of creation) it agrees with; not found by trying every posting (quadratic when a capture
  // shows one text with thousands of different ages) but among: the postings with a non-empty
  // interval in this frame (`inFrame`, which end in ascending order, so evidence that agrees with
  // one agrees with every later one and halving finds the first); then the postings made before
  // the frame came (no interval in it yet: any evidence agrees that is not empty); else a new one.
  let frame: string | null | undefined;
  let inFrame: Home[] = [];
  let withoutFrame = 0;
  let madeBefore = 0;
  for (const index of order) {
    const { frame: evidenceFrame, interval } = evidence[index]!;
    if (evidenceFrame !== frame) {
      frame = evidenceFrame;
      inFrame = [];
      withoutFrame = 0;
      madeBefore = postings.length;
    }
    let home: Home | undefined;
    if (!isEmpty(intersect(UNBOUNDED, interval))) {
      let low = 0;
      let high = inFrame.length;
      while (low < high) {
        const mid = (low + high) >> 1;
        if (isEmpty(intersect(inFrame[mid]!.frames.get(frame)!, interval))) low = mid + 1;
        else high = mid;
      }
      home = inFrame[low];
      if (!home && withoutFrame < madeBefore) home = postings[withoutFrame++]!;
      if (!home) postings.push((home = { frames: new Map(), members: [] }));
      if (!home.frames.has(frame)) inFrame.push(home);
    } else {
      // Empty evidence (once bounded) agrees with no posting.
      postings.push((home = { frames: new Map(), members: [] }));
    }
    home.frames.set(frame, intersect(home.frames.get(frame) ?? UNBOUNDED, interval));
    home.members.push(index);
  }
  return postings.map((p) => ({ interval: p.frames.get(null) ?? UNBOUNDED, members: p.members.sort((a, b) => a - b) }));
}

function compareFrame(a: string | null, b: string | null): number {
  if (a === b) return 0;
  if (a === null) return -1;
  if (b === null) return 1;
  return a < b ? -1 : 1;
}

function compareEnd(a: Interval, b: Interval): number {
  if (a.to !== b.to) return a.to < b.to ? -1 : 1;
  if (a.toOpen !== b.toOpen) return a.toOpen ? -1 : 1;
  if (a.from !== b.from) return a.from < b.from ? -1 : 1;
  return 0;
}
