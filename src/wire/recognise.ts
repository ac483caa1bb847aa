/**
 * Stage 3, recognise: one line -> what it is. Each recogniser is a small pure function that
 * returns a match or null (after chrono's `Parser`s); `recogniseLine` tries them in the order
 * documented there. Matching runs on the whitespace-folded line; positions inside a match are
 * indices into `SourceLine.text` and are mapped back to the raw text with `rawOffset`.
 */
import {
  AGENCY_SIGNOFF_LINE,
  AGENCYLESS_DATELINE_MIN_WORDS,
  BYLINE_BUTTON_TEXT,
  BYLINE_MAX_WORDS,
  COUNTER_LINE,
  HITS_LINE,
  DATELINE_AFTER_AGENCIES,
  EMBEDDED_POST_ACCOUNT,
  isKnownAgency,
  isKnownSection,
  LINK_LINE,
  MIXED_CASE_DATELINE,
  MONTH_NUMBERS,
  NAME_BYLINE,
  NAMELESS_BYLINE,
  PLACE_CONNECTIVES,
  PLACE_LINE,
  PLACE_LINE_FIRST_WORDS,
  PLACE_PARTICLES,
  PLAIN_CREDIT_LINE,
  PUBLICATION_LINE,
  PUBLICATION_PARTS_SEPARATOR,
  RELATIVE_DAYS,
  BYLINE_WITH_DATE_LINE,
  LOWER_CASE_AGENCY_BYLINE,
  PHOTO_ID_LINE,
  PHOTO_ID_MAX_CHARS,
  PUBLICATION_PARTS_MAX_CHARS,
  BRACKETED_CREDIT_MARKER,
  SOURCE_CREDIT_LINE,
  SOURCE_CREDIT_PREFIX,
  SPORTS_SCORE,
  URL,
  DATELINE_DASH,
  AGE_LINE,
  AGE_IN_SECTION,
  AGE_IN_SECTION_MAX_CHARS,
  AGE_PREFIX,
  BOILERPLATE_LINES,
  BYLINE,
  CAPTION_WITH_CREDIT,
  CREDIT_MARKERS,
  DATELINE,
  EDITION_LINE,
  HAS_LOWER_CASE,
  PAGE_DATE_LINE,
  PHOTO_CREDIT_LINE,
  SIDEBAR_HEADING,
  TICKER_LINE,
  TICKER_SECTION,
  UPPER_CASE_PLACE,
  UPPER_CASE_START,
  AUTHOR_PHOTO_BYLINE,
  CAPTION_WITH_SLASH_CREDIT,
  DOUBLE_HYPHEN_DATELINE,
  DOUBLE_HYPHEN_DATELINE_END,
  NAME_SOURCE_BYLINE,
  NAME_SOURCE_BYLINE_MAX_CHARS,
} from "./vocabulary.js";
import type { SourceLine } from "./types.js";

export interface DatelineMatch {
  /** The dateline as written, up to and including the dash and a following space. */
  raw: string;
  placeRaw: string;
  /** Agency codes as written (`Belga`), in order; empty when the dateline has none. */
  agenciesWritten: string[];
  clock: string | null;
  date: string | null;
  /** Index in the folded line where the dateline ends and the text begins. */
  end: number;
}

/** A calendar date and perhaps a clock, as a page states them (Amsterdam wall-clock time). */
export interface StatedDate {
  year: number;
  /** 1-12. */
  month: number;
  /** 1-31. */
  day: number;
}
export interface StatedClock {
  hours: number;
  minutes: number;
}

/** A date or time line: `Donderdag 27 april 2017 09:11`, `09u46`, `Gepubliceerd op | Views: 188`. */
export interface PublicationMatch {
  /** `updated` for `Laatste update: ...`, `published` for `Gepubliceerd op ...`, null when the line does not say. */
  role: "published" | "updated" | null;
  date: StatedDate | null;
  /** A day named relative to the capture's day (`vandaag` 0, `gisteren` -1); then `date` is null. */
  relativeDay: number | null;
  clock: StatedClock | null;
  /** Further date lines on the same line, after a dot or bar: `Vandaag om 07:34 • Aangepast vandaag om 08:47`. */
  more: PublicationMatch[];
}

export interface AgeMatch {
  raw: string;
  /** The section printed after the age (`36 min geleden in BINNENLAND`), as written. */
  section?: string;
  /** Index in the folded line just past the label. */
  end: number;
}

export type LineToken =
  | { kind: "blank"; line: SourceLine }
  | { kind: "boilerplate"; line: SourceLine }
  | { kind: "edition"; line: SourceLine }
  | { kind: "page-date"; line: SourceLine }
  | { kind: "sidebar-heading"; line: SourceLine; section: string | null }
  | { kind: "byline"; line: SourceLine; byline: BylineMatch }
  | { kind: "credit"; line: SourceLine; credit: "photo" | "source"; agencies: string[] }
  | { kind: "caption"; line: SourceLine; agencies: string[] }
  | { kind: "signoff"; line: SourceLine; agencies: string[] }
  | { kind: "publication"; line: SourceLine; publication: PublicationMatch }
  | { kind: "credited-text"; line: SourceLine; credit: string; agencies: string[]; textStart: number }
  | { kind: "place-line"; line: SourceLine; placeRaw: string; agenciesWritten: string[] }
  | { kind: "link"; line: SourceLine }
  | { kind: "embed"; line: SourceLine }
  | { kind: "age"; line: SourceLine; age: AgeMatch }
  | { kind: "dateline"; line: SourceLine; age: AgeMatch | null; dateline: DatelineMatch; textStart: number }
  | { kind: "ticker"; line: SourceLine; section: string; clock: string; headline: string }
  | { kind: "text"; line: SourceLine };

/**
 * Where a line stands: before the article's dateline (`head`), where a dateline may lack agencies
 * and a clock before it belongs to the dateline (`16:29 TERNEUZEN - `); in the article body; or in
 * a sidebar or index list, where a dateline needs agencies and a leading clock is an age.
 */
export type LineContext = "head" | "body" | "list";

/** What the tokeniser knows about the lines before this one. */
export interface LinePosition {
  /** In the head, a text line (a headline candidate) came before: a mixed-case dateline may follow. */
  afterHeadline: boolean;
  /**
   * In the body, the line before was a short title line or a byline: an agency-less dateline here
   * starts another report (OCR pages; teasers each signed `Van een onzer verslaggevers`).
   */
  afterTitle: boolean;
  /**
   * In the head, a paragraph (a text line of some words that ends like a sentence) came after the headline:
   * the page's text has begun without a dateline, so a capitalised line with a dash further down
   * (`TUSSENSTAND NA VIERDE WEDSTRIJD - TOP VIJF:`) is no dateline unless it names an agency.
   */
  afterParagraph: boolean;
  /** In the body, the line before was a byline: a mixed-case dateline without agency here starts another report too. */
  afterByline: boolean;
}
const NO_POSITION: LinePosition = { afterHeadline: false, afterTitle: false, afterParagraph: false, afterByline: false };

export interface BylineMatch {
  author: string;
  published: { date: StatedDate; clock: StatedClock } | null;
  updated: { date: StatedDate; clock: StatedClock } | null;
  /** Agency codes named in the byline: `ANP` in `Door ANP - ...` or `Door Petra de Vries, ANP`. */
  agencies: string[];
}

/** Is this the dateline at the start of `text`? Returns null for look-alikes (`Willem II - Heerenveen`). */
export function recogniseDateline(text: string, context: LineContext): DatelineMatch | null {
  // Every dateline has a dash; most text lines have none, and this test is far cheaper than DATELINE.
  if (!DATELINE_DASH.test(text) && !text.includes(")")) return null;
  const m = (text.includes("--") ? DOUBLE_HYPHEN_DATELINE.exec(text) : null) ?? DATELINE.exec(text) ?? DATELINE_AFTER_AGENCIES.exec(text);
  if (!m) return null;
  const [raw, clock, date, placeRaw, agencies] = m;
  if (!placeRaw || !UPPER_CASE_PLACE.test(placeRaw) || HAS_LOWER_CASE.test(placeRaw)) return null;
  if ((placeRaw.match(/\p{L}/gu)?.length ?? 0) < 2) return null;
  const agenciesWritten = agencies ? agencies.split("/") : [];
  // The wire's glued double hyphen (`PHILIPSBURG--The`) is a dateline wherever it stands, as
  // agencies are; the text after it must start with a capital (`COVID--19` is none).
  const doubleHyphen = raw.endsWith(DOUBLE_HYPHEN_DATELINE_END);
  if (doubleHyphen && !UPPER_CASE_START.test(text.slice(raw.length))) return null;
  // Without agencies a capitalised word and a dash is too weak outside the article's own dateline:
  // `PSV - Ajax eindigde in 2-2`.
  if (agenciesWritten.length === 0 && !doubleHyphen && (context !== "head" || hasSportsScore(text.slice(raw.length)))) return null;
  if (clock && context === "list") return null;
  return { raw, placeRaw, agenciesWritten, clock: clock ?? null, date: date ?? null, end: raw.length };
}

/** `Sammie Petersen | Dagblad Voorbeeld`: the author, and the agency if the paper is one (`Jan Smit | ANP`). */
export function recogniseNameSourceByline(text: string): BylineMatch | null {
  const m = NAME_SOURCE_BYLINE.exec(text);
  return m ? { author: m[1]!, published: null, updated: null, agencies: agenciesIn(m[2]!) } : null;
}

/**
 * An agency-less mixed-case dateline opens a paragraph of real text: a few words, and no sports
 * result in its first sentence (`PSV - Ajax eindigde in 2-2`, `Ajax - Feyenoord 1-1`).
 */
function opensParagraph(rest: string): boolean {
  return !hasSportsScore(rest) && hasAtLeastWords(rest, AGENCYLESS_DATELINE_MIN_WORDS);
}

/** At least `count` space-parted words, counted only as far as needed (a paragraph can be long). */
export function hasAtLeastWords(text: string, count: number): boolean {
  let words = text.trim() ? 1 : 0;
  for (let i = text.indexOf(" "); i !== -1 && words < count; i = text.indexOf(" ", i + 1)) words++;
  return words >= count;
}

/** A score in the first sentence: `Ajax - Feyenoord eindigde in 1-1.` */
function hasSportsScore(rest: string): boolean {
  const firstSentenceEnd = rest.slice(0, 300).search(/[.!?](?:\s|$)/);
  return SPORTS_SCORE.test(firstSentenceEnd === -1 ? rest.slice(0, 300) : rest.slice(0, firstSentenceEnd));
}

/**
 * A dateline with the place in mixed case: `Den Haag - `, `Bergen op Zoom - `, `Arnhem/ Huissen - `,
 * `Amsterdam (ANP) - `. With a known agency it counts anywhere; without one only as the article's
 * own dateline after a headline (`position.afterHeadline`), never as the first line of a page (a
 * headline such as `Ajax - Feyenoord eindigt in 1-1`) and never with a score in its sentence.
 */
export function recogniseMixedCaseDateline(text: string, context: LineContext, position: LinePosition = NO_POSITION): DatelineMatch | null {
  if (!DATELINE_DASH.test(text) && !text.includes(")")) return null;
  const m = MIXED_CASE_DATELINE.exec(text);
  if (!m) return null;
  const [raw, placeRaw, agencies] = m as unknown as [string, string, string | undefined];
  if (!HAS_LOWER_CASE.test(placeRaw) || !isMixedCasePlace(placeRaw)) return null;
  const agenciesWritten = agencies ? agencies.split("/") : [];
  if (agenciesWritten.length > 0) {
    if (!agenciesWritten.some((code) => isKnownAgency(code.toUpperCase()))) return null;
  } else if (context !== "head" || !position.afterHeadline || !opensParagraph(text.slice(raw.length))) {
    return null;
  }
  return { raw, placeRaw, agenciesWritten, clock: null, date: null, end: raw.length };
}

/**
 * Each word of a mixed-case place starts with a capital (`Den`, `Haag`, `IJmuiden`,
 * `'s-Hertogenbosch`, `'t Zand`), or is a particle inside the name (`op` in `Bergen op Zoom`).
 */
export function isMixedCasePlace(place: string): boolean {
  const words = place.split(/[ /]+/).filter((w) => w !== "");
  if (words.length === 0) return false;
  return words.every((word, index) => {
    if (/^['’][st](?:-|$)/u.test(word)) return true;
    if (index > 0 && PLACE_PARTICLES.has(word)) return true;
    return /^\p{Lu}/u.test(word) && !/\p{Ll}\p{Lu}\p{Ll}/u.test(word.replace(/^Mc|^Mac/u, ""));
  });
}

/**
 * A place alone on its own line before the body: `Zwolle`, `DEN HAAG`, `Bergen op Zoom`,
 * `Den Haag (ANP)`. A mixed-case name of several words must look like a place, not a person
 * (`Petra de Vries`): see PLACE_LINE_FIRST_WORDS. Never a known section name (`Binnenland`).
 */
export function recognisePlaceLine(text: string): { placeRaw: string; agenciesWritten: string[] } | null {
  const m = PLACE_LINE.exec(text);
  if (!m) return null;
  const placeRaw = m[1]!;
  if (isKnownSection(placeRaw) || BOILERPLATE_LINES.has(placeRaw)) return null;
  const agenciesWritten = m[2] ? m[2].split("/") : [];
  if (agenciesWritten.length > 0 && !agenciesWritten.some((code) => isKnownAgency(code.toUpperCase()))) return null;
  if ((placeRaw.match(/\p{L}/gu)?.length ?? 0) < 2) return null;
  if (!HAS_LOWER_CASE.test(placeRaw)) return UPPER_CASE_PLACE.test(placeRaw) ? { placeRaw, agenciesWritten } : null;
  if (!isMixedCasePlace(placeRaw)) return null;
  const words = placeRaw.split(/[ /]+/).filter((w) => w !== "");
  if (words.length > 1 && !PLACE_LINE_FIRST_WORDS.has(words[0]!.toLowerCase()) && !words.some((w) => PLACE_CONNECTIVES.has(w))) return null;
  return { placeRaw, agenciesWritten };
}

/** Is this character code an ASCII letter? */
function isLetterCode(code: number): boolean {
  return (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

/** Is this character code a digit 0-9? */
function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** An age label alone on the line: `13 uur geleden`, `Gisteren 22:56`; or with the section after it: `36 min geleden in BINNENLAND`. */
export function recogniseAgeLine(text: string): AgeMatch | null {
  if (AGE_LINE.test(text)) return { raw: text, end: text.length };
  // Only a short line that starts with the count can be one (`36 min geleden in BINNENLAND`); paragraphs are spared the scan.
  const withSection = text.length <= AGE_IN_SECTION_MAX_CHARS && isDigit(text.charCodeAt(0)) ? AGE_IN_SECTION.exec(text) : null;
  return withSection && AGE_LINE.test(withSection[1]!) ? { raw: withSection[1]!, end: withSection[1]!.length, section: text.slice(withSection[1]!.length + 4) } : null;
}

/**
 * An age label glued before a dateline: `32 minuten geledenHANOI (ANP/AFP) - ...`.
 * Only when a dateline really follows, so `22 jaar geleden begon ...` is body text.
 */
export function recogniseGluedAge(text: string, context: LineContext): { age: AgeMatch; dateline: DatelineMatch } | null {
  const m = AGE_PREFIX.exec(text);
  if (!m) return null;
  const afterAge = m[0].length;
  const gap = text[afterAge] === " " ? 1 : 0;
  // Glued with no space (`2 weken geledenKATS - `) the age is the copy's seam between two briefs,
  // so the place after it is a dateline even without agencies, as a head's would be (regional
  // pages print their briefs' datelines without agency); with a space it needs its agencies.
  const datelineContext = gap === 0 ? "head" : context === "head" ? "list" : context;
  const dateline = recogniseDateline(text.slice(afterAge + gap), datelineContext);
  if (!dateline) return null;
  return { age: { raw: m[0], end: afterAge }, dateline: { ...dateline, end: afterAge + gap + dateline.end } };
}

export function recogniseSidebarHeading(text: string): { section: string | null } | null {
  const m = SIDEBAR_HEADING.exec(text);
  return m ? { section: m[1]?.trim() || null } : null;
}

export function recogniseTicker(text: string): { section: string; clock: string; headline: string } | null {
  const m = TICKER_LINE.exec(text);
  return m && TICKER_SECTION.test(m[1]!) ? { section: m[1]!, clock: m[2]!, headline: m[3]! } : null;
}

/** `Door ANP - 7-10-2016, 9:23`, `Door ANP - 5-1-2017, 17:26 (Update 5-1-2017, 17:40)`. */
export function recogniseByline(text: string): BylineMatch | null {
  const m = BYLINE.exec(text);
  if (!m) return null;
  const author = m[1]!;
  const at = (day?: string, month?: string, year?: string, clock?: string) => {
    if (!day || !month || !year || !clock) return null;
    const date = statedDate(Number(year), Number(month), Number(day));
    const time = statedClock(clock);
    return date && time ? { date, clock: time } : null;
  };
  return { author, published: at(m[2], m[3], m[4], m[5]), updated: at(m[6], m[7], m[8], m[9]), agencies: agenciesIn(author) };
}

/**
 * A byline without date: `Door Petra de Vries, ANP`, `Door ANP`, `Van onze correspondent Jan
 * Smit`; in lower case with agency codes, `door anp`; without a name, `Van een onzer verslaggevers`.
 */
export function recogniseNameByline(text: string): BylineMatch | null {
  const lower = LOWER_CASE_AGENCY_BYLINE.exec(text);
  if (lower) {
    const codes = lower[1]!.split("/").map((code) => code.toUpperCase());
    return codes.every(isKnownAgency) ? { author: codes.join("/"), published: null, updated: null, agencies: codes } : null;
  }
  if (NAMELESS_BYLINE.test(text)) return { author: text, published: null, updated: null, agencies: [] };
  const m = NAME_BYLINE.exec(text);
  if (!m) return null;
  const author = m[1]!.trim().replace(BYLINE_BUTTON_TEXT, "");
  if (author.split(" ").length > BYLINE_MAX_WORDS) return null;
  return { author, published: null, updated: null, agencies: agenciesIn(author) };
}

/**
 * A byline and its date lines on one line: `Door de sportredactie ∑ geplaatst: zaterdag 14 maart
 * 2026, 18:00 uur | update: zaterdag 14 maart 2026, 18:32 uur` (BYLINE_WITH_DATE_LINE). Every
 * part after the name must be a date line with a date and a clock; else null.
 */
export function recogniseBylineWithDate(text: string): BylineMatch | null {
  const m = BYLINE_WITH_DATE_LINE.exec(text);
  if (!m) return null;
  const author = m[1]!.trim();
  if (author.split(" ").length > BYLINE_MAX_WORDS) return null;
  const publication = recognisePublicationLine(m[2]!);
  if (!publication) return null;
  let published: BylineMatch["published"] = null;
  let updated: BylineMatch["updated"] = null;
  for (const part of [publication, ...publication.more]) {
    if (!part.date || !part.clock) return null;
    if (part.role === "updated") updated ??= { date: part.date, clock: part.clock };
    else published ??= { date: part.date, clock: part.clock };
  }
  return { author, published, updated, agencies: agenciesIn(author) };
}

/**
 * A date or time line (see PUBLICATION_LINE). It must state a date or a clock, or be the
 * site's `Gepubliceerd op | Views: 188` line; dates must exist (`31-02-2019` is no date).
 */
export function recognisePublicationLine(text: string): PublicationMatch | null {
  // A date line is short (the longest, parts and all, stay under PUBLICATION_PARTS_MAX_CHARS):
  // paragraphs are spared the pattern.
  if (text.length > PUBLICATION_PARTS_MAX_CHARS || !/\d/.test(text)) return null;
  const whole = recognisePublicationPart(text);
  if (whole || !PUBLICATION_PARTS_SEPARATOR.test(text)) return whole;
  const parts = text.split(PUBLICATION_PARTS_SEPARATOR).map(recognisePublicationPart);
  if (parts.some((part) => part === null)) return null;
  const [first, ...more] = parts as PublicationMatch[];
  return { ...first!, more };
}

function recognisePublicationPart(text: string): PublicationMatch | null {
  const m = PUBLICATION_LINE.exec(text);
  if (!m) return null;
  const [, publishedWord, updatedWord, dayFirst, monthFirst, yearFirst, monthBefore, dayAfter, yearAfter, numericDay, numericMonth, numericYear, relative, plainHours, plainMinutes, bracketHours, bracketMinutes, counter] = m;
  const day = dayFirst ?? dayAfter;
  const monthName = monthFirst ?? monthBefore;
  const year = yearFirst ?? yearAfter;
  const hours = plainHours ?? bracketHours;
  const minutes = plainMinutes ?? bracketMinutes;
  const role = publishedWord ? "published" : updatedWord ? "updated" : null;
  let date: StatedDate | null = null;
  if (day && monthName && year) {
    const month = monthNumber(monthName);
    date = month ? statedDate(Number(year), month, Number(day)) : null;
    if (!date) return null;
  } else if (numericDay && numericMonth && numericYear) {
    date = statedDate(Number(numericYear), Number(numericMonth), Number(numericDay));
    if (!date) return null;
  }
  const clock = hours && minutes ? { hours: Number(hours), minutes: Number(minutes) } : null;
  const relativeDay = relative ? RELATIVE_DAYS[relative.toLowerCase()]! : null;
  // `Vandaag` alone is no date line; with its clock it is.
  if (relativeDay !== null && !clock) return null;
  if (!date && !clock && !(role && counter)) return null;
  return { role, date, relativeDay, clock, more: [] };
}

function monthNumber(name: string): number | null {
  return MONTH_NUMBERS.get(name.toLowerCase().replace(/\.$/, "")) ?? null;
}

function statedDate(year: number, month: number, day: number): StatedDate | null {
  if (year < 1800 || year > 2200 || month < 1 || month > 12 || day < 1) return null;
  const daysInMonth = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= daysInMonth ? { year, month, day } : null;
}

function statedClock(clock: string): StatedClock | null {
  const [hours, minutes] = clock.split(/[:.u]/).map(Number) as [number, number];
  return hours < 24 && minutes < 60 ? { hours, minutes } : null;
}

/**
 * Agency codes named in a credit or byline: `ANP` in `© ANP / Hollandse Hoogte`, `Foto: Reuters`,
 * `beeld anp`, `Door Petra de Vries, ANP`. Words in capitals that are known codes, and known agency
 * names of four letters or more in any case (`Reuters`, `Belga`); lower-case `anp` as nd.nl writes it.
 */
export function agenciesIn(text: string): string[] {
  const found: string[] = [];
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    const code = word.toUpperCase();
    if (!isKnownAgency(code) || found.includes(code)) continue;
    if (word === code || word.length >= 4 || word === "anp") found.push(code);
  }
  return found;
}

/** A credit line: a photo credit (`Foto: ANP`, `© ANP`, `beeld anp`, `Foto Jan Smit`) or the text's source (`Bron: ANP`). */
export function recogniseCredit(text: string): { credit: "photo" | "source"; agencies: string[] } | null {
  if (SOURCE_CREDIT_LINE.test(text)) return { credit: "source", agencies: agenciesIn(text.slice(text.indexOf(":") + 1)) };
  if (PHOTO_CREDIT_LINE.test(text) || PLAIN_CREDIT_LINE.test(text) || (text.length <= PHOTO_ID_MAX_CHARS && PHOTO_ID_LINE.test(text))) return { credit: "photo", agencies: agenciesIn(text) };
  return null;
}

/** `Bron: ANP 0 Aan de Amstel ...`: a source credit (and comment counter) glued before the lead. */
export function recogniseCreditedText(text: string): { credit: string; agencies: string[]; textStart: number } | null {
  const m = SOURCE_CREDIT_PREFIX.exec(text);
  if (!m) return null;
  const agencies = agenciesIn(m[1]!);
  if (agencies.length === 0) return null;
  return { credit: m[0].trimEnd(), agencies, textStart: m[0].length };
}

/** The agency alone at the end of a report: `ANP`, `(ANP/Belga)`. Every part must be a known agency. */
export function recogniseSignoff(text: string): string[] | null {
  const m = AGENCY_SIGNOFF_LINE.exec(text);
  if (!m) return null;
  const parts = m[1]!.split("/");
  return parts.every((code) => isKnownAgency(code.toUpperCase())) ? parts.map((code) => code.toUpperCase()) : null;
}

/** `Lees verder`, `Lees meer »`, a bare URL, `The post ... appeared first on ...`. */
export function recogniseLinkLine(text: string): boolean {
  return LINK_LINE.test(text);
}

/** An embedded post: a URL and an account `(@name)` or `pic.twitter.com/...` on one line. */
export function recogniseEmbeddedPost(text: string): boolean {
  if (!text.includes("://") && !text.includes("www.")) return false;
  return URL.test(text) && EMBEDDED_POST_ACCOUNT.test(text);
}

/**
 * Classify one line. Order: blank; site chrome (boilerplate, link lines, edition, page date);
 * `Meer uit`; dated byline, name byline (not in lists); credit (photo or source); agency sign-off;
 * age alone; age glued to a dateline; dateline in capitals; dateline in mixed case; date or time
 * line (not in lists); counter line (`| Views: 188`); source credit glued to the lead; place alone on its line (head); ticker
 * (not in bodies); caption ending in a credit; embedded post; text.
 */
export function recogniseLine(line: SourceLine, context: LineContext, position: LinePosition = NO_POSITION): LineToken {
  const text = line.text;
  if (text === "") return { kind: "blank", line };
  if (BOILERPLATE_LINES.has(text)) return { kind: "boilerplate", line };
  if (recogniseLinkLine(text)) return { kind: "link", line };
  if (EDITION_LINE.test(text)) return { kind: "edition", line };
  if (PAGE_DATE_LINE.test(text)) return { kind: "page-date", line };
  const heading = recogniseSidebarHeading(text);
  if (heading) return { kind: "sidebar-heading", line, section: heading.section };
  // Every byline starts with `Door`, `door`, `Van` or `Tekst:`: a test of the first character
  // spares the other lines the byline patterns.
  const first = text.charCodeAt(0);
  if (first === 68 /* D */ || first === 100 /* d */ || first === 86 /* V */ || first === 84 /* T */) {
    const byline = recogniseByline(text) ?? (context !== "list" ? (recogniseBylineWithDate(text) ?? recogniseNameByline(text)) : null);
    if (byline) return { kind: "byline", line, byline };
  }
  if (first === 70 /* F */ && context !== "list" && text.startsWith("Foto van ")) {
    const photo = AUTHOR_PHOTO_BYLINE.exec(text);
    if (photo) return { kind: "byline", line, byline: { author: photo[1]!, published: null, updated: null, agencies: [] } };
  }
  if ((context === "body" || position.afterHeadline) && text.length <= NAME_SOURCE_BYLINE_MAX_CHARS && text.includes(" | ")) {
    const byline = recogniseNameSourceByline(text);
    if (byline) return { kind: "byline", line, byline };
  }
  const credit = recogniseCredit(text);
  if (credit) return { kind: "credit", line, ...credit };
  const signoff = recogniseSignoff(text);
  if (signoff) return { kind: "signoff", line, agencies: signoff };
  const age = recogniseAgeLine(text);
  if (age && !(context === "head" && /^\d/.test(text) && !/(?:geleden|ago)$/i.test(age.raw))) return { kind: "age", line, age };
  const glued = recogniseGluedAge(text, context);
  if (glued) return { kind: "dateline", line, age: glued.age, dateline: glued.dateline, textStart: glued.dateline.end };
  // After a title line or byline in a body, a dateline without agencies starts the next report
  // (OCR pages, signed teasers). Once the text has begun in the head, an agency-less dateline is none (LinePosition.afterParagraph).
  const headOrBody = context === "head" && position.afterParagraph ? "body" : context;
  const dateline = recogniseDateline(text, position.afterTitle ? "head" : headOrBody) ?? recogniseMixedCaseDateline(text, position.afterByline ? "head" : headOrBody, position);
  if (dateline) return { kind: "dateline", line, age: null, dateline, textStart: dateline.end };
  if (context !== "list") {
    const publication = recognisePublicationLine(text);
    if (publication) return { kind: "publication", line, publication };
  }
  if (text.includes("|") && COUNTER_LINE.test(text)) return { kind: "boilerplate", line };
  if (isDigit(first) && HITS_LINE.test(text)) return { kind: "boilerplate", line };
  const credited = recogniseCreditedText(text);
  if (credited) return { kind: "credited-text", line, ...credited };
  if (context === "head") {
    const place = recognisePlaceLine(text);
    if (place) return { kind: "place-line", line, ...place };
  }
  if (context !== "body") {
    const ticker = recogniseTicker(text);
    if (ticker) return { kind: "ticker", line, ...ticker };
  }
  // A caption closed by ` / Naam | ANP` ends in a letter (most text ends in punctuation) and has the bar near its end.
  if (isLetterCode(text.charCodeAt(text.length - 1)) && text.lastIndexOf(" | ") > text.length - 45 && text.includes(" / ")) {
    const slash = CAPTION_WITH_SLASH_CREDIT.exec(text);
    const agencies = slash ? agenciesIn(slash[1]!.slice(slash[1]!.indexOf("|") + 1)) : [];
    if (agencies.length > 0) return { kind: "caption", line, agencies };
  }
  if ((CREDIT_MARKERS.some((marker) => text.includes(marker)) || (text.endsWith(")") || text.endsWith(").")) && BRACKETED_CREDIT_MARKER.test(text)) && CAPTION_WITH_CREDIT.test(text)) return { kind: "caption", line, agencies: agenciesIn(text.slice(creditStart(text))) };
  if (recogniseEmbeddedPost(text)) return { kind: "embed", line };
  return { kind: "text", line };
}

/** Index in a caption line where its credit starts: `Foto:`, `Beeld:`, `©`, `Ⓒ`. */
export function creditStart(text: string): number {
  const m = /(?:\(?(?:[Ff]oto|[Bb]eeld) ?:|[©Ⓒ])[^©Ⓒ]{0,80}$/u.exec(text);
  return m ? m.index : text.length;
}

/**
 * Offset in the decoded text of index `foldedIndex` of `line.text`. Folding only drops characters
 * (runs of spaces, line breaks and `¬` of joined lines) and turns whitespace into one space, so
 * `text` is `raw` with deletions: walk both, matching whitespace with whitespace.
 */
export function rawOffset(line: SourceLine, foldedIndex: number): number {
  const raw = line.raw;
  const folded = line.text;
  // Decoding leaves only spaces and LF as whitespace.
  const isSpace = (code: number) => code === 32 || code === 10;
  const matches = (r: number, f: number) => (folded.charCodeAt(f) === 32 ? isSpace(raw.charCodeAt(r)) : raw.charCodeAt(r) === folded.charCodeAt(f));
  let r = 0;
  for (let f = 0; f < foldedIndex && f < folded.length; f++) {
    while (r < raw.length && !matches(r, f)) r++;
    r++;
  }
  if (foldedIndex < folded.length) while (r < raw.length && !matches(r, foldedIndex)) r++;
  return line.start + Math.min(r, raw.length);
}
