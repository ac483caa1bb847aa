/**
 * Cached captures: what each capture file gave the archive (its reports and diagnostics), keyed
 * by the file's bytes, its name, --captured-at, the place alias table and the code fingerprint,
 * kept in one pack file per input folder (capture-pack.ts).
 * A rebuild parses only the files that are new or changed; the merge still runs over everything,
 * so the archive is the one a clean build makes.
 */
import type { CaptureContribution, PlaceAliases } from "../archive/index.js";
import type { Report } from "../archive/reports.js";
import type { ContentCache } from "./store.js";
import { inputFolderPack } from "./capture-pack.js";

export const CAPTURES_KIND = "captures";
/** How far ahead of "now" a capture time may lie (the parser's rule for capture-time-in-future). */
const FUTURE_MARGIN_MS = 5 * 60_000;

function isContribution(value: unknown): value is CaptureContribution {
  if (typeof value !== "object" || value === null) return false;
  const c = value as Partial<CaptureContribution>;
  return (c.capturedAtMs === null || typeof c.capturedAtMs === "number") && typeof c.rejected === "boolean" && Array.isArray(c.diagnostics) && Array.isArray(c.reports);
}

/**
 * A contribution as stored: a report's `text` is left out when it is its paragraphs joined by a
 * blank line, and `leadComparison` when it equals `comparison` (a brief's). Both are made again
 * exactly on reading; the stored form is a quarter smaller, and so faster to write, hash and read.
 */
function compact(contribution: CaptureContribution): CaptureContribution {
  return {
    rejected: contribution.rejected,
    capturedAtMs: contribution.capturedAtMs,
    diagnostics: contribution.diagnostics,
    reports: contribution.reports.map((r) => {
      const stored: Partial<Report> = { ...r };
      if (r.text === r.paragraphs.join("\n\n")) delete stored.text;
      if (r.leadComparison === r.comparison) delete stored.leadComparison;
      return stored as Report;
    }),
  };
}

/** The stored form back to reports with every field, in the order reports.ts makes them. */
function expand(stored: CaptureContribution): CaptureContribution {
  stored.reports = stored.reports.map((r) => ({
    capture: r.capture,
    capturedAtMs: r.capturedAtMs,
    capturedAt: r.capturedAt,
    sourceUrl: r.sourceUrl,
    kind: r.kind,
    role: r.role,
    section: r.section,
    title: r.title,
    dateline: r.dateline,
    placeKey: r.placeKey,
    paragraphs: r.paragraphs,
    crossheads: r.crossheads,
    text: r.text ?? r.paragraphs.join("\n\n"),
    comparison: r.comparison,
    leadComparison: r.leadComparison ?? r.comparison,
    evidence: r.evidence,
    dated: r.dated,
    relative: r.relative,
    ageRaw: r.ageRaw,
    line: r.line,
    column: r.column,
    language: r.language,
    byline: r.byline,
    captions: r.captions,
    agencies: r.agencies,
    conflict: r.conflict,
  }));
  return stored;
}

export function captureCache(cache: ContentCache, context: { input: string; capturedAt: string | null; placeAliases: PlaceAliases; nowMs: number }) {
  const aliases = JSON.stringify(context.placeAliases);
  const keyOf = (bytes: Uint8Array, source: string) => cache.key("capture", source, context.capturedAt ?? "", aliases, bytes);
  // One pack per input folder; entries are keyed by content, so a pack written by other code or
  // options simply has no matching entries (and is replaced by this build's).
  const pack = inputFolderPack(cache, CAPTURES_KIND, context.input);
  return {
    /** The contribution stored under `key` (keyOf), if any and still valid. */
    lookup(key: string): CaptureContribution | null {
      const cached = pack.get(key, isContribution);
      if (!cached) return null;
      // A capture time that lies ahead of this build's "now" (SOURCE_DATE_EPOCH set earlier) must be
      // refused by the parser: parse again rather than reuse.
      if (cached.capturedAtMs !== null && cached.capturedAtMs > context.nowMs + FUTURE_MARGIN_MS) {
        cache.statsOf(CAPTURES_KIND).hits--;
        cache.statsOf(CAPTURES_KIND).misses++;
        return null;
      }
      return expand(cached);
    },
    /** The key a capture's contribution is stored under. */
    keyOf,
    /**
     * Store a parsed capture's contribution under its key (keyOf); the caller leaves out a
     * contribution whose reading depended on the clock (a capture time in the future).
     */
    storeByKey(key: string, contribution: CaptureContribution): void {
      pack.put(key, compact(contribution));
    },
    /** Write the pack: the entries this build used and made. */
    save(): void {
      pack.save();
    },
  };
}
