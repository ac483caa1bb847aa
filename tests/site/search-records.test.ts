/**
 * What draad hands to Pagefind, and what the search page makes of it (issue #11): meta and filter
 * values HTML-escaped, the display date out of the word index, the content as the text it is, a
 * sort key for every report; and the search page's own decoding and excerpts (the pure functions
 * of templates/assets/search.js, run here in Node) turn all of it back into exactly the text the
 * captures hold.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { searchRecords } from "../../src/site/build.js";
import { publicationDated } from "../../src/site/dutch-dates.js";
import { escapeHtml, outOfIndex } from "../../src/site/search-text.js";
import { entriesOf, planSite } from "../../src/site/view-model.js";
import { searchBundlePaths, searchBundleReach, searchBundleSizes } from "../../src/site/pages/fixed-pages.js";
import { reachTexts } from "../../src/site/templates/search.js";
import { TEXT_NL } from "../../src/site/text-nl.js";
import { buildArchive } from "../../src/archive/index.js";
import { parseCapture } from "../../src/wire/index.js";
import { HOSTILE_MARKUP, sinkArchive } from "../support/sinks.js";

interface Piece {
  text: string;
  marked: boolean;
}
interface SearchPageModule {
  unescapeHtml(text: string): string;
  fromOutOfIndex(value: unknown): string;
  resultText(content: string, title: string, locations: number[], leadWords?: number): { headline: Piece[]; excerpt: Piece[]; cutBefore: boolean; cutAfter: boolean };
  fillIn(text: string, values: Record<string, unknown>): string;
  isSitePath(url: unknown): boolean;
}
const searchPage = (await import("../../templates/assets/search.js" as string)) as SearchPageModule;

const archive = sinkArchive();
const plan = planSite(archive, { baseUrl: "https://x.nl", pathPrefix: "/", pages: [] });
const records = [...searchRecords(plan)];
const byUrl = new Map(archive.items.map((i) => [i.url, i]));

describe("search records of hostile captures", () => {
  it("has one record per report, the content as written", () => {
    expect(records.length).toBe(archive.items.length);
    const contents = records.map((r) => r.content).join("\n");
    for (const markup of ["<img src=x onerror=alert(1)>", "<svg onload=alert(1)>", "<details open ontoggle=alert(1)>", "</script><script>alert(1)</script>", "&amp;", "&lt;img"]) {
      expect(contents).toContain(markup);
    }
  });

  it("HTML-escapes every meta and filter value, and the search page decodes them back to the archive's text", () => {
    const decoded: string[] = [];
    for (const record of records) {
      const item = byUrl.get(record.url)!;
      const values = [record.meta.title!, ...Object.values(record.filters).flat()];
      for (const value of values) {
        expect(value, record.url).not.toMatch(/[<>"']/);
        expect(escapeHtml(searchPage.unescapeHtml(value)), "escaped exactly once").toBe(value);
        decoded.push(searchPage.unescapeHtml(value));
      }
      expect(searchPage.unescapeHtml(record.meta.title!)).toBe(item.headline);
      expect(searchPage.unescapeHtml(record.filters.rubriek?.[0] ?? "")).toBe(item.section ?? "");
    }
    // The markup arrived in every kind of value: section (Meer uit, front matter), place, agency, headline.
    for (const expected of ["<img src=x onerror=alert(document.domain)>", "<svg onload=alert(1)>Binnenland</svg>", "<b onmouseover=alert(1)>Economie</b>", "<img Src=x Onerror=alert(1)>", "<SVG ONLOAD=ALERT(1)>", "</script><script>alert(1)</script> Schaapherder zoekt opvolger"]) {
      expect(decoded).toContain(expected);
    }
  });

  it("keeps the display date and the excerpt's start out of the word index: hex words the search page decodes", () => {
    for (const record of records) {
      const item = byUrl.get(record.url)!;
      expect(record.meta.datum).toMatch(/^x(?:[0-9a-f]{2})+$/);
      expect(record.meta.aanhef).toMatch(/^x(?:3[0-9])+$/);
      expect(searchPage.fromOutOfIndex(record.meta.datum)).toBe(publicationDated(item.publishedFrom, item.publishedTo));
    }
    expect(searchPage.fromOutOfIndex(records[0]!.meta.datum)).toBe("uiterlijk 22 november 2025, 13:00");
    expect(Object.keys(records[0]!.meta).sort()).toEqual(["aanhef", "datum", "title"]);
  });

  it("gives every report a sort key in the archive's order, undated ones last (Pagefind drops records without one)", () => {
    expect(records.map((r) => Number(r.sort.datum))).toEqual(records.map((_, i) => records.length - i));
    const undated = records.find((r) => byUrl.get(r.url)!.sortTime === null);
    expect(undated, "the sinks have a capture without a capture time").toBeDefined();
    expect(undated!.sort.datum).toBe("1");
  });
});

describe("the search page's decoding and excerpts", () => {
  it("unescapeHtml undoes escapeHtml, one level only", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => searchPage.unescapeHtml(escapeHtml(text)) === text));
    expect(searchPage.unescapeHtml("&amp;lt;b&amp;gt;")).toBe("&lt;b&gt;");
    expect(searchPage.unescapeHtml("&#60;&nbsp;")).toBe("&#60;&nbsp;");
  });

  it("fromOutOfIndex undoes outOfIndex, and gives nothing for anything else", () => {
    fc.assert(fc.property(fc.string({ unit: "binary" }), (text) => searchPage.fromOutOfIndex(outOfIndex(text)) === text));
    for (const value of ["", "x1", "xzz", "3232", "<img src=x>", null, 7]) expect(searchPage.fromOutOfIndex(value)).toBe("");
  });

  it("builds headline and excerpt from the content's words, marking the matched ones, as text", () => {
    const title = "Bakker &amp; zoon <b>x</b> bakt &lt;img src=x onerror=alert(1)&gt; taart";
    const content = `${title} ASSEN (ANP) - Bakkerij Bakker &amp; zoon bakt een taart met <b>x</b> erop en <img src=x onerror=alert(1)> als slagroom.`;
    const words = content.split(" ");
    const taart = words.flatMap((w, i) => (w === "taart" ? [i] : []));
    const text = searchPage.resultText(content, title, taart);
    expect(text.headline.map((p) => p.text).join(" ")).toBe(title);
    expect(text.headline.filter((p) => p.marked).map((p) => p.text)).toEqual(["taart"]);
    const excerpt = text.excerpt.map((p) => p.text).join(" ");
    expect(excerpt).toContain("<b>x</b>");
    expect(excerpt).toContain("&amp; zoon");
    expect(excerpt).toContain("<img src=x onerror=alert(1)>");
    expect(text.excerpt.filter((p) => p.marked).map((p) => p.text)).toEqual(["taart"]);
    expect(text.cutBefore).toBe(false);
    // A title that is not the start of the content is shown whole, unmarked.
    expect(searchPage.resultText("Iets anders hier", "Kop", [0]).headline).toEqual([{ text: "Kop", marked: false }]);
  });

  it("cuts a long excerpt around the matches", () => {
    const words = Array.from({ length: 200 }, (_, i) => `w${i}`);
    const text = searchPage.resultText(`Kop ${words.join(" ")}`, "Kop", [150]);
    expect(text.cutBefore).toBe(true);
    expect(text.cutAfter).toBe(true);
    expect(text.excerpt.find((p) => p.marked)?.text).toBe("w149");
    expect(text.excerpt.map((p) => p.text).join(" ").split(" ")).toHaveLength(30);
  });

  it("fills in interface texts literally and links only to paths on the site", () => {
    expect(searchPage.fillIn("{n} voor ‘{q}’", { n: 2, q: "$&<b>$1" })).toBe("2 voor ‘$&<b>$1’");
    for (const url of ["/artikel/x-1/", "/sub/kort/y-2/"]) expect(searchPage.isSitePath(url), url).toBe(true);
    for (const url of ["//evil.example/", "/\\evil.example/", "javascript:alert(1)", "https://evil.example/", " /x/", "", null]) expect(searchPage.isSitePath(url), String(url)).toBe(false);
  });

  it("has the hostile pieces the browser test looks for", () => {
    expect(HOSTILE_MARKUP.every((m) => records.some((r) => r.content.includes(m)) || archive.sections.some((s) => s.name.includes(m)))).toBe(true);
  });
});

describe("the search bundles' reach (what a search that stopped early has searched)", () => {
  const reports = [
    { sortTime: "2026-11-30T10:00:00Z" },
    { sortTime: "2026-11-29T10:00:00Z" },
    { sortTime: "2026-11-28T23:30:00Z" },
    { sortTime: "2026-10-01T08:00:00Z" },
    { sortTime: null },
  ];

  it("gives each bundle its number of reports and the time of its oldest, newest bundle first, the newest holding what is left over", () => {
    expect(searchBundleReach(reports, 2)).toEqual([
      { reports: 1, oldest: "2026-11-30T10:00:00Z" },
      { reports: 2, oldest: "2026-11-28T23:30:00Z" },
      { reports: 2, oldest: null },
    ]);
    expect(searchBundleSizes(5, 2)).toEqual([1, 2, 2]);
    expect(searchBundleSizes(4, 2)).toEqual([2, 2]);
    expect(searchBundleSizes(0, 2)).toEqual([0]);
    expect(searchBundleReach([], 2)).toEqual([{ reports: 0, oldest: null }]);
  });

  it("says, for every bundle but the last, how many of the newest reports were searched and back to which Amsterdam day", () => {
    const ts = TEXT_NL.search;
    // 23:30 UTC on 28 November is 29 November in Amsterdam.
    expect(reachTexts(searchBundleReach(reports, 3), ts)).toEqual(["Nog niet alles doorzocht: alleen de nieuwste 2 berichten, tot 29 november 2026 terug."]);
    expect(reachTexts(searchBundleReach(reports.slice(1), 3), ts)).toEqual(["Nog niet alles doorzocht: alleen de nieuwste 1 berichten, tot 29 november 2026 terug."]);
    expect(reachTexts([{ reports: 15_000, oldest: "2026-11-29T10:00:00Z" }, { reports: 15_000, oldest: null }, { reports: 4, oldest: null }], ts)).toEqual([
      "Nog niet alles doorzocht: alleen de nieuwste 15.000 berichten, tot 29 november 2026 terug.",
      "Nog niet alles doorzocht: alleen de nieuwste 30.000 berichten.",
    ]);
    // A part made before reach was recorded: nothing said rather than a wrong number.
    expect(reachTexts([{ reports: 0, oldest: null }, { reports: 10, oldest: "2026-11-29T10:00:00Z" }, { reports: 1, oldest: null }], ts)).toEqual(["", ""]);
    expect(reachTexts(searchBundleReach(reports, 10), ts)).toEqual([]);
  });

  it("cuts the bundles from the oldest report on, so a newer report leaves every older bundle's reports and name as they were", () => {
    // Reports in archive order (newest first) by their place counted from the oldest.
    const bundlesOf = (count: number, perBundle: number) => {
      const paths = searchBundlePaths(count, perBundle);
      const bundles = new Map<string, number[]>();
      let start = 0;
      for (const [i, size] of searchBundleSizes(count, perBundle).entries()) {
        bundles.set(paths[i]!, Array.from({ length: size }, (_, k) => count - (start + k)));
        start += size;
      }
      return bundles;
    };
    for (const perBundle of [1, 2, 3, 7]) {
      for (let count = 1; count < 20; count++) {
        const before = bundlesOf(count, perBundle);
        const after = bundlesOf(count + 1, perBundle);
        const changed = [...after].filter(([path, ranks]) => JSON.stringify(before.get(path)) !== JSON.stringify(ranks)).map(([path]) => path);
        // Only the bundle that takes the new report differs; the newest bundle is listed first.
        expect(changed).toEqual([searchBundlePaths(count + 1, perBundle)[0]]);
        expect(searchBundlePaths(count + 1, perBundle).at(-1)).toBe("/pagefind/");
      }
    }
  });

  it("plans the search page with one reach per bundle, in the bundles' order", () => {
    const split = planSite(archive, { baseUrl: "https://x.nl", pathPrefix: "/", pages: [], searchBundleRecords: 1 });
    const page = entriesOf(split.pages, "search")[0]!;
    expect(page.bundles.length).toBe(split.reports.length);
    expect(page.reach.map((r) => r.reports)).toEqual(split.reports.map(() => 1));
    expect(page.reach.map((r) => r.oldest)).toEqual(split.reports.map((r) => r.sortTime));
  });
});

describe("a search record of a brief whose headline is its first sentence", () => {
  const capture = [
    "Kop van het artikel over de brug",
    "ZWOLLE (ANP) - De brug over de rivier gaat volgende week een dag dicht voor onderhoud.",
    "Meer uit Binnenland",
    "DEVENTER (ANP) - Een eend heeft vrijdag met zeven kuikens de brug over de IJssel overgestoken. Het verkeer stond even stil.",
    "2 uur geleden",
    "KAMPEN (ANP) - Waarom staat de stadsklok al een week stil? De gemeente zoekt een klokkenmaker.",
    "3 uur geleden",
    "",
  ].join("\n");
  const built = buildArchive([parseCapture(`---\ncaptured: 2026-11-20T12:00:00Z\n---\n${capture}`, { source: "brug.txt" })]);
  const briefPlan = planSite(built, { baseUrl: "https://x.nl", pathPrefix: "/", pages: [] });
  const contentOf = (headline: string) => [...searchRecords(briefPlan)].find((r) => r.content.startsWith(headline))?.content;

  it("holds the sentence once: as the headline, not again at the start of the text", () => {
    const eend = built.items.find((i) => i.headline.startsWith("Een eend"))!;
    expect(eend.headlineSource).toBe("first-sentence");
    expect(contentOf(eend.headline)).toBe("Een eend heeft vrijdag met zeven kuikens de brug over de IJssel overgestoken\nDEVENTER (ANP) - Het verkeer stond even stil.");
    const klok = built.items.find((i) => i.headline.startsWith("Waarom"))!;
    expect(klok.headline).toBe("Waarom staat de stadsklok al een week stil?");
    expect(contentOf(klok.headline)).toBe("Waarom staat de stadsklok al een week stil?\nKAMPEN (ANP) - De gemeente zoekt een klokkenmaker.");
    // A headline of its own: the text stays whole.
    expect(contentOf("Kop van het artikel over de brug")).toBe("Kop van het artikel over de brug\nZWOLLE (ANP) - De brug over de rivier gaat volgende week een dag dicht voor onderhoud.");
  });

  it("gives lists a lead that does not repeat it either", () => {
    const summaries = entriesOf(briefPlan.pages, "list").flatMap((p) => p.groups.flatMap((g) => g.items));
    expect(summaries.find((s) => s.headline.startsWith("Een eend"))!.lead).toBe("Het verkeer stond even stil.");
    expect(summaries.find((s) => s.headline.startsWith("Waarom"))!.lead).toBe("De gemeente zoekt een klokkenmaker.");
    expect(summaries.find((s) => s.headline.startsWith("Kop van het artikel"))!.lead).toBe("De brug over de rivier gaat volgende week een dag dicht voor onderhoud.");
  });

  it("gives an excerpt that starts after the headline and the dateline, repeating neither", () => {
    const record = [...searchRecords(briefPlan)].find((r) => r.content.startsWith("Een eend"))!;
    const words = record.content.split(/\s+/);
    const lead = Number(searchPage.fromOutOfIndex(record.meta.aanhef));
    // "Een eend ... overgestoken" (13 words) and "DEVENTER (ANP) -" (3).
    expect(lead).toBe(16);
    const text = searchPage.resultText(record.content, "Een eend heeft vrijdag met zeven kuikens de brug over de IJssel overgestoken", [words.indexOf("verkeer")], lead);
    expect(text.excerpt.map((p) => p.text).join(" ")).toBe("Het verkeer stond even stil.");
    expect(text.cutBefore).toBe(false);
    // A match in the dateline itself: the excerpt is still the text.
    expect(searchPage.resultText(record.content, "Een eend heeft vrijdag met zeven kuikens de brug over de IJssel overgestoken", [13], lead).excerpt.map((p) => p.text).join(" ")).toBe("Het verkeer stond even stil.");
    // Without the count (a record of an older build) it starts after the headline, as before.
    expect(searchPage.resultText(record.content, "Een eend heeft vrijdag met zeven kuikens de brug over de IJssel overgestoken", [], 0).excerpt.map((p) => p.text).join(" ")).toBe("DEVENTER (ANP) - Het verkeer stond even stil.");
  });
});
