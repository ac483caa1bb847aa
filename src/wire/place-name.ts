/**
 * Dutch display spelling of a dateline place written in capitals:
 * `DEN HAAG` -> `Den Haag`, `'S-HERTOGENBOSCH` -> `'s-Hertogenbosch`, `IJMUIDEN` -> `IJmuiden`,
 * `BERGEN OP ZOOM` -> `Bergen op Zoom`, `BELÉM` -> `Belém`, `TEHERAN/JERUZALEM` -> `Teheran/Jeruzalem`.
 */
import { PLACE_PARTICLES } from "./vocabulary.js";

const displayCache = new Map<string, string>();

export function displayPlace(placeRaw: string): string {
  const cached = displayCache.get(placeRaw);
  if (cached !== undefined) return cached;
  const words = placeRaw.trim().split(/ +/);
  const display = words.map((word, index) => displayWord(word, index === 0)).join(" ");
  // Datelines repeat the same few thousand places; bounded so that hostile input cannot grow it.
  if (displayCache.size > 20_000) displayCache.clear();
  displayCache.set(placeRaw, display);
  return display;
}

function displayWord(word: string, first: boolean): string {
  // Parts split by `/` are separate places (`TEHERAN/JERUZALEM`), each starting with a capital.
  return word
    .split("/")
    .map((part, partIndex) => displayPart(part, first || partIndex > 0))
    .join("/");
}

function displayPart(part: string, first: boolean): string {
  // `'S-HERTOGENBOSCH`, `'T ZAND`: the elided article stays lower case.
  const elided = /^(['’])([ST])(-|$)(.*)$/iu.exec(part);
  if (elided) {
    const rest = elided[4]!;
    return `${elided[1]}${elided[2]!.toLowerCase()}${elided[3]}${rest ? capitaliseHyphenated(rest) : ""}`;
  }
  const lower = part.toLowerCase();
  if (!first && PLACE_PARTICLES.has(lower)) return lower;
  return capitaliseHyphenated(part);
}

/** `ZUIDOOST-POLEN` -> `Zuidoost-Polen`; particles inside a hyphenated name stay lower case (`AIX-EN-PROVENCE`). */
function capitaliseHyphenated(part: string): string {
  return part
    .split("-")
    .map((piece, index) => {
      const lower = piece.toLowerCase();
      if (index > 0 && PLACE_PARTICLES.has(lower)) return lower;
      return capitalise(lower);
    })
    .join("-");
}

/** Capital first letter; Dutch `ij` is one letter: `ijmuiden` -> `IJmuiden`. `st.` -> `St.` */
function capitalise(lower: string): string {
  if (lower.startsWith("ij")) return "IJ" + lower.slice(2);
  const first = lower.codePointAt(0);
  if (first === undefined) return lower;
  const firstChar = String.fromCodePoint(first);
  return firstChar.toUpperCase() + lower.slice(firstChar.length);
}
