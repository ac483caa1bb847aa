/**
 * Stage 4, assemble: recognised lines -> article, sidebar briefs, ticker, skipped lines and
 * diagnostics. Two passes: the first gives every line a token in its context (head, body, list);
 * the second walks the tokens with one token of lookahead, so a line before a dateline can be a
 * brief's title. Never throws on any sequence of lines.
 */
import { isCredibleAge, publicationInterval, readAgeLabel } from "./age.js";
import { diagnosticAt, type LineIndex } from "./diagnostics.js";
import { displayPlace } from "./place-name.js";
import { rawOffset, recogniseLine, type AgeMatch, type DatelineMatch, type LineContext, type LineToken } from "./recognise.js";
import {
  ANP_TITLE_LABEL,
  CLOSING_PUNCTUATION,
  CROSSHEAD_MAX_CHARS,
  CROSSHEAD_MAX_WORDS,
  HEADLINE_LABEL,
  SURROUNDING_QUOTES,
  isKnownAgency,
  isKnownSection,
  LONG_LINE_CHARS,
} from "./vocabulary.js";
import { amsterdamLocalToEpoch, formatAmsterdamIso } from "./amsterdam-time.js";
import type {
  ArticleRecord,
  BriefRecord,
  Crosshead,
  Dateline,
  Diagnostic,
  PageKind,
  SkippedLine,
  SourceLine,
  Span,
  TickerEntry,
} from "./types.js";

/**
 * No line of a copied page comes near this (the longest in the corpus has 688 characters); a
 * longer line is lost line breaks or no page copy at all. It is still read whole, and reported.
 * NOTE: belongs with the other limits in vocabulary.ts.
 */

export interface AssembleInput {
  lines: SourceLine[];
  lineIndex: LineIndex;
  capturedAtMs: number | null;
  /** Section from front matter; wins over the `Meer uit` heading. */
  frontMatterSection: string | null;
}

export interface AssembledCapture {
  pageKind: PageKind;
  article: Omit<ArticleRecord, "language"> | null;
  related: { section: string; items: BriefRecord[] } | null;
  ticker: TickerEntry[];
  skipped: SkippedLine[];
  diagnostics: Diagnostic[];
}

/** First pass: tokens, with the context switching at the first dateline and at `Meer uit`. */
export function tokenise(lines: SourceLine[]): LineToken[] {
  const tokens: LineToken[] = [];
  let context: LineContext = "head";
  let indexPage = false;
  for (const line of lines) {
    const token = recogniseLine(line, context);
    tokens.push(token);
    if (token.kind === "ticker" || token.kind === "page-date" || token.kind === "edition") indexPage = true;
    if (token.kind === "sidebar-heading") context = "list";
    else if (token.kind === "dateline" && context === "head") context = indexPage ? "list" : "body";
    else if (token.kind === "dateline" && token.age !== null) context = "list";
  }
  return tokens;
}

interface OpenBrief {
  titleToken: LineToken | null;
  title: string | null;
  titleLabel: string | null;
  dateline: DatelineMatch | null;
  datelineToken: LineToken | null;
  textParts: string[];
  age: AgeMatch | null;
  ageEnd: number;
  start: number;
  end: number;
}

export function assembleCapture(input: AssembleInput): AssembledCapture {
  const { lines, lineIndex, capturedAtMs } = input;
  const tokens = tokenise(lines);
  const diagnostics: Diagnostic[] = [];
  const skipped: SkippedLine[] = [];
  const ticker: TickerEntry[] = [];
  const at = (code: Parameters<typeof diagnosticAt>[0], message: string, offset: number) =>
    diagnostics.push(diagnosticAt(code, message, offset, lineIndex));
  const skip = (token: LineToken, reason: SkippedLine["reason"]) =>
    skipped.push({ reason, text: token.line.text, line: token.line.line });
  const spanOf = (start: number, end: number): Span => {
    const position = lineIndex.position(start);
    return { start, end, line: position.line, column: position.column };
  };

  for (const line of lines) {
    if (line.raw.length > LONG_LINE_CHARS) {
      at(
        "long-line",
        `line ${line.line} has ${line.raw.length} characters, more than any copied page line (${LONG_LINE_CHARS}); it was read whole as one piece of text. Check for lost line breaks, or whether the file is a page copy at all`,
        line.start + LONG_LINE_CHARS,
      );
    }
  }

  const firstDateline = tokens.findIndex((t) => t.kind === "dateline");
  const sidebarAt = tokens.findIndex((t) => t.kind === "sidebar-heading");
  const headEnd = firstDateline === -1 ? (sidebarAt === -1 ? tokens.length : sidebarAt) : Math.min(firstDateline, sidebarAt === -1 ? Infinity : sidebarAt);

  // ---- head: everything before the first dateline (or sidebar)
  const headTexts: LineToken[] = [];
  let headAge: AgeMatch | null = null;
  let headAgeOffset = 0;
  let byline: ArticleRecord["byline"] = null;
  const captions: string[] = [];
  let sectionHeading: string | null = null;
  let indexSignals = 0;
  for (let i = 0; i < headEnd; i++) {
    const token = tokens[i]!;
    switch (token.kind) {
      case "blank":
        break;
      case "boilerplate":
        if (token.line.text === "Net binnen") indexSignals++;
        skip(token, "boilerplate");
        break;
      case "edition":
        indexSignals++;
        skip(token, "edition");
        break;
      case "page-date":
        indexSignals++;
        skip(token, "page-date");
        break;
      case "ticker":
        indexSignals++;
        ticker.push(tickerEntry(token, capturedAtMs, spanOf));
        break;
      case "byline":
        byline = bylineOf(token);
        break;
      case "credit":
      case "caption":
        captions.push(token.line.text);
        break;
      case "age":
        if (headAge === null && headTexts.length > 0) {
          headAge = token.age;
          headAgeOffset = token.line.start;
        } else at("orphan-age", `age label "${token.line.text}" stands before any report it could belong to; it was ignored`, token.line.start);
        break;
      default:
        headTexts.push(token);
    }
  }
  // A known section name alone on the first content line, with ticker, `Net binnen`, page date
  // or edition lines around it, makes a section index page.
  const firstHead = headTexts[0];
  if (firstHead && isKnownSection(firstHead.line.text) && indexSignals > 0) {
    sectionHeading = firstHead.line.text;
    skip(firstHead, "section-heading");
    headTexts.shift();
  }
  const indexPage = sectionHeading !== null || (indexSignals > 0 && headTexts.length === 0 && firstDateline !== -1);

  // ---- article
  let article: AssembledCapture["article"] = null;
  let bodyFrom = headEnd;
  const paragraphTokens: { text: string; token: LineToken; start: number }[] = [];
  if (!indexPage && (headTexts.length > 0 || firstDateline !== -1)) {
    const headlineToken = headTexts[0] ?? null;
    let headline = "";
    let headlineLabel: string | null = null;
    if (headlineToken) {
      const label = HEADLINE_LABEL.exec(headlineToken.line.text);
      headline = headlineToken.line.text;
      if (label && headline.length > label[0].length) {
        headlineLabel = (label[1] ?? label[2])!;
        headline = headline.slice(label[0].length).trim();
      }
    }
    // The doubled headline of the second layout counts once; other head lines are intro text.
    for (const token of headTexts.slice(1)) {
      const text = token.line.text;
      if (headlineToken && (text === headlineToken.line.text || text === headline)) skip(token, "repeated-headline");
      else paragraphTokens.push({ text, token, start: token.line.start });
    }
    let dateline: ArticleRecord["dateline"] = null;
    const datelineToken = firstDateline !== -1 && firstDateline === headEnd ? tokens[firstDateline]! : null;
    if (datelineToken && datelineToken.kind === "dateline") {
      if (datelineToken.age) at("orphan-age", `age label "${datelineToken.age.raw}" before the article's dateline belongs to no brief; it was ignored`, datelineToken.line.start);
      dateline = toDateline(datelineToken.dateline);
      checkAgencies(datelineToken.dateline, datelineToken, at);
      const rest = datelineToken.line.text.slice(datelineToken.textStart).trim();
      if (rest) paragraphTokens.push({ text: rest, token: datelineToken, start: rawOffset(datelineToken.line, datelineToken.textStart) });
      bodyFrom = firstDateline + 1;
    } else {
      bodyFrom = headEnd;
    }
    const articleStart = headlineToken?.line.start ?? datelineToken?.line.start ?? 0;
    if (!headlineToken) at("missing-headline", "no headline line before the dateline; the article is kept with an empty headline. Copy the page from its title down.", articleStart);
    if (!dateline) at("missing-dateline", "no dateline (PLACE (ANP) - ) found; the article has no place or agency. Check that the capture includes the first paragraph.", headlineToken?.line.start ?? 0);

    // body: up to the sidebar heading or the first brief glued to an age
    let bodyEnd = bodyFrom;
    while (bodyEnd < tokens.length) {
      const token = tokens[bodyEnd]!;
      if (token.kind === "sidebar-heading") break;
      if (token.kind === "dateline" && token.age !== null) break;
      bodyEnd++;
    }
    for (let i = bodyFrom; i < bodyEnd; i++) {
      const token = tokens[i]!;
      switch (token.kind) {
        case "blank":
          break;
        case "boilerplate":
        case "edition":
        case "page-date":
          skip(token, token.kind);
          break;
        case "credit":
        case "caption":
          captions.push(token.line.text);
          break;
        case "byline":
          byline ??= bylineOf(token);
          break;
        case "age":
          at("orphan-age", `age label "${token.line.text}" inside the article body belongs to no brief; it was ignored`, token.line.start);
          break;
        case "ticker":
          ticker.push(tickerEntry(token, capturedAtMs, spanOf));
          break;
        default:
          paragraphTokens.push({ text: token.line.text, token, start: token.line.start });
      }
    }
    bodyFrom = bodyEnd;

    const { paragraphs, crossheads } = splitCrossheads(paragraphTokens.map((p) => p.text));
    if (dateline && paragraphs.length === 0) at("missing-body", "the article has a dateline but no body text", datelineToken?.line.start ?? articleStart);
    const lastToken = paragraphTokens[paragraphTokens.length - 1]?.token ?? datelineToken ?? headlineToken;
    const ageLabel = headAge ? readAgeLabel(headAge.raw, capturedAtMs) : null;
    if (ageLabel && !isCredibleAge(ageLabel)) at("absurd-age", `age "${ageLabel.raw}" is more than a century; the article is not dated by it`, articleStart);
    article = {
      headline,
      headlineLabel,
      dateline,
      paragraphs,
      crossheads,
      section: null,
      byline,
      captions,
      age: ageLabel ? { raw: ageLabel.raw, minMinutes: ageLabel.minMinutes, maxMinutes: ageLabel.maxMinutes } : null,
      ...publicationInterval(ageLabel, capturedAtMs),
      span: spanOf(articleStart, lastToken ? lastToken.line.end : articleStart),
    };
  } else {
    bodyFrom = headEnd;
    if (headAge) at("orphan-age", `age label "${headAge.raw}" belongs to no article or brief; it was ignored`, headAgeOffset);
    // No article to hold them: credits and a byline are listed as skipped, not dropped.
    for (let i = 0; i < headEnd; i++) {
      const token = tokens[i]!;
      if (token.kind === "credit" || token.kind === "caption" || token.kind === "byline") skip(token, "credit");
    }
  }

  // ---- list: sidebar briefs or the briefs of an index page
  let related: AssembledCapture["related"] = null;
  let relatedSection: string | null = sectionHeading;
  const items: BriefRecord[] = [];
  let listStarted = indexPage;
  let open: OpenBrief | null = null;
  let pendingTitle: LineToken | null = indexPage && headTexts.length > 0 ? headTexts[headTexts.length - 1]! : null;
  const unrecognised = (token: LineToken, why: string) => {
    skip(token, "unrecognised");
    at("unrecognised-line", `line "${clip(token.line.text)}" ${why}; it is listed under skipped`, token.line.start);
  };
  if (indexPage) for (const token of headTexts.slice(0, -1)) unrecognised(token, "on a section page is no brief");
  let truncatedHeading: LineToken | null = null;

  const close = () => {
    if (!open) return;
    items.push(finishBrief(open, capturedAtMs, spanOf, at));
    open = null;
  };
  const nextContent = (from: number): LineToken | undefined => {
    for (let j = from; j < tokens.length; j++) if (tokens[j]!.kind !== "blank") return tokens[j];
    return undefined;
  };

  for (let i = bodyFrom; i < tokens.length; i++) {
    const token = tokens[i]!;
    switch (token.kind) {
      case "blank":
        break;
      case "boilerplate":
      case "edition":
      case "page-date":
        skip(token, token.kind);
        break;
      case "credit":
      case "caption":
        skip(token, "boilerplate");
        break;
      case "sidebar-heading": {
        close();
        listStarted = true;
        const isLast = nextContent(i + 1) === undefined;
        if (token.section === null || (isLast && !isKnownSection(token.section))) {
          truncatedHeading = token;
          break;
        }
        relatedSection ??= token.section;
        skip(token, "sidebar-heading");
        break;
      }
      case "ticker":
        ticker.push(tickerEntry(token, capturedAtMs, spanOf));
        break;
      case "age": {
        if (open && open.age === null) {
          open.age = token.age;
          open.end = rawOffset(token.line, token.age.end);
          close();
        } else at("orphan-age", `age label "${token.line.text}" follows no brief; it was ignored`, token.line.start);
        break;
      }
      case "dateline": {
        listStarted = true;
        if (token.age) {
          if (open && open.age === null) {
            open.age = token.age;
            open.end = rawOffset(token.line, token.age.end);
          } else at("orphan-age", `age label "${token.age.raw}" follows no brief; it was ignored`, token.line.start);
        }
        close();
        checkAgencies(token.dateline, token, at);
        const datelineStart = rawOffset(token.line, token.age ? token.age.end + (token.line.text[token.age.end] === " " ? 1 : 0) : 0);
        const title = pendingTitle;
        pendingTitle = null;
        const text = token.line.text.slice(token.textStart).trim();
        open = {
          titleToken: title,
          ...titleOf(title),
          dateline: token.dateline,
          datelineToken: token,
          textParts: text ? [text] : [],
          age: null,
          ageEnd: 0,
          start: title ? title.line.start : datelineStart,
          end: token.line.end,
        };
        break;
      }
      default: {
        // text, byline: a title when a dateline follows, else more text of the open brief,
        // else a brief without dateline.
        listStarted = true;
        const next = nextContent(i + 1);
        const titleOfNext = next?.kind === "dateline" && next.age === null;
        if (titleOfNext && (!open || open.age !== null || open.textParts.length > 0)) {
          close();
          if (pendingTitle) unrecognised(pendingTitle, "stands between briefs");
          pendingTitle = token;
        } else if (open && open.age === null) {
          open.textParts.push(token.line.text);
          open.end = token.line.end;
        } else {
          close();
          if (pendingTitle) {
            // A title followed by text but no dateline: a brief without dateline.
            open = { titleToken: pendingTitle, ...titleOf(pendingTitle), dateline: null, datelineToken: null, textParts: [token.line.text], age: null, ageEnd: 0, start: pendingTitle.line.start, end: token.line.end };
            pendingTitle = null;
          } else {
            open = { titleToken: null, title: null, titleLabel: null, dateline: null, datelineToken: null, textParts: [token.line.text], age: null, ageEnd: 0, start: token.line.start, end: token.line.end };
          }
        }
      }
    }
  }
  if (open) {
    const brief: OpenBrief = open;
    if (brief.age === null) at("missing-age", "the last brief has no age label; the capture probably ends inside it, so it cannot be dated from this capture", brief.end);
    close();
  }
  if (pendingTitle) unrecognised(pendingTitle, "at the end looks like a title without its brief");
  if (truncatedHeading) {
    const heading = truncatedHeading as LineToken;
    skip(heading, "sidebar-heading");
    at("truncated-sidebar", `the capture ends inside the sidebar heading "${heading.line.text}"; the sidebar was left out. Copy the page to its end to keep it.`, heading.line.start);
  }

  if (listStarted && (items.length > 0 || relatedSection !== null)) {
    related = { section: relatedSection ?? input.frontMatterSection ?? "", items };
    if (items.length === 0 && !indexPage) {
      const heading = tokens.find((t) => t.kind === "sidebar-heading");
      at("empty-sidebar", `the sidebar "Meer uit ${relatedSection ?? ""}" has no briefs`, heading?.line.start ?? 0);
    }
  }
  if (article) {
    article.section = input.frontMatterSection ?? (relatedSection !== null && !indexPage ? relatedSection : null);
  }

  const pageKind: PageKind = article ? "article" : items.length > 0 || ticker.length > 0 || indexPage ? "section-index" : "empty";
  if (pageKind === "empty") {
    at("empty-capture", "the capture holds no headline, dateline or brief (only blank lines or site boilerplate); it was skipped", lines[0]?.start ?? 0);
  }
  return { pageKind, article, related, ticker, skipped, diagnostics };
}

function toDateline(match: DatelineMatch): Omit<Dateline, "raw"> {
  return {
    place: displayPlace(match.placeRaw),
    placeRaw: match.placeRaw,
    agencies: match.agenciesWritten.map((code) => code.toUpperCase()),
    clock: match.clock,
    date: match.date,
  };
}

function checkAgencies(
  match: DatelineMatch,
  token: LineToken,
  at: (code: "unknown-agency", message: string, offset: number) => void,
): void {
  for (const code of match.agenciesWritten) {
    if (!isKnownAgency(code.toUpperCase())) {
      const column = token.line.text.indexOf(code);
      at("unknown-agency", `agency code "${code}" is not known to draad; it is kept as written. Add it to AGENCY_NAMES if it is a real agency.`, rawOffset(token.line, Math.max(0, column)));
    }
  }
}

function titleOf(token: LineToken | null): { title: string | null; titleLabel: string | null } {
  if (!token) return { title: null, titleLabel: null };
  const text = token.line.text;
  const label = ANP_TITLE_LABEL.exec(text);
  return label ? { title: text.slice(label[0].length), titleLabel: "ANP" } : { title: text, titleLabel: null };
}

function finishBrief(
  open: OpenBrief,
  capturedAtMs: number | null,
  spanOf: (start: number, end: number) => Span,
  at: (code: "absurd-age" | "brief-without-dateline", message: string, offset: number) => void,
): BriefRecord {
  const ageLabel = open.age ? readAgeLabel(open.age.raw, capturedAtMs) : null;
  if (ageLabel && !isCredibleAge(ageLabel)) {
    at("absurd-age", `age "${ageLabel.raw}" is more than a century; it is kept but the brief is not dated by it`, open.start);
  }
  if (!open.dateline) at("brief-without-dateline", "a brief without PLACE (AGENCY) - dateline; kept with an empty place", open.start);
  const interval = publicationInterval(ageLabel, capturedAtMs);
  return {
    title: open.title,
    titleLabel: open.titleLabel,
    dateline: open.dateline ? toDateline(open.dateline) : null,
    text: open.textParts.join(" "),
    age: ageLabel ? { raw: ageLabel.raw, minMinutes: ageLabel.minMinutes, maxMinutes: ageLabel.maxMinutes } : null,
    // Field by field, not spread: one brief record per sidebar line, and spreads make slow objects.
    publishedFrom: interval.publishedFrom,
    publishedTo: interval.publishedTo,
    span: spanOf(open.start, open.end),
  };
}

function tickerEntry(
  token: Extract<LineToken, { kind: "ticker" }>,
  capturedAtMs: number | null,
  spanOf: (start: number, end: number) => Span,
): TickerEntry {
  const age = readAgeLabel(token.clock, capturedAtMs);
  return {
    section: token.section,
    clock: token.clock,
    headline: token.headline,
    ...publicationInterval(capturedAtMs === null ? null : age, capturedAtMs),
    span: spanOf(token.line.start, token.line.end),
  };
}

function bylineOf(token: Extract<LineToken, { kind: "byline" }>): NonNullable<ArticleRecord["byline"]> {
  return { raw: token.line.text, author: token.author, published: bylineTime(token) };
}

function bylineTime(token: Extract<LineToken, { kind: "byline" }>): string | null {
  const [hours, minutes] = token.clock.split(/[:.]/).map(Number) as [number, number];
  if (token.month < 1 || token.month > 12 || token.day < 1 || token.day > 31) return null;
  return formatAmsterdamIso(amsterdamLocalToEpoch(token.year, token.month, token.day, hours, minutes));
}

/**
 * A short line without closing punctuation between paragraphs is a crosshead
 * (`Voorjaarstrek nareisde`, `'Halfluid'`); the last line is always a paragraph, since a capture
 * that ends mid-sentence ends in a short unpunctuated line too.
 */
export function splitCrossheads(lines: string[]): { paragraphs: string[]; crossheads: Crosshead[] } {
  const paragraphs: string[] = [];
  const crossheads: Crosshead[] = [];
  lines.forEach((line, index) => {
    const isLast = index === lines.length - 1;
    if (!isLast && index > 0 && isCrossheadShape(line)) crossheads.push({ text: line, beforeParagraph: paragraphs.length });
    else paragraphs.push(line);
  });
  return { paragraphs, crossheads };
}

export function isCrossheadShape(line: string): boolean {
  if (line.length > CROSSHEAD_MAX_CHARS || line.split(" ").length > CROSSHEAD_MAX_WORDS) return false;
  const unquoted = line.replace(SURROUNDING_QUOTES, "");
  // A lower-case start is a wrapped sentence, not a heading.
  if (unquoted === "" || /^\p{Ll}/u.test(unquoted)) return false;
  return !CLOSING_PUNCTUATION.test(unquoted);
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
