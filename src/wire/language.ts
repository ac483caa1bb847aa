/**
 * Language of a capture: franc over headline and body, restricted to `LANGUAGE_CANDIDATES` so
 * Dutch is never taken for Afrikaans, Frisian or Low German; `und` for text too short to judge.
 *
 * franc costs more than the rest of the parser together, so text that is unmistakably Dutch
 * (a fifth of its words Dutch function words, several `de`, no marker of a neighbouring
 * language) is called `nld` directly; everything else is franc's to judge, once per distinct
 * text (the same report comes back in many captures and again in the merge).
 */
import { franc } from "franc";
import {
  DUTCH_FAST_PATH_MIN_WORDS,
  DUTCH_FAST_PATH_SHARE,
  DUTCH_FUNCTION_WORDS,
  LANGUAGE_CANDIDATES,
  LANGUAGE_MIN_LETTERS,
  LANGUAGE_SAMPLE_CHARS,
  NOT_DUTCH_MARKERS,
} from "./vocabulary.js";

import { ownString } from "./own-strings.js";

const candidates = [...LANGUAGE_CANDIDATES];
const WORD = /[\p{L}']+/gu;

/**
 * Answers for texts already judged, by sample: the same report is read again in every capture
 * that shows it (snapshots of one page, a brief in many sidebars), and the merge asks again for
 * brief items. Bounded: emptied when full, so memory stays flat on any archive.
 */
const judged = new Map<string, string>();
const JUDGED_MAX = 20_000;

export function detectLanguage(text: string): string {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
  const known = judged.get(sample);
  if (known !== undefined) return known;
  const language = judge(sample);
  if (judged.size >= JUDGED_MAX) judged.clear();
  // The key copied: the sample is a view on the capture's text, which it would keep (src/wire/own-strings.ts).
  judged.set(ownString(sample), language);
  return language;
}

function judge(sample: string): string {
  const words = sample.toLowerCase().match(WORD) ?? [];
  let letters = 0;
  for (const word of words) letters += word.length;
  if (letters < LANGUAGE_MIN_LETTERS) return "und";
  if (isUnmistakablyDutch(words)) return "nld";
  return franc(sample, { only: candidates, minLength: LANGUAGE_MIN_LETTERS });
}

export function isUnmistakablyDutch(words: string[]): boolean {
  if (words.length < DUTCH_FAST_PATH_MIN_WORDS) return false;
  let dutch = 0;
  let de = 0;
  for (const word of words) {
    if (NOT_DUTCH_MARKERS.has(word)) return false;
    if (DUTCH_FUNCTION_WORDS.has(word)) dutch++;
    if (word === "de") de++;
  }
  return de >= 2 && dutch >= words.length * DUTCH_FAST_PATH_SHARE;
}
