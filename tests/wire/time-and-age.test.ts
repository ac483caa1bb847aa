/** Europe/Amsterdam time and age labels, whatever the machine's TZ. */
import { describe, expect, it } from "vitest";
import { amsterdamLocalToEpoch, formatAmsterdamIso, parseTimestamp } from "../../src/wire/amsterdam-time.js";
import { publicationInterval, readAgeLabel } from "../../src/wire/age.js";

const at = (iso: string) => parseTimestamp(iso)!.epochMs;

describe("Amsterdam time", () => {
  it("writes winter and summer offsets", () => {
    expect(formatAmsterdamIso(Date.UTC(2025, 10, 22, 9, 0))).toBe("2025-11-22T10:00:00+01:00");
    expect(formatAmsterdamIso(Date.UTC(2025, 6, 1, 10, 0))).toBe("2025-07-01T12:00:00+02:00");
  });
  it("crosses the October switch: 02:00-03:00 happens twice", () => {
    expect(formatAmsterdamIso(Date.UTC(2025, 9, 26, 0, 30))).toBe("2025-10-26T02:30:00+02:00");
    expect(formatAmsterdamIso(Date.UTC(2025, 9, 26, 1, 30))).toBe("2025-10-26T02:30:00+01:00");
    expect(amsterdamLocalToEpoch(2025, 10, 26, 2, 30)).toBe(Date.UTC(2025, 9, 26, 0, 30));
  });
  it("moves a time in the skipped March hour forward", () => {
    expect(formatAmsterdamIso(amsterdamLocalToEpoch(2026, 3, 29, 2, 30))).toBe("2026-03-29T03:30:00+02:00");
  });
  it("parses offsets, Z and local times", () => {
    expect(parseTimestamp("2025-11-22T10:00:00+01:00")).toEqual({ epochMs: Date.UTC(2025, 10, 22, 9), hadOffset: true });
    expect(parseTimestamp("2025-11-22T09:00Z")).toEqual({ epochMs: Date.UTC(2025, 10, 22, 9), hadOffset: true });
    expect(parseTimestamp("2025-11-22 10:00")).toEqual({ epochMs: Date.UTC(2025, 10, 22, 9), hadOffset: false });
    expect(parseTimestamp("2025-02-30T10:00:00+01:00")).toBeNull();
    expect(parseTimestamp("gisteren")).toBeNull();
  });
});

describe("age labels", () => {
  it.each([
    ["zojuist", 0, 1],
    ["1 minuut geleden", 1, 2],
    ["32 minuten geleden", 32, 33],
    ["1 uur geleden", 60, 120],
    ["13 uur geleden", 780, 840],
    ["1 dag geleden", 1440, 2880],
    ["3 dagen geleden", 4320, 5760],
    ["1 week geleden", 10080, 20160],
    ["2 maanden geleden", 80640, 133920],
    ["1 jaar geleden", 525600, 1054080],
    // Two units, the second rounded down (Drupal): at least 3 d 23 h, less than 3 d 24 h.
    ["3 dagen 23 uur geleden", 5700, 5760],
    ["5 uur 20 minuten geleden", 320, 321],
    ["2 weken, 2 dagen geleden", 23040, 24480],
    // English, as aggregators with an English interface print them.
    ["3 days 23 hours ago", 5700, 5760],
    ["1 hour 25 minutes ago", 85, 86],
    ["2 weeks 2 days ago", 23040, 24480],
    ["5 min ago", 5, 6],
    ["1 month ago", 40320, 89280],
  ])("%s -> [%i, %i)", (raw, min, max) => {
    expect(readAgeLabel(raw, null)).toMatchObject({ raw, minMinutes: min, maxMinutes: max });
  });
  it("is no age when the words are not a count, a unit and `geleden` or `ago`", () => {
    for (const raw of ["3 days 23 hours", "3 dagen 23 uur", "ago", "23 hours ago today", "3 parsecs ago", "30 seconden geleden", "drie dagen geleden"]) expect(readAgeLabel(raw, null), raw).toBeNull();
  });
  it("dates a relative age from the capture time, across the DST switch", () => {
    const captured = at("2025-10-26T09:00:00+01:00");
    expect(publicationInterval(readAgeLabel("8 uur geleden", captured), captured)).toEqual({
      publishedFrom: "2025-10-26T01:00:00+02:00",
      publishedTo: "2025-10-26T02:00:00+02:00",
    });
  });
  it("dates clock labels from the capture day", () => {
    const captured = at("2025-11-22T12:00:00+01:00");
    expect(publicationInterval(readAgeLabel("11:40", captured), captured)).toEqual({ publishedFrom: "2025-11-22T11:40:00+01:00", publishedTo: "2025-11-22T11:41:00+01:00" });
    expect(publicationInterval(readAgeLabel("13:05", captured), captured)).toEqual({ publishedFrom: "2025-11-21T13:05:00+01:00", publishedTo: "2025-11-21T13:06:00+01:00" });
    expect(publicationInterval(readAgeLabel("Gisteren 22:56", captured), captured)).toEqual({ publishedFrom: "2025-11-21T22:56:00+01:00", publishedTo: "2025-11-21T22:57:00+01:00" });
    expect(publicationInterval(readAgeLabel("gisteren", captured), captured)).toEqual({ publishedFrom: "2025-11-21T00:00:00+01:00", publishedTo: "2025-11-22T00:00:00+01:00" });
  });
  it("gives clock labels the widest honest interval without a capture time", () => {
    expect(readAgeLabel("11:40", null)).toMatchObject({ minMinutes: 0, maxMinutes: 1440 });
    expect(readAgeLabel("Gisteren 22:56", null)).toMatchObject({ minMinutes: 0, maxMinutes: 2880 });
    expect(publicationInterval(readAgeLabel("5 uur geleden", null), null)).toEqual({ publishedFrom: null, publishedTo: null });
  });
});

describe("clock labels on the days of the DST switches", () => {
  // Found by the benchmark corpus: midnight + minutes is an hour off after 02:00 on these days.
  it.each([
    ["2024-04-01T08:10:00+02:00", "Gisteren 20:45", "2024-03-31T20:45:00+02:00"],
    ["2024-10-28T08:10:00+01:00", "Gisteren 20:45", "2024-10-27T20:45:00+01:00"],
    ["2024-03-31T10:00:00+02:00", "09:30", "2024-03-31T09:30:00+02:00"],
    ["2024-10-27T10:00:00+01:00", "09:30", "2024-10-27T09:30:00+01:00"],
  ])("captured %s, %j was posted at %s", (captured, label, posted) => {
    const capturedMs = parseTimestamp(captured)!.epochMs;
    const age = readAgeLabel(label, capturedMs)!;
    expect(publicationInterval(age, capturedMs).publishedFrom).toBe(posted);
  });
});
