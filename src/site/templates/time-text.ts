/**
 * A time in pieces (src/site/dutch-dates.ts `TimePart`) as HTML: each instant a
 * `<time datetime>`, each word as text, a dash shown but read out as " tot ". And which of a
 * report's list times a list shows (`TimeContext`): the clock alone only where the list names
 * the report's day, else with its date, and the year when the page is about another year.
 */
import { html, type Html } from "../html.js";
import type { TimePart } from "../dutch-dates.js";
import type { ItemSummary, TimeContext } from "../view-model.js";

export function timeHtml(parts: readonly TimePart[]): Html {
  return html`${parts.map((p) =>
    p.datetime !== null
      ? html`<time datetime="${p.datetime}">${p.text}</time>`
      : p.spoken !== null
        ? html`<span aria-hidden="true">${p.text}</span><span class="visually-hidden">${p.spoken}</span>`
        : p.text,
  )}`;
}

/** Without a context (a template of one's own that gives none) every time has its day and year. */
export function listTimeParts(entry: ItemSummary, context: TimeContext | null | undefined): readonly TimePart[] {
  if (entry.day !== null && context?.day === entry.day) return entry.times.ofDay;
  if (entry.day !== null && context?.year === Number(entry.day.slice(0, 4))) return entry.times.dated;
  return entry.times.withYear;
}

export function listTimeHtml(entry: ItemSummary, context: TimeContext | null | undefined): Html {
  return html`<span class="item-time">${timeHtml(listTimeParts(entry, context))}</span>`;
}

/**
 * The line that explains the list times not known to the minute, shown once on a page;
 * `underDays` where lists stand under day headings (their clocks go without a date).
 */
export function timeLegendHtml(t: { dates: { legendLabel: string; legend: string; legendDay: string } }, underDays: boolean): Html {
  return html`<p class="time-legend"><strong>${t.dates.legendLabel}:</strong> ${t.dates.legend}${underDays && html` ${t.dates.legendDay}`}</p>
`;
}
