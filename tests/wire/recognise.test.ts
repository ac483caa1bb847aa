/** Table tests for each recogniser, with the lines that must not match. */
import { describe, expect, it } from "vitest";
import { recogniseAgeLine, recogniseByline, recogniseDateline, recogniseGluedAge, recogniseSidebarHeading, recogniseTicker } from "../../src/wire/recognise.js";
import { displayPlace } from "../../src/wire/place-name.js";
import { isCrossheadShape, splitCrossheads } from "../../src/wire/assemble.js";

describe("recogniseDateline", () => {
  it.each([
    ["MINSK (ANP/DPA/RTR) - De Russische minister", "MINSK", ["ANP", "DPA", "RTR"], null, null],
    ["DEN HAAG (ANP) - Het kabinet", "DEN HAAG", ["ANP"], null, null],
    ["'S-HERTOGENBOSCH (ANP) - De gemeente", "'S-HERTOGENBOSCH", ["ANP"], null, null],
    ["TEHERAN/JERUZALEM (ANP/RTR) - Iran", "TEHERAN/JERUZALEM", ["ANP", "RTR"], null, null],
    ["WEST PALM BEACH (ANP/AFP) - De", "WEST PALM BEACH", ["ANP", "AFP"], null, null],
    ["ZUIDOOST-POLEN (ANP) - Bij", "ZUIDOOST-POLEN", ["ANP"], null, null],
    ["BELÉM (ANP) - De klimaattop", "BELÉM", ["ANP"], null, null],
    ["SÃO PAULO (ANP/AFP) - In", "SÃO PAULO", ["ANP", "AFP"], null, null],
    ["BRUSSEL (ANP/Belga) - Het", "BRUSSEL", ["ANP", "Belga"], null, null],
    ["AMSTERDAM (AFN) - De beurs", "AMSTERDAM", ["AFN"], null, null],
    ["NEW YORK (ANP) – Een en-dash", "NEW YORK", ["ANP"], null, null],
    ["LONDEN (ANP) — Een em-dash", "LONDEN", ["ANP"], null, null],
    ["TERNEUZEN - De gemeente", "TERNEUZEN", [], null, null],
    ["16:29 TERNEUZEN - De gemeente", "TERNEUZEN", [], "16:29", null],
    ["8 juni WISSENKERKE - Het dorp", "WISSENKERKE", [], null, "8 juni"],
    ["17 juli DEN BOSCH - ,,We hebben", "DEN BOSCH", [], null, "17 juli"],
  ])("%s", (line, placeRaw, agencies, clock, date) => {
    const match = recogniseDateline(line, "head");
    expect(match).toMatchObject({ placeRaw, agenciesWritten: agencies, clock, date });
    expect(line.slice(0, match!.end)).toBe(match!.raw);
  });

  it.each([
    "Willem II - Heerenveen eindigde in 1-1.",
    "NEC DEFINITIEF GESTAAKT",
    "ABN AMRO zet de rente omhoog.",
    "De Minsk (ANP) - overeenkomst",
    "A - B",
    "Amsterdam (ANP) - kleine letters",
    "",
  ])("must not match: %s", (line) => {
    expect(recogniseDateline(line, "head")).toBeNull();
  });

  it("needs agencies outside the article's own dateline: PSV - Ajax", () => {
    expect(recogniseDateline("PSV - Ajax eindigde in 2-2.", "body")).toBeNull();
    expect(recogniseDateline("PSV - Ajax eindigde in 2-2.", "list")).toBeNull();
    expect(recogniseDateline("UTRECHT (ANP) - Een", "list")).not.toBeNull();
  });
});

describe("ages", () => {
  it.each(["32 minuten geleden", "1 minuut geleden", "1 uur geleden", "13 uur geleden", "3 dagen geleden", "1 week geleden", "2 maanden geleden", "1 jaar geleden", "zojuist", "gisteren", "Gisteren 22:56", "11:40"])(
    "age line: %s",
    (line) => expect(recogniseAgeLine(line)).toEqual({ raw: line, end: line.length }),
  );
  it.each(["22 jaar geleden begon het", "geleden", "32 minuten", "Het was 1 uur geleden", "25:61"])("not an age line: %s", (line) => {
    expect(recogniseAgeLine(line)).toBeNull();
  });
  it("splits an age glued to the next dateline", () => {
    const line = "32 minuten geledenHANOI (ANP/AFP) - Het dodental";
    const glued = recogniseGluedAge(line, "list")!;
    expect(glued.age.raw).toBe("32 minuten geleden");
    expect(glued.dateline.placeRaw).toBe("HANOI");
    expect(line.slice(glued.dateline.end)).toBe("Het dodental");
  });
  it("does not take a sentence that starts with an age for a glued age", () => {
    expect(recogniseGluedAge("22 jaar geleden begon het festival in Zwolle.", "list")).toBeNull();
    expect(recogniseGluedAge("22 jaar geleden Begon Het - festival", "list")).toBeNull();
  });
});

describe("sidebar heading, ticker, byline", () => {
  it("reads Meer uit headings, complete and cut", () => {
    expect(recogniseSidebarHeading("Meer uit Buitenland")).toEqual({ section: "Buitenland" });
    expect(recogniseSidebarHeading("Meer uit Fin")).toEqual({ section: "Fin" });
    expect(recogniseSidebarHeading("Meer uit")).toEqual({ section: null });
    expect(recogniseSidebarHeading("Meer uitleg volgt later.")).toBeNull();
  });
  it("reads ticker lines", () => {
    expect(recogniseTicker("- Buitenland 11:40 Veerboot vaart weer")).toEqual({ section: "Buitenland", clock: "11:40", headline: "Veerboot vaart weer" });
    expect(recogniseTicker("- gewoon een opsomming zonder tijd")).toBeNull();
  });
  it("reads bylines", () => {
    expect(recogniseByline("Door ANP - 7-10-2016, 9:23")).toEqual({
      author: "ANP",
      published: { date: { year: 2016, month: 10, day: 7 }, clock: { hours: 9, minutes: 23 } },
      updated: null,
      agencies: ["ANP"],
    });
    expect(recogniseByline("Door de regen - is alles nat")).toBeNull();
  });
});

describe("displayPlace", () => {
  it.each([
    ["DEN HAAG", "Den Haag"],
    ["'S-HERTOGENBOSCH", "'s-Hertogenbosch"],
    ["IJMUIDEN", "IJmuiden"],
    ["BERGEN OP ZOOM", "Bergen op Zoom"],
    ["BELÉM", "Belém"],
    ["NEW YORK", "New York"],
    ["WEST PALM BEACH", "West Palm Beach"],
    ["ZUIDOOST-POLEN", "Zuidoost-Polen"],
    ["TEHERAN/JERUZALEM", "Teheran/Jeruzalem"],
    ["WIJK AAN ZEE", "Wijk aan Zee"],
    ["TER APEL", "Ter Apel"],
    ["SÃO PAULO", "São Paulo"],
    ["'T ZAND", "'t Zand"],
    ["AIX-EN-PROVENCE", "Aix-en-Provence"],
  ])("%s -> %s", (raw, display) => expect(displayPlace(raw)).toBe(display));
});

describe("crossheads", () => {
  it.each(["Voorjaarstrek nareisde", "'Geen haast'", "Verkeer vast rond de haven"])("crosshead: %s", (line) => expect(isCrossheadShape(line)).toBe(true));
  it.each(["Een gewone zin.", "Wat nu?", "Zegt hij:", "kleine letter zonder punt", "x".repeat(81)])("no crosshead: %s", (line) => expect(isCrossheadShape(line)).toBe(false));
  it("never makes the last line or the first line a crosshead", () => {
    expect(splitCrossheads(["Eerste alinea.", "Tussenkop", "Tweede alinea.", "Afgebroken zin zonder"])).toEqual({
      paragraphs: ["Eerste alinea.", "Tweede alinea.", "Afgebroken zin zonder"],
      crossheads: [{ text: "Tussenkop", beforeParagraph: 1 }],
    });
  });
});
