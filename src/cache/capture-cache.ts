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
import { createHash } from "node:crypto";

export const CAPTURES_KIND = "captures";
/** How far ahead of "now" a capture time may lie (the parser's rule for capture-time-in-future). */
const FUTURE_MARGIN_MS = 5 * 60_000;

function isContribution(value: unknown): value is CaptureContribution {
  if (typeof value !== "object" || value === null) return false;
  const c = value as Partial<CaptureContribution>;
  return (c.capturedAtMs === null || typeof c.capturedAtMs === "number") && typeof c.rejected === "boolean" && Array.isArray(c.diagnostics) && Array.isArray(c.reports);
}

/**
 * A report as stored: in two entries per capture. The first holds what every build needs of
 * every report, grouping and sorting included (kind, place key, comparison texts, evidence,
 * position...); the second the rest (the text, its paragraphs and crossheads, the dateline,
 * byline, captions, language, agencies, stated update), which only a group that is made again reads: in a
 * rebuild after one new capture that is a few dozen of 70,000 reports at 10,000 captures, so the
 * second entry's hash is checked but it is not read (CapturePack.lazy). A report's `text` is
 * left out when it is its paragraphs joined by a blank line, and `leadComparison` when it equals
 * `comparison` (a brief's); both are made again exactly on reading.
 */
const LATER_FIELDS = ["dateline", "paragraphs", "crossheads", "text", "ageRaw", "language", "byline", "captions", "agencies", "conflict", "updated"] as const;
type LaterField = (typeof LATER_FIELDS)[number];
type LaterPart = Partial<Pick<Report, LaterField>>;

function isLaterParts(value: unknown): value is LaterPart[] {
  return Array.isArray(value) && value.every((v) => typeof v === "object" && v !== null && Array.isArray((v as LaterPart).paragraphs));
}

/** What every report of a capture has alike (reportsOfCapture gives each the capture's), stored once in its first entry. */
const CAPTURE_FIELDS = ["capture", "capturedAtMs", "capturedAt", "sourceUrl"] as const;
type CaptureFields = Pick<Report, (typeof CAPTURE_FIELDS)[number]>;
type StoredContribution = CaptureContribution & { common?: CaptureFields };

function compact(contribution: CaptureContribution): { first: StoredContribution; later: LaterPart[] } {
  const later: LaterPart[] = [];
  const head = contribution.reports[0];
  const common: CaptureFields | undefined =
    head && contribution.reports.every((r) => CAPTURE_FIELDS.every((field) => r[field] === head[field]))
      ? { capture: head.capture, capturedAtMs: head.capturedAtMs, capturedAt: head.capturedAt, sourceUrl: head.sourceUrl }
      : undefined;
  const reports = contribution.reports.map((r) => {
    const stored: Partial<Report> = { ...r };
    if (common) for (const field of CAPTURE_FIELDS) delete stored[field];
    const part: LaterPart = {};
    for (const field of LATER_FIELDS) {
      delete stored[field];
      if (field === "text" && r.text === r.paragraphs.join("\n\n")) continue;
      (part as Record<string, unknown>)[field] = r[field];
    }
    later.push(part);
    if (r.leadComparison === r.comparison) delete stored.leadComparison;
    return stored as Report;
  });
  const first: StoredContribution = { rejected: contribution.rejected, capturedAtMs: contribution.capturedAtMs, diagnostics: contribution.diagnostics, reports };
  if (common) first.common = common;
  return { first, later };
}

/**
 * A report read from the cache: the fields of the first entry its own, the others read from the
 * second entry of its capture the first time one of them is asked for (then for every report of
 * that capture). They are getters on the prototype, so a spread or Object.keys of a stored
 * report does not see them: nothing in draad copies reports that way (reports are plain data
 * nothing changes after reportsOfCapture; items copy the fields they need).
 */
class StoredReport {
  declare kind: Report["kind"];
  declare role: Report["role"];
  declare capture: string;
  declare capturedAtMs: number | null;
  declare capturedAt: string | null;
  declare section: string | null;
  declare title: string | null;
  declare placeKey: string;
  declare comparison: string;
  declare leadComparison: string;
  declare evidence: Report["evidence"];
  declare dated: boolean;
  declare relative: Report["relative"];
  declare line: number;
  declare column: number;
  declare sourceUrl: string | null;
  /** Its capture's second entry, read when first asked for, and its place among that capture's reports. */
  private readonly parts: () => LaterPart[];
  private readonly index: number;

  constructor(r: Partial<Report>, common: CaptureFields | undefined, parts: () => LaterPart[], index: number) {
    const own = common ?? (r as CaptureFields);
    this.capture = own.capture;
    this.capturedAtMs = own.capturedAtMs;
    this.capturedAt = own.capturedAt;
    this.sourceUrl = own.sourceUrl;
    this.kind = r.kind!;
    this.role = r.role!;
    this.section = r.section!;
    this.title = r.title!;
    this.placeKey = r.placeKey!;
    this.comparison = r.comparison!;
    this.leadComparison = r.leadComparison ?? r.comparison!;
    this.evidence = r.evidence!;
    this.dated = r.dated!;
    this.relative = r.relative!;
    this.line = r.line!;
    this.column = r.column!;
    this.parts = parts;
    this.index = index;
  }

  private later(): LaterPart {
    return this.parts()[this.index]!;
  }

  get dateline(): Report["dateline"] {
    return this.later().dateline!;
  }
  get paragraphs(): string[] {
    return this.later().paragraphs!;
  }
  get crossheads(): Report["crossheads"] {
    return this.later().crossheads!;
  }
  get text(): string {
    const part = this.later();
    return (part.text ??= part.paragraphs!.join("\n\n"));
  }
  get ageRaw(): string | null {
    return this.later().ageRaw!;
  }
  get language(): string | null {
    return this.later().language!;
  }
  get byline(): string | null {
    return this.later().byline!;
  }
  get captions(): string[] {
    return this.later().captions!;
  }
  get agencies(): string[] {
    return this.later().agencies!;
  }
  get conflict(): string | null {
    return this.later().conflict!;
  }
  get updated(): Report["updated"] {
    return this.later().updated!;
  }
}

/** The stored form back to reports with every field (the later ones read when first asked for). */
function expand(stored: StoredContribution, later: () => LaterPart[]): CaptureContribution {
  const common = stored.common;
  delete stored.common;
  stored.reports = stored.reports.map((r, i) => new StoredReport(r, common, later, i) as unknown as Report);
  return stored;
}

/** The key of a capture's second entry: its first entry's, hashed with a name of its own. */
function laterKeyOf(key: string): string {
  return createHash("sha256").update(`later\0${key}`).digest("hex");
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
      const later = pack.lazy(laterKeyOf(key), isLaterParts);
      if (!later) {
        cache.statsOf(CAPTURES_KIND).hits--;
        cache.statsOf(CAPTURES_KIND).misses++;
        return null;
      }
      // A capture time that lies ahead of this build's "now" (SOURCE_DATE_EPOCH set earlier) must be
      // refused by the parser: parse again rather than reuse.
      if (cached.capturedAtMs !== null && cached.capturedAtMs > context.nowMs + FUTURE_MARGIN_MS) {
        cache.statsOf(CAPTURES_KIND).hits--;
        cache.statsOf(CAPTURES_KIND).misses++;
        return null;
      }
      return expand(cached, () => {
        const parts = later();
        if (parts.length !== cached.reports.length) throw new Error(`a capture's two cache entries do not match (${parts.length} against ${cached.reports.length} reports); remove the cache folder (or build with --no-cache)`);
        return parts;
      });
    },
    /** The key a capture's contribution is stored under. */
    keyOf,
    /**
     * Store a parsed capture's contribution under its key (keyOf); the caller leaves out a
     * contribution whose reading depended on the clock (a capture time in the future).
     */
    storeByKey(key: string, contribution: CaptureContribution): void {
      const { first, later } = compact(contribution);
      pack.put(key, first);
      pack.put(laterKeyOf(key), later);
    },
    /** Write the pack: the entries this build used and made. */
    save(): void {
      pack.save();
    },
  };
}
