/**
 * Dates and publication intervals in Dutch, in Europe/Amsterdam, whatever the machine's TZ or
 * locale: `zaterdag 22 november 2025`, `om 10:50`, `tussen 11:05 en 11:34`,
 * `uiterlijk 22 november 2025, 10:00`. Built from amsterdamParts and the vocabulary's names,
 * not from the machine's Intl locale data.
 */
import { amsterdamParts, parseTimestamp } from "../wire/amsterdam-time.js";
import { MONTHS_NL, WEEKDAYS_NL } from "../wire/vocabulary.js";
import { TEXT_NL } from "./text-nl.js";

const pad = (n: number) => String(n).padStart(2, "0");

const epochCache = new Map<string, number | null>();

/** Epoch of an ISO time; memoised, since a page shows the same few instants many times. */
export function epochOf(iso: string | null): number | null {
  if (iso === null) return null;
  let epoch = epochCache.get(iso);
  if (epoch === undefined) {
    if (epochCache.size > 1_000_000) epochCache.clear();
    epoch = parseTimestamp(iso)?.epochMs ?? null;
    epochCache.set(iso, epoch);
  }
  return epoch;
}

/** `22 november 2025`. */
export function dutchDate(iso: string): string {
  const p = amsterdamParts(epochOf(iso)!);
  return `${p.day} ${MONTHS_NL[p.month - 1]} ${p.year}`;
}

/** `zaterdag 22 november 2025`. */
export function dutchDayHeading(iso: string): string {
  const p = amsterdamParts(epochOf(iso)!);
  return `${WEEKDAYS_NL[p.weekday]} ${p.day} ${MONTHS_NL[p.month - 1]} ${p.year}`;
}

/** `10:50`. */
export function dutchClock(iso: string): string {
  const p = amsterdamParts(epochOf(iso)!);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}

/** `22 november 2025, 10:50`. */
export function dutchDateTime(iso: string): string {
  return `${dutchDate(iso)}, ${dutchClock(iso)}`;
}

/** The Amsterdam calendar day of an instant: `{ year, month, day, key: "2025-11-22" }`. */
export function amsterdamDay(iso: string): { year: number; month: number; day: number; key: string } {
  const p = amsterdamParts(epochOf(iso)!);
  return { year: p.year, month: p.month, day: p.day, key: `${p.year}-${pad(p.month)}-${pad(p.day)}` };
}

/** Month name: `november`. */
export function monthName(month: number): string {
  return MONTHS_NL[month - 1]!;
}

/**
 * What a reader should be told about when an item was published, honestly:
 *  - exact to the minute: `zaterdag 22 november 2025 om 10:50`
 *  - within one day: `zaterdag 22 november 2025 tussen 11:05 en 11:34`
 *  - across days: `tussen 21 november 2025, 23:50 en 22 november 2025, 00:10`
 *  - only an upper bound: `uiterlijk 22 november 2025, 10:00`
 *  - nothing: `datum onbekend`
 */
export function publicationText(from: string | null, to: string | null): string {
  const d = TEXT_NL.dates;
  if (from === null && to === null) return d.unknown;
  if (from === null) return `${d.notAfter} ${dutchDateTime(to!)}`;
  if (to === null) return `${d.notBefore} ${dutchDateTime(from)}`;
  const fromMs = epochOf(from)!;
  const toMs = epochOf(to)!;
  // Shown to the minute: (10:49, 10:50] is "om 10:50".
  if (toMs - fromMs <= 60_000) return `${dutchDayHeading(to)} ${d.at} ${dutchClock(to)}`;
  if (amsterdamDay(from).key === amsterdamDay(to).key) return `${dutchDayHeading(to)} ${d.between} ${dutchClock(from)} ${d.and} ${dutchClock(to)}`;
  return `${d.between} ${dutchDateTime(from)} ${d.and} ${dutchDateTime(to)}`;
}

/** Short form for lists: `10:50`, `11:05–11:34`, `uiterlijk 10:00`, or with a date when not on `dayKey`. */
export function publicationShort(from: string | null, to: string | null): string {
  const d = TEXT_NL.dates;
  if (to === null) return from === null ? d.unknown : `${d.notBefore} ${dutchDateTime(from)}`;
  if (from === null) return `${d.notAfter} ${dutchClock(to)}`;
  const width = epochOf(to)! - epochOf(from)!;
  if (width <= 60_000) return dutchClock(to);
  if (amsterdamDay(from).key === amsterdamDay(to).key) return `${dutchClock(from)}–${dutchClock(to)}`;
  // Across midnight both days are named: `21 november 23:50 – 22 november 00:10`.
  const day = (iso: string) => dutchDate(iso).replace(/ \d{4}$/, "");
  return `${day(from)} ${dutchClock(from)} – ${day(to)} ${dutchClock(to)}`;
}

/**
 * For a list that mixes days (search results): the short form with its day and year,
 * `22 november 2025, 10:50`, `22 november 2025, 11:05–11:34`, `uiterlijk 22 november 2025, 10:00`.
 */
export function publicationDated(from: string | null, to: string | null): string {
  const d = TEXT_NL.dates;
  if (to === null) return from === null ? d.unknown : `${d.notBefore} ${dutchDateTime(from)}`;
  if (from === null) return `${d.notAfter} ${dutchDateTime(to)}`;
  const width = epochOf(to)! - epochOf(from)!;
  if (width <= 60_000) return dutchDateTime(to);
  if (amsterdamDay(from).key === amsterdamDay(to).key) return `${dutchDate(to)}, ${dutchClock(from)}–${dutchClock(to)}`;
  return `${dutchDateTime(from)} – ${dutchDateTime(to)}`;
}
