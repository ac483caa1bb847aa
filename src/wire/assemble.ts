/**
 * Stage 4, assemble: recognised lines -> article, sidebar briefs, ticker, skipped lines and
 * diagnostics. Two passes: the first gives every line a token in its context (head, body, list);
 * the second walks the tokens with one token of lookahead, so a line before a dateline can be a
 * brief's title. Never throws on any sequence of lines.
 */
import { isCredibleAge, publicationInterval, readAgeLabel } from "./age.js";
import { diagnosticAt, type DiagnosticCode, type LineIndex } from "./diagnostics.js";
import { displayPlace } from "./place-name.js";
import {
  creditStart,
  rawOffset,
  hasAtLeastWords,
  recogniseLine,
  recognisePlaceLine,
  recognisePublicationLine,
  type AgeMatch,
  type BylineMatch,
  type DatelineMatch,
  type LineContext,
  type LineToken,
  type StatedClock,
  type StatedDate,
} from "./recognise.js";
import {
  AGENCY_SIGNOFF_TAIL,
  ANP_TITLE_LABEL,
  BRIEF_TITLE_MAX_CHARS,
  endsWithClosingPunctuation,
  CROSSHEAD_MAX_CHARS,
  CROSSHEAD_MAX_WORDS,
  DATELINE_DASH,
  DATELINE_LOOKALIKE,
  HEADLINE_LABEL,
  HEADLINE_MAX_CHARS,
  INLINE_TITLE,
  INLINE_TITLE_MAX_WORDS,
  ITEM_END_MARK,
  LOWER_CASE_HEADLINE_LABEL,
  NOT_HEADLINE_END,
  PARAGRAPH_END,
  ENTRY_CLOCK_LINE,
  GLUED_LABEL_PLACE,
  GLUED_LABEL_PLACE_MIN_LETTERS,
  NUMBERED_LIST_ITEM,
  DOUBTFUL_HEADLINE,
  PARAGRAPH_MIN_WORDS,
  PAGE_DATE_LINE,
  RELATED_LINKS_HEADINGS,
  SENTENCE_END,
  SPORTS_SCORE,
  SURROUNDING_QUOTES,
  TRAILING_READ_MORE,
  isKnownAgency,
  isKnownSection,
  knownSectionName,
} from "./vocabulary.js";
import { amsterdamLocalToEpoch, amsterdamParts, formatAmsterdamIso } from "./amsterdam-time.js";
import type {
  AgencyMention,
  ArticleRecord,
  BriefRecord,
  Crosshead,
  Dateline,
  Diagnostic,
  PageKind,
  SkippedLine,
  SourceLine,
  Span,
  StatedTime,
  TickerEntry,
} from "./types.js";

export interface AssembleInput {
  lines: SourceLine[];
  lineIndex: LineIndex;
  capturedAtMs: number | null;
  /** Section from front matter; wins over the `Meer uit` heading. */
  frontMatterSection: string | null;
}

type AssembledArticle = Omit<ArticleRecord, "language">;

export interface AssembledCapture {
  pageKind: PageKind;
  article: AssembledArticle | null;
  moreArticles: AssembledArticle[];
  related: { section: string; items: BriefRecord[] } | null;
  ticker: TickerEntry[];
  skipped: SkippedLine[];
  diagnostics: Diagnostic[];
}

/**
 * First pass: tokens, with the context switching at the first dateline and at `Meer uit`. The
 * tokeniser also tells each line whether a headline candidate came before it (a mixed-case
 * dateline needs one), whether a paragraph followed it (then an agency-less dateline is none)
 * and whether the line before was a title (an agency-less dateline after a title in a body
 * starts another report).
 */
export function tokenise(lines: SourceLine[]): LineToken[] {
  const tokens: LineToken[] = [];
  let context: LineContext = "head";
  let indexPage = false;
  let afterHeadline = false;
  let afterParagraph = false;
  let previous: LineToken | null = null;
  for (const line of lines) {
    // Only a line with a dash can be a dateline; the title test is the costlier one.
    const afterByline = context === "body" && previous !== null && previous.kind === "byline";
    const afterTitle = afterByline || (context === "body" && previous !== null && previous.kind === "text" && DATELINE_DASH.test(line.text) && isCrossheadShape(previous.line.text));
    const token = recogniseLine(line, context, { afterHeadline, afterTitle, afterParagraph, afterByline });
    tokens.push(token);
    if (context === "head" && token.kind === "text") {
      if (afterHeadline && isParagraphShape(line.text)) afterParagraph = true;
      afterHeadline = true;
    }
    // A byline stands under a headline, even one the page did not copy: a mixed-case dateline may follow.
    if (context === "head" && token.kind === "byline") afterHeadline = true;
    if (token.kind === "ticker" || token.kind === "page-date" || token.kind === "edition") indexPage = true;
    if (token.kind === "sidebar-heading") context = "list";
    else if (token.kind === "dateline" && context === "head") context = indexPage ? "list" : "body";
    else if (token.kind === "dateline" && token.age !== null) context = "list";
    if (token.kind !== "blank") previous = token;
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

/** What the assembler's helpers share: where diagnostics and skipped lines go. */
interface Assembly {
  lineIndex: LineIndex;
  capturedAtMs: number | null;
  diagnostics: Diagnostic[];
  skipped: SkippedLine[];
  at: (code: DiagnosticCode, message: string, offset: number) => void;
  skip: (token: LineToken, reason: SkippedLine["reason"]) => void;
  spanOf: (start: number, end: number) => Span;
}

/** Tokens that follow a headline before the body: a byline, a date line, a credit or caption. */
const HEAD_FOLLOWERS: ReadonlySet<LineToken["kind"]> = new Set(["byline", "publication", "credit", "caption", "credited-text", "page-date"]);

export function assembleCapture(input: AssembleInput): AssembledCapture {
  const { lines, lineIndex, capturedAtMs } = input;
  const tokens = tokenise(lines);
  const diagnostics: Diagnostic[] = [];
  const skipped: SkippedLine[] = [];
  const ticker: TickerEntry[] = [];
  const at = (code: DiagnosticCode, message: string, offset: number) => diagnostics.push(diagnosticAt(code, message, offset, lineIndex));
  const skip = (token: LineToken, reason: SkippedLine["reason"]) => skipped.push({ reason, text: token.line.text, line: token.line.line });
  const spanOf = (start: number, end: number): Span => {
    const position = lineIndex.position(start);
    return { start, end, line: position.line, column: position.column };
  };
  const assembly: Assembly = { lineIndex, capturedAtMs, diagnostics, skipped, at, skip, spanOf };

  const firstDateline = tokens.findIndex((t) => t.kind === "dateline");
  const sidebarAt = tokens.findIndex((t) => t.kind === "sidebar-heading");
  const headEnd = firstDateline === -1 ? (sidebarAt === -1 ? tokens.length : sidebarAt) : Math.min(firstDateline, sidebarAt === -1 ? Infinity : sidebarAt);

  // ---- a list of titled briefs without any dateline (kortjes, round-ups, day archives)
  if (firstDateline === -1 && sidebarAt === -1) {
    const copies = captionCopies(tokens);
    const briefs = readDatedList(tokens, copies, assembly) ?? readBriefList(tokens, copies, assembly);
    if (briefs) {
      return {
        pageKind: "brief-list",
        article: null,
        moreArticles: [],
        related: { section: input.frontMatterSection ?? "", items: briefs },
        ticker,
        skipped,
        diagnostics,
      };
    }
  }

  // ---- head: everything before the first dateline (or sidebar)
  const headTexts: LineToken[] = [];
  const headItems: LineToken[] = [];
  let headAge: AgeMatch | null = null;
  let headAgeOffset = 0;
  /** The known section printed after the article's age (`36 min geleden in BINNENLAND`). */
  let headAgeSection: string | null = null;
  let sectionHeading: string | null = null;
  let indexSignals = 0;
  for (let i = 0; i < headEnd; i++) {
    const token = tokens[i]!;
    switch (token.kind) {
      case "blank":
        break;
      case "boilerplate":
        if (token.line.text === "Net binnen") indexSignals++;
        // A related-links heading after the text has begun goes to the article, which flags text after it.
        if (headTexts.length > 0 && RELATED_LINKS_HEADINGS.has(token.line.text)) headItems.push(token);
        else skip(token, "boilerplate");
        break;
      case "link":
        skip(token, "link");
        break;
      case "embed":
        skip(token, "embed");
        break;
      case "edition":
        indexSignals++;
        skip(token, "edition");
        break;
      case "page-date":
        // Before any text it dates a section page or heads a day archive; after a headline it is
        // the article's own date line.
        if (headTexts.length === 0 || PAGE_DATE_LINE.exec(token.line.text)?.[1]) {
          indexSignals++;
          skip(token, "page-date");
        } else headItems.push(token);
        break;
      case "ticker":
        indexSignals++;
        ticker.push(tickerEntry(token, capturedAtMs, spanOf));
        break;
      case "age":
        if (headAge === null && headTexts.length > 0) {
          headAge = token.age;
          headAgeOffset = token.line.start;
          if (token.age.section) {
            headAgeSection = knownSectionName(token.age.section);
            skipped.push({ reason: "section-heading", text: token.age.section, line: token.line.line });
          }
        } else at("orphan-age", `age label "${token.line.text}" stands before any report it could belong to; it was ignored`, token.line.start);
        break;
      case "byline":
        // A name byline before any headline is a headline that starts with `Door` (never `Door:`).
        if (token.byline.published === null && headTexts.length === 0 && token.line.text.startsWith("Door") && !token.line.text.startsWith("Door:")) {
          const asText: LineToken = { kind: "text", line: token.line };
          headTexts.push(asText);
          headItems.push(asText);
        } else headItems.push(token);
        break;
      case "text":
      case "place-line":
      case "credited-text":
        headTexts.push(token);
        headItems.push(token);
        break;
      default:
        headItems.push(token);
    }
  }
  // A known section name alone on the first content line, with ticker, `Net binnen`, page date
  // or edition lines around it, makes a section index page.
  const firstHead = headTexts[0];
  if (firstHead && isKnownSection(firstHead.line.text) && indexSignals > 0) {
    sectionHeading = firstHead.line.text;
    skip(firstHead, "section-heading");
    headTexts.shift();
    headItems.splice(headItems.indexOf(firstHead), 1);
  }
  const indexPage = sectionHeading !== null || (indexSignals > 0 && headTexts.length === 0 && firstDateline !== -1);

  // ---- articles: the first report and any further reports on the page
  let article: AssembledCapture["article"] = null;
  const moreArticles: AssembledArticle[] = [];
  let bodyFrom = headEnd;
  if (!indexPage && (headTexts.length > 0 || firstDateline !== -1)) {
    const datelineToken = firstDateline !== -1 && firstDateline === headEnd ? tokens[firstDateline]! : null;
    bodyFrom = datelineToken ? firstDateline + 1 : headEnd;
    // The body runs to the sidebar heading or the first brief glued to an age.
    let bodyEnd = bodyFrom;
    while (bodyEnd < tokens.length) {
      const token = tokens[bodyEnd]!;
      if (token.kind === "sidebar-heading") break;
      if (token.kind === "dateline" && token.age !== null) break;
      bodyEnd++;
    }
    // Further datelines in the body start further reports; a title line just before one is its
    // headline, a byline just before one its byline.
    const reports: { head: LineToken[]; dateline: LineToken | null; body: LineToken[] }[] = [{ head: headItems, dateline: datelineToken, body: [] }];
    for (let i = bodyFrom; i < bodyEnd; i++) {
      const token = tokens[i]!;
      const current = reports[reports.length - 1]!;
      if (token.kind === "dateline" && token.age === null) {
        let last = current.body.length - 1;
        while (last >= 0 && current.body[last]!.kind === "blank") last--;
        const before = last >= 0 ? current.body[last]! : null;
        // The title line or byline just before it belongs to the new report.
        const titleToken = before && ((before.kind === "text" && isCrossheadShape(before.line.text)) || before.kind === "byline") ? before : null;
        if (titleToken) current.body.splice(last, 1);
        reports.push({ head: titleToken ? [titleToken] : [], dateline: token, body: [] });
      } else current.body.push(token);
    }
    bodyFrom = bodyEnd;
    reports.forEach((report, index) => {
      const built = buildArticle(report.head, report.dateline, report.body, index === 0 ? headAge : null, assembly);
      if (index === 0) article = built;
      else moreArticles.push(built);
    });
  } else {
    bodyFrom = headEnd;
    if (headAge) at("orphan-age", `age label "${headAge.raw}" belongs to no article or brief; it was ignored`, headAgeOffset);
    // No article to hold them: credits, bylines and date lines are listed as skipped, not dropped.
    for (const token of headItems) {
      if (token.kind === "credit" || token.kind === "caption" || token.kind === "byline" || token.kind === "signoff") skip(token, "credit");
      else if (token.kind === "publication" || token.kind === "page-date") skip(token, "date-line");
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
  const articleSection = input.frontMatterSection ?? (relatedSection !== null && !indexPage ? relatedSection : null) ?? headAgeSection;
  for (const report of article ? [article as AssembledArticle, ...moreArticles] : moreArticles) report.section = articleSection;

  const pageKind: PageKind = article ? "article" : items.length > 0 || ticker.length > 0 || indexPage ? "section-index" : "empty";
  if (pageKind === "empty") {
    at("empty-capture", "the capture holds no headline, dateline or brief (only blank lines or site boilerplate); it was skipped", lines[0]?.start ?? 0);
  }
  return { pageKind, article, moreArticles, related, ticker, skipped, diagnostics };
}

/**
 * One report: its head lines (chrome, headline, byline, date lines, credits; for further reports
 * on a page only the title line), its dateline token if any, and its body lines.
 *
 * The headline is the last headline-shaped line before the first line that follows headlines
 * (byline, date line, credit, caption): lines before it are site chrome (section labels,
 * premium banners, menus). Without such a line it is the last headline-shaped line before the
 * dateline; on a page without dateline the first one, after a section label. A place alone on
 * its line between headline and body is the dateline.
 */
function buildArticle(head: LineToken[], datelineToken: LineToken | null, body: LineToken[], headAge: AgeMatch | null, assembly: Assembly): AssembledArticle {
  const { at, skip, spanOf, capturedAtMs } = assembly;
  const captions: string[] = [];
  const agencies: AgencyMention[] = [];
  const mention = (codes: string[], source: AgencyMention["source"], raw: string) => {
    for (const code of codes) if (!agencies.some((a) => a.code === code && a.source === source)) agencies.push({ code, source, raw });
  };
  let byline: ArticleRecord["byline"] = null;
  let bylineMatch: BylineMatch | null = null;
  const publications: LineToken[] = [];

  const copies = captionCopies([...head, ...body]);
  const isCaptionCopy = (token: LineToken) => copies.has(token);

  // ---- head
  const headTextKinds = (t: LineToken) => t.kind === "text" || t.kind === "place-line";
  const items = head.filter((token) => {
    if (!isCaptionCopy(token)) return true;
    skip(token, "credit");
    return false;
  });
  // A follower counts only before the text begins: a credit or caption far down a page without
  // dateline (a liveblog's photo, a teaser's `© R1`) must not make the text above it chrome.
  let firstFollower = -1;
  for (let i = 0, sawText = false; i < items.length; i++) {
    if (headTextKinds(items[i]!)) {
      if (sawText && isParagraphShape(items[i]!.line.text)) break;
      sawText = true;
    } else if (sawText && HEAD_FOLLOWERS.has(items[i]!.kind)) {
      firstFollower = i;
      break;
    }
  }
  const regionEnd = firstFollower === -1 ? items.length : firstFollower;
  let headlineIndex = -1;
  // A section name alone between headline and byline (`Binnenland` under the headline, as
  // welingelichtekringen prints it) is a label, not the headline.
  let sectionLabelIndex = -1;
  if (datelineToken || firstFollower !== -1) {
    for (let i = regionEnd - 1; i >= 0; i--) {
      if (headTextKinds(items[i]!) && isHeadlineShape(items[i]!.line.text)) {
        if (headlineIndex === -1 && sectionLabelIndex === -1 && isKnownSection(items[i]!.line.text)) {
          sectionLabelIndex = i;
          continue;
        }
        headlineIndex = i;
        break;
      }
    }
    if (headlineIndex === -1 && sectionLabelIndex !== -1) {
      headlineIndex = sectionLabelIndex;
      sectionLabelIndex = -1;
    }
  } else {
    // No dateline and nothing after the headline: the page leads with it, after a section label.
    const texts = items.map((t, i) => (headTextKinds(t) ? i : -1)).filter((i) => i !== -1);
    const first = texts[0];
    if (first !== undefined && isHeadlineShape(items[first]!.line.text)) {
      headlineIndex = first;
      const second = texts[1];
      const label = items[first]!.line.text;
      if (second !== undefined && (isKnownSection(label) || !label.includes(" ")) && isHeadlineShape(items[second]!.line.text)) {
        headlineIndex = second;
      }
    }
  }
  const headlineToken = headlineIndex === -1 ? null : items[headlineIndex]!;
  let headline = "";
  let headlineLabel: string | null = null;
  if (headlineToken) {
    headline = headlineToken.line.text;
    const label = HEADLINE_LABEL.exec(headline) ?? LOWER_CASE_HEADLINE_LABEL.exec(headline);
    if (label && headline.length > label[0].length) {
      headlineLabel = (label[1] ?? label[2])!;
      headline = headline.slice(label[0].length).trim();
    }
  }
  const paragraphTokens: { text: string; token: LineToken }[] = [];
  let dateline: ArticleRecord["dateline"] = null;
  let datelineStart: number | null = null;
  let placeLineUsed = false;
  const unreadHead: LineToken[] = [];
  // The first related-links heading (`Lees ook`) after the headline, and how many paragraphs came before it.
  let relatedLinks: { token: LineToken; paragraphsBefore: number } | null = null;
  const noteRelatedLinks = (token: LineToken) => {
    if (relatedLinks === null && RELATED_LINKS_HEADINGS.has(token.line.text)) relatedLinks = { token, paragraphsBefore: paragraphTokens.length };
  };
  items.forEach((token, index) => {
    if (index === headlineIndex) return;
    if (index === sectionLabelIndex) return void skip(token, "section-heading");
    const isRepeat = headlineToken !== null && (token.line.text === headlineToken.line.text || token.line.text === headline);
    switch (token.kind) {
      case "text":
      case "place-line":
        if (isRepeat) skip(token, "repeated-headline");
        else if (headlineIndex !== -1 && index < headlineIndex) skip(token, "chrome");
        else if (headlineIndex === -1 && index < regionEnd && datelineToken) unreadHead.push(token);
        else if (token.kind === "place-line" && !datelineToken && !placeLineUsed && paragraphTokens.length === 0 && headlineIndex !== -1 && index > headlineIndex) {
          placeLineUsed = true;
          dateline = { place: displayPlace(token.placeRaw), placeRaw: token.placeRaw, agencies: token.agenciesWritten.map((c) => c.toUpperCase()), clock: null, date: null };
          datelineStart = token.line.start;
          mention(dateline.agencies, "dateline", token.line.text);
        } else paragraphTokens.push({ text: token.line.text, token });
        break;
      case "credited-text":
        skippedCredit(token, assembly);
        mention(token.agencies, "source-credit", token.credit);
        paragraphTokens.push({ text: token.line.text.slice(token.textStart).trim(), token });
        break;
      case "boilerplate":
        if (index > headlineIndex) noteRelatedLinks(token);
        readSideToken(token);
        break;
      default:
        readSideToken(token);
    }
  });
  function readSideToken(token: LineToken): void {
    switch (token.kind) {
      case "byline":
        if (bylineMatch === null) {
          bylineMatch = token.byline;
          byline = bylineOf(token);
          mention(token.byline.agencies, "byline", token.line.text);
        } else skip(token, "credit");
        break;
      case "credit":
        captions.push(token.line.text);
        mention(token.agencies, token.credit === "source" ? "source-credit" : "photo-credit", token.line.text);
        break;
      case "caption":
        captions.push(token.line.text);
        mention(token.agencies, "photo-credit", token.line.text);
        break;
      case "signoff":
        captions.push(token.line.text);
        mention(token.agencies, "sign-off", token.line.text);
        break;
      case "publication":
        // A clock alone after the text has begun is a liveblog entry's time: kept as a crosshead.
        if (paragraphTokens.length > 0 && isEntryClock(token)) paragraphTokens.push({ text: token.line.text, token });
        else publications.push(token);
        break;
      case "page-date":
        publications.push(token);
        break;
      case "boilerplate":
      case "edition":
        skip(token, token.kind);
        break;
      case "link":
        skip(token, "link");
        break;
      case "embed":
        skip(token, "embed");
        break;
      default:
        skip(token, "unrecognised");
    }
  }
  if (unreadHead.length > 0) {
    const first = unreadHead[0]!;
    for (const token of unreadHead) skip(token, "unrecognised");
    at(
      "implausible-headline",
      `the text before the dateline (${first.line.text.length} characters${sentenceCount(first.line.text) > 1 ? `, ${sentenceCount(first.line.text)} sentences` : ""}) is no headline: page headlines run together (OCR?) or lost line breaks. It is listed under skipped; the article has no headline`,
      first.line.start,
    );
  } else if (!headlineToken && !datelineToken) {
    const first = paragraphTokens[0];
    if (first && !isHeadlineShape(first.text)) {
      at(
        "implausible-headline",
        `the first line (${first.text.length} characters${sentenceCount(first.text) > 1 ? `, ${sentenceCount(first.text)} sentences` : ""}) is too long for a headline; it was read as body text and the article has no headline. Is this a list of reports, or text with lost line breaks?`,
        first.token.line.start,
      );
    }
  }

  // ---- dateline
  if (datelineToken && datelineToken.kind === "dateline") {
    if (datelineToken.age) at("orphan-age", `age label "${datelineToken.age.raw}" before the article's dateline belongs to no brief; it was ignored`, datelineToken.line.start);
    dateline = toDateline(datelineToken.dateline);
    datelineStart = datelineToken.line.start;
    checkAgencies(datelineToken.dateline, datelineToken, at);
    mention(dateline.agencies, "dateline", datelineToken.dateline.raw.trim());
    const rest = datelineToken.line.text.slice(datelineToken.textStart).trim();
    if (rest) paragraphTokens.push({ text: rest, token: datelineToken });
  }
  const articleStart = headlineToken?.line.start ?? (datelineToken ?? paragraphTokens[0]?.token)?.line.start ?? head[0]?.line.start ?? 0;
  if (!headlineToken) at("missing-headline", "no headline line before the dateline; the article is kept with an empty headline. Copy the page from its title down.", articleStart);
  else if (DOUBTFUL_HEADLINE.test(headline)) {
    at(
      "doubtful-headline",
      `the headline "${clip(headline)}" holds a byline, a date and time or a date-line label: a line the parser does not know may have been taken for the headline, or glued to it. The article keeps it; check the page, and copy the headline on a line of its own`,
      headlineToken.line.start,
    );
  }
  if (!dateline) at("missing-dateline", "no dateline (PLACE (ANP) - ) found; the article has no place or agency. Check that the capture includes the first paragraph.", headlineToken?.line.start ?? articleStart);

  // ---- body
  for (const token of body) {
    switch (token.kind) {
      case "blank":
        break;
      case "boilerplate":
        noteRelatedLinks(token);
        readSideToken(token);
        break;
      case "page-date":
        skip(token, "page-date");
        break;
      case "age":
        // A clock alone between paragraphs is a liveblog entry's time: kept as a crosshead.
        if (paragraphTokens.length > 0 && isEntryClock(token)) paragraphTokens.push({ text: token.line.text, token });
        else at("orphan-age", `age label "${token.line.text}" inside the article body belongs to no brief; it was ignored`, token.line.start);
        break;
      case "ticker":
        // A ticker line inside an article body is kept as text of the body: tickers only stand in heads and lists.
        paragraphTokens.push({ text: token.line.text, token });
        break;
      case "credited-text":
        skippedCredit(token, assembly);
        mention(token.agencies, "source-credit", token.credit);
        paragraphTokens.push({ text: token.line.text.slice(token.textStart).trim(), token });
        break;
      case "text":
      case "place-line":
      case "dateline":
        if (isCaptionCopy(token)) skip(token, "credit");
        else paragraphTokens.push({ text: token.line.text, token });
        break;
      default:
        readSideToken(token);
    }
  }

  const links = relatedLinks as { token: LineToken; paragraphsBefore: number } | null;
  if (links !== null && paragraphTokens.length > links.paragraphsBefore) {
    const heading = links.token.line.text;
    at(
      "text-after-related-links",
      `"${heading}" is followed by ${paragraphTokens.length - links.paragraphsBefore} line(s) of text the article kept as its own; if they are teasers of other reports, they do not belong to it: copy the page only down to "${heading}"`,
      links.token.line.start,
    );
  }

  // A sign-off glued to the last paragraph (`... gewond. (ANP)`) and `Lees verder` at the end of a teaser are no text.
  const lastParagraph = paragraphTokens[paragraphTokens.length - 1];
  if (lastParagraph) {
    const signoff = AGENCY_SIGNOFF_TAIL.exec(lastParagraph.text);
    const codes = signoff ? signoff[1]!.split("/") : [];
    if (signoff && codes.every((code) => isKnownAgency(code.toUpperCase()))) {
      captions.push(signoff[0].trim());
      mention(codes.map((c) => c.toUpperCase()), "sign-off", signoff[0].trim());
      lastParagraph.text = lastParagraph.text.slice(0, signoff.index).trimEnd();
    }
  }
  for (const paragraph of paragraphTokens) {
    const readMore = TRAILING_READ_MORE.exec(paragraph.text);
    if (readMore && readMore.index > 0) {
      assembly.skipped.push({ reason: "link", text: readMore[0].trim(), line: paragraph.token.line.line });
      paragraph.text = paragraph.text.slice(0, readMore.index).trimEnd();
    }
  }

  const { paragraphs, crossheads } = splitCrossheads(paragraphTokens.map((p) => p.text).filter((t) => t !== ""));
  if (dateline && paragraphs.length === 0) at("missing-body", "the article has a dateline but no body text", datelineStart ?? articleStart);
  if (!dateline && headlineToken && paragraphs.length === 0) {
    at("implausible-body", "the article has a headline but no body text: only the title was copied, or the body is in a form the parser does not read. Copy the page from its title to the end of the text", headlineToken.line.start);
  }
  if (!dateline && paragraphTokens[0]) {
    const first = paragraphTokens[0];
    const lookalike = DATELINE_LOOKALIKE.exec(first.text);
    if (lookalike && !SPORTS_SCORE.test(first.text.slice(0, 120))) {
      at(
        "unrecognised-dateline",
        `the body starts with "${clip(lookalike[0])}", which looks like a dateline but was not read as one; the article has no place or agency. If it is a dateline, tell us the shape`,
        first.token.line.start,
      );
    }
  }

  const statedTimes = readStatedTimes(publications, bylineMatch, byline, assembly);
  const lastToken = paragraphTokens[paragraphTokens.length - 1]?.token ?? datelineToken ?? headlineToken;
  const ageLabel = headAge ? readAgeLabel(headAge.raw, capturedAtMs) : null;
  if (ageLabel && !isCredibleAge(ageLabel)) at("absurd-age", `age "${ageLabel.raw}" is more than a century; the article is not dated by it`, articleStart);
  let end = Math.max(articleStart, lastToken?.line.end ?? articleStart);
  for (const token of body) if (token.kind !== "blank" && token.line.end > end) end = token.line.end;
  return {
    headline,
    headlineLabel,
    dateline,
    paragraphs,
    crossheads,
    section: null,
    byline,
    captions,
    agencies,
    published: statedTimes.published,
    updated: statedTimes.updated,
    age: ageLabel ? { raw: ageLabel.raw, minMinutes: ageLabel.minMinutes, maxMinutes: ageLabel.maxMinutes } : null,
    ...publicationInterval(ageLabel, capturedAtMs),
    span: spanOf(articleStart, end),
  };
}

/**
 * NOTE: image viewers print a caption twice, once bare and once with its credit, perhaps with a
 * button line between: `Jan Smit bij de brug.` / `Volledig scherm` / `Jan Smit bij de brug. © ANP`.
 * The bare copy just before its caption is no text. (A title that a day archive repeats as its
 * photo's caption, `Brug dicht` ... `Brug dicht` / `Brug dicht (Foto: ANP)`, loses only the copy.)
 */
function captionCopies(tokens: LineToken[]): Set<LineToken> {
  const copies = new Set<LineToken>();
  for (let i = 0; i < tokens.length; i++) {
    const caption = tokens[i]!;
    if (caption.kind !== "caption") continue;
    const body = caption.line.text.slice(0, creditStart(caption.line.text)).trim();
    let j = i - 1;
    while (j >= 0 && (tokens[j]!.kind === "blank" || tokens[j]!.kind === "boilerplate")) j--;
    const before = tokens[j];
    if (before && before.kind === "text" && before.line.text === body) copies.add(before);
  }
  return copies;
}

/** `Bron: ANP 0` before a lead: the credit and counter are listed under skipped (the agency is kept). */
function skippedCredit(token: Extract<LineToken, { kind: "credited-text" }>, assembly: Assembly): void {
  assembly.skipped.push({ reason: "credit", text: token.credit, line: token.line.line });
}

/**
 * Publication and update times from date lines (`Donderdag 27 april 2017 09:11`; a date line and
 * a clock line after it, `06 maart 2018` + `09u46`, are one time), else from the byline.
 * Date lines that state no usable time (`Gepubliceerd op | Views: 188`) are listed as skipped.
 */
function readStatedTimes(
  publications: LineToken[],
  bylineMatch: BylineMatch | null,
  byline: ArticleRecord["byline"],
  assembly: Assembly,
): { published: StatedTime | null; updated: StatedTime | null } {
  let published: StatedTime | null = null;
  let updated: StatedTime | null = null;
  for (let i = 0; i < publications.length; i++) {
    const token = publications[i]!;
    const match = token.kind === "publication" ? token.publication : recognisePublicationLine(token.line.text);
    let raw = token.line.text;
    let clock = match?.clock ?? null;
    const next = publications[i + 1];
    if (match?.date && !clock && match.more.length === 0 && next?.kind === "publication" && !next.publication.date && next.publication.relativeDay === null && next.publication.clock && next.publication.role === null) {
      clock = next.publication.clock;
      raw = `${raw} ${next.line.text}`;
      i++;
    }
    // A line of parts (`Vandaag om 07:34 • Aangepast vandaag om 08:47`) states a time per part.
    const parts = match ? [{ ...match, clock }, ...match.more] : [];
    let used = false;
    for (const part of parts) {
      const date = part.date ?? dayRelativeToCapture(part.relativeDay, assembly.capturedAtMs);
      const stated = date ? statedTime(raw, date, part.clock, "date-line") : null;
      if (stated && part.role === "updated" && updated === null) updated = stated;
      else if (stated && part.role !== "updated" && published === null) published = stated;
      else continue;
      used = true;
    }
    if (!used) assembly.skipped.push({ reason: "date-line", text: raw, line: token.line.line });
  }
  if (bylineMatch !== null && byline !== null) {
    const match: BylineMatch = bylineMatch;
    if (!published && match.published) published = statedTime(byline.raw, match.published.date, match.published.clock, "byline");
    if (!updated && match.updated) updated = statedTime(byline.raw, match.updated.date, match.updated.clock, "byline");
  }
  return { published, updated };
}

/** The Amsterdam calendar day `relativeDay` days from the capture's (`vandaag` 0, `gisteren` -1); null without capture time. */
function dayRelativeToCapture(relativeDay: number | null, capturedAtMs: number | null): StatedDate | null {
  if (relativeDay === null || capturedAtMs === null) return null;
  const captured = amsterdamParts(capturedAtMs);
  const day = new Date(Date.UTC(captured.year, captured.month - 1, captured.day + relativeDay));
  return { year: day.getUTCFullYear(), month: day.getUTCMonth() + 1, day: day.getUTCDate() };
}

function statedTime(raw: string, date: StatedDate, clock: StatedClock | null, source: StatedTime["source"]): StatedTime {
  if (clock) {
    const from = amsterdamLocalToEpoch(date.year, date.month, date.day, clock.hours, clock.minutes);
    return { raw, precision: "minute", from: formatAmsterdamIso(from), to: formatAmsterdamIso(from + 60_000), source };
  }
  const from = amsterdamLocalToEpoch(date.year, date.month, date.day);
  const to = amsterdamLocalToEpoch(date.year, date.month, date.day + 1);
  return { raw, precision: "day", from: formatAmsterdamIso(from), to: formatAmsterdamIso(to), source };
}

/** Sentences in a line: sentence ends followed by more text, plus one. */
function sentenceCount(text: string): number {
  return (text.match(SENTENCE_END)?.length ?? 0) + 1;
}

/** A clock alone on its line (`21.30`, `09:05`, `18.46 uur`): in an article's text, the time of a liveblog entry. */
function isEntryClock(token: LineToken): boolean {
  return (token.kind === "publication" || token.kind === "age") && ENTRY_CLOCK_LINE.test(token.line.text);
}

/**
 * A paragraph of text, as opposed to a headline, a masthead line or a label: it ends like a
 * sentence and has at least PARAGRAPH_MIN_WORDS words (an OCR masthead such as `Woensdag 8
 * januari 1992 80e jaargang nr. 6.` is none).
 */
function isParagraphShape(text: string): boolean {
  return PARAGRAPH_END.test(text) && hasAtLeastWords(text, PARAGRAPH_MIN_WORDS);
}

/**
 * A headline: at most HEADLINE_MAX_CHARS characters, one sentence, not ending like a sentence
 * (`.`, `,`, `;`, `:`). Quotes and question marks are fine: `Brug dicht?`, `'Het gaat goed'`.
 */
export function isHeadlineShape(text: string, maxChars = HEADLINE_MAX_CHARS): boolean {
  if (text.length === 0 || text.length > maxChars) return false;
  if (NOT_HEADLINE_END.test(text)) return false;
  return sentenceCount(text) === 1;
}

/**
 * Second path for pages without dateline or sidebar: titled briefs, the way kortjes pages,
 * `Gemist?` round-ups, teaser lists and day archives print them. Two shapes:
 * - a title line, then one or more paragraphs, items often parted by credit lines
 *   (`beeld anp`, `ANP Image`), captions or end marks (`<`);
 * - each paragraph opening with its title and a dash: `Brand in loods - De brandweer ...`.
 * Titles without paragraphs before the first item are site chrome (menus, printed twice on FOK!).
 * Returns null when the page does not look like a list, so it is read as one article. A list needs
 * two items parted by credits, captions or a day-archive heading, or three items of one paragraph
 * each (an article with crossheads has longer sections), or two items with an age line each.
 * On a page with two age lines or more (`3 uur geleden`, an aggregator's `3 days 23 hours ago`)
 * an age belongs to the item whose title it follows, or else to the item whose text it follows;
 * where the ages stand under the titles, a title without an age of its own is a crosshead of the
 * item before it. One age line alone is an article's (`Kop` / `3 uur geleden` / text / crossheads).
 */
function readBriefList(tokens: LineToken[], copies: ReadonlySet<LineToken>, assembly: Assembly): BriefRecord[] | null {
  const { skip, spanOf } = assembly;
  const isText = (t: LineToken) => t.kind === "text" || t.kind === "place-line" || t.kind === "credited-text";
  const texts = tokens.filter((t) => isText(t) && !copies.has(t));
  if (texts.length < 2) return null;
  const inline = texts.filter((t) => inlineTitleOf(t.line.text) !== null);
  const inlineMode = inline.length >= 2 && inline.length * 5 >= texts.length * 3;

  interface ListItem {
    titleToken: LineToken | null;
    title: string | null;
    dateline: Omit<Dateline, "raw"> | null;
    parts: string[];
    partTokens: LineToken[];
    separated: boolean;
    age: Extract<LineToken, { kind: "age" }> | null;
    /** The age came before the item's first paragraph (under its title). */
    ageUnderTitle: boolean;
    /** A byline stood between its title and its first paragraph. */
    bylined: boolean;
  }
  let ageLines = 0;
  for (const t of tokens) if (t.kind === "age") ageLines++;
  const withAges = ageLines >= 2;
  const listItems: ListItem[] = [];
  const chrome = new Set<LineToken>();
  let separatorSeen = false;
  let pageHeading = false;
  let open: ListItem | null = null;
  const nextText = (from: number): LineToken | undefined => {
    for (let j = from; j < tokens.length; j++) {
      const t = tokens[j]!;
      if (isText(t) && !copies.has(t)) return t;
      if (t.kind !== "blank" && !(withAges && t.kind === "age") && !isSeparator(t)) return undefined;
    }
    return undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    if (token.kind === "blank") continue;
    if (!isText(token) || copies.has(token)) {
      if (isSeparator(token)) separatorSeen = true;
      if (token.kind === "byline" && open && open.parts.length === 0) open.bylined = true;
      if (withAges && token.kind === "age" && open && open.age === null) {
        open.age = token;
        open.ageUnderTitle = open.parts.length === 0;
      }
      if (token.kind === "page-date" && PAGE_DATE_LINE.exec(token.line.text)?.[1]) pageHeading = true;
      continue;
    }
    const text = token.kind === "credited-text" ? token.line.text.slice(token.textStart).trim() : token.line.text;
    if (inlineMode) {
      const inlineTitle = inlineTitleOf(text);
      if (inlineTitle) {
        const titleText = inlineTitle.title;
        const place = recognisePlaceLine(titleText);
        open = {
          titleToken: token,
          title: place ? null : titleText,
          dateline: place ? { place: displayPlace(place.placeRaw), placeRaw: place.placeRaw, agencies: [], clock: null, date: null } : null,
          parts: [text.slice(inlineTitle.end)],
          partTokens: [token],
          separated: separatorSeen,
          age: null,
          ageUnderTitle: false,
          bylined: false,
        };
        listItems.push(open);
      } else if (open) {
        open.parts.push(text);
        open.partTokens.push(token);
      } else chrome.add(token);
      separatorSeen = false;
      continue;
    }
    const next = nextText(i + 1);
    const titleShaped = isHeadlineShape(text, BRIEF_TITLE_MAX_CHARS);
    if (titleShaped && next !== undefined && !isHeadlineShape(next.line.text, BRIEF_TITLE_MAX_CHARS)) {
      open = { titleToken: token, title: text, dateline: null, parts: [], partTokens: [], separated: separatorSeen, age: null, ageUnderTitle: false, bylined: false };
      listItems.push(open);
    } else if (open) {
      open.parts.push(text);
      open.partTokens.push(token);
    } else chrome.add(token);
    separatorSeen = false;
  }
  let items = listItems.filter((item) => item.parts.length > 0);
  if (items.length < 2) return null;
  const aged = items.filter((item) => item.age !== null);
  if (aged.length >= 2 && aged.every((item) => item.ageUnderTitle)) {
    // Ages under the titles: a titled section without one continues the item before it.
    const joined: ListItem[] = [];
    for (const item of items) {
      const before = joined[joined.length - 1];
      if (item.age === null && !item.separated && before && item.titleToken && item.title !== null) {
        before.parts.push(item.title, ...item.parts);
        before.partTokens.push(item.titleToken, ...item.partTokens);
      } else joined.push(item);
    }
    items = joined;
  }
  const separated = items.slice(1).filter((item) => item.separated).length;
  const shortItems = items.slice(0, -1).every((item) => item.parts.length === 1);
  // A byline under the first title alone is an article's, its sections one paragraph each (Metro).
  if (items[0]!.bylined && !items.slice(1).some((item) => item.bylined) && !inlineMode && aged.length < 2) return null;
  const isList = inlineMode || (separated * 2 >= items.length - 1 && separated > 0) || pageHeading || (items.length >= 3 && shortItems) || aged.length >= 2;
  if (!isList) return null;
  const usedAges = new Set<LineToken>(items.flatMap((item) => (item.age ? [item.age] : [])));

  for (const token of tokens) {
    if (token.kind === "blank") continue;
    if (chrome.has(token)) skip(token, "chrome");
    else if (usedAges.has(token)) continue;
    else if (isText(token) && copies.has(token)) skip(token, "credit");
    else if (!isText(token)) skipOtherToken(token, skip);
    else if (token.kind === "credited-text") assembly.skipped.push({ reason: "credit", text: token.credit, line: token.line.line });
  }
  // Titles of empty items (a title at the very end) are kept as skipped too.
  for (const item of listItems) if (item.parts.length === 0 && item.titleToken) skip(item.titleToken, "unrecognised");
  return items.map((item) => {
    const first = item.titleToken ?? item.partTokens[0]!;
    const lastPart = item.partTokens[item.partTokens.length - 1] ?? first;
    const last = item.age && item.age.line.end > lastPart.line.end ? item.age : lastPart;
    const text = item.parts.map((part) => part.replace(ITEM_END_MARK, "").trim()).filter((part) => part !== "").join(" ");
    if (!item.dateline) assembly.at("brief-without-dateline", "a brief without PLACE (AGENCY) - dateline; kept with an empty place", first.line.start);
    const dating = briefAge(item.age?.age.raw ?? null, assembly.capturedAtMs, assembly.at, item.age?.line.start ?? first.line.start);
    return {
      title: item.title,
      titleLabel: null,
      dateline: item.dateline,
      text,
      age: dating.age,
      publishedFrom: dating.publishedFrom,
      publishedTo: dating.publishedTo,
      span: spanOf(first.line.start, last.line.end),
    };
  });
}

/**
 * Third path for pages without dateline or sidebar: items each dated by a date line of their own
 * (month archives, sliders of a local broadcaster), the date lines parting the items. Two layouts,
 * told apart by where the date lines stand, every one alike:
 * - under the title: `Brand in loods` / `24 maart 2026` / text ...;
 * - before the title: `02-03-2026` / `Molen krijgt subsidie` / text ... (whatever stands between
 *   the title and the text, a subtitle, is text of the item).
 * Title-shaped lines inside an item are its crossheads; their words stay in the brief's text. The
 * title printed again under its date line is skipped (`repeated-headline`).
 * Each brief gets the date as `published` and as its publication interval. Needs two date lines
 * at least; a page whose date lines follow the text (or stand anywhere else) is left to
 * readBriefList. Returns null when the page is not such a list.
 */
function readDatedList(tokens: LineToken[], copies: ReadonlySet<LineToken>, assembly: Assembly): BriefRecord[] | null {
  const { spanOf } = assembly;
  const isText = (t: LineToken) => (t.kind === "text" || t.kind === "place-line" || t.kind === "credited-text") && !copies.has(t);
  const textOf = (t: LineToken) => (t.kind === "credited-text" ? t.line.text.slice(t.textStart).trim() : t.line.text);
  // The date lines, by their index among the tokens, with the time each states.
  const dateAt: number[] = [];
  const stated: StatedTime[] = [];
  tokens.forEach((token, index) => {
    if (token.kind !== "publication" || token.publication.more.length > 0) return;
    const match = token.publication;
    const date = match.date ?? dayRelativeToCapture(match.relativeDay, assembly.capturedAtMs);
    if (!date || match.role === "updated") return;
    dateAt.push(index);
    stated.push(statedTime(token.line.text, date, match.clock, "date-line"));
  });
  if (dateAt.length < 2) return null;
  // The nearest token before and after a date line that is no blank (the scan stops there, so
  // all of them together read each token at most a few times).
  const neighbourIndex = (from: number, step: 1 | -1): number => {
    for (let i = from + step; i >= 0 && i < tokens.length; i += step) if (tokens[i]!.kind !== "blank") return i;
    return -1;
  };
  const neighbour = (from: number, step: 1 | -1): LineToken | undefined => tokens[neighbourIndex(from, step)];
  const titleShaped = (t: LineToken | undefined) => t !== undefined && isText(t) && isHeadlineShape(t.line.text, BRIEF_TITLE_MAX_CHARS);
  const underTitle = dateAt.every((d) => titleShaped(neighbour(d, -1)) && neighbour(d, 1) !== undefined && isText(neighbour(d, 1)!));
  // Before the titles: each date line opens its item, after the text of the one before (the
  // first after the page's chrome, which may be title-shaped: `Plaatsing`).
  const beforeTitle = !underTitle && dateAt.every((d, i) => titleShaped(neighbour(d, 1)) && (i === 0 || !titleShaped(neighbour(d, -1))));
  if (!underTitle && !beforeTitle) return null;

  // Where each item starts: its title (under) or its date line (before).
  const starts = dateAt.map((d) => (underTitle ? neighbourIndex(d, -1) : d));
  // Lines left out, in page order, kept only when the page is read as such a list.
  const skipped: [LineToken, SkippedLine["reason"] | null][] = [];
  // What stands before the first item is the page's chrome.
  for (let j = 0; j < starts[0]!; j++) {
    const token = tokens[j]!;
    if (token.kind !== "blank") skipped.push([token, isText(token) ? "chrome" : null]);
  }
  const diagnosticsAt: number[] = [];
  // Text lines with a source credit glued before them (`Bron: ANP 0 ...`): the credit is skipped.
  const credits: Extract<LineToken, { kind: "credited-text" }>[] = [];
  const briefs: BriefRecord[] = [];
  for (let i = 0; i < starts.length; i++) {
    const end = i + 1 < starts.length ? starts[i + 1]! : tokens.length;
    const date = tokens[dateAt[i]!]!;
    let title: LineToken | null = null;
    const parts: string[] = [];
    let last: LineToken = date;
    for (let j = starts[i]!; j < end; j++) {
      const token = tokens[j]!;
      if (token.kind === "blank" || token === date) continue;
      if (!isText(token)) {
        skipped.push([token, copies.has(token) ? "credit" : null]);
        continue;
      }
      last = token;
      if (token.kind === "credited-text") credits.push(token);
      if (title === null && parts.length === 0) title = token;
      // The title printed again under its date line (stvs.sr: title, date, title, teaser).
      else if (parts.length === 0 && title !== null && token.line.text === title.line.text) skipped.push([token, "repeated-headline"]);
      else parts.push(textOf(token));
    }
    // A title with no text under it is no item's title: the item is untitled, its line its text.
    if (title && parts.length === 0) {
      parts.push(textOf(title));
      title = null;
    }
    if (parts.length === 0) return null;
    const first = title ?? date;
    const text = parts.map((part) => part.replace(ITEM_END_MARK, "").trim()).filter((part) => part !== "").join(" ");
    const published = stated[i]!;
    diagnosticsAt.push(first.line.start);
    briefs.push({
      title: title ? textOf(title) : null,
      titleLabel: null,
      dateline: null,
      text,
      age: null,
      publishedFrom: published.from,
      publishedTo: published.to,
      published,
      span: spanOf(Math.min(first.line.start, date.line.start), Math.max(last.line.end, date.line.end)),
    });
  }
  for (const [token, reason] of skipped) {
    if (reason) assembly.skip(token, reason);
    else skipOtherToken(token, assembly.skip);
  }
  for (const token of credits) assembly.skipped.push({ reason: "credit", text: token.credit, line: token.line.line });
  for (const offset of diagnosticsAt) assembly.at("brief-without-dateline", "a brief without PLACE (AGENCY) - dateline; kept with an empty place", offset);
  return briefs;
}

/** A line of a list that is no item's text, kept under skipped with the reason its kind gives. */
function skipOtherToken(token: LineToken, skip: Assembly["skip"]): void {
  const reason: SkippedLine["reason"] =
    token.kind === "link" ? "link" : token.kind === "embed" ? "embed" : token.kind === "page-date" ? "page-date" : token.kind === "publication" ? "date-line" : token.kind === "boilerplate" || token.kind === "edition" ? "boilerplate" : token.kind === "credit" || token.kind === "caption" || token.kind === "signoff" || token.kind === "byline" ? "credit" : "unrecognised";
  skip(token, reason);
}

/** Lines that part the items of a list: credits, captions, sign-offs, links, chrome, date lines. */
function isSeparator(token: LineToken): boolean {
  return ["credit", "caption", "signoff", "link", "boilerplate", "page-date", "publication", "embed", "byline", "edition"].includes(token.kind);
}

/** `Brand in loods - De brandweer ...` -> title `Brand in loods`, text from index `end`. */
function inlineTitleOf(text: string): { title: string; end: number } | null {
  const m = INLINE_TITLE.exec(text);
  if (!m) return null;
  const title = m[1]!.trim();
  if (title.split(" ").length > INLINE_TITLE_MAX_WORDS) return null;
  // `FC Duinzicht - SV Polderwind eindigde in 2-2.` is a result, not a title and its text.
  const rest = text.slice(m[0].length, m[0].length + 200);
  const sentenceEnd = rest.search(/[.!?](?:\s|$)/);
  if (SPORTS_SCORE.test(sentenceEnd === -1 ? rest : rest.slice(0, sentenceEnd))) return null;
  return { title, end: m[0].length };
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
  at: (code: "unknown-agency" | "glued-dateline-place", message: string, offset: number) => void,
): void {
  // NOTE: zeelandnet glues a topic label to the place: `JAARWISSELINGLOOSDRECHT(ANP) - `.
  if (match.agenciesWritten.length > 0 && match.placeRaw.length >= GLUED_LABEL_PLACE_MIN_LETTERS && GLUED_LABEL_PLACE.test(match.placeRaw) && match.raw.includes(`${match.placeRaw}(`)) {
    at(
      "glued-dateline-place",
      `the dateline's place "${clip(match.placeRaw)}" is one word of ${match.placeRaw.length} letters glued to its agencies: a label printed before the place may be glued to it. It is kept as written; if it is no place, add the spelling to content/places.yaml under the real place's name`,
      rawOffset(token.line, Math.max(0, token.line.text.indexOf(match.placeRaw))),
    );
  }
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
  const dating = briefAge(open.age?.raw ?? null, capturedAtMs, at, open.start);
  if (!open.dateline) at("brief-without-dateline", "a brief without PLACE (AGENCY) - dateline; kept with an empty place", open.start);
  return {
    title: open.title,
    titleLabel: open.titleLabel,
    dateline: open.dateline ? toDateline(open.dateline) : null,
    text: open.textParts.join(" "),
    age: dating.age,
    // Field by field, not spread: one brief record per sidebar line, and spreads make slow objects.
    publishedFrom: dating.publishedFrom,
    publishedTo: dating.publishedTo,
    span: spanOf(open.start, open.end),
  };
}

/** A brief's age as the record keeps it and the interval it gives; an age beyond a century is kept, flagged and dates nothing. */
function briefAge(
  raw: string | null,
  capturedAtMs: number | null,
  at: (code: "absurd-age", message: string, offset: number) => void,
  offset: number,
): Pick<BriefRecord, "age" | "publishedFrom" | "publishedTo"> {
  const ageLabel = raw === null ? null : readAgeLabel(raw, capturedAtMs);
  if (ageLabel && !isCredibleAge(ageLabel)) at("absurd-age", `age "${ageLabel.raw}" is more than a century; it is kept but the brief is not dated by it`, offset);
  const interval = publicationInterval(ageLabel, capturedAtMs);
  return {
    age: ageLabel ? { raw: ageLabel.raw, minMinutes: ageLabel.minMinutes, maxMinutes: ageLabel.maxMinutes } : null,
    publishedFrom: interval.publishedFrom,
    publishedTo: interval.publishedTo,
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
  const at = (time: BylineMatch["published"]) =>
    time ? formatAmsterdamIso(amsterdamLocalToEpoch(time.date.year, time.date.month, time.date.day, time.clock.hours, time.clock.minutes)) : null;
  return { raw: token.line.text, author: token.byline.author, published: at(token.byline.published), updated: at(token.byline.updated) };
}

/**
 * A short line without closing punctuation between paragraphs is a crosshead
 * (`Voorjaarstrek nareisde`, `'Halfluid'`); the last line is always a paragraph, since a capture
 * that ends mid-sentence ends in a short unpunctuated line too. So is an item of a numbered list
 * (`1. Ina Visser 170` beside `2. ...`): a standings or results list is text, not headings.
 */
export function splitCrossheads(lines: string[]): { paragraphs: string[]; crossheads: Crosshead[] } {
  const paragraphs: string[] = [];
  const crossheads: Crosshead[] = [];
  const inNumberedList = (index: number) =>
    NUMBERED_LIST_ITEM.test(lines[index]!) && ((index > 0 && NUMBERED_LIST_ITEM.test(lines[index - 1]!)) || (index + 1 < lines.length && NUMBERED_LIST_ITEM.test(lines[index + 1]!)));
  lines.forEach((line, index) => {
    const isLast = index === lines.length - 1;
    if (!isLast && index > 0 && isCrossheadShape(line) && !inNumberedList(index)) crossheads.push({ text: line, beforeParagraph: paragraphs.length });
    else paragraphs.push(line);
  });
  return { paragraphs, crossheads };
}

export function isCrossheadShape(line: string): boolean {
  if (line.length > CROSSHEAD_MAX_CHARS || line.split(" ").length > CROSSHEAD_MAX_WORDS) return false;
  const unquoted = line.replace(SURROUNDING_QUOTES, "");
  // A lower-case start is a wrapped sentence, not a heading.
  if (unquoted === "" || /^\p{Ll}/u.test(unquoted)) return false;
  return !endsWithClosingPunctuation(unquoted);
}

function clip(text: string): string {
  return text.length > 60 ? `${text.slice(0, 57)}...` : text;
}
