/**
 * The reflow stage: lines split before mid-line datelines and short OCR lines joined keep
 * `text.slice(start, end) === raw`, leave ordinary pages alone, and take time linear in the text.
 */
import { describe, expect, it } from "vitest";
import { LineIndex } from "../../src/wire/diagnostics.js";
import { reflowLines } from "../../src/wire/reflow.js";
import { segmentLines } from "../../src/wire/segment.js";
import { parseCapture } from "../../src/wire/index.js";

const reflow = (text: string) => {
  const lineIndex = new LineIndex(text);
  return reflowLines(text, segmentLines(text, 0, 1).lines, lineIndex);
};

describe("splitting before mid-line datelines", () => {
  const text = "Kop een Kop twee DINSDAG 4 MAART 1986 PAGINA 3 DEN HAAG (ANP) - De minister opent de brug. Hij is blij met de ROTTERDAM (GPD/ANP) - Het havenbedrijf bouwt.";
  it("splits before each place with known agencies, and keeps raw slices", () => {
    const { lines, diagnostics } = reflow(text);
    expect(lines.map((l) => l.text)).toEqual([
      "Kop een Kop twee DINSDAG 4 MAART 1986 PAGINA 3",
      "DEN HAAG (ANP) - De minister opent de brug. Hij is blij met de",
      "ROTTERDAM (GPD/ANP) - Het havenbedrijf bouwt.",
    ]);
    for (const line of lines) expect(text.slice(line.start, line.end)).toBe(line.raw);
    expect(diagnostics.map((d) => d.code)).toEqual(["split-line"]);
  });
  it.each([
    "MINSK (ANP/DPA/RTR) - De Russische minister is in Minsk.",
    "Het kabinet (CDA) - een partij - wil meer.",
    "De partij (VVD) - zegt de woordvoerder.",
    "Hij zei tegen DE KAMER (XYZ) - iets onbekends.",
  ])("leaves alone: %s", (line) => {
    expect(reflow(line).lines.map((l) => l.text)).toEqual([line]);
  });
});

describe("joining text broken into short lines", () => {
  const text = [
    "Kop van het bericht",
    "",
    "ZWOLLE - Meer dan dertig ijsvogels ",
    "hebben dit jaar gebroed langs de oe¬ ",
    "vers van het water. Dat melden ",
    "tellers van de vogel¬ ",
    "wacht. ",
    "",
    "De tellers zijn blij met de ",
    "",
    "",
    "terugkeer van de vogels. ",
  ].join("\n");
  it("joins each block, ¬ without a space, and a lower-case block after a column break", () => {
    const { lines, diagnostics } = reflow(text);
    const content = lines.filter((l) => l.text !== "");
    expect(content.map((l) => l.text)).toEqual([
      "Kop van het bericht",
      "ZWOLLE - Meer dan dertig ijsvogels hebben dit jaar gebroed langs de oevers van het water. Dat melden tellers van de vogelwacht.",
      "De tellers zijn blij met de terugkeer van de vogels.",
    ]);
    for (const line of lines) expect(text.slice(line.start, line.end)).toBe(line.raw);
    expect(diagnostics.map((d) => d.code)).toEqual(["joined-lines"]);
  });
  it("leaves pages of one paragraph per line alone", () => {
    const page = "Kop\nDEN HAAG (ANP) - Het kabinet wil meer.\nDe Kamer is het eens.\n32 minuten geleden\nMeer uit Binnenland";
    expect(reflow(page).lines.map((l) => l.text)).toEqual(page.split("\n"));
    const ages = "32 minuten geleden\n".repeat(50);
    expect(reflow(ages).diagnostics).toEqual([]);
  });
});

describe("reflow takes time linear in the text", () => {
  const ocrPage = (n: number) => {
    const parts: string[] = [];
    for (let i = 0; i < n; i++) parts.push(`tekst van bericht ${i} in de ZWOLLE (ANP) - Het nieuws gaat door met een lan¬ \nge zin die verder loopt \n`);
    return parts.join("");
  };
  const oneLine = (n: number) => "Kop ".repeat(10) + Array.from({ length: n }, (_, i) => `bij de DEN HAAG (ANP) - Bericht ${i} gaat verder`).join(" ");
  const time = (text: string) => {
    const started = performance.now();
    parseCapture(text, { source: "ocr.txt" });
    return performance.now() - started;
  };
  it.each([
    ["short OCR lines with ¬ and datelines", ocrPage],
    ["one OCR line with many datelines", oneLine],
  ])("%s: four times the input takes well under sixteen times as long", (_, make) => {
    time(make(300)); // warm up
    const small = Math.max(time(make(1_000)), 5);
    const large = time(make(4_000));
    // Linear would be 4x; quadratic 16x. Generous, since the machine is shared.
    expect(large / small).toBeLessThan(10);
  });
});
