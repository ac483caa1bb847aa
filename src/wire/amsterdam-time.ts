/**
 * Time in Europe/Amsterdam, independent of the machine's TZ and locale: every instant is an
 * epoch in milliseconds inside draad, and is written as ISO 8601 with the Amsterdam offset
 * (`2025-11-22T09:28:00+01:00`, `2025-07-01T12:00:00+02:00`). The offset comes from the ICU
 * time-zone data bundled with Node, so DST switches are right for any year.
 */

const ZONE = "Europe/Amsterdam";
const MINUTE = 60_000;
const HOUR = 3_600_000;

const zoneFormat = new Intl.DateTimeFormat("en-US", {
  timeZone: ZONE,
  hourCycle: "h23",
  year: "numeric",
  month: "2-digit",
  day: "2-digit",
  hour: "2-digit",
  minute: "2-digit",
  second: "2-digit",
  weekday: "short",
});

const offsetCache = new Map<number, number>();

/** Minutes east of UTC in Amsterdam at an instant: 60 in winter, 120 in summer. */
export function amsterdamOffsetMinutes(epochMs: number): number {
  const hourKey = Math.floor(epochMs / HOUR);
  const cached = offsetCache.get(hourKey);
  if (cached !== undefined) return cached;
  const probe = hourKey * HOUR;
  const parts = zoneParts(probe);
  const localAsUtc = Date.UTC(parts.year, parts.month - 1, parts.day, parts.hour, parts.minute, parts.second);
  const offset = Math.round((localAsUtc - probe) / MINUTE);
  if (offsetCache.size > 200_000) offsetCache.clear();
  offsetCache.set(hourKey, offset);
  return offset;
}

const WEEKDAY_INDEX: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

function zoneParts(epochMs: number) {
  const out = { year: 0, month: 0, day: 0, hour: 0, minute: 0, second: 0, weekday: 0 };
  for (const part of zoneFormat.formatToParts(epochMs)) {
    switch (part.type) {
      case "year": out.year = Number(part.value); break;
      case "month": out.month = Number(part.value); break;
      case "day": out.day = Number(part.value); break;
      case "hour": out.hour = Number(part.value); break;
      case "minute": out.minute = Number(part.value); break;
      case "second": out.second = Number(part.value); break;
      case "weekday": out.weekday = WEEKDAY_INDEX[part.value] ?? 0; break;
    }
  }
  return out;
}

/** Calendar fields of an instant in Amsterdam. `month` 1-12, `weekday` 0 = Sunday. */
export interface AmsterdamParts {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  weekday: number;
  /** Minutes east of UTC. */
  offsetMinutes: number;
}

export function amsterdamParts(epochMs: number): AmsterdamParts {
  const offsetMinutes = amsterdamOffsetMinutes(epochMs);
  const local = new Date(epochMs + offsetMinutes * MINUTE);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    weekday: local.getUTCDay(),
    offsetMinutes,
  };
}

const pad = (n: number, width = 2) => String(n).padStart(width, "0");

/** "00" to "99", made once: a timestamp's fields are taken from here instead of being made anew. */
const TWO_DIGITS = Array.from({ length: 100 }, (_, n) => pad(n));

/**
 * `2025-11-22T09:28:00+01:00`, as one flat string. The archive keeps several of these per
 * report; made with `+` or a template literal, each was a tree of about ten string pieces
 * (V8 joins strings of 13 characters and more lazily), 300 bytes instead of 40, and at 10,000
 * captures 66 MB of a 221 MB heap (a heap snapshot). `join` makes the string at once.
 */
export function formatAmsterdamIso(epochMs: number): string {
  // Many sightings share a bound (their capture's time): one string for them all. Keyed by the
  // minute, a small integer V8 hashes at once, rather than by milliseconds since 1970, a
  // floating-point number beyond 2^31.
  const minute = epochMs / MINUTE;
  const cache = Number.isInteger(minute) ? isoByMinute : isoByMs;
  const key = cache === isoByMinute ? minute : epochMs;
  const known = cache.get(key);
  if (known !== undefined) return known;
  const iso = isoOf(epochMs);
  if (cache.size >= ISO_CACHE_MAX) cache.clear();
  cache.set(key, iso);
  return iso;
}

const isoByMinute = new Map<number, string>();
const isoByMs = new Map<number, string>();
const ISO_CACHE_MAX = 50_000;

function isoOf(epochMs: number): string {
  const p = amsterdamParts(epochMs);
  const offset = Math.abs(p.offsetMinutes);
  return [
    p.year >= 1000 && p.year <= 9999 ? String(p.year) : pad(p.year, 4),
    "-", TWO_DIGITS[p.month], "-", TWO_DIGITS[p.day], "T", TWO_DIGITS[p.hour], ":", TWO_DIGITS[p.minute], ":", TWO_DIGITS[p.second],
    p.offsetMinutes < 0 ? "-" : "+", TWO_DIGITS[Math.floor(offset / 60)] ?? pad(Math.floor(offset / 60)), ":", TWO_DIGITS[offset % 60],
  ].join("");
}

/**
 * The instant of an Amsterdam wall-clock time. In the hour that happens twice (the October
 * switch) the first, summer-time instant is taken; a time in the skipped spring hour is moved
 * forward by the hour, as clocks do.
 */
export function amsterdamLocalToEpoch(year: number, month: number, day: number, hour = 0, minute = 0, second = 0): number {
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  // Try the summer offset first so the ambiguous hour resolves to its first occurrence.
  for (const offset of [120, 60]) {
    const candidate = asUtc - offset * MINUTE;
    if (amsterdamOffsetMinutes(candidate) === offset) return candidate;
  }
  // Skipped hour: read with the winter offset, which lands one hour later on the wall clock.
  return asUtc - 60 * MINUTE;
}

/** Midnight at the start of the Amsterdam calendar day of an instant, `daysBack` days earlier. */
export function amsterdamMidnight(epochMs: number, daysBack = 0): number {
  const p = amsterdamParts(epochMs);
  const date = new Date(Date.UTC(p.year, p.month - 1, p.day - daysBack));
  return amsterdamLocalToEpoch(date.getUTCFullYear(), date.getUTCMonth() + 1, date.getUTCDate());
}

/**
 * ISO 8601 date-time with `Z` or an offset, or without one (read as Amsterdam wall-clock time).
 * `2025-11-22T10:00:00+01:00`, `2025-11-22T09:00Z`, `2025-11-22 10:00`, `2025-11-22`.
 */
const TIMESTAMP =
  /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?)?\s*(Z|[+-]\d{2}:?\d{2})?$/i;

export interface ParsedTimestamp {
  epochMs: number;
  /** False when the text had no offset and was read as Amsterdam time. */
  hadOffset: boolean;
}

export function parseTimestamp(value: string): ParsedTimestamp | null {
  const m = TIMESTAMP.exec(value.trim());
  if (!m) return null;
  const [year, month, day, hour, minute, second] = [m[1], m[2], m[3], m[4] ?? "0", m[5] ?? "0", m[6] ?? "0"].map(Number) as [
    number, number, number, number, number, number,
  ];
  if (month < 1 || month > 12 || day < 1 || day > 31 || hour > 23 || minute > 59 || second > 60) return null;
  const probe = new Date(Date.UTC(year, month - 1, day));
  if (probe.getUTCMonth() !== month - 1) return null;
  const zone = m[7];
  if (!zone) return { epochMs: amsterdamLocalToEpoch(year, month, day, hour, minute, second), hadOffset: false };
  let offsetMinutes = 0;
  if (zone.toUpperCase() !== "Z") {
    const digits = zone.replace(":", "");
    offsetMinutes = (digits[0] === "-" ? -1 : 1) * (Number(digits.slice(1, 3)) * 60 + Number(digits.slice(3, 5)));
  }
  return { epochMs: Date.UTC(year, month - 1, day, hour, minute, second) - offsetMinutes * MINUTE, hadOffset: true };
}

export const MINUTE_MS = MINUTE;
