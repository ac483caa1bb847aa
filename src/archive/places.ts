/**
 * One place per real place. A dateline place is folded to a key (`REYKJAVÍK` and `REYKJAVIK`
 * meet as `reykjavik`); the alias table, a YAML file users edit (`content/places.yaml`), joins
 * spellings that do not fold together (`DEN BOSCH` and `'S-HERTOGENBOSCH`). A two-place dateline
 * (`TEHERAN/JERUZALEM`) belongs to both places.
 */
import { fileDiagnostic } from "../wire/diagnostics.js";
import yaml from "js-yaml";
import { displayPlace } from "../wire/place-name.js";
import { slugify } from "./normalise.js";
import { folderSafeId, shortHash } from "./identity.js";
import type { ArchiveDiagnostic, PlaceAliases } from "./types.js";

export interface PlaceResolver {
  /** Place ids and display names of a dateline place as written; empty for no place. */
  resolve(placeRaw: string | null): { id: string; display: string; canonical: string | null }[];
}

export function placeResolver(aliases: PlaceAliases = {}): PlaceResolver {
  const canonicalByKey = new Map<string, string>();
  for (const [canonical, variants] of Object.entries(aliases)) {
    for (const spelling of [canonical, ...variants]) {
      const key = foldPlace(spelling);
      if (key) canonicalByKey.set(key, canonical);
    }
  }
  const cache = new Map<string, { id: string; display: string; canonical: string | null }[]>();
  return {
    resolve(placeRaw) {
      if (!placeRaw) return [];
      const cached = cache.get(placeRaw);
      if (cached) return cached;
      const parts = placeRaw.split("/").map((p) => p.trim()).filter(Boolean);
      const seen = new Set<string>();
      const places = [];
      for (const part of parts) {
        const key = foldPlace(part);
        const canonical = canonicalByKey.get(key) ?? null;
        const id = placeId(canonical ?? part);
        if (seen.has(id)) continue;
        seen.add(id);
        places.push({ id, display: displayPlace(part), canonical });
      }
      cache.set(placeRaw, places);
      return places;
    },
  };
}

/** The key two spellings of one place share: `'S-HERTOGENBOSCH` -> `s-hertogenbosch`, `GENÈVE` -> `geneve`. */
export function foldPlace(spelling: string): string {
  return slugify(spelling, 200);
}

/** URL-safe id of a place; a name that folds to nothing (emoji, Arabic script) gets a hash. */
export function placeId(name: string): string {
  return folderSafeId(foldPlace(name) || `plaats-${shortHash(name)}`);
}

/**
 * The display name of a place from the spellings seen: the alias table's name when there is one;
 * else accented over plain (`Reykjavík` over `Reykjavik`: the accent is information), then the
 * most frequent, then alphabetical.
 */
export function chooseDisplayName(canonical: string | null, spellings: Map<string, number>): string {
  if (canonical) return canonical;
  const accents = (s: string) => [...s.normalize("NFD")].filter((c) => /\p{M}/u.test(c)).length;
  const ranked = [...spellings.entries()].sort(
    ([a, ca], [b, cb]) => accents(b) - accents(a) || cb - ca || (a < b ? -1 : a > b ? 1 : 0),
  );
  return ranked[0]?.[0] ?? "";
}

/**
 * Read the alias table. Format: one canonical name per key, its spellings as a list:
 *   Kyiv: [KIEV, KYIV]
 *   "'s-Hertogenbosch": [DEN BOSCH, "'S-HERTOGENBOSCH"]
 * Invalid YAML or a wrong shape gives a diagnostic and no (or fewer) aliases, never a crash.
 */
export function readPlaceAliases(text: string, file: string): { aliases: PlaceAliases; diagnostics: ArchiveDiagnostic[] } {
  const diagnostics: ArchiveDiagnostic[] = [];
  let data: unknown;
  try {
    data = yaml.load(text, { schema: yaml.JSON_SCHEMA, filename: file });
  } catch (error) {
    const mark = (error as { mark?: { line: number; column: number } }).mark;
    diagnostics.push(
      fileDiagnostic(file, "invalid-place-aliases", `the place alias table is not valid YAML (${(error as Error).message.split("\n")[0]}); no aliases were used. Write one line per place: \`Kyiv: [KIEV, KYIV]\``, { line: (mark?.line ?? 0) + 1, column: (mark?.column ?? 0) + 1 }),
    );
    return { aliases: {}, diagnostics };
  }
  if (data === null || data === undefined) return { aliases: {}, diagnostics };
  if (typeof data !== "object" || Array.isArray(data)) {
    diagnostics.push(fileDiagnostic(file, "invalid-place-aliases", "the place alias table must map place names to lists of spellings, like `Kyiv: [KIEV, KYIV]`; no aliases were used"));
    return { aliases: {}, diagnostics };
  }
  const aliases: Record<string, string[]> = {};
  const lines = text.split(/\r\n|\r|\n/);
  for (const [name, value] of Object.entries(data as Record<string, unknown>)) {
    const spellings = Array.isArray(value) ? value : typeof value === "string" ? [value] : null;
    if (!spellings || !spellings.every((s) => typeof s === "string")) {
      const line = Math.max(0, lines.findIndex((l) => l.includes(name))) + 1;
      diagnostics.push(fileDiagnostic(file, "invalid-place-aliases", `"${name}" must have a list of spellings, like \`${name}: [${name.toUpperCase()}]\`; it was left out`, { line, column: 1 }));
      continue;
    }
    aliases[name] = spellings as string[];
  }
  return { aliases, diagnostics };
}
