/**
 * Unit tests of what the templates are given: Dutch dates and intervals (also across DST),
 * pagination, calendars, home grouping, sidebars, stories, feeds and sitemap splitting.
 */
import { describe, expect, it } from "vitest";
import { dutchDayHeading, listTimes, publicationDated, publicationParts, publicationText, timeText } from "../../src/site/dutch-dates.js";
import { buildSiteData, LIST_PAGE_SIZE, SITEMAP_MAX_URLS } from "../../src/site/view-model.js";
import { listPageUrl } from "../../src/site/routes.js";
import { buildArchive } from "../../src/archive/index.js";
import { parseCapture } from "../../src/wire/index.js";
import { exportDemo } from "../support/archive.js";
import type { RememberedItemPage, RememberedSummary } from "../../src/site/pages/context.js";

describe("Dutch dates and publication intervals", () => {
  it.each([
    ["2025-11-22T09:27:00+01:00", "2025-11-22T09:28:00+01:00", "zaterdag 22 november 2025 om 09:28"],
    ["2025-11-22T11:05:00+01:00", "2025-11-22T11:34:00+01:00", "zaterdag 22 november 2025 tussen 11:05 en 11:34"],
    [null, "2025-11-22T10:00:00+01:00", "uiterlijk 22 november 2025, 10:00"],
    ["2025-11-21T23:50:00+01:00", "2025-11-22T00:10:00+01:00", "tussen 21 november 2025, 23:50 en 22 november 2025, 00:10"],
    [null, null, "datum onbekend"],
    // Across the October switch: 00:40 summer time to 01:40 summer time is one real hour.
    ["2025-10-26T00:40:00+02:00", "2025-10-26T01:40:00+02:00", "zondag 26 oktober 2025 tussen 00:40 en 01:40"],
    // The same instants written in UTC are shown in Amsterdam time.
    ["2025-10-25T22:40:00Z", "2025-10-26T01:40:00Z", "zondag 26 oktober 2025 tussen 00:40 en 02:40"],
    ["2025-07-01T10:00:00Z", "2025-07-01T10:01:00Z", "dinsdag 1 juli 2025 om 12:01"],
  ])("(%s, %s) reads %j", (from, to, text) => {
    expect(publicationText(from, to)).toBe(text);
  });
  it("a date alone (the whole day, as the archive prints it) is that day, without clocks", () => {
    const [from, to] = ["2018-05-03T00:00:00+02:00", "2018-05-03T23:59:59+02:00"];
    expect(publicationText(from, to)).toBe("donderdag 3 mei 2018");
    expect(publicationParts(from, to)).toEqual([{ text: "donderdag 3 mei 2018", datetime: "2018-05-03", spoken: null }]);
    const t = listTimes(from, to);
    expect([timeText(t.ofDay), timeText(t.dated), timeText(t.withYear), t.precision]).toEqual(["die dag", "3 mei", "3 mei 2018", "day"]);
    expect(publicationDated(from, to)).toBe("3 mei 2018");
    // The same clocks a minute off, or on two days, are an interval as before.
    expect(publicationText("2018-05-03T00:00:00+02:00", "2018-05-03T23:58:59+02:00")).toBe("donderdag 3 mei 2018 tussen 00:00 en 23:58");
    expect(publicationText("2018-05-03T00:00:00+02:00", "2018-05-04T23:59:59+02:00")).toBe("tussen 3 mei 2018, 00:00 en 4 mei 2018, 23:59");
    // Across the October switch the day has 25 hours; still one day.
    expect(publicationText("2025-10-26T00:00:00+02:00", "2025-10-26T23:59:59+01:00")).toBe("zondag 26 oktober 2025");
  });
  it("list forms: the clock alone for a list that names the day, else with day and month, or with the year", () => {
    const forms = (from: string | null, to: string | null) => {
      const t = listTimes(from, to);
      return [timeText(t.ofDay), timeText(t.dated), timeText(t.withYear), t.precision];
    };
    expect(forms("2025-11-22T09:27:00+01:00", "2025-11-22T09:28:00+01:00")).toEqual(["09:28", "22 nov. 09:28", "22 nov. 2025 09:28", "exact"]);
    expect(forms("2025-11-22T11:05:00+01:00", "2025-11-22T11:34:00+01:00")).toEqual(["11:05–11:34", "22 nov. 11:05–11:34", "22 nov. 2025 11:05–11:34", "interval"]);
    expect(forms(null, "2025-05-22T10:00:00+02:00")).toEqual(["uiterlijk 10:00", "uiterlijk 22 mei 10:00", "uiterlijk 22 mei 2025 10:00", "upper"]);
    // Across midnight both days are named, even where the list names one of them.
    expect(forms("2025-11-21T18:10:00+01:00", "2025-11-22T17:20:00+01:00")).toEqual(["21 nov. 18:10 – 22 nov. 17:20", "21 nov. 18:10 – 22 nov. 17:20", "21 nov. 2025 18:10 – 22 nov. 2025 17:20", "interval"]);
    expect(forms("2025-11-22T10:00:00+01:00", null)).toEqual(["na 22 nov. 10:00", "na 22 nov. 10:00", "na 22 nov. 2025 10:00", "lower"]);
    expect(forms(null, null)).toEqual(["datum onbekend", "datum onbekend", "datum onbekend", "unknown"]);
  });
  it("marks each known end as an instant and reads the dash of an interval as 'tot'", () => {
    const { ofDay } = listTimes("2025-11-22T11:05:00+01:00", "2025-11-22T11:34:00+01:00");
    expect(ofDay).toEqual([
      { text: "11:05", datetime: "2025-11-22T11:05:00+01:00", spoken: null },
      { text: "–", datetime: null, spoken: " tot " },
      { text: "11:34", datetime: "2025-11-22T11:34:00+01:00", spoken: null },
    ]);
    expect(publicationParts(null, "2025-11-22T10:00:00+01:00")).toEqual([
      { text: "uiterlijk ", datetime: null, spoken: null },
      { text: "22 november 2025, 10:00", datetime: "2025-11-22T10:00:00+01:00", spoken: null },
    ]);
  });
  it("weekday headings for every day of a week, whatever TZ the machine has", () => {
    const days = ["2025-11-17", "2025-11-18", "2025-11-19", "2025-11-20", "2025-11-21", "2025-11-22", "2025-11-23"].map((d) => dutchDayHeading(`${d}T00:30:00+01:00`));
    expect(days).toEqual([
      "maandag 17 november 2025", "dinsdag 18 november 2025", "woensdag 19 november 2025", "donderdag 20 november 2025",
      "vrijdag 21 november 2025", "zaterdag 22 november 2025", "zondag 23 november 2025",
    ]);
  });
});

/** An archive of `n` briefs in one section, one per 10 minutes from a start time. */
function syntheticArchive(n: number) {
  const records = Array.from({ length: n }, (_, i) => {
    const minute = 10 * i;
    const at = new Date(Date.parse("2025-11-20T06:00:00Z") + minute * 60_000).toISOString().replace(".000Z", "Z");
    const text = `---\ncaptured: ${at}\n---\nKop nummer ${i}\n\nZWOLLE (ANP) - Bericht nummer ${i} over de stad Zwolle, met een eigen zin ${i}.\n\nMeer uit Binnenland\n`;
    return parseCapture(text, { source: `c${String(i).padStart(4, "0")}.txt` });
  });
  return buildArchive(records);
}

describe("site data", () => {
  it("paginates a section from its oldest report: numbered pages of 40 that keep their reports, the newest 40 to 79 on the front page", () => {
    const sectionPages = (n: number) => buildSiteData(syntheticArchive(n), { baseUrl: "https://x.nl", pathPrefix: "/", pages: [] }).pages.list.filter((p) => p.kind === "section");
    const headlines = (page: { groups: { items: { headline: string }[] }[] }) => page.groups.flatMap((g) => g.items.map((i) => i.headline));
    expect(LIST_PAGE_SIZE).toBe(40);
    const pages = sectionPages(135);
    expect(pages.map((p) => p.url)).toEqual(["/rubriek/binnenland/", "/rubriek/binnenland/pagina/2/", "/rubriek/binnenland/pagina/1/"]);
    expect(pages.map((p) => headlines(p).length)).toEqual([55, 40, 40]);
    // Newest first on every page; page 1 ends with the oldest report.
    expect(headlines(pages[0]!)[0]).toBe("Kop nummer 134");
    expect(headlines(pages[2]!).at(-1)).toBe("Kop nummer 0");
    expect(headlines(pages[1]!)).toEqual(Array.from({ length: 40 }, (_, i) => `Kop nummer ${79 - i}`));
    expect(pages[0]!.pagination).toMatchObject({ current: 0, total: 2, newer: null, older: "/rubriek/binnenland/pagina/2/" });
    expect(pages[1]!.pagination).toMatchObject({ current: 2, total: 2, newer: "/rubriek/binnenland/", older: "/rubriek/binnenland/pagina/1/" });
    expect(pages[2]!.pagination).toMatchObject({ current: 1, older: null });
    expect(pages[1]!.title).toBe("Binnenland (pagina 2)");
    expect(listPageUrl("/plaats/x/", 0)).toBe("/plaats/x/");
    // Newest first, grouped under day headings.
    expect(pages[0]!.groups[0]!.heading).toMatch(/^\w+dag \d+ november 2025$/);

    // More reports: the numbered pages keep what they hold until the front page is full.
    for (const n of [136, 159]) {
      const grown = sectionPages(n);
      expect(grown.length).toBe(3);
      expect(grown.slice(1)).toEqual(pages.slice(1));
    }
    const next = sectionPages(160);
    expect(next.map((p) => headlines(p).length)).toEqual([40, 40, 40, 40]);
    expect(headlines(next[2]!)).toEqual(headlines(pages[1]!));
    expect(headlines(next[3]!)).toEqual(headlines(pages[2]!));
    // A short list is one page, without pagination.
    expect(sectionPages(79).map((p) => p.pagination.total)).toEqual([0]);
    expect(sectionPages(80).map((p) => p.url)).toEqual(["/rubriek/binnenland/", "/rubriek/binnenland/pagina/1/"]);
  });

  it("gives day pages previous and next days with news, and months a Monday-first calendar", () => {
    const { pages: site } = buildSiteData(syntheticArchive(400), { baseUrl: "https://x.nl", pathPrefix: "/", pages: [] });
    const days = site.list.filter((p) => p.kind === "day" && p.pagination.current === 0);
    expect(days.map((d) => d.url)).toEqual(["/archief/2025/11/20/", "/archief/2025/11/21/", "/archief/2025/11/22/", "/archief/2025/11/23/"]);
    expect(days[1]!.dayNavigation).toMatchObject({ previous: { url: "/archief/2025/11/20/" }, next: { url: "/archief/2025/11/22/" }, month: { url: "/archief/2025/11/" } });
    const [november] = site.month;
    expect(november!.weeks[0]!.slice(0, 6)).toEqual([null, null, null, null, null, { day: 1, url: null, count: 0 }]);
    expect(november!.weeks.flat().filter((c) => c?.url).map((c) => c!.day)).toEqual([20, 21, 22, 23]);
    expect(site.year.map((y) => y.url)).toEqual(["/archief/2025/"]);
  });

  it("splits the sitemap into parts of 50,000 URLs with an index when the site is larger", () => {
    expect(SITEMAP_MAX_URLS).toBe(50_000);
    const { pages: small } = buildSiteData(syntheticArchive(3), { baseUrl: "https://x.nl", pathPrefix: "/sub/", pages: [] });
    expect(small.sitemap).toHaveLength(1);
    expect(small["sitemap-index"]).toEqual([]);
    expect(small.sitemap[0]!.urls).toContain("https://x.nl/sub/archief/");
  });

  it("shows an article's sidebar as captured, its lead brief, its story and dating evidence", async () => {
    const archive = await exportDemo();
    const { pages: site } = buildSiteData(archive, { baseUrl: "https://x.nl", pathPrefix: "/", pages: [] });
    const ducks = site.item.find((a) => a.kind === "article" && a.headline === "Teller op Terschelling staat op 9000 badeendjes")!;
    expect(ducks.sidebar!.heading).toBe("Meer uit Binnenland");
    expect(ducks.sidebar!.items[0]!.headline).toBe("Alle alpaca's terug in de wei");
    expect(ducks.briefs).toHaveLength(1);
    expect(ducks.story!.items.filter((i) => i.id === ducks.id)).toHaveLength(1);
    expect(ducks.dateline!.places).toEqual([{ name: "TERSCHELLING", url: "/plaats/terschelling/" }]);
    expect(ducks.dateline!.agencies).toEqual([{ name: "ANP", url: "/persbureau/anp/" }]);
    expect(ducks.blocks.filter((b) => b.kind === "h2").map((b) => b.text)).toEqual(["Vrijwilligers op het strand"]);
    const lead = site.item.find((b) => b.id === ducks.briefs[0]!.id)!;
    expect(lead.article).toEqual({ id: ducks.id, name: ducks.headline, url: ducks.url });
    // Pages share what they both show: the story line is one object.
    expect(lead.story).toBe(ducks.story);
    expect(lead.evidence.length).toBeGreaterThan(0);
    expect(lead.evidence[0]).toMatchObject({ role: "sidebar", posting: 1 });
  });
});

describe("the update time a captured page states", () => {
  const page = (captured: string, update: string) =>
    parseCapture(`---\ncaptured: ${captured}\n---\nZomerbrug weer open\n\ndinsdag 1 juli 2025 - 08:05 uur\n\nLaatste update: ${update}\n\nDEVENTER (ANP) - De Zomerbrug over de IJssel is weer opengegaan voor fietsers na twee weken onderhoud.\n`, { source: "a.txt" });
  const entryOf = (captured: string, update: string) => {
    const { pages } = buildSiteData(buildArchive([page(captured, update)]), { baseUrl: "https://x.nl", pathPrefix: "/", pages: [] });
    return { entry: pages.item[0]!, feed: pages["feed-atom"][0]!, jsonFeed: JSON.parse(pages["feed-json"][0]!.json) };
  };
  it("is shown beside the publication, to the minute, and is the report's dateModified and its feed entry's updated", () => {
    const { entry, feed, jsonFeed } = entryOf("2025-07-01T12:00:00+02:00", "1 juli 2025 11:15");
    expect(timeText(entry.pageUpdatedParts!)).toBe("dinsdag 1 juli 2025 om 11:15");
    expect(entry.pageUpdatedParts!.find((p) => p.datetime)!.datetime).toBe("2025-07-01T11:15:00+02:00");
    expect(JSON.parse(entry.jsonLd)).toMatchObject({ dateModified: "2025-07-01T11:15:00+02:00" });
    // Published at 08:05 by its date line; the feed entry was last changed at 11:15.
    expect(feed.entries[0]).toMatchObject({ published: "2025-07-01T08:05:59+02:00", updated: "2025-07-01T11:15:00+02:00" });
    expect(jsonFeed.items[0]).toMatchObject({ date_published: "2025-07-01T08:05:59+02:00", date_modified: "2025-07-01T11:15:00+02:00" });
  });
  it("a date alone is shown as that day, with the day as its datetime, and is no dateModified", () => {
    const { entry } = entryOf("2025-07-02T12:00:00+02:00", "1 juli 2025");
    expect(timeText(entry.pageUpdatedParts!)).toBe("dinsdag 1 juli 2025");
    expect(entry.pageUpdatedParts!.find((p) => p.datetime)!.datetime).toBe("2025-07-01");
    expect(JSON.parse(entry.jsonLd).dateModified).toBeUndefined();
  });
  it("is absent from a report whose pages state none", async () => {
    const { pages } = buildSiteData(await exportDemo(), { baseUrl: "https://x.nl", pathPrefix: "/", pages: [] });
    for (const entry of pages.item) if (entry.pageUpdatedParts === null) expect(JSON.parse(entry.jsonLd).dateModified, entry.url).toBeUndefined();
    expect(pages.item.filter((e) => e.pageUpdatedParts === null).length).toBeGreaterThan(100);
  });
});

describe("ids that must not collide (found by fuzzing)", () => {
  it("agency codes that fold alike get different ids", async () => {
    const { agencyId } = await import("../../src/archive/index.js");
    expect(agencyId("RTR")).toBe("rtr");
    expect(agencyId("MEER UIT")).not.toBe(agencyId("MEER-UIT"));
    expect(agencyId("MEER UIT")).toMatch(/^meer-uit-[0-9a-z]{6}$/);
  });
  it("a Markdown page cannot take a path the archive uses, or another page's path", async () => {
    const { mkdtempSync, writeFileSync } = await import("node:fs");
    const { tmpdir } = await import("node:os");
    const { join } = await import("node:path");
    const { readMarkdownPages } = await import("../../src/site/markdown-pages.js");
    const dir = mkdtempSync(join(tmpdir(), "draad-pages-"));
    writeFileSync(join(dir, "archief.md"), "# Archief\n");
    writeFileSync(join(dir, "a.md"), "---\nslug: over\n---\n# Een\n");
    writeFileSync(join(dir, "over.md"), "# Twee\n");
    const { pages, diagnostics } = await readMarkdownPages(dir);
    expect(pages.map((p) => p.url)).toEqual(["/over/"]);
    expect(diagnostics.map((d) => d.file.split("/").pop())).toEqual(["archief.md", "over.md"]);
  });
});

describe("counts that agree with the lists", async () => {
  const archive = await exportDemo();
  const { pages } = buildSiteData(archive, { baseUrl: "https://x.nl", pathPrefix: "/", pages: [] });
  /** Reports a list shows over all its pages, by the URL of its first page. */
  const shown = new Map<string, number>();
  for (const list of pages.list) {
    const first = list.url.replace(/pagina\/\d+\/$/, "");
    shown.set(first, (shown.get(first) ?? 0) + list.groups.reduce((n, g) => n + g.items.length, 0));
  }
  it("every section, place and agency count on an index page is the number of reports its list shows", () => {
    const counted = [
      ...pages.sections[0]!.sections.map((s) => [s.url, s.count] as const),
      ...pages.places[0]!.groups.flatMap((g) => g.places.map((p) => [p.url, p.count] as const)),
      ...pages.agencies[0]!.agencies.map((a) => [a.url, a.count] as const),
    ];
    expect(counted.length).toBeGreaterThan(50);
    const wrong = counted.filter(([url, count]) => shown.get(url) !== count).map(([url, count]) => `${url}: says ${count}, lists ${shown.get(url)}`);
    expect(wrong).toEqual([]);
    // The demo has lead briefs, which its old counts included and its lists do not.
    expect(pages.sections[0]!.sections.find((s) => s.name === "Binnenland")!.count).toBe(shown.get("/rubriek/binnenland/"));
  });
});

describe("the places index", async () => {
  const archive = await exportDemo();
  const { pages } = buildSiteData(archive, { baseUrl: "https://x.nl", pathPrefix: "/", pages: [] });
  it("sorts 's-Hertogenbosch under H, as Dutch sorts it", () => {
    const groups = pages.places[0]!.groups;
    const h = groups.find((g) => g.letter === "H")!.places.map((p) => p.name);
    expect(h).toContain("'s-Hertogenbosch");
    expect(groups.find((g) => g.letter === "S")?.places.map((p) => p.name) ?? []).not.toContain("'s-Hertogenbosch");
    expect(h.indexOf("'s-Hertogenbosch")).toBeLessThan(h.indexOf("Hoorn"));
  });
});

describe("report summaries kept from the last build (draad serve)", async () => {
  const { PlanContext } = await import("../../src/site/pages/context.js");
  const archive = await exportDemo();
  const options = { baseUrl: "https://example.org", pathPrefix: "/", pages: [] };
  const item = archive.items.find((i) => i.places.length > 0 && i.kind === "brief")!;

  it("hands out the last build's summary object when nothing it is made of changed", () => {
    const remembered = new Map();
    const first = new PlanContext(archive, { ...options, summaries: remembered }).summary(item);
    // A later merge copies the item (src/archive/item-memo.ts): a new object, the same texts.
    const again = new PlanContext({ ...archive, items: archive.items.map((i) => ({ ...i })) }, { ...options, summaries: remembered }).summary({ ...item });
    expect(again).toBe(first);
  });

  it.each([
    ["headline", (i: (typeof archive.items)[number]) => ({ ...i, headline: `${i.headline} (bijgewerkt)` })],
    ["interval", (i: (typeof archive.items)[number]) => ({ ...i, publishedFrom: null })],
    ["section", (i: (typeof archive.items)[number]) => ({ ...i, section: "Opmerkelijk", sectionId: "opmerkelijk" })],
    ["texts", (i: (typeof archive.items)[number]) => ({ ...i, paragraphs: ["Een andere tekst.", ...i.paragraphs] })],
    ["versions", (i: (typeof archive.items)[number]) => ({ ...i, versions: i.versions.length > 1 ? i.versions.slice(0, 1) : [...i.versions, ...archive.items.flatMap((o) => o.versions).slice(0, 2)] })],
  ])("makes it again when its %s changed, as a plan without memory does", (_what, change) => {
    const remembered = new Map();
    const first = new PlanContext(archive, { ...options, summaries: remembered }).summary(item);
    const changed = change(item);
    const changedArchive = { ...archive, items: archive.items.map((i) => (i.id === item.id ? changed : i)) };
    const again = new PlanContext(changedArchive, { ...options, summaries: remembered }).summary(changed);
    expect(again).not.toBe(first);
    expect(again).toEqual(new PlanContext(changedArchive, options).summary(changed));
  });

  it("follows a renamed place, and forgets items that are gone", () => {
    const remembered = new Map();
    new PlanContext(archive, { ...options, summaries: remembered }).summary(item);
    const renamed = { ...archive, places: archive.places.map((p) => (p.id === item.places[0] ? { ...p, name: "Anderstad" } : p)) };
    expect(new PlanContext(renamed, { ...options, summaries: remembered }).summary(item).place).toContain("Anderstad");
    new PlanContext({ ...archive, items: archive.items.filter((i) => i.id !== item.id) }, { ...options, summaries: remembered });
    expect(remembered.has(item.id)).toBe(false);
  });
});

describe("report page entries kept from the last build (draad serve)", async () => {
  const { planSite } = await import("../../src/site/view-model.js");
  const archive = await exportDemo();
  const options = { baseUrl: "https://example.org", pathPrefix: "/", pages: [] };
  type Item = (typeof archive.items)[number];
  /** A later merge: every item a copy, with copies of what linking and relating write (src/archive/item-memo.ts). */
  const merged = (change: (item: Item) => Item = (i) => i) => ({
    ...archive,
    items: archive.items.map((i) => change({ ...i, briefIds: [...i.briefIds], related: [...i.related], postings: i.postings.map((p) => ({ ...p })) })),
  });
  const entries = (a: typeof archive, memory: { summaries: Map<string, RememberedSummary>; itemPages: Map<string, RememberedItemPage> }) => {
    const item = planSite(a, { ...options, ...memory }).pages.item as unknown as { sources: Item[]; entryOf(i: Item): { headline: string; evidence: unknown[] } };
    return new Map(item.sources.map((s) => [s.id, item.entryOf(s)]));
  };

  it("hands out the same entry objects for unchanged items, and makes a changed one again as a plan without memory does", () => {
    const memory = { summaries: new Map<string, RememberedSummary>(), itemPages: new Map<string, RememberedItemPage>() };
    const first = entries(archive, memory);
    const again = entries(merged(), memory);
    for (const [id, entry] of first) expect(again.get(id), id).toBe(entry);
    const target = archive.items.find((i) => i.sightings.length > 1)!;
    const changes: [string, (i: Item) => Item][] = [
      ["a sighting less", (i) => ({ ...i, sightings: i.sightings.slice(1) })],
      ["a sighting changed in a copy of the list", (i) => ({ ...i, sightings: i.sightings.map((s, n) => (n === 0 ? { ...s, age: "99 uur geleden" } : s)) })],
      ["a related item more", (i) => ({ ...i, related: [...i.related, archive.items.find((o) => o.id !== i.id && !i.related.includes(o.id))!.id] })],
    ];
    for (const [what, change] of changes) {
      // Each change against the unchanged site's memory.
      expect(entries(merged(), memory).get(target.id)).toEqual(first.get(target.id));
      const changedArchive = merged((i) => (i.id === target.id ? change(i) : i));
      const changed = entries(changedArchive, memory).get(target.id)!;
      expect(changed, what).not.toBe(first.get(target.id));
      expect(changed, what).toEqual(entries(changedArchive, { summaries: new Map<string, RememberedSummary>(), itemPages: new Map<string, RememberedItemPage>() }).get(target.id));
    }
  });
});
