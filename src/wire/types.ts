/**
 * Types of the wire stage: one capture in, one CaptureRecord plus diagnostics out.
 * Offsets are 0-based UTF-16 indices into the decoded text (`DecodedCapture.text`); lines and
 * columns are 1-based and count lines of the input file (CRLF, LF and lone CR each end one line).
 */
import type { DiagnosticCode } from "./diagnostics.js";

export type Severity = "error" | "warning" | "info";

export interface Diagnostic {
  /** Stable kebab-case code from `DIAGNOSTIC_CODES`. Tests assert codes, not wording. */
  code: DiagnosticCode;
  severity: Severity;
  /** What is wrong and how to fix it, in English for the person running draad. */
  message: string;
  /** 1-based line of the input. */
  line: number;
  /** 1-based column (UTF-16 code units) in the decoded line. */
  column: number;
  /** 0-based offset into the decoded text. */
  offset: number;
}

/** Where a recognised piece stands in the decoded text. `text.slice(start, end) === raw`. */
export interface Span {
  /** 0-based offset of the first character. */
  start: number;
  /** 0-based offset just past the last character. */
  end: number;
  /** 1-based line of `start`. */
  line: number;
  /** 1-based column of `start`. */
  column: number;
}

/** Result of the decode stage. */
export interface DecodedCapture {
  /** NFC text with LF line ends, odd spaces folded, certain damage repaired. */
  text: string;
  /** Which byte encoding the file was read as. */
  encoding: "utf-8" | "utf-16le" | "utf-16be" | "windows-1252";
  diagnostics: Diagnostic[];
  /** True when the bytes are not text at all; the capture is rejected. */
  binary: boolean;
}

/** Front matter as read, validated at the edge. */
export interface CaptureFrontMatter {
  captured: string | null;
  source: string | null;
  section: string | null;
  published: string | null;
  title: string | null;
}

/** One physical line of the body after segmentation. */
export interface SourceLine {
  /** The line as decoded, without its line end. */
  raw: string;
  /** `raw` with whitespace runs folded to one space and trimmed. */
  text: string;
  /** Offset of `raw` in the decoded text. */
  start: number;
  end: number;
  /** 1-based line number in the input. */
  line: number;
}

export interface Dateline {
  /** Display form in Dutch spelling: `Den Haag`, `'s-Hertogenbosch`, `IJmuiden`. */
  place: string | null;
  /** As written: `DEN HAAG`. */
  placeRaw: string | null;
  /** Upper-case agency codes in written order: `["ANP", "AFP"]`. */
  agencies: string[];
  /** Clock time written before the place (`16:29 TERNEUZEN - `), else null. */
  clock: string | null;
  /** Date written before the place (`8 juni WISSENKERKE - `), else null. */
  date: string | null;
  /** The dateline as written, up to and including the dash and the space after it. */
  raw: string;
}

export type AgeKind = "relative" | "just-now" | "yesterday" | "clock-today" | "clock-yesterday";

/** An age label: how long before the capture an item was posted, as an interval in minutes. */
export interface AgeLabel {
  /** As written: `32 minuten geleden`. */
  raw: string;
  kind: AgeKind;
  /** Least age in minutes the label allows (inclusive). */
  minMinutes: number;
  /** Greatest age in minutes the label allows (exclusive). */
  maxMinutes: number;
  /** Clock time in the label (`Gisteren 22:56`, `11:40`) as minutes after midnight, else null. */
  clockMinutes: number | null;
}

/** A brief in a `Meer uit` sidebar or on a section index page. Contract `$defs/item` plus extensions. */
export interface BriefRecord {
  /** The brief's own title line, else null. */
  title: string | null;
  /** A label removed from the title: `ANP` in `ANP Vorken lus ...`. */
  titleLabel: string | null;
  dateline: Omit<Dateline, "raw"> | null;
  /** The lead, without dateline and age label, paragraphs joined by a space. */
  text: string;
  age: Pick<AgeLabel, "raw" | "minMinutes" | "maxMinutes"> | null;
  /** capturedAt - maxMinutes, ISO 8601 with the Europe/Amsterdam offset; null when unknown. */
  publishedFrom: string | null;
  /** capturedAt - minMinutes. */
  publishedTo: string | null;
  /**
   * The date line of its own a list item stands under (or after), in a dated list without
   * datelines (a month archive, a broadcaster's slider); then `publishedFrom`/`publishedTo` are its
   * interval. Absent otherwise.
   */
  published?: StatedTime;
  /** From the title (or dateline) line to the end of the age label. */
  span: Span;
}

export interface Crosshead {
  text: string;
  /** Index in `paragraphs` of the paragraph that follows the crosshead. */
  beforeParagraph: number;
}

/** A publication or update time the page states (a date line or a byline), in Europe/Amsterdam time. */
export interface StatedTime {
  /** As written: `Donderdag 27 april 2017 09:11`, `06 maart 2018 09u46`. */
  raw: string;
  /** `day` when the page gives a date only, `minute` with a clock. */
  precision: "day" | "minute";
  /** Start of the interval, inclusive: ISO 8601 with the Europe/Amsterdam offset. */
  from: string;
  /** End of the interval, exclusive: the next midnight, or the next minute. */
  to: string;
  /** Where the page states it. */
  source: "date-line" | "byline";
}

/** An agency the page names for the article, and where: the dateline, a byline, a source credit, a photo credit. */
export interface AgencyMention {
  /** Upper-case code: `ANP`. */
  code: string;
  source: "dateline" | "byline" | "source-credit" | "sign-off" | "photo-credit";
  /** The text that names it: `Door ANP - 3-1-2017, 11:14`, `© ANP / Hollandse Hoogte`. */
  raw: string;
}

export interface ArticleRecord {
  headline: string;
  /** A label glued before the headline (`UPDATE`, `video`), not part of it. */
  headlineLabel: string | null;
  dateline: Omit<Dateline, "raw"> | null;
  paragraphs: string[];
  crossheads: Crosshead[];
  section: string | null;
  /** ISO 639-3 from franc, `und` when too short to judge. */
  language: string;
  /** `Door ANP - 7-10-2016, 9:23`: the byline as written and the times it states (`(Update ...)`). */
  byline: { raw: string; author: string; published: string | null; updated: string | null } | null;
  /** Agencies named by the dateline, a byline or a credit, in page order, each once per source. */
  agencies: AgencyMention[];
  /** When the page says the article was published (date line or byline), else null. */
  published: StatedTime | null;
  /** When the page says it was last updated, else null. */
  updated: StatedTime | null;
  /** Photo captions and credit lines found in the body. */
  captions: string[];
  /** An age label printed with the article itself (between headline and dateline). */
  age: Pick<AgeLabel, "raw" | "minMinutes" | "maxMinutes"> | null;
  /** When the article was posted, as far as the capture tells (age label), else null. */
  publishedFrom: string | null;
  publishedTo: string | null;
  span: Span;
}

/** A line of the `Net binnen` ticker on a section index page: `- Buitenland 11:40 Kop`. */
export interface TickerEntry {
  section: string;
  clock: string;
  headline: string;
  publishedFrom: string | null;
  publishedTo: string | null;
  span: Span;
}

/** A line that is deliberately in no content field, and why: so that nothing is lost silently. */
export interface SkippedLine {
  reason:
    | "boilerplate"
    | "chrome"
    | "credit"
    | "link"
    | "embed"
    | "date-line"
    | "unrecognised"
    | "edition"
    | "page-date"
    | "section-heading"
    | "sidebar-heading"
    | "repeated-headline";
  text: string;
  line: number;
}

/** `brief-list`: titled briefs without datelines (kortjes, `Gemist?` round-ups, day archives). */
export type PageKind = "article" | "section-index" | "brief-list" | "empty";

/** What `draad parse` prints for one capture; follows `capture.schema.json`. */
export interface CaptureRecord {
  source: string;
  /** ISO 8601 with the Europe/Amsterdam offset, or null when unknown. */
  capturedAt: string | null;
  /** Where `capturedAt` came from. */
  capturedAtSource: "front-matter" | "option" | "file-name" | null;
  /** Front matter `source`: the page the text was copied from. */
  sourceUrl: string | null;
  /** Front matter `published`, normalised like capturedAt. */
  published: string | null;
  pageKind: PageKind;
  encoding: DecodedCapture["encoding"];
  article: ArticleRecord | null;
  /**
   * Further reports on the same page, each with its own dateline (several dispatches, OCR archive
   * pages). The parser always sets it; optional for records made elsewhere (tests, older exports).
   */
  moreArticles?: ArticleRecord[];
  related: { section: string; items: BriefRecord[] } | null;
  ticker: TickerEntry[];
  skipped: SkippedLine[];
  diagnostics: Diagnostic[];
}

export interface ParseOptions {
  /** The path as given; becomes `source` and names the file in diagnostics. */
  source: string;
  /** `--captured-at`: used when the front matter has no `captured`. */
  capturedAt?: string | null;
}
