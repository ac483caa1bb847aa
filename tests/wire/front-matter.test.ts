/** Front matter: read as data, never run; every problem a diagnostic. */
import { describe, expect, it } from "vitest";
import { parseCapture } from "../../src/wire/index.js";

const BODY = "Kop van het bericht\nZWOLLE (ANP) - De bibliotheek gaat langer open.\n";
const parse = (text: string, source = "test.txt") => parseCapture(text, { source });
const codes = (text: string) => parse(text).diagnostics.map((d) => d.code);

describe("front matter", () => {
  it("reads captured, source, section and published", () => {
    const record = parse(`---\ncaptured: 2025-11-22T10:00:00+01:00\nsource: https://nieuws.example.nl/a\nsection: Cultuur\npublished: 2025-11-22T08:15:00+01:00\n---\n${BODY}`);
    expect(record).toMatchObject({
      capturedAt: "2025-11-22T10:00:00+01:00",
      capturedAtSource: "front-matter",
      sourceUrl: "https://nieuws.example.nl/a",
      published: "2025-11-22T08:15:00+01:00",
      article: { headline: "Kop van het bericht", section: "Cultuur" },
    });
    expect(record.diagnostics).toEqual([]);
  });
  it("reports line and column of front matter body lines as file lines", () => {
    const record = parse(`---\ncaptured: 2025-11-22T10:00:00+01:00\n---\nKop\nZWOLLE (ANP) - Tekst.\nMeer uit Binnenland\n5 uur geleden\n`);
    expect(record.diagnostics.find((d) => d.code === "orphan-age")).toMatchObject({ line: 7, column: 1 });
    expect(record.diagnostics.find((d) => d.code === "empty-sidebar")).toMatchObject({ line: 6, column: 1 });
  });
  it("never runs ---js front matter", () => {
    const globals = globalThis as { draadPwned?: boolean };
    const record = parse(`---js\n{ captured: (globalThis.draadPwned = true, "2025-11-22") }\n---\n${BODY}`);
    expect(globals.draadPwned).toBeUndefined();
    expect(record.diagnostics.map((d) => d.code)).toContain("executable-front-matter");
    expect(record.article?.headline).toBe("Kop van het bericht");
    expect(parse(`---javascript\nmodule.exports = { x: 1 }\n---\n${BODY}`).diagnostics[0]!.code).toBe("executable-front-matter");
  });
  it("ignores invalid YAML with a warning at its line, and still parses the body", () => {
    const record = parse(`---\ncaptured: [unclosed\nsource: x\n---\n${BODY}`);
    const invalid = record.diagnostics.find((d) => d.code === "invalid-front-matter")!;
    expect(invalid.severity).toBe("warning");
    // js-yaml reports where it noticed the error: inside the front matter block (lines 2-3).
    expect(invalid.line).toBeGreaterThanOrEqual(2);
    expect(invalid.line).toBeLessThanOrEqual(3);
    expect(record.article?.headline).toBe("Kop van het bericht");
  });
  it("reports wrong types and unknown keys", () => {
    expect(codes(`---\ncaptured: 12\nsection: [a, b]\nauthor: iemand\n---\n${BODY}`)).toEqual(["missing-capture-time", "front-matter-type", "front-matter-type", "unknown-front-matter-key"]);
  });
  it("reads a time without offset as Amsterdam time, with a warning", () => {
    const record = parse(`---\ncaptured: 2025-07-01 12:00\n---\n${BODY}`);
    expect(record.capturedAt).toBe("2025-07-01T12:00:00+02:00");
    expect(record.diagnostics.map((d) => d.code)).toEqual(["capture-time-without-offset"]);
  });
  it("rejects capture times before 1990 and in the future", () => {
    expect(codes(`---\ncaptured: 1985-01-01T10:00:00+01:00\n---\n${BODY}`)).toEqual(["capture-time-too-old"]);
    const future = parseCapture(`---\ncaptured: 2099-01-01T10:00:00+01:00\n---\n${BODY}`, { source: "x.txt", nowMs: Date.UTC(2025, 0, 1) });
    expect(future.capturedAt).toBeNull();
    expect(future.diagnostics.map((d) => d.code)).toEqual(["capture-time-in-future"]);
  });
  it("reads an unclosed --- block as text", () => {
    const record = parse(`---\nKop zonder einde\nZWOLLE (ANP) - Tekst.`);
    expect(record.diagnostics.map((d) => d.code)).toContain("unclosed-front-matter");
  });
  it("takes the capture time from --captured-at, then from the file name", () => {
    expect(parseCapture(BODY, { source: "x.txt", capturedAt: "2025-11-22T10:00:00+01:00" })).toMatchObject({ capturedAt: "2025-11-22T10:00:00+01:00", capturedAtSource: "option" });
    expect(parseCapture(BODY, { source: "wire/2025-11-22T1405-zwolle.txt" })).toMatchObject({ capturedAt: "2025-11-22T14:05:00+01:00", capturedAtSource: "file-name" });
    expect(parseCapture(BODY, { source: "zwolle.txt" }).diagnostics.map((d) => d.code)).toEqual(["missing-capture-time"]);
  });
});
