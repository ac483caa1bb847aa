/**
 * Stage 1, decode: bytes -> one normalised string.
 *
 * UTF-8 with or without BOM, UTF-16 with BOM (or unmistakably without), else Windows-1252 with a
 * warning. Line ends become LF (CRLF and lone CR each end one line, so line numbers stay those
 * of the file). Certain damage is repaired with a warning: double-encoded UTF-8 (`BelÃ©m`),
 * control characters. Odd spaces fold to U+0020, invisible characters go, and the result is NFC.
 * Never throws on any input.
 */
import {
  CONTROL_CHARACTERS,
  MAY_NEED_NFC,
  NEEDS_CLEANING,
  INVISIBLE_CHARACTERS,
  MOJIBAKE_SEQUENCE,
  ODD_SPACES,
  SUSPECT_CHARACTERS,
} from "./vocabulary.js";
import { DIAGNOSTIC_CODES, LineIndex, type DiagnosticCode } from "./diagnostics.js";
import type { DecodedCapture, Diagnostic } from "./types.js";

const utf8Strict = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf8Lenient = new TextDecoder("utf-8", { ignoreBOM: true });

/** Windows-1252 bytes 0x80-0x9F that stand for other characters than the C1 controls. */
const WINDOWS_1252_SPECIALS: Record<string, number> = {
  "€": 0x80, "‚": 0x82, "ƒ": 0x83, "„": 0x84, "…": 0x85, "†": 0x86, "‡": 0x87, "ˆ": 0x88,
  "‰": 0x89, "Š": 0x8a, "‹": 0x8b, "Œ": 0x8c, "Ž": 0x8e, "‘": 0x91, "’": 0x92, "“": 0x93,
  "”": 0x94, "•": 0x95, "–": 0x96, "—": 0x97, "˜": 0x98, "™": 0x99, "š": 0x9a, "›": 0x9b,
  "œ": 0x9c, "ž": 0x9e, "Ÿ": 0x9f,
};

interface PendingDiagnostic {
  code: DiagnosticCode;
  message: string;
  /** Line and column in the text as it was when the problem was found (line numbers never shift). */
  line: number;
  column: number;
}

/** Decode a capture's bytes. A string is taken as already decoded (tests, `--stdin`). */
export function decodeCapture(input: Uint8Array | string): DecodedCapture {
  const pending: PendingDiagnostic[] = [];
  let encoding: DecodedCapture["encoding"] = "utf-8";
  let text: string;
  /** The text was tested against NEEDS_CLEANING already and needs none. */
  let knownClean = false;

  if (typeof input === "string") {
    // A file read as "utf8" keeps its BOM: the same warning as for bytes, so a capture's
    // diagnostics do not depend on how it was read.
    text = input;
    if (text.startsWith("\uFEFF")) {
      text = text.slice(1);
      pending.push({ code: "byte-order-mark", message: "the text starts with a byte order mark, which was removed", line: 1, column: 1 });
    }
  } else {
    const bytes = input;
    const utf16 = detectUtf16(bytes);
    if (utf16) {
      encoding = utf16.encoding;
      text = new TextDecoder(utf16.encoding).decode(bytes.subarray(utf16.bomLength));
      pending.push({ code: "two-byte-encoding", message: `read as ${utf16.encoding.toUpperCase()}; save captures as UTF-8 to avoid this`, line: 1, column: 1 });
    } else {
      const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
      const body = bom ? bytes.subarray(3) : bytes;
      let strict: string | null;
      try {
        strict = utf8Strict.decode(body);
      } catch {
        strict = null;
      }
      // Valid UTF-8 without any character NEEDS_CLEANING looks for holds no control or
      // undecodable byte, so it is no binary file: the byte count is skipped for most captures.
      if (strict !== null && !NEEDS_CLEANING.test(strict)) knownClean = true;
      if (!knownClean && looksBinary(bytes)) {
        return {
          text: "",
          encoding,
          binary: true,
          diagnostics: [
            {
              code: "binary-content",
              severity: DIAGNOSTIC_CODES["binary-content"].severity,
              message: "this file holds binary data (many control or undecodable bytes), not text; remove it from the wire folder or save the page text as a .txt file",
              line: 1,
              column: 1,
              offset: 0,
            },
          ],
        };
      }
      if (bom) pending.push({ code: "byte-order-mark", message: "the file starts with a UTF-8 byte order mark, which was removed", line: 1, column: 1 });
      if (strict !== null) text = strict;
      else {
        encoding = "windows-1252";
        text = decodeWindows1252(body);
        const at = firstInvalidUtf8(body);
        const before = utf8Lenient.decode(body.subarray(0, at));
        const line = countLines(before);
        pending.push({
          code: "legacy-encoding",
          message: "the file is not valid UTF-8 and was read as Windows-1252; check the accented letters, and save captures as UTF-8",
          line,
          column: before.length - before.lastIndexOf("\n"),
        });
      }
    }
  }

  // Most captures are clean: one scan decides whether the cleaning passes below can be skipped.
  const needsCleaning = !knownClean && NEEDS_CLEANING.test(text);
  if (needsCleaning) {
    // Line ends: CRLF and lone CR each end one line.
    text = text.replace(/\r\n?/g, "\n");
  }

  const repaired = repairMojibake(text);
  if (repaired.count > 0) {
    const where = positionOf(text, repaired.firstOffset);
    text = repaired.text;
    pending.push({
      code: "mojibake-repaired",
      message: `repaired ${repaired.count} double-encoded UTF-8 sequence(s) such as "${repaired.example}"; the capture was saved in the wrong encoding once`,
      ...where,
    });
  }

  if (needsCleaning || repaired.count > 0) {
    CONTROL_CHARACTERS.lastIndex = 0;
    const control = CONTROL_CHARACTERS.exec(text);
    if (control) {
      const where = positionOf(text, control.index);
      const count = text.match(CONTROL_CHARACTERS)?.length ?? 0;
      text = text.replace(CONTROL_CHARACTERS, "");
      pending.push({ code: "control-characters", message: `removed ${count} control character(s) (such as NUL) that have no place in text`, ...where });
    }
    text = text.replace(INVISIBLE_CHARACTERS, "").replace(ODD_SPACES, " ");
  }
  // Text of Latin letters and common punctuation only is NFC already.
  if (MAY_NEED_NFC.test(text)) text = text.normalize("NFC");

  if (needsCleaning || repaired.count > 0) {
    SUSPECT_CHARACTERS.lastIndex = 0;
    const suspect = SUSPECT_CHARACTERS.exec(text);
    if (suspect) {
      pending.push({
        code: "suspect-character",
        message: `"${suspect[0]}" looks like encoding damage (for example ƫ for ë) but cannot be repaired with certainty; it was kept as written`,
        ...positionOf(text, suspect.index),
      });
    }
  }

  const diagnostics: Diagnostic[] = pending.map((p) => ({
    code: p.code,
    severity: DIAGNOSTIC_CODES[p.code].severity,
    message: p.message,
    line: p.line,
    column: p.column,
    offset: offsetOf(text, p.line, p.column),
  }));
  return { text, encoding, diagnostics, binary: false };
}

function countLines(text: string): number {
  let count = 1;
  for (let i = text.indexOf("\n"); i !== -1; i = text.indexOf("\n", i + 1)) count++;
  return count;
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  return new LineIndex(text).position(offset);
}

function offsetOf(text: string, line: number, column: number): number {
  // Walk to the start of `line`; columns may have shifted by repairs, so clamp to the line.
  let start = 0;
  for (let current = 1; current < line; current++) {
    const next = text.indexOf("\n", start);
    if (next === -1) break;
    start = next + 1;
  }
  const end = text.indexOf("\n", start);
  const lineEnd = end === -1 ? text.length : end;
  return Math.min(start + column - 1, lineEnd);
}

/** UTF-16 by its BOM, or by the NUL in every other byte of mostly-ASCII UTF-16 text. */
function detectUtf16(bytes: Uint8Array): { encoding: "utf-16le" | "utf-16be"; bomLength: number } | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: "utf-16le", bomLength: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: "utf-16be", bomLength: 2 };
  const sample = Math.min(bytes.length, 4096) & ~1;
  if (sample < 8) return null;
  let evenNul = 0;
  let oddNul = 0;
  for (let i = 0; i < sample; i += 2) {
    if (bytes[i] === 0) evenNul++;
    if (bytes[i + 1] === 0) oddNul++;
  }
  const pairs = sample / 2;
  if (oddNul > pairs * 0.7 && evenNul < pairs * 0.05) return { encoding: "utf-16le", bomLength: 0 };
  if (evenNul > pairs * 0.7 && oddNul < pairs * 0.05) return { encoding: "utf-16be", bomLength: 0 };
  return null;
}

/**
 * Binary is judged by content over the whole file, never by NUL bytes alone: text has next to no
 * control characters (tab, line ends and form feed aside) and, as UTF-8, no undecodable bytes;
 * as Windows-1252 it has a few (its accented letters), each standing alone between ASCII
 * letters. Random or compressed data has about 10% control bytes and, as UTF-8, roughly half of
 * its bytes undecodable. A file that is mostly text with a few bad bytes is still read (and the
 * bad bytes reported by the passes below).
 */
const BINARY_CONTROL_SHARE = 0.02;
const BINARY_CONTROL_MIN = 4;
const BINARY_UNDECODABLE_SHARE = 0.3;
const BINARY_COMBINED_SHARE = 0.1;
const BINARY_COMBINED_MIN = 16;

export function looksBinary(bytes: Uint8Array): boolean {
  const n = bytes.length;
  if (n === 0) return false;
  const { control, undecodable } = countSuspectBytes(bytes);
  return (
    control > Math.max(BINARY_CONTROL_MIN, n * BINARY_CONTROL_SHARE) ||
    undecodable > Math.max(BINARY_COMBINED_MIN, n * BINARY_UNDECODABLE_SHARE) ||
    control + undecodable > Math.max(BINARY_COMBINED_MIN, n * BINARY_COMBINED_SHARE)
  );
}

/**
 * One pass: control bytes (C0 but tab, LF, CR and FF; DEL; the C1 controls U+0080-U+009F when
 * encoded in UTF-8), and bytes that are not part of a valid UTF-8 sequence, or of an encoded
 * U+FFFD (text that was already damaged by a lossy conversion).
 */
function countSuspectBytes(bytes: Uint8Array): { control: number; undecodable: number } {
  let control = 0;
  let undecodable = 0;
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    if (b < 0x80) {
      if ((b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c) || b === 0x7f) control++;
      i++;
      continue;
    }
    const length = b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    let valid = length > 0 && i + length <= bytes.length;
    for (let k = 1; valid && k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) valid = false;
    if (!valid) {
      undecodable++;
      i++;
      continue;
    }
    if (b === 0xc2 && bytes[i + 1]! < 0xa0) control++; // U+0080-U+009F
    else if (b === 0xef && bytes[i + 1] === 0xbf && bytes[i + 2] === 0xbd) undecodable += 3; // U+FFFD
    i += length;
  }
  return { control, undecodable };
}

function firstInvalidUtf8(bytes: Uint8Array): number {
  let i = 0;
  while (i < bytes.length) {
    const b = bytes[i]!;
    const length = b < 0x80 ? 1 : b >= 0xc2 && b <= 0xdf ? 2 : b >= 0xe0 && b <= 0xef ? 3 : b >= 0xf0 && b <= 0xf4 ? 4 : 0;
    if (length === 0 || i + length > bytes.length) return i;
    for (let k = 1; k < length; k++) if ((bytes[i + k]! & 0xc0) !== 0x80) return i;
    i += length;
  }
  return bytes.length;
}

const WINDOWS_1252_BY_BYTE = new Map(Object.entries(WINDOWS_1252_SPECIALS).map(([char, byte]) => [byte, char]));

/**
 * Windows-1252 by its own table: Node's TextDecoder treats the label as Latin-1 and turns
 * 0x80-0x9F into C1 controls, which would lose `€`, `‘` and `’`.
 */
function decodeWindows1252(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 8192) {
    const chunk = bytes.subarray(i, i + 8192);
    out += String.fromCharCode(...Array.from(chunk, (b) => (b >= 0x80 && b <= 0x9f ? (WINDOWS_1252_BY_BYTE.get(b)?.charCodeAt(0) ?? b) : b)));
  }
  return out;
}

/** The Windows-1252 byte of a character, or -1 when it has none. */
function windows1252Byte(char: string): number {
  const code = char.charCodeAt(0);
  if (code < 0x100) return code;
  return WINDOWS_1252_SPECIALS[char] ?? -1;
}

/**
 * Undo double encoding: `Ã©` is the UTF-8 bytes of `é` read as Windows-1252. A sequence is
 * replaced only when its bytes form exactly one valid UTF-8 character, so `SÃO PAULO` (a real
 * `Ã` followed by ASCII) is left alone.
 */
export function repairMojibake(text: string): { text: string; count: number; firstOffset: number; example: string } {
  let count = 0;
  let firstOffset = -1;
  let example = "";
  MOJIBAKE_SEQUENCE.lastIndex = 0;
  const result = text.replace(MOJIBAKE_SEQUENCE, (match: string, offset: number) => {
    const lead = windows1252Byte(match[0]!);
    const length = lead >= 0xc2 && lead <= 0xdf ? 2 : lead >= 0xe0 && lead <= 0xef ? 3 : 4;
    if (match.length < length) return match;
    const bytes = new Uint8Array(length);
    for (let i = 0; i < length; i++) {
      const byte = windows1252Byte(match[i]!);
      if (byte < 0) return match;
      bytes[i] = byte;
    }
    let decoded: string;
    try {
      decoded = utf8Strict.decode(bytes);
    } catch {
      return match;
    }
    count++;
    if (firstOffset < 0) {
      firstOffset = offset;
      example = match.slice(0, length);
    }
    return decoded + match.slice(length);
  });
  return { text: result, count, firstOffset: Math.max(firstOffset, 0), example };
}
