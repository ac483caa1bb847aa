/**
 * Lists of reports (template `list`), newest first, LIST_PAGE_SIZE to a page, the pages counted
 * from the oldest so that they keep their reports as the archive grows (olderPageCount): each section,
 * place and agency (grouped under day headings), each day with news (with its neighbouring days,
 * month and year), and the reports without a known date.
 */
import type { ArchiveItem } from "../../archive/index.js";
import { agencyId } from "../../archive/index.js";
import { dutchDayHeading, monthName } from "../dutch-dates.js";
import { listPageUrl, ROUTES } from "../routes.js";
import { dayContext, needsTimeLegend, type PageFamily, type PlanContext } from "./context.js";
import { groupBy } from "../group-by.js";
import type { ListPage, Pagination } from "./types.js";

export const LIST_PAGE_SIZE = 40;

export const listPages: PageFamily = {
  name: "lists",
  plan: (context) => ({ list: listEntries(context) }),
};

type ListHead = Omit<ListPage, "url" | "groups" | "pagination" | "timeLegend">;

function listEntries(context: PlanContext): ListPage[] {
  const { t, archive, reports } = context;
  const pages: ListPage[] = [];
  // groupByDay: under day headings; else the day all the list's reports are of (a day page), or null.
  const paginate = (baseUrl: string, items: ArchiveItem[], head: ListHead, groupByDay: boolean, day: string | null = null) => {
    const older = olderPageCount(items.length);
    // The front page first (the newest reports), then the numbered pages from newest to oldest.
    for (const n of [0, ...Array.from({ length: older }, (_, i) => older - i)]) {
      const slice = n === 0 ? items.slice(0, items.length - older * LIST_PAGE_SIZE) : items.slice(items.length - n * LIST_PAGE_SIZE, items.length - (n - 1) * LIST_PAGE_SIZE);
      const groups = groupByDay ? groupByDayHeading(slice, context) : [{ heading: null, items: slice.map((i) => context.summary(i)), timeContext: dayContext(day) }];
      pages.push({
        ...head,
        title: n > 0 ? `${head.title} (${t.pagination.page.toLowerCase()} ${n})` : head.title,
        url: listPageUrl(baseUrl, n),
        groups,
        pagination: pagination(baseUrl, n, older),
        timeLegend: needsTimeLegend(...groups.map((g) => g.items)),
      });
    }
  };

  for (const section of archive.sections) {
    const items = reports.filter((i) => i.sectionId === section.id);
    paginate(ROUTES.section(section.id), items, {
      kind: "section",
      title: section.name,
      heading: section.name,
      intro: null,
      feeds: { atom: ROUTES.sectionFeedAtom(section.id), json: ROUTES.sectionFeedJson(section.id) },
      dayNavigation: null,
    }, true);
  }
  const byPlace = groupBy(reports, (i) => i.places);
  for (const place of archive.places) {
    paginate(ROUTES.place(place.id), byPlace.get(place.id) ?? [], {
      kind: "place",
      title: place.name,
      heading: place.name,
      intro: place.variants.length > 1 ? `Ook geschreven als ${place.variants.filter((v) => v !== place.name).join(", ")}.` : null,
      feeds: null,
      dayNavigation: null,
    }, true);
  }
  const byAgency = groupBy(reports, (i) => [...new Set(i.agencies.map(agencyId))]);
  for (const agency of archive.agencies) {
    paginate(ROUTES.agency(agency.id), byAgency.get(agency.id) ?? [], {
      kind: "agency",
      title: agency.name ? `${agency.name} (${agency.code})` : agency.code,
      heading: agency.name ? `${agency.name} (${agency.code})` : `${agency.code} (${t.lists.unknownAgency})`,
      intro: null,
      feeds: null,
      dayNavigation: null,
    }, true);
  }

  const { dayKeys } = context;
  dayKeys.forEach((key, index) => {
    const [y, m] = key.split("-").map(Number) as [number, number];
    const heading = `${t.archive.newsOn} ${context.dayHeading(key)}`;
    const previous = dayKeys[index - 1];
    const next = dayKeys[index + 1];
    paginate(ROUTES.day(key), context.reportsByDay.get(key)!, {
      kind: "day",
      title: heading,
      heading,
      intro: null,
      feeds: null,
      dayNavigation: {
        previous: previous ? { name: context.dayHeading(previous), url: ROUTES.day(previous) } : null,
        next: next ? { name: context.dayHeading(next), url: ROUTES.day(next) } : null,
        month: { name: `${monthName(m)} ${y}`, url: ROUTES.month(y, m) },
        year: { name: String(y), url: ROUTES.year(y) },
      },
    }, false, key);
  });
  if (context.undated.length > 0) {
    paginate(ROUTES.undated, context.undated, { kind: "undated", title: t.archive.undated, heading: t.archive.undated, intro: t.archive.undatedIntro, feeds: null, dayNavigation: null }, false);
  }
  return pages;
}

/** Reports under the heading of their day, in list order (undated ones under "Zonder datum"). */
function groupByDayHeading(items: ArchiveItem[], context: PlanContext): ListPage["groups"] {
  const groups: ListPage["groups"] = [];
  let currentKey: string | undefined | null = null;
  for (const item of items) {
    const key = context.dayKeyOf.get(item.id);
    if (groups.length === 0 || key !== currentKey) {
      groups.push({ heading: item.sortTime ? dutchDayHeading(item.sortTime) : context.t.archive.undated, items: [], timeContext: dayContext(key ?? null) });
      currentKey = key;
    }
    groups[groups.length - 1]!.items.push(context.summary(item));
  }
  return groups;
}

/**
 * Numbered pages behind a list's front page. Pages are counted from the oldest report, so that a
 * page keeps its reports (and its URL its contents) as newer reports come in: page 1 holds the
 * oldest LIST_PAGE_SIZE, page 2 the next, and the front page (the list's own URL) the newest,
 * between one and two pages' worth. A new report changes the front page only, until the front
 * page is full and a new numbered page begins (every LIST_PAGE_SIZE reports).
 */
export function olderPageCount(reports: number): number {
  return Math.max(0, Math.floor(reports / LIST_PAGE_SIZE) - 1);
}

/**
 * The pagination of page `current` (0: the front page) of a list with `total` numbered pages:
 * links in reading order (the front page, then the numbered pages from newest to oldest), with
 * the front page, the newest and the oldest numbered page and two on either side of this one.
 */
export function pagination(base: string, current: number, total: number): Pagination {
  // Reading order: 0, total, total - 1, ..., 1.
  const position = (n: number) => (n === 0 ? 0 : total - n + 1);
  const atPosition = (p: number) => (p === 0 ? 0 : total - p + 1);
  const here = position(current);
  const shown = new Set([0, 1, total, here - 2, here - 1, here, here + 1, here + 2].filter((p) => p >= 0 && p <= total));
  return {
    current,
    total,
    newer: here > 0 ? listPageUrl(base, atPosition(here - 1)) : null,
    older: here < total ? listPageUrl(base, atPosition(here + 1)) : null,
    pages: [...shown].sort((a, b) => a - b).map((p) => ({ number: atPosition(p), url: listPageUrl(base, atPosition(p)), current: p === here })),
  };
}
