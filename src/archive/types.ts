/**
 * Types of the archive stage: parsed captures in, one deduplicated, dated, linked record set out.
 * This is what `draad export` prints and what the site renders. Times are ISO 8601 with the
 * Europe/Amsterdam offset; a publication time lies between `publishedFrom` and `publishedTo`
 * (both inclusive as printed; null = unbounded).
 */
import type { Crosshead, FileDiagnostic } from "../wire/index.js";

export type ItemKind = "article" | "brief";

/** One time an item was seen: in a capture (as its article, in its sidebar, on a list page) or in a ticker line. */
export interface Sighting {
  /** The capture file, relative to the input folder. */
  capture: string;
  capturedAt: string | null;
  role: "page" | "sidebar" | "list" | "ticker";
  /** Section of the page or sidebar the item was listed in. */
  section: string | null;
  /** The age label (or ticker clock) as written, else null. */
  age: string | null;
  /** What this sighting alone says about the publication time. */
  publishedFrom: string | null;
  publishedTo: string | null;
  /** Index into the item's `postings`: which posting this sighting saw. */
  posting: number;
  /** Where in the capture: 1-based line and column. */
  line: number;
  column: number;
  /** True when this copy's text differs from the item's text (another snapshot, curly quotes, a glued sentence). */
  variant: boolean;
}

/**
 * A sighting of another item that this item was dated with: an article and its lead briefs are
 * one posting (src/archive/link.ts), so the sightings of each bound the others' first posting.
 */
export interface LinkedSighting extends Sighting {
  /** The id and URL of the item this sighting saw (the lead brief, or the article). */
  item: string;
  url: string;
}

/** One run of a word-level diff between two versions of a report. */
export interface TextChange {
  kind: "same" | "added" | "removed";
  /** The words of the run, single-spaced; a paragraph break is a newline. */
  text: string;
}

/** One distinct text of a report (see src/archive/versions.ts). */
export interface ReportVersion {
  /** The headline this version had (articles), else null. */
  headline: string | null;
  paragraphs: string[];
  /** Capture time of the first and the last capture that showed this text; null when none had a time. */
  firstSeen: string | null;
  lastSeen: string | null;
  /** The captures that showed it, oldest first. */
  captures: string[];
  /** What changed since the version before (null for the first). */
  changes: TextChange[] | null;
}

export interface Posting {
  publishedFrom: string | null;
  publishedTo: string | null;
  /** How many sightings this posting explains. */
  sightings: number;
}

export interface ItemDateline {
  /** Display spelling of the place as the wire writes it (`Den Haag`), null without dateline. */
  place: string | null;
  placeRaw: string | null;
  agencies: string[];
  /** Clock or date written before the place (`16:29 TERNEUZEN - `). */
  clock: string | null;
  date: string | null;
}

export interface ArchiveItem {
  kind: ItemKind;
  /** Stable: a hash of the item's own text, never of file order or other captures. */
  id: string;
  slug: string;
  /** Site-relative URL: `/artikel/<slug>-<id>/` or `/kort/<slug>-<id>/`. */
  url: string;
  headline: string;
  /** Where the headline came from: the article's headline, a brief's title (sidebar or ticker), or its first sentence. */
  headlineSource: "headline" | "title" | "first-sentence";
  dateline: ItemDateline | null;
  /** Place ids (see `places`); two for `TEHERAN/JERUZALEM`. */
  places: string[];
  paragraphs: string[];
  crossheads: Crosshead[];
  section: string | null;
  /** Section id (see `sections`). */
  sectionId: string | null;
  language: string;
  agencies: string[];
  byline: string | null;
  captions: string[];
  /** Pages the text was copied from (front matter `source`). */
  sourceUrls: string[];
  /** The publication interval of the first posting. */
  publishedFrom: string | null;
  publishedTo: string | null;
  /**
   * The latest update time a captured copy of the page states (`Aangepast vandaag om 08:47`,
   * `Laatste update: 14:32`): that minute or that day, printed like the publication interval
   * (`updatedTo` inclusive: 08:47:59, 23:59:59). Null when no copy states one (always for briefs).
   */
  updatedFrom: string | null;
  updatedTo: string | null;
  /** The item's time for ordering and grouping: `publishedTo` when known, else null. */
  sortTime: string | null;
  reposted: boolean;
  postings: Posting[];
  sightings: Sighting[];
  /**
   * The sightings of the items it was dated together with (its lead briefs, or its article and
   * that article's other lead briefs) that bound its first posting; `posting` is 0. Empty when it
   * has no link, or when the linked items' dating could not be joined (then each keeps its own).
   * The first posting's interval is the intersection of these and its own sightings of posting 0.
   */
  linkedSightings: LinkedSighting[];
  /** For a brief: the full article it is the lead of. */
  articleId: string | null;
  /** For an article: the briefs that are its lead. */
  briefIds: string[];
  /** Up to five related item ids, best first. */
  related: string[];
  /**
   * The distinct texts the report was captured with, oldest first (the last is the text shown);
   * empty when every copy had the same text.
   */
  versions: ReportVersion[];
  storyId: string | null;
}

export interface ArchivePlace {
  id: string;
  name: string;
  /** Spellings seen in datelines. */
  variants: string[];
  items: number;
}

export interface ArchiveSection {
  id: string;
  name: string;
  items: number;
}

export interface ArchiveAgency {
  id: string;
  code: string;
  name: string | null;
  known: boolean;
  items: number;
}

export interface ArchiveStory {
  id: string;
  /** The latest headline of the story. */
  headline: string;
  places: string[];
  /** Item ids, oldest first. */
  itemIds: string[];
  from: string | null;
  to: string | null;
}

/** A diagnostic of the archive stage: the one FileDiagnostic type (src/wire/diagnostics.ts). */
export type ArchiveDiagnostic = FileDiagnostic;

export interface Archive {
  items: ArchiveItem[];
  places: ArchivePlace[];
  sections: ArchiveSection[];
  agencies: ArchiveAgency[];
  stories: ArchiveStory[];
  diagnostics: ArchiveDiagnostic[];
  /** Counts for summaries. */
  summary: { captures: number; rejectedCaptures: number; articles: number; briefs: number; reposted: number; stories: number };
}

/** Place alias table: canonical display name -> spellings as written in datelines. */
export type PlaceAliases = Readonly<Record<string, readonly string[]>>;
