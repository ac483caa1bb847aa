/**
 * Language of a capture: franc over headline and body, restricted to `LANGUAGE_CANDIDATES` so
 * Dutch is never taken for Afrikaans, Frisian or Low German; `und` for text too short to judge.
 */
import { franc } from "franc";
import { LANGUAGE_CANDIDATES, LANGUAGE_MIN_LETTERS, LANGUAGE_SAMPLE_CHARS } from "./vocabulary.js";

const candidates = [...LANGUAGE_CANDIDATES];

export function detectLanguage(text: string): string {
  const sample = text.slice(0, LANGUAGE_SAMPLE_CHARS);
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters < LANGUAGE_MIN_LETTERS) return "und";
  return franc(sample, { only: candidates, minLength: LANGUAGE_MIN_LETTERS });
}
