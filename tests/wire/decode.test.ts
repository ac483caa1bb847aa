/** Decoding bytes: encodings, line ends, odd spaces, repairs, each with its diagnostic code. */
import { describe, expect, it } from "vitest";
import fc from "fast-check";
import { decodeCapture, looksBinary, repairMojibake } from "../../src/wire/decode.js";
import { CONTROL_CHARACTERS, INVISIBLE_CHARACTERS, ODD_SPACES } from "../../src/wire/vocabulary.js";

const utf8 = (text: string) => new TextEncoder().encode(text);
const codes = (bytes: Uint8Array | string) => decodeCapture(bytes).diagnostics.map((d) => d.code);

describe("decodeCapture", () => {
  it("reads plain UTF-8 without diagnostics", () => {
    expect(decodeCapture(utf8("Kop\nBELÉM (ANP) - Tekst"))).toMatchObject({ text: "Kop\nBELÉM (ANP) - Tekst", encoding: "utf-8", diagnostics: [], binary: false });
  });
  it("removes a UTF-8 BOM with a warning", () => {
    const decoded = decodeCapture(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Kop")]));
    expect(decoded.text).toBe("Kop");
    expect(codes(new Uint8Array([0xef, 0xbb, 0xbf, ...utf8("Kop")]))).toEqual(["byte-order-mark"]);
  });
  it("turns CRLF, lone CR and mixed line ends into LF, keeping the line count", () => {
    expect(decodeCapture(utf8("a\r\nb\rc\nd")).text).toBe("a\nb\nc\nd");
  });
  it("folds NBSP and other odd spaces, drops zero-width characters", () => {
    expect(decodeCapture(utf8("een\u00A0twee\u202Fdrie\u200Bvier\tvijf")).text).toBe("een twee drievier vijf");
  });
  it("reads invalid UTF-8 as Windows-1252 with the line of the first bad byte", () => {
    const bytes = new Uint8Array([...utf8("Kop\nCaf"), 0xe9, ...utf8(" 1 "), 0x80]);
    const decoded = decodeCapture(bytes);
    expect(decoded.text).toBe("Kop\nCafé 1 €");
    expect(decoded.encoding).toBe("windows-1252");
    expect(decoded.diagnostics).toMatchObject([{ code: "legacy-encoding", line: 2, column: 4 }]);
  });
  it("reads UTF-16 with a BOM", () => {
    const le = new Uint8Array([0xff, 0xfe, ...[..."Kop é"].flatMap((c) => [c.charCodeAt(0), 0])]);
    expect(decodeCapture(le)).toMatchObject({ text: "Kop é", encoding: "utf-16le" });
    expect(codes(le)).toEqual(["two-byte-encoding"]);
  });
  it("repairs double-encoded UTF-8 with a warning, and leaves a real Ã alone", () => {
    const decoded = decodeCapture(utf8("BELÃ‰M (ANP) - In BelÃ©m zegt â€˜menâ€™ iets. SÃO PAULO blijft."));
    expect(decoded.text).toBe("BELÉM (ANP) - In Belém zegt ‘men’ iets. SÃO PAULO blijft.");
    expect(decoded.diagnostics.map((d) => d.code)).toEqual(["mojibake-repaired"]);
    expect(repairMojibake("SÃO PAULO").count).toBe(0);
  });
  it("keeps damage it cannot undo with certainty, with an info", () => {
    const decoded = decodeCapture(utf8("Israƫl"));
    expect(decoded.text).toBe("Israƫl");
    expect(decoded.diagnostics.map((d) => d.code)).toEqual(["suspect-character"]);
  });
  it("removes stray control characters with a warning", () => {
    const decoded = decodeCapture(utf8("Kop\u0007 met bel"));
    expect(decoded.text).toBe("Kop met bel");
    expect(decoded.diagnostics.map((d) => d.code)).toEqual(["control-characters"]);
  });
  it("rejects binary data as an error", () => {
    const bytes = new Uint8Array(2000).map((_, i) => (i % 7 === 0 ? 0 : (i * 31) % 256));
    expect(decodeCapture(bytes)).toMatchObject({ binary: true, text: "", diagnostics: [{ code: "binary-content", severity: "error" }] });
  });
  it("judges binary by the byte count even when it skips the count for clean UTF-8", () => {
    // decodeCapture counts suspect bytes only when the file is not valid UTF-8 free of every
    // character NEEDS_CLEANING looks for; the verdict must be the count's for any bytes.
    const utf8Bytes = (text: string) => [...new TextEncoder().encode(text)];
    const piece = fc.oneof(
      fc.constantFrom(..."Kop tekst. é ’ – € \n".split("").map(utf8Bytes)),
      fc.constantFrom([0x00], [0x01], [0x7f], [0xc2, 0x85], [0xef, 0xbf, 0xbd], [0xff], [0xc3], [0x80], [0x09], [0x0d]),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 80 }), (pieces) => {
        const bytes = Uint8Array.from([0x4b, ...pieces.flat()]); // `K` first: never read as UTF-16
        expect(decodeCapture(bytes).binary).toBe(looksBinary(bytes));
      }),
      { numRuns: 1000 },
    );
    // Valid UTF-8 full of NUL bytes is still binary.
    expect(decodeCapture(new Uint8Array(2000).map((_, i) => (i % 3 === 0 ? 0 : 0x41))).binary).toBe(true);
  });
  it("normalises to NFC", () => {
    expect(decodeCapture(utf8("Bele\u0301m")).text).toBe("Belém");
  });
});

describe("the clean-text fast path", () => {
  // decodeCapture skips its cleaning passes when NEEDS_CLEANING finds nothing, and NFC when
  // MAY_NEED_NFC finds nothing. Reference: all passes, always.
  const reference = (text: string) =>
    repairMojibake(text.replace(/\r\n?/g, "\n"))
      .text.replace(CONTROL_CHARACTERS, "")
      .replace(INVISIBLE_CHARACTERS, "")
      .replace(ODD_SPACES, " ")
      .normalize("NFC");
  it("gives the same text as running every pass, for arbitrary text", () => {
    const alphabet = fc.constantFrom(..."aéëZ \n\r\t\u00a0\u00ad\u200b\ufeff\u0000\u0301e\u00c3\u00a9’“–…€Ωß\u212b\u1e9b\u0323".split(""));
    fc.assert(
      fc.property(fc.array(alphabet, { maxLength: 60 }).map((a) => a.join("")), (text) => {
        expect(decodeCapture(text.replace(/^\ufeff/, "")).text).toBe(reference(text.replace(/^\ufeff/, "")));
      }),
      { numRuns: 2000 },
    );
  });
});
