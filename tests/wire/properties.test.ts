/**
 * Promises that hold for any input (fast-check): parsing never throws, is deterministic,
 * gives schema-valid records with consistent positions, and loses no word.
 */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseCapture, parseCaptureInDetail, DIAGNOSTIC_CODES } from "../../src/wire/index.js";
import { expectSchemaValid } from "../support/schema.js";
import { lostWords } from "../support/coverage.js";

/** Pieces real captures are made of, so generated text reaches deep into the assembler. */
const piece = fc.oneof(
  fc.constantFrom(
    "Veerpont vaart weer na storing",
    "DEN HAAG (ANP) - Het kabinet wil meer bruggen.",
    "TEHERAN/JERUZALEM (ANP/RTR) - Sterrenkundigen zagen een vuurbal.",
    "TERNEUZEN - De sluis is dicht.",
    "16:29 VLISSINGEN - Een veerboot.",
    "8 juni WISSENKERKE - Het dorp.",
    "Meer uit Buitenland",
    "Meer uit Fin",
    "Meer uit",
    "32 minuten geleden",
    "13 uur geleden",
    "Gisteren 22:56",
    "11:40",
    "zojuist",
    "999999 jaar geleden",
    "32 minuten geledenHANOI (ANP/AFP) - Het dodental steeg.",
    "1 uur geledenBRUSSEL (ANP/XYZ) - Onbekend persbureau.",
    "Webmail",
    "Kies je webmail",
    "- Buitenland 11:40 Kop van een bericht",
    "Door ANP - 7-10-2016, 9:23",
    "ANP Image",
    "Foto: ANP",
    "UPDATEBrug weer open",
    "ANP Bibliotheek gaat langer open",
    "maandag 3 november 2025",
    "Editie: NL & Wereld | Zeeland",
    "Buitenland",
    "Net binnen",
    "Tussenkop",
    "'Geen haast'",
    "FC Duinzicht - SV Polderwind eindigde in 2-2.",
    "22 jaar geleden begon het festival.",
    // other sites (issue #12)
    "Den Haag - Het kabinet wil meer geld voor de dijken langs de kust.",
    "Arnhem/ Huissen - Een brand in een loods.",
    "UTRECHT (ANP). De minister opent de brug.",
    "Zwolle",
    "Door Petra de Vries, ANP",
    "Door ANP - 5-1-2017, 17:26 (Update 5-1-2017, 17:40)",
    "Donderdag 27 april 2017 09:11",
    "06 maart 2018",
    "09u46",
    "Gepubliceerd op | Views: 188",
    "Bron: ANP 0 Aan de Amstel is een brug dicht.",
    "beeld anp",
    "Jan Smit bij de brug.",
    "Jan Smit bij de brug. © ANP",
    "Volledig scherm",
    "ANP",
    "Lees verder",
    "Brand in loods - De brandweer rukte uit.",
    "Nieuws van zaterdag 16 april 2016",
    "Kop een Kop twee DEN HAAG (ANP) - Het bericht loopt door bij de ROTTERDAM (GPD/ANP) - Nog een.",
    "van een agger¬",
    "kleide uitschuift en meer",
    "Vuurwerk https://t.co/x pic.twitter.com/y — Jan (@jan)",
    "---",
    "---js",
    "captured: 2025-11-22T10:00:00+01:00",
    "",
    " ",
  ),
  fc.string({ maxLength: 40 }),
  fc.string({ unit: "grapheme", maxLength: 30 }),
);
const captureText = fc.array(piece, { maxLength: 30 }).chain((pieces) =>
  fc.constantFrom("\n", "\r\n", "\r", "\n\n").map((newline) => pieces.join(newline)),
);

const parse = (text: string | Uint8Array) => parseCaptureInDetail(text, { source: "2025-11-22T1000-prop.txt", nowMs: Date.UTC(2026, 0, 1) });

describe("parser properties", () => {
  it("never throws and always follows the contract", () => {
    fc.assert(
      fc.property(captureText, (text) => {
        expectSchemaValid(parse(text).record);
      }),
      { numRuns: 1000 },
    );
  });

  it("never throws on arbitrary bytes", () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 600 }), (bytes) => {
        expectSchemaValid(parse(bytes).record);
      }),
      { numRuns: 600 },
    );
  });

  it("is deterministic", () => {
    fc.assert(
      fc.property(captureText, (text) => {
        expect(JSON.stringify(parse(text).record)).toBe(JSON.stringify(parse(text).record));
      }),
      { numRuns: 100 },
    );
  });

  it("keeps every position inside the text, with raw slices that hold what was recognised", () => {
    fc.assert(
      fc.property(captureText, (text) => {
        const { record, text: decoded } = parse(text);
        const spans = [...(record.related?.items ?? []).map((i) => i.span), ...(record.article ? [record.article.span] : []), ...record.ticker.map((t) => t.span)];
        for (const span of spans) {
          expect(span.start).toBeGreaterThanOrEqual(0);
          expect(span.end).toBeGreaterThanOrEqual(span.start);
          expect(span.end).toBeLessThanOrEqual(decoded.length);
        }
        for (const item of record.related?.items ?? []) {
          const raw = decoded.slice(item.span.start, item.span.end);
          if (item.dateline) expect(raw).toContain(item.dateline.placeRaw!);
          if (item.age) expect(raw.replace(/\s+/g, " ")).toContain(item.age.raw);
        }
        for (const d of record.diagnostics) {
          expect(d.offset).toBeLessThanOrEqual(decoded.length);
          expect(d.line).toBeGreaterThanOrEqual(1);
        }
      }),
      { numRuns: 600 },
    );
  });

  it("loses no word: each is in a field, a skipped line or a diagnostic", () => {
    fc.assert(
      fc.property(captureText, (text) => {
        const { record, text: decoded, bodyStart } = parse(text);
        expect(lostWords(decoded.slice(bodyStart), record)).toEqual([]);
      }),
      { numRuns: 600 },
    );
  });

  it("uses only codes from the table, all in the contract's kebab-case form", () => {
    for (const code of Object.keys(DIAGNOSTIC_CODES)) expect(code).toMatch(/^[a-z]+(-[a-z]+)*$/);
    fc.assert(
      fc.property(captureText, (text) => {
        for (const d of parseCapture(text, { source: "x.txt" }).diagnostics) expect(Object.hasOwn(DIAGNOSTIC_CODES, d.code)).toBe(true);
      }),
      { numRuns: 100 },
    );
  });
});
