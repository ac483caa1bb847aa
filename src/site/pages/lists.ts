/**
 * Lists of reports (template `list`), newest first, LIST_PAGE_SIZE to a page: each section,
 * place and agency (grouped under day headings), each day with news (with its neighbouring days,
 * month and year), and the reports without a known date.
 */
import type { ArchiveItem } from "../../archive/index.js";
import { agencyId } from "../../archive/index.js";
import { dutchDayHeading, monthName } from "../dutch-dates.js";
import { listPageUrl, ROUTES } from "../routes.js";
import { dayContext, groupBy, needsTimeLegend, type PageFamily, type PlanContext } from "./context.js";
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
    const total = Math.max(1, Math.ceil(items.length / LIST_PAGE_SIZE));
    for (let n = 1; n <= total; n++) {
      const slice = items.slice((n - 1) * LIST_PAGE_SIZE, n * LIST_PAGE_SIZE);
      const groups = groupByDay ? groupByDayHeading(slice, context) : [{ heading: null, items: slice.map((i) => context.summary(i)), timeContext: dayContext(day) }];
      pages.push({
        ...head,
        title: n > 1 ? `${head.title} (${t.pagination.page.toLowerCase()} ${n})` : head.title,
        url: listPageUrl(baseUrl, n),
        groups,
        pagination: pagination(baseUrl, n, total),
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

/** Page `current` of `total`: links to the first and last page and two on either side. */
export function pagination(base: string, current: number, total: number): Pagination {
  const window = new Set([1, total, current - 2, current - 1, current, current + 1, current + 2].filter((n) => n >= 1 && n <= total));
  return {
    current,
    total,
    previous: current > 1 ? listPageUrl(base, current - 1) : null,
    next: current < total ? listPageUrl(base, current + 1) : null,
    pages: [...window].sort((a, b) => a - b).map((n) => ({ number: n, url: listPageUrl(base, n), current: n === current })),
  };
}
