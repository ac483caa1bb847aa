/**
 * Table tests for the recognisers of other sites' shapes (issue #12), each with the lines that
 * must not match: sports results, headlines with a dash, names that look like places.
 */
import { describe, expect, it } from "vitest";
import {
  agenciesIn,
  recogniseCredit,
  recogniseCreditedText,
  recogniseDateline,
  recogniseEmbeddedPost,
  recogniseLinkLine,
  recogniseMixedCaseDateline,
  recogniseAgeLine,
  recogniseBylineWithDate,
  recogniseLine,
  recogniseNameByline,
  recognisePlaceLine,
  recogniseTicker,
  recognisePublicationLine,
  recogniseSignoff,
} from "../../src/wire/recognise.js";
import { isHeadlineShape, splitCrossheads } from "../../src/wire/assemble.js";
import { parseCapture } from "../../src/wire/index.js";
import { COUNTER_LINE, DOUBTFUL_HEADLINE, LOWER_CASE_HEADLINE_LABEL, PAGE_DATE_LINE, PLAIN_CREDIT_LINE } from "../../src/wire/vocabulary.js";

const afterHeadline = { afterHeadline: true, afterTitle: false, afterParagraph: false, afterByline: false };

describe("recogniseMixedCaseDateline", () => {
  it.each([
    ["Den Haag - Het kabinet wil meer geld voor dijken.", "Den Haag", []],
    ["Amsterdam - De gemeente wil meer bankjes in parken.", "Amsterdam", []],
    ["Bergen op Zoom - De haven krijgt een drijvend fietspad.", "Bergen op Zoom", []],
    ["Arnhem/ Huissen - Bij een brand in een loods raakte niemand gewond.", "Arnhem/ Huissen", []],
    ["'s-Hertogenbosch - De stad viert carnaval met een optocht.", "'s-Hertogenbosch", []],
    ["Zwolle (ANP) - Een kort bericht.", "Zwolle", ["ANP"]],
    ["Zwolle (ANP). Een kort bericht.", "Zwolle", ["ANP"]],
    ["Gent (Belga) – Een bericht.", "Gent", ["Belga"]],
  ])("%s", (line, placeRaw, agencies) => {
    const match = recogniseMixedCaseDateline(line, "head", afterHeadline);
    expect(match).toMatchObject({ placeRaw, agenciesWritten: agencies });
    expect(line.slice(0, match!.end)).toBe(match!.raw);
  });

  it.each([
    "Ajax - Feyenoord eindigt in 1-1 na een spannende wedstrijd.",
    "FC Duinzicht - SV Polderwind eindigde in 2-2.",
    "Ajax - Feyenoord",
    "Roesde en ezelen - Een titel met gewone woorden.",
    "Brand in loods - De brandweer rukte uit naar de haven.",
    "Het kabinet (CDA) - een partij in een zin",
    "De gemeente wil in Zwolle - net als elders - meer bankjes.",
    "Minister De Jonge (CDA) - zegt iets",
  ])("must not match: %s", (line) => {
    expect(recogniseMixedCaseDateline(line, "head", afterHeadline)).toBeNull();
  });

  it("needs a headline before it, unless a known agency is written", () => {
    expect(recogniseMixedCaseDateline("Den Haag - Het kabinet wil meer geld voor dijken.", "head")).toBeNull();
    expect(recogniseMixedCaseDateline("Den Haag - Het kabinet wil meer geld voor dijken.", "body", afterHeadline)).toBeNull();
    expect(recogniseMixedCaseDateline("Den Haag (ANP) - Het kabinet.", "list")).not.toBeNull();
  });
});

describe("datelines: other punctuation and sports results", () => {
  it.each([
    ["UTRECHT (ANP). De minister opent de brug.", "UTRECHT", ["ANP"]],
    ["DEN HAAG (ANP): Het kabinet wil meer.", "DEN HAAG", ["ANP"]],
    ["DEN HAAG (ANP)- Het kabinet wil meer.", "DEN HAAG", ["ANP"]],
    ["UTRECHT(ANP) - Een ontbrekende spatie.", "UTRECHT", ["ANP"]],
  ])("%s", (line, placeRaw, agencies) => {
    const match = recogniseDateline(line, "body");
    expect(match).toMatchObject({ placeRaw, agenciesWritten: agencies });
    expect(line.slice(0, match!.end)).toBe(match!.raw);
  });
  it.each(["UTRECHT. De minister opent de brug.", "PSV - AJAX 2-2 in de topper.", "NEC - PSV eindigde in 0-3."])("must not match: %s", (line) => {
    expect(recogniseDateline(line, "head")).toBeNull();
  });
});

describe("recognisePlaceLine", () => {
  it.each([
    ["Zwolle", "Zwolle"],
    ["DEN HAAG", "DEN HAAG"],
    ["Bergen op Zoom", "Bergen op Zoom"],
    ["Den Haag (ANP)", "Den Haag"],
    ["Wijk aan Zee", "Wijk aan Zee"],
  ])("%s", (line, placeRaw) => expect(recognisePlaceLine(line)).toMatchObject({ placeRaw }));
  it.each(["Petra de Vries", "Jan Kleinberg", "Binnenland", "Zwolle gaat door", "Menu", "A", "Brug dicht."])("must not match: %s", (line) => {
    expect(recognisePlaceLine(line)).toBeNull();
  });
});

describe("recognisePublicationLine", () => {
  it.each([
    ["Donderdag 27 april 2017 09:11", null, { year: 2017, month: 4, day: 27 }, { hours: 9, minutes: 11 }],
    ["dinsdag 1 juli 2025 - 02:19 uur", null, { year: 2025, month: 7, day: 1 }, { hours: 2, minutes: 19 }],
    ["06 maart 2018", null, { year: 2018, month: 3, day: 6 }, null],
    ["09u46", null, null, { hours: 9, minutes: 46 }],
    ["12-03-2019 14:05", null, { year: 2019, month: 3, day: 12 }, { hours: 14, minutes: 5 }],
    ["Gepubliceerd op 3 mei 2018 | Views: 208", "published", { year: 2018, month: 5, day: 3 }, null],
    ["Gepubliceerd op | Views: 188", "published", null, null],
    ["Laatste update: 14:32", "updated", null, { hours: 14, minutes: 32 }],
    ["Bijgewerkt op 3 mei 2018 om 14:32", "updated", { year: 2018, month: 5, day: 3 }, { hours: 14, minutes: 32 }],
    ["3 okt. 2016 9.23", null, { year: 2016, month: 10, day: 3 }, { hours: 9, minutes: 23 }],
  ])("%s", (line, role, date, clock) => expect(recognisePublicationLine(line)).toEqual({ role, date, relativeDay: null, clock, more: [] }));
  it.each(["2017", "31-02-2019 10:00", "Ajax wint met 3-1", "Op 27 april 2017 was het feest.", "Gepubliceerd op", "De brug gaat om 14:32 open", "25:61"])(
    "must not match: %s",
    (line) => expect(recognisePublicationLine(line)).toBeNull(),
  );
});

describe("date lines in parts and relative to the capture's day", () => {
  it("reads `Vandaag om 07:34 • Aangepast vandaag om 08:47` as a published and an updated part", () => {
    const match = recognisePublicationLine("Vandaag om 07:34 • Aangepast vandaag om 08:47");
    expect(match).toMatchObject({ role: null, date: null, relativeDay: 0, clock: { hours: 7, minutes: 34 } });
    expect(match!.more).toEqual([{ role: "updated", date: null, relativeDay: 0, clock: { hours: 8, minutes: 47 }, more: [] }]);
  });
  it("reads the clock in brackets and the site after a dash: `vrijdag, 20 maart 2026 (18:31) - Voorbeeld.nl`", () => {
    expect(recognisePublicationLine("vrijdag, 20 maart 2026 (18:31) - Voorbeeld.nl")).toMatchObject({ date: { year: 2026, month: 3, day: 20 }, clock: { hours: 18, minutes: 31 } });
    expect(recognisePublicationLine("20 maart 2026 - Brug dicht")).toBeNull();
  });
  it("reads `gisteren` as the day before", () => {
    expect(recognisePublicationLine("Gepubliceerd gisteren om 22:10")).toMatchObject({ role: "published", relativeDay: -1, clock: { hours: 22, minutes: 10 } });
  });
  it.each(["Vandaag", "Vandaag om 07:34 • Deel dit artikel", "Kerk • 12:00 • Markt", "Vandaag om 25:10"])("must not match: %s", (line) =>
    expect(recognisePublicationLine(line)).toBeNull(),
  );
});

describe("bylines with date parts", () => {
  it("reads the byline, publication and update of RTV Utrecht's one line", () => {
    expect(recogniseBylineWithDate("Door de sportredactie ∑ geplaatst: zaterdag 14 maart 2026, 18:00 uur | update: zaterdag 14 maart 2026, 18:32 uur")).toEqual({
      author: "de sportredactie",
      published: { date: { year: 2026, month: 3, day: 14 }, clock: { hours: 18, minutes: 0 } },
      updated: { date: { year: 2026, month: 3, day: 14 }, clock: { hours: 18, minutes: 32 } },
      agencies: [],
    });
  });
  it("reads `Door Jan Smit • 3 mei 2018 14:05`", () => {
    expect(recogniseBylineWithDate("Door Jan Smit • 3 mei 2018 14:05")).toMatchObject({ author: "Jan Smit", published: { clock: { hours: 14, minutes: 5 } }, updated: null });
  });
  it.each(["Door de regen | geen wedstrijd", "Door de storm • 14:05", "Door Jan Smit • gisteren om 14:05", "Door Jan Smit"])("must not match: %s", (line) =>
    expect(recogniseBylineWithDate(line)).toBeNull(),
  );
});

describe("bylines without date", () => {
  it.each([
    ["Door Petra de Vries, ANP", "Petra de Vries, ANP", ["ANP"]],
    ["Door ANP", "ANP", ["ANP"]],
    ["Door: Jan Smit", "Jan Smit", []],
    ["Van onze correspondent Jan Smit", "Jan Smit", []],
    ["Door Peter Molenkamp Kopieer naar clipboard", "Peter Molenkamp", []],
    ["door anp", "ANP", ["ANP"]],
    ["door anp/afp", "ANP/AFP", ["ANP", "AFP"]],
    ["Van een onzer verslaggevers", "Van een onzer verslaggevers", []],
    ["Van onze correspondent", "Van onze correspondent", []],
  ])("%s", (line, author, agencies) => expect(recogniseNameByline(line)).toMatchObject({ author, agencies, published: null }));
  it.each(["door de regen", "door brug", "door anp en de politie", "Door de regen is alles nat", "Door Europa fietsen duurt lang.", "Doorgaan met de brug", "Door Jan en Piet en Klaas en Marie en Els en Kees en Lies wordt het gedaan"])(
    "must not match: %s",
    (line) => expect(recogniseNameByline(line)).toBeNull(),
  );
});

describe("credits, sign-offs, links, embedded posts", () => {
  it.each([
    ["Bron: ANP", "source", ["ANP"]],
    ["Bron: ANP/AFP", "source", ["ANP", "AFP"]],
    ["Foto: ANP", "photo", ["ANP"]],
    ["beeld anp", "photo", ["ANP"]],
    ["beeld bakkerij de korenschoof", "photo", []],
    ["Foto Pepijn Kouwenberg", "photo", []],
    ["Beeld ANP / Hollandse Hoogte", "photo", ["ANP"]],
    ["© ANP / Hollandse Hoogte", "photo", ["ANP"]],
    ["ANP Image", "photo", ["ANP"]],
  ])("%s", (line, credit, agencies) => expect(recogniseCredit(line)).toEqual({ credit, agencies }));
  it.each(["Beeld van de week", "Foto's van de brand gingen rond.", "Bronnen in de tuin", "Foto van een molen in de mist"])("no credit: %s", (line) => {
    expect(recogniseCredit(line)).toBeNull();
  });
  it("reads a source credit glued before the lead, with a comment counter", () => {
    const line = "Bron: ANP 0 Aan de Amstel is een brug gesloten.";
    const match = recogniseCreditedText(line)!;
    expect(match).toEqual({ credit: "Bron: ANP 0", agencies: ["ANP"], textStart: 12 });
    expect(line.slice(match.textStart)).toBe("Aan de Amstel is een brug gesloten.");
    expect(recogniseCreditedText("Bron: de gemeente zegt dat het klopt.")).toBeNull();
  });
  it.each(["ANP", "(ANP)", "ANP/AFP", "(ANP/Belga)"])("sign-off: %s", (line) => expect(recogniseSignoff(line)).not.toBeNull());
  it.each(["NOS", "PSV", "(CDA)", "AD"])("no sign-off: %s", (line) => {
    // NOS is in the agency table, so it counts; the others are no agencies.
    expect(recogniseSignoff(line) !== null).toBe(line === "NOS");
  });
  it.each(["Lees verder", "Lees meer »", "Lees verder op nu.nl", "Lees ook: Brug gaat dicht", "https://www.example.nl/artikel/1", "The post Brug dicht appeared first on Nieuws.nl"])(
    "link line: %s",
    (line) => expect(recogniseLinkLine(line)).toBe(true),
  );
  it.each(["Lees verder dan de kop", "Lezen is leuk."])("no link line: %s", (line) => expect(recogniseLinkLine(line)).toBe(false));
  it("embedded posts need a URL and an account", () => {
    expect(recogniseEmbeddedPost("Vuurwerk boven de haven https://t.co/x1 pic.twitter.com/y2 — Jan (@jan) 3 maart 2018")).toBe(true);
    expect(recogniseEmbeddedPost("Meer op www.example.nl, zegt de gemeente.")).toBe(false);
    expect(recogniseEmbeddedPost("Volg ons op X (@gemeente) voor nieuws.")).toBe(false);
  });
  it("agency codes in credits: known codes in capitals, names of four letters or more in any case", () => {
    expect(agenciesIn("© ANP / Hollandse Hoogte")).toEqual(["ANP"]);
    expect(agenciesIn("Foto: Reuters")).toEqual(["REUTERS"]);
    expect(agenciesIn("beeld anp")).toEqual(["ANP"]);
    expect(agenciesIn("Ⓒ ANP/ AD")).toEqual(["ANP"]);
    expect(agenciesIn("een tap bier")).toEqual([]);
  });
});

describe("headline shapes and labels", () => {
  it.each(["Brug dicht?", "Bergen op Zoom krijgt drijvend fietspad: ’Eindelijk droge voeten’", "'Het gaat goed'", "Insop gaat door N.: 'Het is goed'"])("headline: %s", (line) => {
    expect(isHeadlineShape(line)).toBe(true);
  });
  it.each(["De brug is dicht.", "Brug dicht. Fietsers moeten omrijden", "x".repeat(201), ""])("no headline: %s", (line) => {
    expect(isHeadlineShape(line)).toBe(false);
  });
  it("reads a lower-case label before a capital, not a word with a capital inside", () => {
    expect(LOWER_CASE_HEADLINE_LABEL.exec("video Brug weer open")?.[1]).toBe("video");
    expect(LOWER_CASE_HEADLINE_LABEL.exec("iPhone-verkoop stijgt")).toBeNull();
    expect(LOWER_CASE_HEADLINE_LABEL.exec("Brug weer open")).toBeNull();
  });
  it("reads day-archive headings as page dates", () => {
    expect(PAGE_DATE_LINE.exec("Nieuws van zaterdag 16 april 2016")?.[1]).toBe("Nieuws");
    expect(PAGE_DATE_LINE.test("maandag 3 november 2025")).toBe(true);
    expect(PAGE_DATE_LINE.test("Nieuws van de week")).toBe(false);
  });
  it("plain credits need capitalised words after a capital Foto/Beeld", () => {
    expect(PLAIN_CREDIT_LINE.test("Foto Jan Smit")).toBe(true);
    expect(PLAIN_CREDIT_LINE.test("Foto van de dag")).toBe(false);
  });
  it("reads counter lines whatever their words, not headlines with a bar", () => {
    for (const line of ["Gepubliceerd op | Views: 188", "Citroenbomen op | Brasa: 52", "3 mei 2018 | Reacties: 1.024"]) expect(COUNTER_LINE.test(line)).toBe(true);
    for (const line of ["Brug dicht | video", "Uitslag: 3-1 | Ajax wint", "Stand | Ajax: 3-1"]) expect(COUNTER_LINE.test(line)).toBe(false);
  });
});

describe("lines the other sites showed (welingelichtekringen, Omroep Brabant, ANP's coverage plan)", () => {
  const line = (text: string) => ({ text, raw: text, start: 0, end: text.length, line: 1 });
  it("reads the ANP photo id and `Archieffoto:` as photo credits, a bracketed lower-case credit as a caption", () => {
    expect(recogniseCredit("anp130326129 1")).toEqual({ credit: "photo", agencies: ["ANP"] });
    expect(recogniseCredit("Archieffoto: Anne Verhoef")).toEqual({ credit: "photo", agencies: [] });
    expect(recogniseLine(line("De koe na de redding (foto: Omroep Voorbeeld)."), "head").kind).toBe("caption");
    expect(recogniseCredit("anp is een persbureau")).toBeNull();
  });
  it("takes a skip link for boilerplate", () => {
    expect(recogniseLine(line("Navigatie overslaan"), "head").kind).toBe("boilerplate");
  });
  it("reads a ticker line only with a section label before the clock", () => {
    expect(recogniseTicker("- Buitenland 11:40 Brug weer open")).toMatchObject({ section: "Buitenland", clock: "11:40" });
    expect(recogniseTicker("- Den Haag 09.05 Kabinet komt bijeen")).toMatchObject({ section: "Den Haag" });
    expect(recogniseTicker("- Het waterschap maakt om 13.00 uur bekend hoeveel dijkpalen zijn vervangen.")).toBeNull();
  });
  it("after a paragraph in the head, a capitalised line with a dash is a dateline only with an agency", () => {
    const afterParagraph = { afterHeadline: true, afterTitle: false, afterParagraph: true, afterByline: false };
    expect(recogniseLine(line("TUSSENSTAND NA VIERDE WEDSTRIJD - TOP VIJF:"), "head", afterParagraph).kind).toBe("text");
    expect(recogniseLine(line("TUSSENSTAND NA VIERDE WEDSTRIJD - TOP VIJF:"), "head", afterHeadline).kind).toBe("dateline");
    expect(recogniseLine(line("HEERDE (ANP) - De klompenrace is verplaatst."), "head", afterParagraph).kind).toBe("dateline");
  });
  it("keeps a numbered list as paragraphs, not crossheads", () => {
    const { paragraphs, crossheads } = splitCrossheads(["Eerste alinea van het stuk.", "Vrouwen:", "1. Ina Visser 170", "2. Femke de Wit 115", "Slot."]);
    expect(crossheads).toEqual([]);
    expect(paragraphs).toHaveLength(5);
    expect(splitCrossheads(["Eerste alinea.", "1. De aanloop", "Tweede alinea."]).crossheads).toEqual([{ text: "1. De aanloop", beforeParagraph: 1 }]);
  });
  it("doubts a headline that holds a byline, a date and clock or a date-line label", () => {
    for (const headline of ["door anp", "Weer winst voor Heerde klompje99 14-03-2026 13:31 print", "Door de sportredactie ∑ geplaatst: 14 maart 2026", "Brug open 14 maart 2026 om 13:31"]) expect(DOUBTFUL_HEADLINE.test(headline)).toBe(true);
    for (const headline of ["Door de regen valt de markt uit", "Brug over de Vecht weer open", "Winst 3-1 op 14 maart", "Update voor app van gemeente"]) expect(DOUBTFUL_HEADLINE.test(headline)).toBe(false);
  });
  it("warns of a long one-word place glued to its agencies, not of a short one or one with a space", () => {
    const codes = (dateline: string) =>
      parseCapture(`Kop van het bericht\n${dateline} - De brug is weer open voor fietsers en wandelaars.\n`, { source: "x.txt", capturedAt: "2026-03-14T09:30:00+01:00" }).diagnostics.map((d) => d.code);
    expect(codes("VEEMARKTOLDEBROEK(ANP)")).toContain("glued-dateline-place");
    expect(codes("OMMEN(ANP)")).not.toContain("glued-dateline-place");
    expect(codes("GASSELTERNIJVEENSCHEMOND (ANP)")).not.toContain("glued-dateline-place");
  });
  it("keeps a liveblog entry's clock as a crosshead, after a dateline too, where it was an orphan age", () => {
    const record = parseCapture("Liveblog van het dorpsfeest\nHEESWIJK (ANP) - De optocht is begonnen met dertig wagens.\n\n21.30\nDe jury koos de mooiste wagen.\n\n20.00 uur\nHet vuurwerk begint later.\n", { source: "x.txt", capturedAt: "2026-03-14T22:00:00+01:00" });
    expect(record.article!.crossheads).toEqual([{ text: "21.30", beforeParagraph: 1 }, { text: "20.00 uur", beforeParagraph: 2 }]);
    expect(record.diagnostics.map((d) => d.code)).not.toContain("orphan-age");
    // Before any text, a clock is still the article's time line (`Laatste update: 14:32` and the like).
    expect(parseCapture("Brug weer open\n14:32\nDe brug over de Vecht is weer open voor het verkeer.\n", { source: "x.txt" }).article!.crossheads).toEqual([]);
  });
  it("reads an age with its section after it, `36 min geleden in BINNENLAND`, not a title with `in`", () => {
    expect(recogniseAgeLine("36 min geleden in BINNENLAND")).toEqual({ raw: "36 min geleden", end: 14, section: "BINNENLAND" });
    expect(recogniseAgeLine("2 uur geleden in BUITENLAND")).toMatchObject({ raw: "2 uur geleden" });
    for (const title of ["Gisteren in Den Haag", "Vandaag in Nijmegen", "3 uur geleden in Amsterdam gevonden"]) expect(recogniseAgeLine(title), title).toBeNull();
  });
});

describe("lines of clipping and aggregator pages (a third batch of stored pages, 4 December)", () => {
  const body = { afterHeadline: true, afterTitle: false, afterParagraph: true, afterByline: false };
  it("reads the wire's double hyphen as a dateline anywhere, the text after it starting with a capital", () => {
    expect(recogniseDateline("PHILIPSBURG--The annual boat race was won by the Sea Breeze.", "body")).toMatchObject({ raw: "PHILIPSBURG--", placeRaw: "PHILIPSBURG", agenciesWritten: [] });
    expect(recogniseDateline("DEN HAAG (AP) -- The council met on Saturday.", "body")).toMatchObject({ raw: "DEN HAAG (AP) -- ", agenciesWritten: ["AP"] });
    for (const line of ["COVID--19 is terug in de regio.", "PHILIPSBURG--the boat race.", "Philipsburg--The boat race.", "A--B"]) expect(recogniseDateline(line, "body"), line).toBeNull();
    // A single dash without agencies still needs the head.
    expect(recogniseDateline("PHILIPSBURG - The annual boat race was won.", "body")).toBeNull();
  });
  it("reads `Name | Paper` as a byline in a body or under a headline, never as a page's first line", () => {
    const line = (text: string) => ({ text, raw: text, start: 0, end: text.length, line: 2, column: 1 });
    expect(recogniseLine(line("Sammie Petersen | Dagblad Voorbeeld"), "body", body)).toMatchObject({ kind: "byline", byline: { author: "Sammie Petersen", agencies: [] } });
    expect(recogniseLine(line("Klaas-Jan van der Molen | ANP"), "head", afterHeadline)).toMatchObject({ kind: "byline", byline: { author: "Klaas-Jan van der Molen", agencies: ["ANP"] } });
    expect(recogniseLine(line("Sammie Petersen | Dagblad Voorbeeld"), "head")).toMatchObject({ kind: "text" });
    for (const text of ["Brand in Zwolle | Video", "LIVE | Dorpsfeest begint", "Nieuws | Sport | Regio", "Petra | Voorbeeld", "Petra de Vries | de krant"]) expect(recogniseLine(line(text), "body", body).kind, text).toBe("text");
  });
  it("takes `Door: Naam` at the top of a page for a byline, `Door Naam` still for a headline", () => {
    expect(parseCapture("Door: Jan Smit\nWILLEMSTAD - Zo'n honderd bezoekers moesten langer wachten op hun bus.\n", { source: "x.txt" }).article).toMatchObject({ headline: "", byline: { author: "Jan Smit" } });
    expect(parseCapture("Door Zeeland op de fiets\nMIDDELBURG - Een nieuwe fietsroute leidt langs twintig dorpen in de provincie.\n", { source: "x.txt" }).article).toMatchObject({ headline: "Door Zeeland op de fiets", byline: null });
  });
  it("reads a list whose items each stand under a date line of their own as dated briefs, and only such a list", () => {
    const page = (items: string[]) => parseCapture(`Nieuws uit de regio\n\n${items.join("\n\n")}\n`, { source: "x.txt", capturedAt: "2026-03-28T10:15:00+01:00" });
    const under = page(["Molen draait weer\n24 maart 2026\nDe molen in Zuidveen draait weer na de restauratie van de wieken.", "Veerpont vaart weer\n23 maart 2026\nDe veerpont tussen Zuidveen en Oosterwold vaart weer na een storing."]);
    expect(under.pageKind).toBe("brief-list");
    expect(under.related!.items.map((b) => [b.title, b.published?.raw, b.publishedFrom, b.publishedTo])).toEqual([
      ["Molen draait weer", "24 maart 2026", "2026-03-24T00:00:00+01:00", "2026-03-25T00:00:00+01:00"],
      ["Veerpont vaart weer", "23 maart 2026", "2026-03-23T00:00:00+01:00", "2026-03-24T00:00:00+01:00"],
    ]);
    expect(under.skipped).toEqual([{ reason: "chrome", text: "Nieuws uit de regio", line: 1 }]);
    const before = page(["02-03-2026\nMolen krijgt subsidie\nProvincie betaalt wieken\nDe provincie betaalt de nieuwe wieken van de molen.", "04-03-2026\nVeerpont vaart weer\nDe veerpont tussen Zuidveen en Oosterwold vaart weer."]);
    expect(before.related!.items.map((b) => [b.title, b.text, b.published?.precision])).toEqual([
      ["Molen krijgt subsidie", "Provincie betaalt wieken De provincie betaalt de nieuwe wieken van de molen.", "day"],
      ["Veerpont vaart weer", "De veerpont tussen Zuidveen en Oosterwold vaart weer.", "day"],
    ]);
    // One date line is an article's; dates after the text, or an update, part no items.
    expect(page(["Molen draait weer\n24 maart 2026\nDe molen in Zuidveen draait weer na de restauratie.\n\nWieken\n\nDe wieken zijn van Zweeds grenen."]).pageKind).toBe("article");
    const after = page(["Molen draait weer\nDe molen in Zuidveen draait weer na de restauratie.\n24 maart 2026", "Veerpont vaart weer\nDe veerpont vaart weer na een storing.\n23 maart 2026"]);
    expect(after.related?.items.some((b) => b.published) ?? false).toBe(false);
    const updated = page(["Molen draait weer\n24 maart 2026\nDe molen in Zuidveen draait weer na de restauratie.\nLaatste update: 24 maart 2026 14:05\nDe molenaar is blij."]);
    expect(updated.related?.items.some((b) => b.published) ?? false).toBe(false);
  });
  it("reads English dates in date lines (Surinamese sites, Drupal), never Dutch words in their places", () => {
    const read = (line: string) => {
      const m = recognisePublicationLine(line);
      return m && [m.date && `${m.date.year}-${m.date.month}-${m.date.day}`, m.clock && `${m.clock.hours}:${m.clock.minutes}`];
    };
    expect(read("March 27, 2026")).toEqual(["2026-3-27", null]);
    expect(read("Mar 27, 2026 - 10:22")).toEqual(["2026-3-27", "10:22"]);
    expect(read("27 Mar, 2026")).toEqual(["2026-3-27", null]);
    expect(read("woensdag 18 March 2026")).toEqual(["2026-3-18", null]);
    expect(read("Sept 3, 2025")).toEqual(["2025-9-3", null]);
    expect(read("27 MRT 2026")).toEqual(["2026-3-27", null]);
    for (const line of ["Maart 27, 2026", "March 32, 2026", "February 30, 2026", "Mars 27, 2026", "March 2026"]) expect(read(line), line).toBeNull();
  });
  it("reads Metro's caption `... / Naam | ANP` and author photo `Foto van 'Naam'`; an article whose sections are one paragraph each stays one", () => {
    const line = (text: string) => ({ text, raw: text, start: 0, end: text.length, line: 2, column: 1 });
    expect(recogniseLine(line("De veerpont bij Zuidveen in de mist. / Anna de Wit | ANP"), "head", afterHeadline)).toMatchObject({ kind: "caption", agencies: ["ANP"] });
    expect(recogniseLine(line("De brug bij nacht. / Anna de Wit | Voorbeeldkrant"), "head", afterHeadline).kind).toBe("text");
    expect(recogniseLine(line("Foto van 'Pieter Jansen'"), "head", afterHeadline)).toMatchObject({ kind: "byline", byline: { author: "Pieter Jansen" } });
    for (const text of ["Foto van de week", "Foto van Pieter Jansen wint prijs"]) expect(recogniseLine(line(text), "head", afterHeadline).kind, text).toBe("text");
    const sections = "Brug bij Zuidveen gaat dicht\n\nFoto van 'Pieter Jansen'\n\nDe brug bij Zuidveen gaat drie weken dicht voor onderhoud.\n\nOmleiding\n\nFietsers rijden om via Oosterwold.\n\nSchepen\n\nSchepen kunnen gewoon door.\n";
    expect(parseCapture(sections, { source: "x.txt" })).toMatchObject({ pageKind: "article", article: { headline: "Brug bij Zuidveen gaat dicht", byline: { author: "Pieter Jansen" } } });
    // Without the byline it is the list of three one-paragraph items it was before.
    expect(parseCapture(sections.replace("Foto van 'Pieter Jansen'\n\n", ""), { source: "x.txt" }).pageKind).toBe("brief-list");
  });
  it("flags an article whose text goes on after `Lees ook`, with or without dateline, and not one that ends there", () => {
    const codes = (text: string) => parseCapture(text, { source: "x.txt" }).diagnostics.map((d) => d.code);
    const article = "Brug bij Zwolle weer open\n\nZWOLLE (ANP) - De brug over de IJssel is weer opengegaan na een storing.\n\n";
    expect(codes(`${article}Lees ook\n\nVeerpont vaart weer\n\nDe veerpont bij Hattem vaart weer na onderhoud...\n`)).toContain("text-after-related-links");
    expect(codes(`${article}Meer nieuws\n`)).not.toContain("text-after-related-links");
    expect(codes(`${article}Monteurs werkten de hele nacht door.\n`)).not.toContain("text-after-related-links");
    // Without dateline the heading stands in the head: flagged there too (an article of two
    // paragraphs and three teasers; with one-paragraph items the page is read as a list instead).
    const teasers = ["Veerpont vaart weer", "Bakker bakt krentenbol", "Koor zingt in kerk"].map((t) => `${t}\n\nDe tekst van het bericht over ${t.toLowerCase()} gaat hier verder...\n\n`).join("");
    expect(codes(`Brug bij Zwolle weer open\n\nDe brug over de IJssel is weer opengegaan na een storing.\n\nMonteurs werkten de hele nacht door.\n\nLees ook\n\n${teasers}`)).toContain("text-after-related-links");
  });
});
