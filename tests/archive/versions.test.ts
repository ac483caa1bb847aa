/** Versions of a report: distinct texts in the order first seen, and word-level diffs between them. */
import { describe, expect, it } from "vitest";
import { wordDiff, versionsOf, MAX_VERSIONS } from "../../src/archive/versions.js";
import { exportDemo } from "../support/archive.js";
import type { Report } from "../../src/archive/reports.js";

describe("wordDiff", () => {
  it("marks a changed number, an added sentence and a removed word, keeping the rest", () => {
    expect(wordDiff("Het dodental steeg naar 55. De regen houdt aan.", "Het dodental steeg naar 90. De regen houdt aan. Er is hulp onderweg.")).toEqual([
      { kind: "same", text: "Het dodental steeg naar" },
      { kind: "removed", text: "55." },
      { kind: "added", text: "90." },
      { kind: "same", text: "De regen houdt aan." },
      { kind: "added", text: "Er is hulp onderweg." },
    ]);
    expect(wordDiff("Jan de Vries zegt het.", "Jan de Vreis zegt het.")).toEqual([
      { kind: "same", text: "Jan de" },
      { kind: "removed", text: "Vries" },
      { kind: "added", text: "Vreis" },
      { kind: "same", text: "zegt het." },
    ]);
  });
  it("keeps paragraph breaks as line breaks", () => {
    const diff = wordDiff("Eerste alinea.\nTweede alinea.", "Eerste alinea.\nNieuwe alinea.\nTweede alinea.");
    expect(diff).toEqual([
      { kind: "same", text: "Eerste alinea.\n" },
      { kind: "added", text: "Nieuwe alinea.\n" },
      { kind: "same", text: "Tweede alinea." },
    ]);
  });
  it("gives a rewrite as removed and added whole instead of searching without end", () => {
    const a = Array.from({ length: 3000 }, (_, i) => `woord${i}`).join(" ");
    const b = Array.from({ length: 3000 }, (_, i) => `ander${i}`).join(" ");
    expect(wordDiff(a, b)).toEqual([{ kind: "removed", text: a }, { kind: "added", text: b }]);
  });
  it("joined back, the runs give both texts", () => {
    const a = "De veerpont vaart weer tussen Hattem en Zwolle na een week onderhoud.";
    const b = "De nieuwe veerpont vaart sinds zaterdag weer tussen Hattem en Zwolle.";
    const diff = wordDiff(a, b);
    const join = (kinds: string[]) => diff.filter((c) => kinds.includes(c.kind)).map((c) => c.text).join(" ");
    expect(join(["same", "removed"])).toBe(a);
    expect(join(["same", "added"])).toBe(b);
  });
});

describe("versionsOf", () => {
  const report = (over: Partial<Report>): Report =>
    ({
      kind: "article", role: "page", capture: "a.txt", capturedAtMs: 0, capturedAt: null, section: null, title: "Kop", dateline: null, placeKey: "zwolle",
      paragraphs: ["Tekst."], crossheads: [], text: "Tekst.", comparison: "tekst.", leadComparison: "tekst.", evidence: { from: -Infinity, to: Infinity },
      dated: false, relative: null, ageRaw: null, line: 1, column: 1, sourceUrl: null, language: null, byline: null, captions: [], conflict: null, agencies: [], ...over,
    }) as Report;
  it("one version for copies that differ only in quotes and spacing", () => {
    const a = report({ text: 'Hij zegt "ja".', paragraphs: ['Hij zegt "ja".'] });
    const b = report({ capture: "b.txt", capturedAtMs: 1, text: "Hij  zegt “ja”.", paragraphs: ["Hij  zegt “ja”."] });
    expect(versionsOf([a, b]).versions).toEqual([]);
  });
  it("a brief cut off by a sidebar is no version of its own; a page that grew is", () => {
    const full = report({ kind: "brief", role: "sidebar", title: null, text: "De brug is dicht. Er wordt gewerkt.", paragraphs: ["De brug is dicht. Er wordt gewerkt."] });
    const cut = report({ kind: "brief", role: "sidebar", title: null, capture: "b.txt", capturedAtMs: 1, text: "De brug is dicht. Er...", paragraphs: ["De brug is dicht. Er..."] });
    expect(versionsOf([full, cut]).versions).toEqual([]);
    const first = report({ text: "De brug is dicht.", paragraphs: ["De brug is dicht."] });
    const grown = report({ capture: "b.txt", capturedAtMs: 3_600_000, text: "De brug is dicht. Er wordt gewerkt.", paragraphs: ["De brug is dicht. Er wordt gewerkt."] });
    const { versions, newest } = versionsOf([first, grown]);
    expect(versions.map((v) => v.captures)).toEqual([["a.txt"], ["b.txt"]]);
    expect(versions[1]!.changes).toEqual([{ kind: "same", text: "Kop\nDe brug is dicht." }, { kind: "added", text: "Er wordt gewerkt." }]);
    expect(newest).toBe(grown);
  });
  it("a text that comes back after another is a version again, and the latest capture's text is the newest", () => {
    const a1 = report({ capture: "1.txt", capturedAtMs: 0, text: "Er spoelden 1600 kokosnoten aan.", paragraphs: ["Er spoelden 1600 kokosnoten aan."] });
    const b = report({ capture: "2.txt", capturedAtMs: 1, text: "Er spoelden 3000 kokosnoten aan.", paragraphs: ["Er spoelden 3000 kokosnoten aan."] });
    const a2 = report({ capture: "3.txt", capturedAtMs: 2, text: "Er spoelden 1600 kokosnoten aan.", paragraphs: ["Er spoelden 1600 kokosnoten aan."] });
    const { versions, newest } = versionsOf([a1, b, a2]);
    expect(versions.map((v) => v.captures)).toEqual([["1.txt"], ["2.txt"], ["3.txt"]]);
    expect(versions[2]!.changes).toContainEqual({ kind: "added", text: "1600" });
    expect(newest).toBe(a2);
  });
  it("shows none for a report merged from more than MAX_VERSIONS texts", () => {
    const many = Array.from({ length: MAX_VERSIONS + 1 }, (_, i) => report({ capture: `${i}.txt`, text: `Tekst ${i}.`, paragraphs: [`Tekst ${i}.`] }));
    expect(versionsOf(many).versions).toEqual([]);
  });
});

describe("versions in the demo archive", async () => {
  const archive = await exportDemo();
  it("the Zwolle library page, captured twice, has two versions: the second adds a sentence, and is the text shown", () => {
    const withVersions = archive.items.filter((i) => i.versions.length > 0);
    expect(withVersions.map((i) => i.headline)).toEqual(["Bibliotheek Zwolle gaat 's avonds langer open"]);
    const [first, second] = withVersions[0]!.versions;
    expect(first!.captures).toEqual(["2025-11-20T1012-bibliotheek-zwolle.txt"]);
    expect(second!.captures).toEqual(["2025-11-20T1115-bibliotheek-zwolle.txt"]);
    expect(second!.firstSeen).toBe("2025-11-20T11:15:00+01:00");
    expect(second!.changes!.filter((c) => c.kind === "added").map((c) => c.text).join(" ")).toContain("Ook de vestigingen in Stadshagen en Zwolle-Zuid");
    expect(second!.changes!.some((c) => c.kind === "removed")).toBe(false);
    expect(withVersions[0]!.paragraphs).toEqual(second!.paragraphs);
  });
});
