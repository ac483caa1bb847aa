/**
 * The date archive besides the day lists (src/site/pages/lists.ts): a calendar page per month
 * with news (template `month`, Monday-first weeks whose days with news are links), a page per
 * year with its twelve months (`year`), and the archive overview of all years (`archive`).
 */
import { monthName } from "../dutch-dates.js";
import { ROUTES } from "../routes.js";
import { TEXT_NL } from "../text-nl.js";
import { WEEKDAYS_NL } from "../../wire/vocabulary.js";
import { compare, type PageFamily } from "./context.js";
import type { CalendarMonth, YearPage } from "./types.js";

const pad = (n: number) => String(n).padStart(2, "0");

export const calendarPages: PageFamily = {
  name: "calendars",
  plan(context) {
    const { t, dayKeys } = context;
    const countByDay = new Map(dayKeys.map((k) => [k, context.reportsByDay.get(k)!.length]));
    const monthKeys = [...new Set(dayKeys.map((k) => k.slice(0, 7)))].sort(compare);
    const month = monthKeys.map((key, index) => {
      const [y, m] = key.split("-").map(Number) as [number, number];
      return calendarMonth(y, m, countByDay, monthKeys[index - 1], monthKeys[index + 1]);
    });
    const monthByKey = new Map(month.map((c) => [`${c.year}-${pad(c.month)}`, c]));
    const yearNumbers = [...new Set(monthKeys.map((k) => Number(k.slice(0, 4))))].sort((a, b) => a - b);
    const year: YearPage[] = yearNumbers.map((y, index) => {
      const months = Array.from({ length: 12 }, (_, i) => {
        const calendar = monthByKey.get(`${y}-${pad(i + 1)}`) ?? null;
        return { name: monthName(i + 1), url: calendar?.url ?? null, count: calendar?.count ?? 0, calendar };
      });
      const previous = yearNumbers[index - 1];
      const next = yearNumbers[index + 1];
      return {
        url: ROUTES.year(y),
        title: `${t.archive.title} ${y}`,
        year: y,
        months,
        previous: previous ? { name: String(previous), url: ROUTES.year(previous) } : null,
        next: next ? { name: String(next), url: ROUTES.year(next) } : null,
        count: months.reduce((n, m) => n + m.count, 0),
      };
    });
    const archive = [{
      url: ROUTES.archive,
      years: year,
      yearLinks: year.map((y) => ({ year: y.year, url: y.url, count: y.count })).reverse(),
      undated: context.undated.length ? { url: ROUTES.undated, count: context.undated.length } : null,
    }];
    return { month, year, archive };
  },
};

/** `month` of `year` (1-based) with the number of reports of each day; `previous`/`next`: the neighbouring months with news (`2025-10`). */
function calendarMonth(year: number, month: number, countByDay: Map<string, number>, previous: string | undefined, next: string | undefined): CalendarMonth {
  const t = TEXT_NL;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  // Weeks start on Monday (Dutch calendars); getUTCDay: 0 = Sunday.
  const firstWeekday = (new Date(Date.UTC(year, month - 1, 1)).getUTCDay() + 6) % 7;
  const cells: CalendarMonth["weeks"][number] = Array.from({ length: firstWeekday }, () => null);
  const days: CalendarMonth["days"] = [];
  let count = 0;
  for (let day = 1; day <= daysInMonth; day++) {
    const key = `${year}-${pad(month)}-${pad(day)}`;
    const n = countByDay.get(key) ?? 0;
    count += n;
    cells.push({ day, url: n ? ROUTES.day(key) : null, count: n });
    if (n) {
      const weekday = new Date(Date.UTC(year, month - 1, day)).getUTCDay();
      days.push({ heading: `${WEEKDAYS_NL[weekday]} ${day} ${monthName(month)}`, url: ROUTES.day(key), count: n });
    }
  }
  while (cells.length % 7 !== 0) cells.push(null);
  const weeks = Array.from({ length: cells.length / 7 }, (_, i) => cells.slice(i * 7, i * 7 + 7));
  const link = (key: string | undefined) => {
    if (!key) return null;
    const [y, m] = key.split("-").map(Number) as [number, number];
    return { name: `${monthName(m)} ${y}`, url: ROUTES.month(y, m) };
  };
  return {
    url: ROUTES.month(year, month),
    title: `${t.archive.title} ${monthName(month)} ${year}`,
    year,
    month,
    caption: `${t.archive.calendarCaption} ${monthName(month)} ${year}`,
    weekdays: ["ma", "di", "wo", "do", "vr", "za", "zo"],
    weeks,
    days,
    previous: link(previous),
    next: link(next),
    yearLink: { name: String(year), url: ROUTES.year(year) },
    count,
  };
}
