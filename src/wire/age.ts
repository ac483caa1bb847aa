/**
 * Age labels -> intervals in minutes, and with a capture time -> publication intervals.
 * `32 minuten geleden` is [32, 33): at least 32 and less than 33 minutes before the capture.
 * Clock labels (`11:40`, `Gisteren 22:56`, `gisteren`) are exact only with a capture time;
 * without one they give the widest honest interval.
 */
import { AGE_PARTS, AGE_UNIT_MINUTES } from "./vocabulary.js";
import { amsterdamLocalToEpoch, amsterdamMidnight, amsterdamParts, formatAmsterdamIso, MINUTE_MS } from "./amsterdam-time.js";
import type { AgeLabel } from "./types.js";

const DAY_MINUTES = 1440;

/** Read an age label as written; null when it is no age label. */
export function readAgeLabel(raw: string, capturedAtMs: number | null): AgeLabel | null {
  const m = AGE_PARTS.exec(raw);
  if (!m) return null;
  const [, count, unit, count2, unit2, word, wordClock, clock] = m;
  if (count !== undefined && unit !== undefined) {
    const n = Number(count);
    const size = AGE_UNIT_MINUTES[unit.toLowerCase()]!;
    if (count2 === undefined || unit2 === undefined) return { raw, kind: "relative", minMinutes: n * size.min, maxMinutes: (n + 1) * size.max, clockMinutes: null };
    // `3 days 23 hours ago`: both counts are whole, the second is the one rounded down, so the
    // age is at least 3 d 23 h and less than 3 d 24 h: [5700, 5760) minutes.
    const m2 = Number(count2);
    const size2 = AGE_UNIT_MINUTES[unit2.toLowerCase()]!;
    return { raw, kind: "relative", minMinutes: n * size.min + m2 * size2.min, maxMinutes: n * size.max + (m2 + 1) * size2.max, clockMinutes: null };
  }
  const lowerWord = word?.toLowerCase();
  if (lowerWord === "zojuist") return { raw, kind: "just-now", minMinutes: 0, maxMinutes: 1, clockMinutes: null };
  const clockText = wordClock ?? clock;
  const clockMinutes = clockText ? clockToMinutes(clockText) : null;
  const yesterday = lowerWord === "gisteren";
  if (capturedAtMs === null) {
    // Today's clock: within the last day; yesterday: within the last two days.
    const kind = clockMinutes === null ? "yesterday" : yesterday ? "clock-yesterday" : "clock-today";
    return { raw, kind, minMinutes: 0, maxMinutes: yesterday ? 2 * DAY_MINUTES : DAY_MINUTES, clockMinutes };
  }
  if (clockMinutes === null && !yesterday) {
    // `vandaag`: any time since midnight.
    return { raw, kind: "clock-today", minMinutes: 0, maxMinutes: minutesBetween(amsterdamMidnight(capturedAtMs, 0), capturedAtMs), clockMinutes };
  }
  if (clockMinutes === null) {
    // `gisteren`: any time on the previous Amsterdam calendar day.
    const from = amsterdamMidnight(capturedAtMs, 1);
    const to = amsterdamMidnight(capturedAtMs, 0);
    return { raw, kind: "yesterday", minMinutes: minutesBetween(to, capturedAtMs), maxMinutes: minutesBetween(from, capturedAtMs), clockMinutes };
  }
  const parts = amsterdamParts(capturedAtMs);
  const nowMinutes = parts.hour * 60 + parts.minute;
  const daysBack = yesterday ? 1 : clockMinutes > nowMinutes ? 1 : 0;
  // The clock is wall-clock time on that calendar day: not midnight plus minutes, which is an
  // hour off after 02:00 on the 23-hour and 25-hour days of the DST switches.
  const day = new Date(Date.UTC(parts.year, parts.month - 1, parts.day - daysBack));
  const posted = amsterdamLocalToEpoch(day.getUTCFullYear(), day.getUTCMonth() + 1, day.getUTCDate(), Math.floor(clockMinutes / 60), clockMinutes % 60);
  // Posted within the minute [posted, posted + 1 min), so publishedFrom = posted exactly.
  const maxMinutes = minutesBetween(posted, capturedAtMs);
  return {
    raw,
    kind: yesterday ? "clock-yesterday" : "clock-today",
    minMinutes: Math.max(0, maxMinutes - 1),
    maxMinutes,
    clockMinutes,
  };
}

function clockToMinutes(clock: string): number {
  const [hours, minutes] = clock.split(/[:.]/).map(Number) as [number, number];
  return hours * 60 + minutes;
}

/** Minutes from one instant to a later one; fractional when the capture time has seconds. */
function minutesBetween(earlier: number, later: number): number {
  return (later - earlier) / MINUTE_MS;
}

/** Ages beyond a century (`999999 jaar geleden`) are no evidence of anything. */
export const MAX_CREDIBLE_AGE_MINUTES = 100 * 525_600;

export function isCredibleAge(age: Pick<AgeLabel, "maxMinutes">): boolean {
  return age.maxMinutes <= MAX_CREDIBLE_AGE_MINUTES;
}

/** `publishedFrom` and `publishedTo` of an age seen at a capture time, or nulls (also for incredible ages). */
export function publicationInterval(
  age: Pick<AgeLabel, "minMinutes" | "maxMinutes"> | null,
  capturedAtMs: number | null,
): { publishedFrom: string | null; publishedTo: string | null } {
  if (age === null || capturedAtMs === null || !isCredibleAge(age)) return { publishedFrom: null, publishedTo: null };
  return {
    publishedFrom: formatAmsterdamIso(capturedAtMs - age.maxMinutes * MINUTE_MS),
    publishedTo: formatAmsterdamIso(capturedAtMs - age.minMinutes * MINUTE_MS),
  };
}
