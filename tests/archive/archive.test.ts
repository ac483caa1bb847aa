/**
 * Table tests of the archive rules, on small captures written here: dedup, snapshots, leads,
 * dating by interval intersection, reposts, DST, aliases, slugs and URL stability, agencies,
 * sections, related items and story lines.
 */
import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { buildArchive, headlineFromText, placeResolver, readPlaceAliases, slugify, type Archive, type ArchiveItem } from "../../src/archive/index.js";
import { firstSentence } from "../../src/archive/normalise.js";
import { parseCapture, type CaptureRecord } from "../../src/wire/index.js";

interface Brief {
  place: string;
  text: string;
  age: string;
  agencies?: string;
}
interface Page {
  name: string;
  captured?: string;
  source?: string;
  section?: string;
  headline?: string;
  place?: string;
  agencies?: string;
  paragraphs?: string[];
  briefs?: Brief[];
}

/** A capture in the classic layout: the age of a brief glued before the next brief's dateline. */
function captureText(page: Page): string {
  const front = [page.captured && `captured: ${page.captured}`, page.source && `source: ${page.source}`].filter((l): l is string => !!l);
  const lines: string[] = front.length ? ["---", ...front, "---"] : [];
  lines.push(page.headline ?? "Kop", "");
  const [first, ...rest] = page.paragraphs ?? ["De gemeente meldt dat alles volgens plan verloopt."];
  lines.push(`${page.place ?? "ZWOLLE"} (${page.agencies ?? "ANP"}) - ${first}`, "");
  for (const p of rest) lines.push(p, "");
  if (page.briefs?.length) {
    lines.push(`Meer uit ${page.section ?? "Binnenland"}`);
    let previousAge = "";
    for (const brief of page.briefs) {
      lines.push(`${previousAge}${brief.place} (${brief.agencies ?? "ANP"}) - ${brief.text}`);
      previousAge = brief.age;
    }
    lines.push(previousAge);
  }
  return lines.join("\n") + "\n";
}

const parse = (page: Page): CaptureRecord => parseCapture(captureText(page), { source: page.name, nowMs: Date.parse("2026-01-01T00:00:00Z") });
const archiveOf = (pages: Page[], aliases = {}): Archive => buildArchive(pages.map(parse), { placeAliases: aliases });
const briefs = (a: Archive) => a.items.filter((i) => i.kind === "brief");
const articles = (a: Archive) => a.items.filter((i) => i.kind === "article");
const itemWith = (a: Archive, words: string): ArchiveItem => {
  const found = a.items.filter((i) => i.paragraphs.join(" ").includes(words));
  if (found.length !== 1) throw new Error(`${found.length} items contain "${words}"`);
  return found[0]!;
};

const KAAS = "In Gouda is zaterdag de grootste kaas van het jaar gewogen. Het wiel woog 212 kilo, meldt de kaasmarkt.";
const FIETS = "Een fietser in Deventer heeft een verloren trouwring teruggevonden in een berm. De eigenaar was blij verrast.";
const page = (name: string, captured: string, briefList: Brief[], extra: Partial<Page> = {}): Page => ({
  name,
  captured,
  headline: `Kop van ${name}`,
  place: "ZWOLLE",
  paragraphs: [`Bericht ${name} over de stad, met een zin. En nog een zin.`],
  briefs: briefList,
  ...extra,
});

describe("deduplication", () => {
  it("one brief seen in three captures is one item with three sightings", () => {
    const a = archiveOf([
      page("a.txt", "2025-11-22T10:00:00+01:00", [{ place: "GOUDA", text: KAAS, age: "32 minuten geleden" }]),
      page("b.txt", "2025-11-22T10:30:00+01:00", [{ place: "GOUDA", text: KAAS, age: "1 uur geleden" }]),
      page("c.txt", "2025-11-22T14:00:00+01:00", [{ place: "GOUDA", text: KAAS, age: "4 uur geleden" }]),
    ]);
    expect(briefs(a)).toHaveLength(1);
    expect(briefs(a)[0]!.sightings.map((s) => [s.capture, s.age])).toEqual([
      ["a.txt", "32 minuten geleden"],
      ["b.txt", "1 uur geleden"],
      ["c.txt", "4 uur geleden"],
    ]);
    expect(articles(a)).toHaveLength(3);
  });

  it.each([
    ["curly quotes", KAAS.replace("kaasmarkt", "“kaasmarkt”"), KAAS.replace("kaasmarkt", '"kaasmarkt"')],
    ["a glued sentence", KAAS.replace("gewogen. Het", "gewogen.Het"), KAAS],
    ["no-break spaces", KAAS.replace(/ /g, "\u00a0"), KAAS],
    ["decomposed accents", "Café in Gouda wint prijs. De jury was unaniem.".normalize("NFD"), "Café in Gouda wint prijs. De jury was unaniem."],
    ["dash styles", "Het duel Gouda – Delft eindigde gelijk. Er werd niet gescoord.", "Het duel Gouda - Delft eindigde gelijk. Er werd niet gescoord."],
  ])("copies that differ only in %s are one item", (_, one, other) => {
    const a = archiveOf([
      page("a.txt", "2025-11-22T10:00:00+01:00", [{ place: "GOUDA", text: one, age: "10 minuten geleden" }]),
      page("b.txt", "2025-11-22T10:20:00+01:00", [{ place: "GOUDA", text: other, age: "30 minuten geleden" }]),
    ]);
    expect(briefs(a)).toHaveLength(1);
  });

  it("the same text from another place, or another text, is another item", () => {
    const a = archiveOf([
      page("a.txt", "2025-11-22T10:00:00+01:00", [
        { place: "GOUDA", text: KAAS, age: "10 minuten geleden" },
        { place: "EDAM", text: KAAS, age: "20 minuten geleden" },
        { place: "GOUDA", text: KAAS.replace("212", "213"), age: "30 minuten geleden" },
      ]),
    ]);
    expect(briefs(a)).toHaveLength(3);
  });

  it("a cut-off copy ending in ... joins the full text", () => {
    const a = archiveOf([
      page("a.txt", "2025-11-22T10:00:00+01:00", [{ place: "GOUDA", text: "In Gouda is zaterdag de grootste kaas van het jaar gewogen. Het wiel ...", age: "10 minuten geleden" }]),
      page("b.txt", "2025-11-22T10:20:00+01:00", [{ place: "GOUDA", text: KAAS, age: "30 minuten geleden" }]),
    ]);
    expect(briefs(a)).toHaveLength(1);
    expect(briefs(a)[0]!.paragraphs[0]).toBe(KAAS);
  });

  it("two snapshots of one page are one article with the later text; the earlier copy is marked a variant", () => {
    const first = page("a.txt", "2025-11-20T10:12:00+01:00", [], { source: "https://example.nl/x", headline: "Bibliotheek open", paragraphs: ["De bibliotheek gaat open. Dat meldt de gemeente.", "Slot."] });
    const second = { ...first, name: "b.txt", captured: "2025-11-20T11:15:00+01:00", paragraphs: ["De bibliotheek gaat open. Dat meldt de gemeente.", "Slot. Met een extra zin."] };
    const a = archiveOf([second, first]);
    expect(articles(a)).toHaveLength(1);
    const item = articles(a)[0]!;
    expect(item.paragraphs[1]).toBe("Slot. Met een extra zin.");
    expect(item.sightings.map((s) => [s.capture, s.variant])).toEqual([
      ["a.txt", true],
      ["b.txt", false],
    ]);
    expect(item.publishedTo).toBe("2025-11-20T10:12:00+01:00");
    expect(item.publishedFrom).toBeNull();
  });

  it("articles with one headline but different places or texts stay apart", () => {
    const a = archiveOf([
      page("a.txt", "2025-11-20T10:00:00+01:00", [], { headline: "Brand in woning", place: "ZWOLLE", paragraphs: ["In Zwolle brandde een woning aan de Dijk af."] }),
      page("b.txt", "2025-11-21T10:00:00+01:00", [], { headline: "Brand in woning", place: "ZWOLLE", paragraphs: ["Een rijtjeshuis in Zwolle-Zuid is uitgebrand."] }),
      page("c.txt", "2025-11-21T11:00:00+01:00", [], { headline: "Brand in woning", place: "ASSEN", paragraphs: ["In Zwolle brandde een woning aan de Dijk af."] }),
    ]);
    expect(articles(a)).toHaveLength(3);
  });
});

describe("dating", () => {
  it("intersects the intervals of all sightings, with exact open and closed ends", () => {
    const a = archiveOf([
      page("a.txt", "2025-11-22T10:00:00+01:00", [{ place: "GOUDA", text: KAAS, age: "32 minuten geleden" }]),
      page("b.txt", "2025-11-22T10:30:00+01:00", [{ place: "GOUDA", text: KAAS, age: "1 uur geleden" }]),
    ]);
    const item = briefs(a)[0]!;
    // a: (09:27, 09:28]; b: (08:30, 09:30]: together (09:27, 09:28].
    expect(item.sightings.map((s) => [s.publishedFrom, s.publishedTo])).toEqual([
      ["2025-11-22T09:27:00+01:00", "2025-11-22T09:28:00+01:00"],
      ["2025-11-22T08:30:00+01:00", "2025-11-22T09:30:00+01:00"],
    ]);
    expect([item.publishedFrom, item.publishedTo]).toEqual(["2025-11-22T09:27:00+01:00", "2025-11-22T09:28:00+01:00"]);
    expect(item.reposted).toBe(false);
  });

  it("narrows across days: 1 dag geleden and 20 uur geleden", () => {
    const a = archiveOf([
      page("a.txt", "2025-11-22T10:00:00+01:00", [{ place: "GOUDA", text: KAAS, age: "20 uur geleden" }]),
      page("b.txt", "2025-11-23T09:00:00+01:00", [{ place: "GOUDA", text: KAAS, age: "1 dag geleden" }]),
    ]);
    // (13:00, 14:00] on the 21st and (09:00 on the 21st, 09:00 on the 22nd]: (13:00, 14:00].
    expect([briefs(a)[0]!.publishedFrom, briefs(a)[0]!.publishedTo]).toEqual(["2025-11-21T13:00:00+01:00", "2025-11-21T14:00:00+01:00"]);
  });

  it("a text seen at 12 and at 13 uur in one sidebar was posted twice: reposted, dated by its first posting, reported", () => {
    const a = archiveOf([
      page("a.txt", "2025-11-22T10:00:00+01:00", [
        { place: "KYIV", text: KAAS, age: "12 uur geleden" },
        { place: "MOSKOU", text: FIETS, age: "12 uur geleden" },
        { place: "KYIV", text: KAAS, age: "13 uur geleden" },
      ]),
    ]);
    const item = itemWith(a, "grootste kaas");
    expect(item.reposted).toBe(true);
    expect(item.postings).toEqual([
      { publishedFrom: "2025-11-21T20:00:00+01:00", publishedTo: "2025-11-21T21:00:00+01:00", sightings: 1 },
      { publishedFrom: "2025-11-21T21:00:00+01:00", publishedTo: "2025-11-21T22:00:00+01:00", sightings: 1 },
    ]);
    expect([item.publishedFrom, item.publishedTo]).toEqual(["2025-11-21T20:00:00+01:00", "2025-11-21T21:00:00+01:00"]);
    expect(item.sightings.map((s) => [s.age, s.posting])).toEqual([
      ["12 uur geleden", 1],
      ["13 uur geleden", 0],
    ]);
    const reported = a.diagnostics.filter((d) => d.code === "reposted-report");
    expect(reported).toHaveLength(1);
    expect(reported[0]).toMatchObject({ file: "a.txt", severity: "info" });
    expect(reported[0]!.line).toBeGreaterThan(1);
    expect(itemWith(a, "trouwring").reposted).toBe(false);
  });

  it("counts real minutes across the October DST switch", () => {
    // 02:40 in winter time is 01:40 UTC; two hours earlier is 00:40 in summer time.
    const a = archiveOf([page("a.txt", "2025-10-26T02:40:00+01:00", [{ place: "GOUDA", text: KAAS, age: "2 uur geleden" }])]);
    expect([briefs(a)[0]!.publishedFrom, briefs(a)[0]!.publishedTo]).toEqual(["2025-10-26T00:40:00+02:00", "2025-10-26T01:40:00+02:00"]);
    // 03:10 in summer time is 01:10 UTC; thirty minutes earlier the clock said 01:40 (winter time).
    const spring = archiveOf([page("a.txt", "2025-03-30T03:10:00+02:00", [{ place: "GOUDA", text: KAAS, age: "30 minuten geleden" }])]);
    expect([briefs(spring)[0]!.publishedFrom, briefs(spring)[0]!.publishedTo]).toEqual(["2025-03-30T01:39:00+01:00", "2025-03-30T01:40:00+01:00"]);
  });

  it("an article without age is known only to exist at its earliest capture; without capture time nothing is invented", () => {
    const a = archiveOf([page("a.txt", "2025-11-22T10:00:00+01:00", [])]);
    expect([articles(a)[0]!.publishedFrom, articles(a)[0]!.publishedTo]).toEqual([null, "2025-11-22T10:00:00+01:00"]);
    const undated = archiveOf([page("zonder-tijd.txt", undefined as unknown as string, [{ place: "GOUDA", text: KAAS, age: "2 uur geleden" }])]);
    for (const item of undated.items) expect([item.publishedFrom, item.publishedTo, item.sortTime]).toEqual([null, null, null]);
  });

  it("front matter published dates an article exactly; a contradicting age is reported, not used", () => {
    const text = captureText(page("a.txt", "2025-11-22T10:00:00+01:00", [], { headline: "Kop" })).replace("captured:", "published: 2025-11-22T09:12:00+01:00\ncaptured:");
    const a = buildArchive([parseCapture(text, { source: "a.txt" })]);
    expect([a.items[0]!.publishedFrom, a.items[0]!.publishedTo]).toEqual(["2025-11-22T09:12:00+01:00", "2025-11-22T09:12:00+01:00"]);
    const late = text.replace("09:12", "11:00");
    const b = buildArchive([parseCapture(late, { source: "a.txt" })]);
    expect(b.diagnostics.map((d) => d.code)).toContain("conflicting-dates");
    expect(b.items[0]!.publishedTo).toBe("2025-11-22T10:00:00+01:00");
  });
});

describe("brief to article", () => {
  const article = (name: string, captured: string) =>
    page(name, captured, [], {
      headline: "Recordkaas gewogen in Gouda",
      place: "GOUDA",
      paragraphs: [`${KAAS} Volgend jaar hoopt de markt op een nog zwaarder wiel.`, "Tweede alinea."],
    });
  it("links a brief that is the lead of an article with the same dateline, both ways, and dates them together", () => {
    const a = archiveOf([
      article("artikel.txt", "2025-11-22T12:00:00+01:00"),
      page("zijbalk.txt", "2025-11-22T10:00:00+01:00", [{ place: "GOUDA", text: KAAS, age: "32 minuten geleden" }]),
    ]);
    const brief = briefs(a)[0]!;
    expect(briefs(a)).toHaveLength(1);
    const full = articles(a).find((i) => i.headline === "Recordkaas gewogen in Gouda")!;
    expect(brief.kind).toBe("brief");
    expect(brief.articleId).toBe(full.id);
    expect(full.briefIds).toEqual([brief.id]);
    expect([full.publishedFrom, full.publishedTo]).toEqual(["2025-11-22T09:27:00+01:00", "2025-11-22T09:28:00+01:00"]);
    // Each carries the other's sightings that gave it this date: the brief's age dates the
    // article, the article's capture bounds the brief (issue #14: the table must show them).
    expect(full.linkedSightings.map((s) => [s.item, s.capture, s.age, s.publishedFrom, s.publishedTo])).toEqual([
      [brief.id, "zijbalk.txt", "32 minuten geleden", "2025-11-22T09:27:00+01:00", "2025-11-22T09:28:00+01:00"],
    ]);
    expect(brief.linkedSightings.map((s) => [s.item, s.url, s.capture, s.role, s.publishedTo])).toEqual([[full.id, full.url, "artikel.txt", "page", "2025-11-22T12:00:00+01:00"]]);
  });
  it("carries no linked sightings when the brief and the article cannot be one posting", () => {
    const a = archiveOf([
      article("artikel.txt", "2025-11-22T09:00:00+01:00"),
      page("zijbalk.txt", "2025-11-22T10:00:00+01:00", [{ place: "GOUDA", text: KAAS, age: "32 minuten geleden" }]),
    ]);
    const brief = briefs(a)[0]!;
    const full = articles(a).find((i) => i.headline === "Recordkaas gewogen in Gouda")!;
    expect(brief.articleId).toBe(full.id);
    expect(full.publishedTo).toBe("2025-11-22T09:00:00+01:00");
    expect(brief.publishedFrom).toBe("2025-11-22T09:27:00+01:00");
    expect([full.linkedSightings, brief.linkedSightings]).toEqual([[], []]);
  });
  describe("by title alone (the brief's title is the article's headline, its text another)", () => {
    const articleText = (captured: string) =>
      `---\ncaptured: ${captured}\n---\nEerste paal voor nieuwe brug in Gouda\nGOUDA (ANP) - In Gouda is dinsdag begonnen met de bouw van een nieuwe brug voor wandelaars. Het werk duurt een jaar.\n`;
    const sidebarText = (captured: string) =>
      `---\ncaptured: ${captured}\n---\nKop van de zijbalk\nZWOLLE (ANP) - Bericht over de stad, met een zin. En nog een zin.\nMeer uit Binnenland\n\nEerste paal voor nieuwe brug in Gouda\n\nGOUDA (ANP) - In Gouda is vrijdag begonnen met de bouw van een fietsbrug over de Gouwe.\n\n3 minuten geleden\n`;
    const archiveOfTexts = (texts: [string, string][]) =>
      buildArchive(texts.map(([name, text]) => parseCapture(text, { source: name, nowMs: Date.parse("2026-01-01T00:00:00Z") })));
    const fietsbrug = (a: Archive) => a.items.find((i) => i.kind === "brief" && i.paragraphs.join(" ").includes("fietsbrug"))!;

    it("links a brief whose dating agrees with the article's", () => {
      const a = archiveOfTexts([
        ["artikel.txt", articleText("2025-10-10T12:00:00+02:00")],
        ["zijbalk.txt", sidebarText("2025-10-10T11:00:00+02:00")],
      ]);
      const full = articles(a).find((i) => i.headline === "Eerste paal voor nieuwe brug in Gouda")!;
      expect(fietsbrug(a).articleId).toBe(full.id);
    });

    it("does not link a brief weeks later: the same headline over another text is another report", () => {
      const a = archiveOfTexts([
        ["artikel.txt", articleText("2025-10-10T12:00:00+02:00")],
        ["zijbalk.txt", sidebarText("2025-11-14T11:00:00+01:00")],
      ]);
      const full = articles(a).find((i) => i.headline === "Eerste paal voor nieuwe brug in Gouda")!;
      expect(fietsbrug(a).articleId).toBeNull();
      expect(full.briefIds).toEqual([]);
      expect(full.publishedTo).toBe("2025-10-10T12:00:00+02:00");
    });
  });

  it("does not link the same words from another place", () => {
    const a = archiveOf([
      article("artikel.txt", "2025-11-22T12:00:00+01:00"),
      page("zijbalk.txt", "2025-11-22T10:00:00+01:00", [{ place: "EDAM", text: KAAS, age: "32 minuten geleden" }]),
    ]);
    expect(briefs(a)[0]!.articleId).toBeNull();
  });
});

describe("places, agencies, sections", () => {
  const { aliases } = readPlaceAliases("Kyiv: [KIEV, KYIV]\n\"'s-Hertogenbosch\": [DEN BOSCH, \"'S-HERTOGENBOSCH\"]\n", "places.yaml");
  it("an alias joins spellings into one place and one item", () => {
    const pages = [
      page("a.txt", "2025-11-22T10:00:00+01:00", [{ place: "KIEV", text: KAAS, age: "10 minuten geleden" }]),
      page("b.txt", "2025-11-22T10:20:00+01:00", [{ place: "KYIV", text: KAAS, age: "30 minuten geleden" }, { place: "DEN BOSCH", text: FIETS, age: "1 uur geleden" }]),
    ];
    const a = archiveOf(pages, aliases);
    expect(briefs(a).filter((i) => i.paragraphs[0] === KAAS)).toHaveLength(1);
    expect(a.places.find((p) => p.id === "kyiv")).toMatchObject({ name: "Kyiv", variants: ["Kiev", "Kyiv"] });
    expect(itemWith(a, "trouwring").places).toEqual(["s-hertogenbosch"]);
    const without = archiveOf(pages);
    expect(briefs(without).filter((i) => i.paragraphs[0] === KAAS)).toHaveLength(2);
  });
  it("a bad alias table is a diagnostic, not a crash", () => {
    expect(readPlaceAliases("Kyiv: [KIEV\n", "places.yaml").diagnostics[0]).toMatchObject({ code: "invalid-place-aliases", file: "places.yaml", line: 2 });
    expect(readPlaceAliases("Kyiv: 3\n", "places.yaml").diagnostics[0]).toMatchObject({ code: "invalid-place-aliases", line: 1 });
    expect(readPlaceAliases("- KIEV\n", "places.yaml").aliases).toEqual({});
  });
  it("a two-place dateline belongs to both places", () => {
    expect(placeResolver().resolve("TEHERAN/JERUZALEM").map((p) => p.id)).toEqual(["teheran", "jeruzalem"]);
  });
  it("agency codes get full names; unknown codes are kept and marked unknown", () => {
    const a = archiveOf([page("a.txt", "2025-11-22T10:00:00+01:00", [{ place: "GOUDA", text: KAAS, age: "10 minuten geleden", agencies: "ANP/RTR/XYZ" }], { agencies: "AFN" })]);
    expect(a.agencies).toEqual([
      { id: "afn", code: "AFN", name: "ANP Financieel Nieuws", known: true, items: 1 },
      { id: "anp", code: "ANP", name: "Algemeen Nederlands Persbureau", known: true, items: 1 },
      { id: "rtr", code: "RTR", name: "Reuters", known: true, items: 1 },
      { id: "xyz", code: "XYZ", name: null, known: false, items: 1 },
    ]);
    expect(a.diagnostics.some((d) => d.code === "unknown-agency")).toBe(true);
  });
  it("a brief takes the section of the sidebar it is listed in", () => {
    const a = archiveOf([page("a.txt", "2025-11-22T10:00:00+01:00", [{ place: "GOUDA", text: KAAS, age: "10 minuten geleden" }], { section: "sport" })]);
    expect(briefs(a)[0]).toMatchObject({ section: "Sport", sectionId: "sport" });
    expect(a.sections).toEqual([{ id: "sport", name: "Sport", items: 2 }]);
  });
});

describe("headlines, slugs and URLs", () => {
  it.each([
    ["IJmuiden krijgt nieuwe sluis", "ijmuiden-krijgt-nieuwe-sluis"],
    ["Genève, São Paulo en Malmö", "geneve-sao-paulo-en-malmo"],
    ["Straße in Köln", "strasse-in-koln"],
    ["'s-Hertogenbosch viert feest", "s-hertogenbosch-viert-feest"],
    ["../../etc/passwd", "etc-passwd"],
    ["🦆🦆🦆", ""],
    ["مرحبا", ""],
  ])("slug of %j is %j", (text, slug) => {
    expect(slugify(text)).toBe(slug);
  });
  it("cuts long slugs at a word boundary", () => {
    const slug = slugify("woord ".repeat(2000));
    expect(slug.length).toBeLessThanOrEqual(64);
    expect(slug.endsWith("woord")).toBe(true);
  });
  it("makes a brief's headline from its first sentence, not cut at an abbreviation or initial", () => {
    expect(firstSentence("Volgens dr. Jansen van o.a. het RIVM is J. de Vries hersteld. Hij rust nu.")).toBe("Volgens dr. Jansen van o.a. het RIVM is J. de Vries hersteld.");
    expect(headlineFromText(KAAS)).toBe("In Gouda is zaterdag de grootste kaas van het jaar gewogen");
    const long = headlineFromText(`${"Een heel lange zin ".repeat(20)}eindigt hier.`);
    expect([...long].length).toBeLessThanOrEqual(121);
    expect(long.endsWith("…")).toBe(true);
    // A first sentence up to 120 characters is the headline whole.
    const whole = "Het honderd jaar oude stoomgemaal bij Workum draait sinds vrijdagmiddag voor het eerst in tien jaar op volle kracht";
    expect(whole.length).toBeGreaterThan(100);
    expect(headlineFromText(`${whole}. Daarna volgt meer.`)).toBe(whole);
    // A longer one is cut after a clause, not mid-clause; never inside a quotation.
    const clauses = "Bakkersketen Korstje wil volgend jaar veertig nieuwe winkels openen in het hele land, vooral in middelgrote steden waar nog geen vestiging is en de huren laag zijn.";
    expect(headlineFromText(clauses)).toBe("Bakkersketen Korstje wil volgend jaar veertig nieuwe winkels openen in het hele land…");
    const quoted = 'De minister van Verkeer heeft met de burgemeesters gesproken over "de bruggen, de sluizen en de wegen die dit jaar dicht gaan", en over geld.';
    expect(headlineFromText(quoted)).not.toContain("bruggen…");
    // Without a clause in reach: cut at a word, with an ellipsis.
    const noClause = `${"lange woorden ".repeat(12)}en nog meer woorden zonder komma tot het einde van deze zin.`;
    expect(headlineFromText(noClause)).toMatch(/^lange woorden .*…$/);
    expect([...headlineFromText(noClause)].length).toBeLessThanOrEqual(121);
    const a = archiveOf([page("a.txt", "2025-11-22T10:00:00+01:00", [{ place: "GOUDA", text: KAAS, age: "10 minuten geleden" }])]);
    expect(briefs(a)[0]).toMatchObject({ headline: "In Gouda is zaterdag de grootste kaas van het jaar gewogen", headlineSource: "first-sentence" });
    expect(briefs(a)[0]!.url).toMatch(/^\/kort\/in-gouda-is-zaterdag-de-grootste-kaas-van-het-jaar-gewogen-[0-9a-z]{10}\/$/);
  });
  it("two items whose headlines fold to one slug get different URLs", () => {
    const a = archiveOf([
      page("a.txt", "2025-11-22T10:00:00+01:00", [], { headline: "Brand in café", paragraphs: ["Een café in Zwolle brandde af."] }),
      page("b.txt", "2025-11-22T11:00:00+01:00", [], { headline: "Brand in cafe", paragraphs: ["Een ander café in Zwolle brandde af."] }),
    ]);
    expect(articles(a).map((i) => i.slug)).toEqual(["brand-in-cafe", "brand-in-cafe"]);
    expect(new Set(articles(a).map((i) => i.url)).size).toBe(2);
  });
  it("URLs do not change when captures are reordered or added", () => {
    const base = [
      page("a.txt", "2025-11-22T10:00:00+01:00", [{ place: "GOUDA", text: KAAS, age: "10 minuten geleden" }]),
      page("b.txt", "2025-11-22T11:00:00+01:00", [{ place: "DEVENTER", text: FIETS, age: "5 minuten geleden" }, { place: "GOUDA", text: KAAS, age: "1 uur geleden" }]),
    ];
    const urls = (a: Archive) => new Map(a.items.map((i) => [i.paragraphs[0], i.url]));
    const before = urls(archiveOf(base));
    const later = page("c.txt", "2025-11-23T09:00:00+01:00", [
      { place: "GOUDA", text: KAAS.replace("gewogen. Het", "gewogen.Het"), age: "1 dag geleden" },
      { place: "ASSEN", text: "Een nieuw bericht uit Assen over een verdwaalde koe. Ze is terug.", age: "2 uur geleden" },
    ]);
    const after = urls(archiveOf([later, base[1]!, base[0]!]));
    for (const [text, url] of before) expect(after.get(text), text).toBe(url);
    expect(archiveOf([...base].reverse())).toEqual(archiveOf(base));
  });
});

describe("related items and story lines", () => {
  const duck = (count: string, extra: string) =>
    `Op het strand van Terschelling zijn ${count} rubberen badeendjes aangespoeld. Ze komen uit een container van het vrachtschip Marit Helena, meldt de gemeente. ${extra}`;
  it("updates of one report from one place within 48 hours form a story line in time order; later or other reports do not", () => {
    const a = archiveOf([
      page("a.txt", "2025-11-21T08:00:00+01:00", [{ place: "TERSCHELLING", text: duck("1200", "Strandgangers wordt gevraagd ze te laten liggen."), age: "10 minuten geleden" }]),
      page("b.txt", "2025-11-21T10:00:00+01:00", [{ place: "TERSCHELLING", text: duck("5400", "Vrijwilligers helpen bij het opruimen."), age: "5 minuten geleden" }]),
      page("c.txt", "2025-11-21T16:10:00+01:00", [
        { place: "TERSCHELLING", text: duck("14.000", "De telling gaat door."), age: "5 minuten geleden" },
        { place: "TERSCHELLING", text: "De veerboot naar Terschelling vaart zaterdag een uur later door onderhoud aan de steiger. Rederij Doeksen meldt dat op de website.", age: "1 uur geleden" },
      ]),
      page("d.txt", "2025-11-25T10:00:00+01:00", [{ place: "TERSCHELLING", text: duck("20.000", "De telling is klaar."), age: "5 minuten geleden" }]),
    ]);
    expect(a.stories).toHaveLength(1);
    const story = a.stories[0]!;
    expect(story.itemIds.map((id) => a.items.find((i) => i.id === id)!.paragraphs[0]!.match(/zijn (\S+)/)![1])).toEqual(["1200", "5400", "14.000"]);
    expect(story.headline).toBe(a.items.find((i) => i.id === story.itemIds[2])!.headline);
    expect(itemWith(a, "20.000").storyId).toBeNull();
    expect(itemWith(a, "veerboot").storyId).toBeNull();
  });
  it("relates items that share rare words, at most five, never the item itself", () => {
    const pages = Array.from({ length: 8 }, (_, n) =>
      page(`p${n}.txt`, `2025-11-2${n % 3}T1${n}:00:00+01:00`, [
        { place: "GOUDA", text: `De kaasmarkt in Gouda heeft record nummer ${n} gevestigd met een wiel van ${200 + n} kilo. Kaasdragers droegen het wiel.`, age: "5 minuten geleden" },
        { place: "ASSEN", text: `Een koe nummer ${n} is ontsnapt uit een weiland bij Assen. De boer zocht ${n} uur.`, age: "6 minuten geleden" },
      ]),
    );
    const a = archiveOf(pages);
    const cheese = briefs(a).filter((i) => i.paragraphs[0]!.includes("kaasmarkt"));
    for (const item of cheese) {
      expect(item.related.length).toBeGreaterThan(0);
      expect(item.related.length).toBeLessThanOrEqual(5);
      expect(item.related).not.toContain(item.id);
      for (const id of item.related) expect(a.items.find((i) => i.id === id)!.paragraphs[0]).toContain("kaasmarkt");
    }
  });
});

describe("pages of other sites in the archive (issue #12)", () => {
  const fixture = (name: string) => {
    const source = `tests/fixtures/wire/${name}.txt`;
    return parseCapture(readFileSync(source), { source });
  };
  it("each further report on a page is an article of its own", () => {
    const archive = buildArchive([fixture("several-dispatches"), fixture("ocr-broken-lines")]);
    const articles = archive.items.filter((i) => i.kind === "article");
    expect(articles.map((i) => i.dateline?.placeRaw).sort()).toEqual(["DEN HAAG", "KAMPEN", "ROTTERDAM", "ZWOLLE"]);
    expect(articles.find((i) => i.dateline?.placeRaw === "KAMPEN")!.headline).toBe("Veerpont krijgt nieuwe motor");
  });
  it("the briefs of a list without datelines are list briefs with their titles", () => {
    const archive = buildArchive([fixture("kortjes-list")]);
    expect(archive.items.map((i) => [i.kind, i.headline])).toEqual(
      expect.arrayContaining([
        ["brief", "Zwanen uit vijver gered, ijs te dun"],
        ["brief", "Kerkkoor viert honderdjarig bestaan"],
      ]),
    );
    expect(archive.items).toHaveLength(4);
    for (const item of archive.items) expect(item.sightings.every((s) => s.role === "list")).toBe(true);
  });
  it("a date line dates the article; a byline or sign-off gives its agency, a photo credit does not", () => {
    const archive = buildArchive([fixture("date-line-and-update"), fixture("sign-off-line"), fixture("caption-before-headline"), fixture("byline-update")]);
    const byHeadline = (start: string) => archive.items.find((i) => i.headline.startsWith(start))!;
    // Published 02:19 by its date line (the capture is from 12:00).
    expect(byHeadline("Zomerbrug")).toMatchObject({ publishedFrom: "2025-07-01T02:19:00+02:00", publishedTo: "2025-07-01T02:19:59+02:00" });
    expect(byHeadline("Politie zet drone").agencies).toEqual(["ANP"]);
    expect(byHeadline("Oliebollenkraam").agencies).toEqual(["ANP"]);
    expect(byHeadline("Amersfoort bouwt").agencies).toEqual([]);
  });
  it("keeps the update time a copy of the page states, to the minute or the day; briefs have none", () => {
    const archive = buildArchive([fixture("date-line-and-update"), fixture("byline-update"), fixture("date-line-relative-with-update"), fixture("label-update")]);
    const byHeadline = (start: string) => archive.items.find((i) => i.headline.startsWith(start))!;
    // `Laatste update: 1 juli 2025 09:40`; a byline's `(Update 5-1-2017, 17:40)`; `Aangepast vandaag om 08:47`.
    expect(byHeadline("Zomerbrug")).toMatchObject({ updatedFrom: "2025-07-01T09:40:00+02:00", updatedTo: "2025-07-01T09:40:59+02:00" });
    expect(byHeadline("Oliebollenkraam")).toMatchObject({ updatedFrom: "2017-01-05T17:40:00+01:00", updatedTo: "2017-01-05T17:40:59+01:00" });
    expect(byHeadline("Brandweer haalt koe")).toMatchObject({ updatedFrom: "2026-03-14T08:47:00+01:00", updatedTo: "2026-03-14T08:47:59+01:00" });
    // A page whose headline only says UPDATE states no time; its sidebar's briefs state none either.
    for (const item of archive.items.filter((i) => i.kind === "brief" || i.headline.startsWith("Brug bij Zwolle"))) expect([item.updatedFrom, item.updatedTo], item.headline).toEqual([null, null]);
    const dayOnly = buildArchive([parseCapture("---\ncaptured: 2025-07-02T12:00:00+02:00\n---\nZomerbrug weer open\n\nLaatste update: 1 juli 2025\n\nDEVENTER (ANP) - De Zomerbrug over de IJssel is weer opengegaan voor fietsers na twee weken onderhoud.\n", { source: "d.txt" })]);
    expect(dayOnly.items[0]).toMatchObject({ updatedFrom: "2025-07-01T00:00:00+02:00", updatedTo: "2025-07-01T23:59:59+02:00" });
  });
  it("dates the briefs of a dated list by their date lines, and says so when a date line contradicts the capture time", () => {
    const archive = buildArchive([fixture("dated-list-date-under-title"), fixture("dated-list-date-before-title")]);
    const byHeadline = (start: string) => archive.items.find((i) => i.headline.startsWith(start))!;
    expect(byHeadline("Bakkerij Hoekstra viert")).toMatchObject({ kind: "brief", publishedFrom: "2026-03-23T00:00:00+01:00", publishedTo: "2026-03-23T23:59:59+01:00" });
    expect(byHeadline("Molen in Zuidveen krijgt")).toMatchObject({ publishedFrom: "2026-03-02T00:00:00+01:00", publishedTo: "2026-03-02T23:59:59+01:00" });
    const later = buildArchive([parseCapture("---\ncaptured: 2026-03-01T10:00:00+01:00\n---\nMolen draait weer\n24 maart 2026\nDe molen in Zuidveen draait weer na de restauratie.\n\nVeerpont vaart weer\n23 maart 2026\nDe veerpont vaart weer na een storing.\n", { source: "x.txt", nowMs: Date.parse("2026-04-01T00:00:00Z") })]);
    expect(later.diagnostics.filter((d) => d.code === "conflicting-dates")).toHaveLength(2);
    for (const item of later.items) expect(item.publishedTo).toBe("2026-03-01T10:00:00+01:00");
  });
  it("of two snapshots of a page, the later stated update is the item's", () => {
    const page = (captured: string, update: string) =>
      parseCapture(`---\ncaptured: ${captured}\n---\nZomerbrug weer open\n\nLaatste update: ${update}\n\nDEVENTER (ANP) - De Zomerbrug over de IJssel is weer opengegaan voor fietsers na twee weken onderhoud.\n`, { source: `${captured.slice(11, 13)}.txt` });
    // In either order of the captures.
    for (const captures of [[page("2025-07-01T10:00:00+02:00", "1 juli 2025 09:40"), page("2025-07-01T12:00:00+02:00", "1 juli 2025 11:15")], [page("2025-07-01T12:00:00+02:00", "1 juli 2025 11:15"), page("2025-07-01T10:00:00+02:00", "1 juli 2025 09:40")]]) {
      const { items } = buildArchive(captures);
      expect(items).toHaveLength(1);
      expect(items[0]).toMatchObject({ updatedFrom: "2025-07-01T11:15:00+02:00", updatedTo: "2025-07-01T11:15:59+02:00" });
    }
  });
  it("prints an open upper bound as its last second: a date alone stays on its own day, a clock label in its own minute", () => {
    const [item] = buildArchive([fixture("published-views-line")]).items;
    // `Gepubliceerd op 3 mei 2018`: the whole of 3 May, not up to midnight of 4 May (which filed it under 4 May).
    expect(item).toMatchObject({ publishedFrom: "2018-05-03T00:00:00+02:00", publishedTo: "2018-05-03T23:59:59+02:00", sortTime: "2018-05-03T23:59:59+02:00" });
  });
});
