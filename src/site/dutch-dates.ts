/**
 * Dates and publication intervals in Dutch, in Europe/Amsterdam, whatever the machine's TZ or
 * locale: `zaterdag 22 november 2025`, `om 10:50`, `tussen 11:05 en 11:34`,
 * `uiterlijk 22 november 2025, 10:00`. Built from amsterdamParts and the vocabulary's names,
 * not from the machine's Intl locale data.
 */
import { amsterdamParts, parseTimestamp } from "../wire/amsterdam-time.js";
import { MONTH_ABBREVIATIONS_NL, MONTHS_NL, WEEKDAYS_NL } from "../wire/vocabulary.js";
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

/** Everything the site writes of one instant, made once: a site shows the same instants on many pages. */
interface InstantWords {
  date: string;
  dayHeading: string;
  clock: string;
  day: Readonly<{ year: number; month: number; day: number; key: string }>;
  shortDate: string;
  shortDateWithYear: string;
}

const wordsCache = new Map<string, InstantWords>();

function wordsOf(iso: string): InstantWords {
  let words = wordsCache.get(iso);
  if (words === undefined) {
    const p = amsterdamParts(epochOf(iso)!);
    const abbreviation = MONTH_ABBREVIATIONS_NL[p.month - 1]!;
    const month = abbreviation === MONTHS_NL[p.month - 1] ? abbreviation : `${abbreviation}.`;
    words = {
      date: `${p.day} ${MONTHS_NL[p.month - 1]} ${p.year}`,
      dayHeading: `${WEEKDAYS_NL[p.weekday]} ${p.day} ${MONTHS_NL[p.month - 1]} ${p.year}`,
      clock: `${pad(p.hour)}:${pad(p.minute)}`,
      day: Object.freeze({ year: p.year, month: p.month, day: p.day, key: `${p.year}-${pad(p.month)}-${pad(p.day)}` }),
      shortDate: `${p.day} ${month}`,
      shortDateWithYear: `${p.day} ${month} ${p.year}`,
    };
    if (wordsCache.size > 200_000) wordsCache.clear();
    wordsCache.set(iso, words);
  }
  return words;
}

/** `22 november 2025`. */
export function dutchDate(iso: string): string {
  return wordsOf(iso).date;
}

/** `zaterdag 22 november 2025`. */
export function dutchDayHeading(iso: string): string {
  return wordsOf(iso).dayHeading;
}

/** `10:50`. */
export function dutchClock(iso: string): string {
  return wordsOf(iso).clock;
}

/** `22 november 2025, 10:50`. */
export function dutchDateTime(iso: string): string {
  const words = wordsOf(iso);
  return `${words.date}, ${words.clock}`;
}

/** The Amsterdam calendar day of an instant: `{ year, month, day, key: "2025-11-22" }` (one frozen object per instant). */
export function amsterdamDay(iso: string): Readonly<{ year: number; month: number; day: number; key: string }> {
  return wordsOf(iso).day;
}

/** Month name: `november`. */
export function monthName(month: number): string {
  return MONTHS_NL[month - 1]!;
}

/**
 * A time in words, piece by piece: a piece with `datetime` is one instant (rendered as
 * `<time datetime>`), the others are words between them (`uiterlijk `, `–`). A piece with
 * `spoken` is shown as `text` but read out as `spoken` (the dash of `11:05–11:34` as " tot ").
 */
export interface TimePart {
  text: string;
  datetime: string | null;
  spoken: string | null;
}

const word = (text: string, spoken: string | null = null): TimePart => ({ text, datetime: null, spoken });
const instant = (text: string, datetime: string): TimePart => ({ text, datetime, spoken: null });

/** The text of a time in pieces, as a sighted reader sees it. */
export function timeText(parts: readonly TimePart[]): string {
  return parts.map((p) => p.text).join("");
}

/**
 * `publicationText` in pieces, each known end an instant: `uiterlijk <22 november 2025, 10:00>`,
 * `zaterdag 22 november 2025 tussen <11:05> en <11:34>`, `<zaterdag 22 november 2025 om 10:50>`.
 */
export function publicationParts(from: string | null, to: string | null): TimePart[] {
  const d = TEXT_NL.dates;
  if (from === null && to === null) return [word(d.unknown)];
  if (from === null) return [word(`${d.notAfter} `), instant(dutchDateTime(to!), to!)];
  if (to === null) return [word(`${d.notBefore} `), instant(dutchDateTime(from), from)];
  if (epochOf(to)! - epochOf(from)! <= 60_000) return [instant(`${dutchDayHeading(to)} ${d.at} ${dutchClock(to)}`, to)];
  // A date alone: that day, without clocks (`zaterdag 3 mei 2018`, not `tussen 00:00 en 23:59`).
  if (isWholeDay(from, to)) return [instant(dutchDayHeading(from), amsterdamDay(from).key)];
  if (amsterdamDay(from).key === amsterdamDay(to).key) {
    return [word(`${dutchDayHeading(to)} ${d.between} `), instant(dutchClock(from), from), word(` ${d.and} `), instant(dutchClock(to), to)];
  }
  return [word(`${d.between} `), instant(dutchDateTime(from), from), word(` ${d.and} `), instant(dutchDateTime(to), to)];
}

/**
 * Whether an interval is one whole Amsterdam day, as the archive prints a date alone (a date line
 * `Gepubliceerd op 3 mei 2018`, a list item under `02-03-2026`): 00:00:00 to 23:59:59 of one day.
 */
export function isWholeDay(from: string, to: string): boolean {
  const second = (iso: string) => (((epochOf(iso)! % 60_000) + 60_000) % 60_000) / 1000;
  return amsterdamDay(from).key === amsterdamDay(to).key && dutchClock(from) === "00:00" && dutchClock(to) === "23:59" && second(from) === 0 && second(to) === 59;
}

/**
 * A time the page itself states (an article's `Laatste update: 08:47`), as printed by the archive
 * (`updatedFrom`, `updatedTo` inclusive): one minute `<vrijdag 4 december 2026 om 08:47>`, anything
 * else as a publication (one whole day `<vrijdag 4 december 2026>`, the day as its datetime).
 */
export function statedTimeParts(from: string, to: string): TimePart[] {
  // The minute as stated (its start), where a publication names the end of its interval.
  if (epochOf(to)! - epochOf(from)! < 60_000) return [instant(`${dutchDayHeading(from)} ${TEXT_NL.dates.at} ${dutchClock(from)}`, from)];
  return publicationParts(from, to);
}

/** How precisely a publication time is known: to the minute, to the day (a date alone), between two times, only before or after one, or not at all. */
export type TimePrecision = "exact" | "day" | "interval" | "upper" | "lower" | "unknown";

export function precisionOf(from: string | null, to: string | null): TimePrecision {
  if (from === null) return to === null ? "unknown" : "upper";
  if (to === null) return "lower";
  return epochOf(to)! - epochOf(from)! <= 60_000 ? "exact" : isWholeDay(from, to) ? "day" : "interval";
}

/** `22 nov.`, `22 mei`; with the year `22 nov. 2025`. */
export function dutchShortDate(iso: string, withYear: boolean): string {
  const words = wordsOf(iso);
  return withYear ? words.shortDateWithYear : words.shortDate;
}

/**
 * A report's time as lists show it, in three degrees of context. `ofDay` is for a list that
 * names the report's day (a day page, a day's group): `10:50`, `11:05–11:34`, `uiterlijk 10:00`
 * (across midnight both days: `21 nov. 23:50 – 22 nov. 00:10`). `dated` adds the day and month:
 * `22 nov. 10:50`, `22 nov. 11:05–11:34`, `uiterlijk 22 nov. 10:00`; `withYear` the year too.
 */
export interface ListTimes {
  ofDay: TimePart[];
  dated: TimePart[];
  withYear: TimePart[];
  precision: TimePrecision;
}

export function listTimes(from: string | null, to: string | null): ListTimes {
  const precision = precisionOf(from, to);
  const form = (date: "none" | "day" | "year"): TimePart[] => {
    const d = TEXT_NL.dates;
    const at = (iso: string, dated: boolean) => (dated && date !== "none" ? `${dutchShortDate(iso, date === "year")} ${dutchClock(iso)}` : dutchClock(iso));
    if (precision === "unknown") return [word(d.unknown)];
    // After an instant: the list's day may not be the day it names, so it is always dated.
    if (precision === "lower") return [word(`${d.notBefore} `), instant(`${dutchShortDate(from!, date === "year")} ${dutchClock(from!)}`, from!)];
    if (precision === "upper") return [word(`${d.notAfter} `), instant(at(to!, true), to!)];
    if (precision === "exact") return [instant(at(to!, true), to!)];
    // A date alone: under its day's heading `die dag`, else the day (`3 mei`, `3 mei 2018`).
    if (precision === "day") return [date === "none" ? word(d.wholeDay) : instant(dutchShortDate(from!, date === "year"), amsterdamDay(from!).key)];
    if (amsterdamDay(from!).key === amsterdamDay(to!).key) {
      return [...(date === "none" ? [] : [word(`${dutchShortDate(to!, date === "year")} `)]), instant(dutchClock(from!), from!), word("–", d.rangeSpoken), instant(dutchClock(to!), to!)];
    }
    // Across midnight both days are named, whatever the list's context.
    const both = (iso: string) => `${dutchShortDate(iso, date === "year")} ${dutchClock(iso)}`;
    return [instant(both(from!), from!), word(" – ", d.rangeSpoken), instant(both(to!), to!)];
  };
  return { ofDay: form("none"), dated: form("day"), withYear: form("year"), precision };
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
  return timeText(publicationParts(from, to));
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
  if (isWholeDay(from, to)) return dutchDate(from);
  if (amsterdamDay(from).key === amsterdamDay(to).key) return `${dutchDate(to)}, ${dutchClock(from)}–${dutchClock(to)}`;
  return `${dutchDateTime(from)} – ${dutchDateTime(to)}`;
}
