/**
 * Times as readers see them on the demo site (issue #14): a report's dating evidence agrees with
 * the time its page shows, and every list shows a report's time with its date unless the list
 * names the report's day, with a legend where times are not known to the minute.
 */
import { describe, expect, it } from "vitest";
import type { ArchiveItem } from "../../src/archive/index.js";
import { amsterdamDay, publicationText } from "../../src/site/dutch-dates.js";
import { MONTHS_NL } from "../../src/wire/vocabulary.js";
import { parseTimestamp } from "../../src/wire/amsterdam-time.js";
import { exportDemo } from "../support/archive.js";
import { buildDemoSite } from "../support/site.js";
import { closest, documentOf, findAll, hasClass, htmlFiles, readPage, spokenText, visibleText, type Element } from "../support/html.js";

const ms = (iso: string | null) => (iso === null ? null : parseTimestamp(iso)!.epochMs);
const text = (e: Element) => visibleText(e).replace(/\s+/g, " ").trim();
/** A table row's cells, as `a | b | c`. */
const rowText = (tr: Element) => findAll(tr, (e) => e.tagName === "td").map(text).join(" | ");

describe("the demo site's times", async () => {
  const built = await buildDemoSite();
  const archive = await exportDemo();
  const pages = htmlFiles(built.output).map((file) => ({ file, doc: documentOf(readPage(built.output, file).html) }));
  const pageOf = (item: ArchiveItem) => pages.find((p) => p.file === `${item.url.slice(1)}index.html`)!;

  it("shows on every report's page the interval that the rows of its dating table give together", () => {
    let withLinkedRows = 0;
    for (const item of archive.items) {
      const { doc, file } = pageOf(item);
      const shown = text(findAll(doc, (e) => hasClass(e, "item-published"))[0]!).replace(/het nieuws van die dag$/, "").trim();
      const table = findAll(doc, (e) => e.tagName === "tr" && !hasClass(e, "evidence-group") && closest(e, (a) => a.tagName === "tbody" && !!closest(a, (s) => hasClass(s, "evidence"))) !== null);
      const rows = [...item.sightings, ...item.linkedSightings];
      expect(table, file).toHaveLength(rows.length);
      // Each row as the page prints it, and the rows of the first posting taken together.
      table.forEach((tr, i) => {
        const cells = findAll(tr, (e) => e.tagName === "td");
        expect(text(cells[3]!), file).toBe(publicationText(rows[i]!.publishedFrom, rows[i]!.publishedTo));
      });
      const first = rows.filter((r) => r.posting === 0);
      const froms = first.map((r) => ms(r.publishedFrom)).filter((t) => t !== null);
      const tos = first.map((r) => ms(r.publishedTo)).filter((t) => t !== null);
      const from = froms.length ? Math.max(...froms) : null;
      const to = tos.length ? Math.min(...tos) : null;
      const fromIso = from === null ? null : (first.map((r) => r.publishedFrom).find((f) => ms(f) === from) ?? null);
      const toIso = to === null ? null : (first.map((r) => r.publishedTo).find((t) => ms(t) === to) ?? null);
      expect(shown, file).toBe(publicationText(fromIso, toIso));
      expect([ms(item.publishedFrom), ms(item.publishedTo)], file).toEqual([from, to]);
      if (item.linkedSightings.length > 0) withLinkedRows++;
    }
    expect(withLinkedRows).toBeGreaterThan(0);
  });

  it("shows a report dated by a clock label at that clock, as the page printed it (not the minute after)", () => {
    let checked = 0;
    for (const item of archive.items) {
      const clock = item.sightings.map((s) => s.age && /^(?:[01]?\d|2[0-3])[:.][0-5]\d$/.exec(s.age)?.[0]).find((c) => c);
      if (!clock || item.publishedFrom === null || item.publishedTo === null || ms(item.publishedTo)! - ms(item.publishedFrom)! > 60_000) continue;
      const shown = text(findAll(pageOf(item).doc, (e) => hasClass(e, "item-published"))[0]!);
      expect(shown, item.url).toContain(`om ${clock.replace(".", ":").padStart(5, "0")}`);
      checked++;
    }
    expect(checked).toBeGreaterThan(0);
  });

  it("lists the lead brief's sightings in its article's table (the badeendjes of Terschelling, 11:50-12:20)", () => {
    const article = archive.items.find((i) => i.kind === "article" && i.headline === "Teller op Terschelling staat op 9000 badeendjes")!;
    const brief = archive.items.find((i) => i.id === article.briefIds[0])!;
    const { doc } = pageOf(article);
    expect(text(findAll(doc, (e) => hasClass(e, "item-published"))[0]!)).toMatch(/^vrijdag 21 november 2025 tussen 11:50 en 12:20/);
    const body = (d: Element) => findAll(d, (e) => e.tagName === "tr" && !!closest(e, (a) => a.tagName === "tbody"));
    /** A heading row as `# text`, a data row as its cells. */
    const shown = (d: Element) => body(d).map((tr) => (hasClass(tr, "evidence-group") ? `# ${text(tr)}` : rowText(tr)));
    // One row group per report: the article's own page, then the pages of its lead brief under
    // one heading row that links the brief once.
    expect(findAll(doc, (e) => e.tagName === "tbody" && !!closest(e, (s) => hasClass(s, "evidence"))).map((g) => body(g).length)).toEqual([2, 3]);
    const rows = shown(doc);
    expect(rows).toEqual([
      "# Pagina's met dit artikel",
      "2025-11-21T1340-badeendjes-terschelling.txt als artikel | 21 november 2025, 13:40 | geen | uiterlijk 21 november 2025, 13:40",
      `# Pagina's met het korte bericht ${brief.headline}`,
      "2025-11-21T1720-gemaal-workum.txt in de zijbalk | 21 november 2025, 17:20 | 5 uur geleden | vrijdag 21 november 2025 tussen 11:20 en 12:20",
      "2025-11-22T1050-veerpont-hattem.txt in de zijbalk | 22 november 2025, 10:50 | 22 uur geleden | vrijdag 21 november 2025 tussen 11:50 en 12:50",
    ]);
    const heading = body(doc).find((tr) => hasClass(tr, "evidence-group") && text(tr).includes(brief.headline))!;
    const th = findAll(heading, (e) => e.tagName === "th")[0]!;
    expect([th.attrs.get("scope"), th.attrs.get("colspan")]).toEqual(["rowgroup", "4"]);
    // The brief is linked once, from its group's heading; the brief's page has the article's capture as its bound too.
    const links = findAll(doc, (e) => e.tagName === "a" && !!closest(e, (a) => a.tagName === "tbody")).map((a) => a.attrs.get("href"));
    expect(links).toEqual([brief.url]);
    const briefRows = shown(pageOf(brief).doc);
    expect(briefRows[0]).toBe("# Pagina's met dit korte bericht");
    expect(briefRows.slice(-2)).toEqual([`# Pagina's met het artikel ${article.headline}`, "2025-11-21T1340-badeendjes-terschelling.txt als artikel | 21 november 2025, 13:40 | geen | uiterlijk 21 november 2025, 13:40"]);
  });

  it("has no heading rows in the dating table of a report seen only by itself", () => {
    const alone = archive.items.filter((i) => i.linkedSightings.length === 0);
    expect(alone.length).toBeGreaterThan(0);
    for (const item of alone) {
      const groups = findAll(pageOf(item).doc, (e) => e.tagName === "tbody" && !!closest(e, (s) => hasClass(s, "evidence")));
      expect(groups, item.url).toHaveLength(1);
      expect(findAll(groups[0]!, (e) => hasClass(e, "evidence-group")), item.url).toHaveLength(0);
    }
  });

  const MONTH = new RegExp(`(\\d{1,2}) (${MONTHS_NL.join("|")}) (\\d{4})`);
  const SHORT_DATE = /\b\d{1,2} (jan|feb|mrt|apr|jun|jul|aug|sep|okt|nov|dec)\. |\b\d{1,2} mei /;
  const dayKeyOfHeading = (heading: string): string | null => {
    const m = MONTH.exec(heading);
    return m ? `${m[3]}-${String(MONTHS_NL.indexOf(m[2] as (typeof MONTHS_NL)[number]) + 1).padStart(2, "0")}-${m[1]!.padStart(2, "0")}` : null;
  };
  /** The day a list's context names: its day group's heading, or a day page's own heading. */
  const contextDay = (time: Element, file: string, doc: Element): string | null => {
    const group = closest(time, (e) => hasClass(e, "day-group"));
    const heading = group && findAll(group, (e) => hasClass(e, "day-heading"))[0];
    if (heading) return dayKeyOfHeading(text(heading));
    if (/^archief\/\d{4}\/\d\d\/\d\d\//.test(file) && group) return dayKeyOfHeading(text(findAll(doc, (e) => e.tagName === "h1")[0]!));
    return null;
  };
  const listTimes = pages.flatMap(({ file, doc }) => findAll(doc, (e) => hasClass(e, "item-time")).map((time) => ({ file, doc, time })));

  it("shows a report's time in a list with its date unless the list names the report's day", () => {
    expect(listTimes.length).toBeGreaterThan(500);
    let clockOnly = 0;
    let dated = 0;
    for (const { file, doc, time } of listTimes) {
      const instants = findAll(time, (e) => e.tagName === "time");
      const shown = text(time);
      if (shown === "datum onbekend") continue;
      expect(instants.length, `${file}: ${shown}`).toBeGreaterThan(0);
      const day = amsterdamDay(instants.at(-1)!.attrs.get("datetime")!).key;
      if (day === contextDay(time, file, doc)) {
        clockOnly++;
        continue;
      }
      dated++;
      expect(shown, `${file}: "${shown}" is of ${day}, in a list of ${contextDay(time, file, doc)}`).toMatch(SHORT_DATE);
    }
    // Both kinds occur: clocks under day headings, dates beside reports and on story pages.
    expect(clockOnly).toBeGreaterThan(100);
    expect(dated).toBeGreaterThan(100);
    // Beside a report no list names a day: every time there is dated.
    for (const { file, time } of listTimes.filter((t) => /^(artikel|kort)\//.test(t.file))) expect(text(time), file).toMatch(SHORT_DATE);
  });

  it("marks every known instant of a list time as <time datetime> and reads an interval's dash as 'tot'", () => {
    for (const { file, time } of listTimes) {
      for (const instant of findAll(time, (e) => e.tagName === "time")) expect(parseTimestamp(instant.attrs.get("datetime") ?? ""), file).not.toBeNull();
      const shown = text(time);
      if (/\d–\d/.test(shown)) expect(spokenText(time).replace(/\s+/g, " "), file).toMatch(/\d tot \d/);
    }
  });

  it("explains once, on every page whose lists show an interval or 'uiterlijk', what those mean", () => {
    const approximate = (t: Element) => /–|uiterlijk|\bna\b/.test(text(t));
    let withLegend = 0;
    for (const { file, doc } of pages) {
      const legends = findAll(doc, (e) => hasClass(e, "time-legend"));
      const needs = findAll(doc, (e) => hasClass(e, "item-time")).some(approximate);
      expect(legends.length, file).toBe(needs ? 1 : 0);
      if (needs) {
        withLegend++;
        expect(text(legends[0]!), file).toMatch(/‘11:05–11:34’ betekent ergens tussen 11:05 en 11:34.*‘uiterlijk 10:00’/);
      }
    }
    expect(withLegend).toBeGreaterThan(100);
  });
});
