/**
 * What draad hands to Pagefind (issue #11): meta and filter values HTML-escaped, the display date
 * out of the word index, the content as the text it is, a sort key for every report.
 */
import { describe, expect, it } from "vitest";
import { searchRecords } from "../../src/site/build.js";
import { publicationDated } from "../../src/site/dutch-dates.js";
import { escapeHtml, outOfIndex } from "../../src/site/search-text.js";
import { planSite } from "../../src/site/view-model.js";
import { sinkArchive } from "../support/sinks.js";

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

  it("HTML-escapes every meta and filter value, once", () => {
    for (const record of records) {
      const item = byUrl.get(record.url)!;
      for (const value of [record.meta.title!, ...Object.values(record.filters).flat()]) expect(value, record.url).not.toMatch(/[<>"']/);
      expect(record.meta.title).toBe(escapeHtml(item.headline));
      expect(record.filters.rubriek ?? []).toEqual(item.section ? [escapeHtml(item.section)] : []);
      expect(record.filters.persbureau).toEqual([...new Set(item.agencies)].map(escapeHtml));
    }
    const filters = records.flatMap((r) => Object.values(r.filters).flat());
    for (const markup of ["<img src=x onerror=alert(document.domain)>", "<svg onload=alert(1)>Binnenland</svg>", "<img Src=x Onerror=alert(1)>", "<SVG ONLOAD=ALERT(1)>"]) expect(filters).toContain(escapeHtml(markup));
  });

  it("keeps the display date out of the word index: one hex word", () => {
    for (const record of records) {
      const item = byUrl.get(record.url)!;
      expect(record.meta.datum).toBe(outOfIndex(publicationDated(item.publishedFrom, item.publishedTo)));
      expect(record.meta.datum).toMatch(/^x(?:[0-9a-f]{2})+$/);
    }
    expect(Buffer.from(records[0]!.meta.datum!.slice(1), "hex").toString("utf8")).toBe("uiterlijk 22 november 2025, 13:00");
    expect(Object.keys(records[0]!.meta).sort()).toEqual(["datum", "title"]);
  });

  it("gives every report a sort key in the archive's order, undated ones last (Pagefind drops records without one)", () => {
    expect(records.map((r) => Number(r.sort.datum))).toEqual(records.map((_, i) => records.length - i));
    const undated = records.find((r) => byUrl.get(r.url)!.sortTime === null);
    expect(undated, "the sinks have a capture without a capture time").toBeDefined();
    expect(undated!.sort.datum).toBe("1");
  });
});
