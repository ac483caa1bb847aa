/**
 * Every pattern and every piece of Dutch vocabulary the wire parser knows, in one place
 * (after marked's `rules.ts` and chrono's `locales/nl/constants.ts`).
 *
 * Patterns are anchored and built from bounded character classes without nested
 * quantifiers over the same characters, so none of them can backtrack catastrophically;
 * `tests/hostile/linear-time.test.ts` runs each against long adversarial lines.
 */

/** Upper-case letter of any script (`É`, `Ã`, `Ł`), apostrophes as used in `'S-HERTOGENBOSCH`. */
const PLACE_CHAR = String.raw`\p{Lu}'’`;
/** One word of a place in a dateline: `DEN`, `'S-HERTOGENBOSCH`, `ST.`, `TEHERAN/JERUZALEM`, `ZUIDOOST-POLEN`. */
const PLACE_WORD = String.raw`[${PLACE_CHAR}][${PLACE_CHAR}.\-/]{0,40}`;
/** A place of one to six words: `WEST PALM BEACH`, `BERGEN OP ZOOM`. */
const PLACE = String.raw`${PLACE_WORD}(?: ${PLACE_WORD}){0,5}`;
/** Agency list in parentheses, slash separated, any case: `(ANP/AFP)`, `(ANP/Belga)`, `(AFN)`. */
const AGENCIES = String.raw`\((\p{L}{2,12}(?:/\p{L}{2,12}){0,6})\)`;
/** The dateline dash: hyphen, en dash, em dash, minus; a missing space after it is tolerated. */
const DASH = String.raw`[-–—−]`;
/** A clock time `16:29` or `9.23`. */
const CLOCK = String.raw`(?:[01]?\d|2[0-3])[:.][0-5]\d`;

export const MONTHS_NL = [
  "januari",
  "februari",
  "maart",
  "april",
  "mei",
  "juni",
  "juli",
  "augustus",
  "september",
  "oktober",
  "november",
  "december",
] as const;

/** Abbreviations as sites print them (`8 jun.`, `17 okt`). Index = month - 1. */
export const MONTH_ABBREVIATIONS_NL = ["jan", "feb", "mrt", "apr", "mei", "jun", "jul", "aug", "sep", "okt", "nov", "dec"] as const;

export const WEEKDAYS_NL = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"] as const;
export const WEEKDAY_ABBREVIATIONS_NL = ["zo", "ma", "di", "wo", "do", "vr", "za"] as const;

const MONTH_NAME = `(?:${MONTHS_NL.join("|")}|${MONTH_ABBREVIATIONS_NL.join("|")})\\.?`;
/**
 * NOTE: Surinamese and Caribbean sites, and Drupal pages with an English interface, print dates
 * with English months: `March 27, 2026`, `Mar 27, 2026 - 10:22`, `27 Mar, 2026`, `woensdag 18
 * March 2026`. Read in date lines only (never in datelines). Index = month - 1.
 */
export const MONTHS_EN = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"] as const;
export const MONTH_ABBREVIATIONS_EN = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"] as const;
const MONTH_NAME_EN = `(?:${MONTHS_EN.join("|")}|${MONTH_ABBREVIATIONS_EN.join("|")}|sept)\\.?`;
/** Every month name and abbreviation the date lines read, Dutch and English, lower case, to its number. */
export const MONTH_NUMBERS: ReadonlyMap<string, number> = new Map([
  ...[MONTHS_NL, MONTH_ABBREVIATIONS_NL, MONTHS_EN, MONTH_ABBREVIATIONS_EN].flatMap((names) => names.map((name, index) => [name, index + 1] as const)),
  ["sept", 9],
]);

/**
 * A dateline at the start of a line: optional clock or date prefix, place, optional agencies, dash.
 * `MINSK (ANP/DPA/RTR) - De Russische ...`, `16:29 TERNEUZEN - De ...`, `8 juni WISSENKERKE - ...`,
 * `17 juli DEN BOSCH - ,,We ...`. Groups: clock, date, place, agencies.
 */
/** What DATELINE and DOUBLE_HYPHEN_DATELINE share before their dash: clock or date, place, agencies. */
const DATELINE_HEAD = String.raw`^(?:(${CLOCK}) |(\d{1,2} ${MONTH_NAME}(?: \d{4})?) )?(${PLACE})(?: ${AGENCIES})?`;
export const DATELINE = new RegExp(String.raw`${DATELINE_HEAD} ${DASH} ?(?=\S|$)`, "iu");
/**
 * NOTE: Caribbean and English pages close the dateline with the wire's double hyphen, glued to
 * both sides (`PHILIPSBURG--The ...`, the text starting with a capital, checked in code) or
 * spaced (`(AP) -- The`). Tried only on lines that hold `--`, so DATELINE stays as cheap as it
 * was for every other line with a dash. Groups: clock, date, place, agencies.
 */
export const DOUBLE_HYPHEN_DATELINE = new RegExp(String.raw`${DATELINE_HEAD}(?: ?--) ?(?=\S|$)`, "iu");
/** The glued double hyphen that closes a dateline (`PHILIPSBURG--The`). */
export const DOUBLE_HYPHEN_DATELINE_END = "--";
/**
 * NOTE: some sites close the dateline with a full stop or colon after the agencies instead of a
 * dash: `UTRECHT (ANP). De minister ...`, `DEN HAAG (ANP): Het kabinet ...`; only after agencies,
 * since `UTRECHT. De` is just a sentence. Groups: clock, date, place, agencies.
 */
export const DATELINE_AFTER_AGENCIES = new RegExp(
  String.raw`^(?:(${CLOCK}) |(\d{1,2} ${MONTH_NAME}(?: \d{4})?) )?(${PLACE}) ?${AGENCIES}(?: ?${DASH} ?|[.:] )(?=\S|$)`,
  "iu",
);
/** One word of a place written in mixed case, checked word by word in code: `Den`, `Haag`, `op`, `'s-Hertogenbosch`, `Sint-Oedenrode`. */
const MIXED_PLACE_WORD = String.raw`['’]?\p{L}[\p{L}'’.\-]{0,30}`;
/**
 * A dateline written in mixed case, the way DPG, Mediahuis and Telegraaf pages print it:
 * `Den Haag - Het kabinet ...`, `Bergen op Zoom - De ...`, `Arnhem/ Huissen - Een ...`,
 * `Amsterdam (ANP) - ...`, `Zwolle (ANP). De ...`. Up to six words; slash-joined places may have a
 * space after the slash. The words' case (capital, or a particle such as `op`) is checked in code,
 * so `Ajax en ezelen - ` is no dateline. Groups: place, agencies.
 */
export const MIXED_CASE_DATELINE = new RegExp(
  String.raw`^(${MIXED_PLACE_WORD}(?:(?: |/ ?)${MIXED_PLACE_WORD}){0,5})(?:(?: ?${AGENCIES})(?: ?${DASH} ?|[.:] )| ${DASH} ?)(?=\S)`,
  "u",
);
/** A place alone on its line, mixed case or capitals, perhaps with agencies: `Zwolle`, `DEN HAAG`, `Bergen op Zoom (ANP)`. Groups: place, agencies. */
export const PLACE_LINE = new RegExp(String.raw`^(${MIXED_PLACE_WORD}(?:(?: |/ ?)${MIXED_PLACE_WORD}){0,4})(?: ?${AGENCIES})?$`, "u");
/**
 * A mixed-case place of several words alone on a line must look like a place, not a name such as
 * `Petra de Vries`: it starts with one of these words (`Den Haag`, `De Bilt`, `Sint-Michielsgestel`
 * counts as one word) or holds a place connective (`Bergen op Zoom`, `Wijk aan Zee`).
 */
export const PLACE_LINE_FIRST_WORDS: ReadonlySet<string> = new Set(
  "den de het 's 't sint st. nieuw oud groot klein hoog laag oost west noord zuid new le la los las san santa sankt".split(" "),
);
export const PLACE_CONNECTIVES: ReadonlySet<string> = new Set(["aan", "op", "bij", "in", "onder", "over", "upon", "sur", "am"]);
/**
 * A sports result is no dateline: `Ajax - Feyenoord eindigt in 1-1`, `PSV - Ajax 2-2`. An
 * agency-less dateline whose first sentence holds a score like this is refused.
 */
export const SPORTS_SCORE = /(?<![\d,.])\d{1,2} ?[-–] ?\d{1,2}(?![\d,.])/u;
/** An agency-less dateline opens a paragraph: at least this many words follow it. */
export const AGENCYLESS_DATELINE_MIN_WORDS = 4;

/**
 * NOTE: OCR of archive pages runs a whole page into one line, so datelines stand in its middle:
 * `... gesteund. DEN HAAG (ANP) - De minister ...`, `... van DEN HAAG (GPD/ANP) - Wende ...`.
 * Matches the agencies and dash of such a dateline; the place before it is read backwards in
 * code (at most six capitalised words), so the scan stays linear. The match starts at the space
 * before `(` (a lookbehind there made the scan four times slower: V8 then tries every position
 * instead of looking for ` (`); the caller steps back over the space a match ends with, so a
 * dateline right after another is found. Group: agencies.
 */
export const INLINE_DATELINE_AGENCIES = / \((\p{Lu}{2,12}(?:\/\p{Lu}{2,12}){0,6})\) ?[-–—−] (?=\S)/gu;
/** A character that ends a line broken by OCR or a narrow column inside a word: `agger¬` + `kleide`. */
export const OCR_LINE_BREAK_HYPHEN = "¬";
/**
 * A capture is read as text broken into short lines (OCR columns, narrow print) when at least this
 * many line pairs continue one sentence (the first line has no closing punctuation, the next starts
 * in lower case, or the first ends in `¬`) and they make up this share of the content lines.
 */
export const BROKEN_LINES_MIN_JOINS = 4;
export const BROKEN_LINES_MIN_SHARE = 0.25;

/** A quick pre-test: a line without any dateline dash cannot hold a dateline. */
export const DATELINE_DASH = /[-–—−]/;
/** The place must really be upper case; DATELINE is case-insensitive only for the month names. */
export const UPPER_CASE_PLACE = new RegExp(String.raw`^${PLACE}$`, "u");

/** A place written with a lower-case letter is no dateline place: `Willem II - Heerenveen`. */
export const HAS_LOWER_CASE = /\p{Ll}/u;
/** Text that starts with a capital. */
export const UPPER_CASE_START = /^\p{Lu}/u;

/**
 * Age labels, as whole label. `32 minuten geleden`, `1 uur geleden`, `3 dagen geleden`, `zojuist`,
 * `gisteren`, `Gisteren 22:56`, `11:40`; two units, as Drupal prints them (`3 dagen 23 uur
 * geleden`), and in English, as aggregator pages with an English interface do (`3 days 23 hours
 * ago`, `1 hour 25 minutes ago`). Groups: count, unit, second count, second unit | word, its
 * clock | clock.
 */
const AGE_UNITS =
  "minuut|minuten|min|uur|uren|dag|dagen|week|weken|maand|maanden|jaar|jaren|minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?";
const AGE_LABEL = String.raw`(?:(\d{1,7}) (${AGE_UNITS})(?:,? (\d{1,7}) (${AGE_UNITS}))? (?:geleden|ago)|(zojuist|vandaag|gisteren)(?: (${CLOCK}))?|(${CLOCK}))`;
/** An age label alone on a line: `13 uur geleden`. */
export const AGE_LINE = new RegExp(String.raw`^${AGE_LABEL}$`, "i");
/**
 * NOTE: Telegraaf video pages print the age with the section: `36 min geleden in BINNENLAND`.
 * Group: the age (read by AGE_LINE), an elapsed time only; the section after `in` is one to
 * three words in capitals (so `Gisteren in Den Haag` stays a title).
 */
export const AGE_IN_SECTION = /^(.{1,30}? (?:geleden|ago)) in \p{Lu}[\p{Lu}&-]{1,30}(?: [\p{Lu}&-]{1,30}){0,2}$/u;
export const AGE_IN_SECTION_MAX_CHARS = 80;
/**
 * NOTE: the classic layout glues a brief's age to the next brief's dateline with no space:
 * `32 minuten geledenHANOI (ANP/AFP) - Het dodental ...`. Matches the age; the caller checks
 * that a dateline follows, so `22 jaar geleden begon ...` inside a body is never an age.
 */
export const AGE_PREFIX = new RegExp(String.raw`^${AGE_LABEL}(?=\s?[\p{Lu}'’\d])`, "iu");
export const AGE_PARTS = new RegExp(String.raw`^${AGE_LABEL}$`, "i");

/**
 * Minutes per age unit (Dutch and English); months and years are ranges because their length
 * varies. Seconds are no unit: an age is counted in whole minutes (`zojuist` is under one).
 */
const MINUTE = { min: 1, max: 1 };
const HOUR = { min: 60, max: 60 };
const DAY = { min: 1440, max: 1440 };
const WEEK = { min: 10080, max: 10080 };
// 28-day to 31-day months
const MONTH = { min: 40320, max: 44640 };
// 365-day to 366-day years
const YEAR = { min: 525600, max: 527040 };
export const AGE_UNIT_MINUTES: Readonly<Record<string, { min: number; max: number }>> = {
  minuut: MINUTE, minuten: MINUTE, min: MINUTE, minute: MINUTE, minutes: MINUTE, mins: MINUTE,
  uur: HOUR, uren: HOUR, hour: HOUR, hours: HOUR, hr: HOUR, hrs: HOUR,
  dag: DAY, dagen: DAY, day: DAY, days: DAY,
  week: WEEK, weken: WEEK, weeks: WEEK,
  maand: MONTH, maanden: MONTH, month: MONTH, months: MONTH,
  jaar: YEAR, jaren: YEAR, year: YEAR, years: YEAR,
};

/** `Meer uit Buitenland`: the heading of the section sidebar. Group: section. */
export const SIDEBAR_HEADING = /^Meer uit(?: (.{0,60}))?$/;

/**
 * Ticker line of a section index page: `- Buitenland 11:40 NU federaal ...`. Groups: section,
 * clock, headline. The section must look like a label (TICKER_SECTION): a bullet of text with a
 * clock in it (`- Het waterschap maakt om 13.00 uur bekend ...`) is no ticker line.
 */
export const TICKER_LINE = new RegExp(String.raw`^[-–•] (\S.{0,60}?) (${CLOCK}) (\S.*)$`);
/** A ticker's section label: one to three words, each capitalised (`Buitenland`, `Tholen`, `Den Haag`). */
export const TICKER_SECTION = /^\p{Lu}[\p{L}-]*(?: \p{Lu}[\p{L}-]*){0,2}$/u;

/**
 * Dated byline of Mediahuis regionals: `Door ANP - 7-10-2016, 9:23`, with the update the page
 * adds: `Door ANP - 5-1-2017, 17:26 (Update 5-1-2017, 17:40)`.
 * Groups: author, day, month, year, clock, update day, month, year, clock.
 */
export const BYLINE = new RegExp(
  String.raw`^Door (\S.{0,80}?) ${DASH} (\d{1,2})-(\d{1,2})-(\d{4}),? (${CLOCK})(?: \((?:Update|Bijgewerkt|Laatste update):? (\d{1,2})-(\d{1,2})-(\d{4}),? (${CLOCK})\))?$`,
);
/**
 * A byline without date: `Door Petra de Vries, ANP`, `Door ANP`, `Door: Jan Smit`,
 * `Van onze correspondent Jan Smit`. The name starts with a capital (so `Door de regen ...` is
 * text) and the line has no sentence punctuation; at most BYLINE_MAX_WORDS words. Only read
 * after the headline. Group: author.
 */
export const NAME_BYLINE = /^(?:Door:?|Van onze (?:redacteur|redactrice|correspondent|correspondente|verslaggever|verslaggeefster)|Tekst:) (\p{Lu}[^.!?:;]{0,80}?)$/u;
export const BYLINE_MAX_WORDS = 10;
/**
 * NOTE: clipping sites sign a report with its author and paper on one line before the dateline:
 * `Sammie Petersen | Dagblad Voorbeeld`. A name of two to four capitalised words (name particles
 * between them: `Jan van der Molen`), a bar, the paper or agency (up to six words). Read only in
 * a body or under a headline, never as a page's first line. Groups: author, source.
 */
export const NAME_SOURCE_BYLINE =
  /^(\p{Lu}\p{Ll}[\p{L}'’-]*(?: (?:(?:van|de|der|den|ten|ter|te|von|le|la|du|da|dos|el) ){0,2}\p{Lu}\p{Ll}[\p{L}'’-]*){1,3}) \| (\p{Lu}[\p{L}\d.'’&-]*(?: [\p{L}\d.'’&-]+){0,5})$/u;
export const NAME_SOURCE_BYLINE_MAX_CHARS = 100;
/**
 * NOTE: Antilliaans Dagblad signs each teaser with a byline without a name: `Van een onzer
 * verslaggevers`, `Van onze correspondent`. The whole line is the author.
 */
export const NAMELESS_BYLINE = /^Van (?:een onzer|onze) (?:verslaggevers?|verslaggeefsters?|redacteuren|redacteur|redactrice|correspondenten|correspondent|correspondente)$/u;
/**
 * NOTE: welingelichtekringen prints the byline in lower case under the headline: `door anp`,
 * `door anp/afp`. Lower case only with agency codes (each must be a known agency), so that
 * `door de regen ...` stays text. Group: the agencies as written.
 */
export const LOWER_CASE_AGENCY_BYLINE = /^door (\p{Ll}{2,12}(?:\/\p{Ll}{2,12}){0,4})$/u;
/**
 * A byline and the date lines on one line, parted by a dot or bar as regional sites print it:
 * `Door de sportredactie ∑ geplaatst: zaterdag 14 maart 2026, 18:00 uur | update: zaterdag 14
 * maart 2026, 18:32 uur` (the `∑` is how the page's middle dot copies), `Door Jan Smit • 3 mei
 * 2018 14:05`. The name may start in lower case here (`de sportredactie`): the date part makes it
 * a byline. Groups: author, the date part (read by PUBLICATION_LINE, once per `|` part).
 */
export const BYLINE_WITH_DATE_LINE = /^Door:? (\p{L}[^.!?:;|•·∑]{0,80}?) [•·∑|] (.{4,160})$/u;
/** NOTE: Telegraaf pages copy the share button with the byline: `Door Jan Smit Kopieer naar clipboard`. Not part of the author. */
export const BYLINE_BUTTON_TEXT = / (?:Kopieer naar (?:clipboard|klembord)|Kopieer link|Link gekopieerd)$/u;

/**
 * Date and time lines between headline and body, as sites print them:
 * `Donderdag 27 april 2017 09:11`, `dinsdag 1 juli 2025 - 02:19 uur`, `06 maart 2018`,
 * `12-03-2019 14:05`, `06-03-2013 14:43`, `Gepubliceerd op 3 mei 2018 | Views: 208`,
 * `Gepubliceerd op | Views: 188` (iex.nl leaves the date empty), `Laatste update: 14:32`,
 * `Bijgewerkt op 3 mei 2018 om 14:32`, the Belgian clock alone: `09u46`, and the day named
 * relative to the capture: `Vandaag om 07:34`, `Aangepast gisteren om 22:10`; the clock in
 * brackets and the site after a dash, as L1's pages reach aggregators: `vrijdag, 20 maart 2026
 * (18:31) - R1.nl`.
 * Groups: published word, updated word, day, month name (Dutch or English), year, English month
 * before the day (`March 27, 2026`), its day, year, numeric day, month, year, relative day, hours,
 * minutes, bracketed hours, minutes, counter.
 */
const PUBLISHED_WORDS = "Gepubliceerd|Geplaatst|Gepost|Verschenen";
const UPDATED_WORDS = "Laatste update|Laatst bijgewerkt|Laatst gewijzigd|Bijgewerkt|Aangepast|Gewijzigd|Update";
const WEEKDAY_NAME = `(?:${WEEKDAYS_NL.join("|")}|${WEEKDAY_ABBREVIATIONS_NL.join("|")})\\.?`;
export const PUBLICATION_LINE = new RegExp(
  String.raw`^(?:(?:(${PUBLISHED_WORDS})|(${UPDATED_WORDS}))(?: op)?:? ?)?(?:${WEEKDAY_NAME},? )?(?:(\d{1,2}) (${MONTH_NAME}|${MONTH_NAME_EN}),? (\d{4})|(${MONTH_NAME_EN}) (\d{1,2}),? (\d{4})|(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})|(vandaag|gisteren))?(?:(?: ?[-|,]| om)? ?(?:([01]?\d|2[0-3])[:.u]([0-5]\d)(?: uur)?|\(([01]?\d|2[0-3])[:.]([0-5]\d)\)))?(?: ?\| ?(?:Views|Gelezen|Bekeken|Reacties|Weergaven): ?(\d[\d.]{0,12}))?(?: - [\p{L}\d-]{1,30}\.\p{L}{2,6})?$`,
  "iu",
);

/**
 * A site's counter line, never a headline: a label and a number after a bar, as the last thing on
 * the line: `Gepubliceerd op | Views: 188`, `3 mei 2018 | Reacties: 12`, `Nieuws | Gelezen: 1.024`.
 * Only the bar-label-number shape counts, so it works whatever the words are.
 */
/**
 * NOTE: Omroep Brabant prints the publication and the update on one line, parted by a dot:
 * `Vandaag om 07:34 • Aangepast vandaag om 08:47`; RTV Utrecht parts them by a bar. A line of
 * parts, each a date line (PUBLICATION_LINE), is read part by part.
 */
export const PUBLICATION_PARTS_SEPARATOR = / [•·∑|] /u;
/** A line of date parts is short: longer lines (paragraphs) are not split. */
export const PUBLICATION_PARTS_MAX_CHARS = 200;
export const RELATIVE_DAYS: Readonly<Record<string, number>> = { vandaag: 0, gisteren: -1 };

export const COUNTER_LINE = /^[^|]{0,80}\| ?\p{L}{2,20}: ?\d[\d.]{0,12}$/u;
/** NOTE: Joomla news lists count each item's readers on a line of its own: `800 Hits`, `1.204 keer gelezen`. */
export const HITS_LINE = /^\d[\d.]{0,12} (?:[Hh]its|[Vv]iews|keer gelezen|keer bekeken|[Ww]eergaven)$/u;

/**
 * The text's source credit: `Bron: ANP`, `Bron: ANP/AFP`, `Bron: ANP, Reuters`, `Bron: Belga`; in
 * lower case without a space on local archives (`bron:rtv-voorbeeld`).
 * Group: the sources as written.
 */
export const SOURCE_CREDIT_LINE = /^[Bb]ron ?: ?(\p{L}[\p{L}\d ,/&.-]{0,60})$/u;
/**
 * NOTE: hln.be glues the source credit and the comment counter before the lead on one line:
 * `Bron: ANP 0 Aan de Amstel is ...`. Groups: agencies, counter.
 */
export const SOURCE_CREDIT_PREFIX = /^Bron ?: ?(\p{Lu}\p{L}{1,11}(?:\/\p{L}{2,12}){0,4})(?: (\d{1,6}))? (?=[\p{Lu}"'‘“„])/u;
/** The agency alone as sign-off line at the end, as rd.nl and others print it: `ANP`, `(ANP)`, `ANP/AFP`, `(ANP/Belga)`. Group: agencies. */
export const AGENCY_SIGNOFF_LINE = /^\(?(\p{Lu}{2,12}(?:\/\p{L}{2,12}){0,4})\)?$/u;
/** The sign-off glued to the end of the last paragraph: `... is gebeurd. (ANP)`, `... gewond. ANP`. Group: agencies. */
export const AGENCY_SIGNOFF_TAIL = /(?<=[.!?"”’»]) \(?(\p{Lu}{2,12}(?:\/\p{L}{2,12}){0,4})\)?$/u;

/**
 * Links and link lines that are no body text: `Lees verder`, `Lees meer »`, `Lees verder op nu.nl`,
 * `Lees ook: Brug gaat dicht`, a bare URL, and the WordPress feed line `The post <title> appeared first on <site>`.
 */
export const LINK_LINE = /^(?:Lees (?:hier het hele (?:verhaal|artikel)\.?$|verder|meer|ook|het hele artikel|hier)(?: (?:op|bij) \S{1,60})?(?: ?[»›>…]|\.\.\.)?(?:: .{1,200})?|\(?(?:https?:\/\/|www\.)\S{1,500}\)?|The post .{1,300} appeared first on.{0,100})$/u;
/** `Lees verder` or `Lees meer »` glued to the end of a teaser paragraph: `... in Zwolle. Lees verder`. */
export const TRAILING_READ_MORE = / (?:Lees (?:verder|meer)|Meer lezen)(?: ?[»›>…]|\.\.\.)?$/u;
/** A URL: `https://t.co/abc`, `www.nu.nl/x` (any scheme, as derived text keeps its shape). */
export const URL = /(?:\b\p{Ll}{2,10}:\/\/|\bwww\.)\S/u;
/**
 * An embedded social-media post: a line with a URL and an account `(@name)` or `pic.twitter.com`:
 * `Vuurwerk boven de haven https://t.co/x pic.twitter.com/y — Jan (@jan) 3 maart 2018`.
 */
export const EMBEDDED_POST_ACCOUNT = /\(@ ?\w{1,30}\)|pic\.twitter\.com\//u;

/**
 * The date line of a section index page (`maandag 3 november 2025`) or the heading of a day
 * archive (`Nieuws van zaterdag 16 april 2016`, `Archief van 3 mei 2018`). Groups: heading word.
 */
export const PAGE_DATE_LINE = new RegExp(String.raw`^(?:(\p{L}{2,20}) van )?(?:${WEEKDAYS_NL.join("|")}) \d{1,2} (?:${MONTHS_NL.join("|")}) \d{4}$`, "iu");

/**
 * A label printed before a headline, sometimes glued to it: `UPDATEBrug weer open`,
 * `UPDATE Brug weer open`, `videoVeerpont vaart weer`, `LIVEBLOG | Dorpsfeest ...` (Omroep
 * Gelderland). Upper-case labels may be followed by a space or a bar; mixed-case ones only count
 * when glued (`Video toont ...` is an ordinary headline).
 * Group 1 or 2: the label.
 */
export const HEADLINE_LABEL =
  /^(?:(UPDATE|LIVEBLOG|LIVE|VIDEO|EXCLUSIEF|ANALYSE|BREAKING)(?: \| | |(?=\p{Lu}\p{Ll}|['"‘“„]))|(video|Video|Update|Live)(?=\p{Lu}\p{Ll}|['"‘“„]))/u;
/**
 * NOTE: DPG pages print a lower-case label and a space before the headline: `video Brug weer open`,
 * `live Storm trekt over het land`. A Dutch headline starts with a capital, so one lower-case word
 * before a capital is a label (`iPhone-verkoop stijgt` is not: the word has a capital).
 */
export const LOWER_CASE_HEADLINE_LABEL = /^(\p{Ll}{2,12}) (?=\p{Lu}|['"‘“„])/u;
/** `ANP ` before each title on section index pages: `ANP Vorken lus nog niet ...`. */
export const ANP_TITLE_LABEL = /^ANP (?=\p{Lu}|['"‘“])/u;

/**
 * Photo captions and credits: `Foto: ANP`, `Ⓒ ANP / Remko de Waal`, `© AFP`, `ANP Image`,
 * `(Foto: ANP)` at the end of a caption line, `Beeld: ANP`, `Archieffoto: Anne Verhoef`; the
 * uncredited `Foto ter illustratie` and `Illustratiefoto` of local broadcasters.
 */
export const PHOTO_CREDIT_LINE = /^(?:ANP Image|(?:Ⓒ|©) ?.{0,80}|(?:Foto|Beeld|Foto's|Archieffoto|Archiefbeeld|Illustratie)(?: ?:| ?-) ?.{0,80}|(?:Foto|Beeld) ter illustratie\.?|Illustratiefoto\.?)$/u;
/** NOTE: welingelichtekringen copies the ANP photo's id and a counter as a line of its own: `anp130326129 1`. */
export const PHOTO_ID_LINE = /^anp-?\d{6,14}(?: \d{1,3})?$/iu;
export const PHOTO_ID_MAX_CHARS = 22;
/**
 * Credit lines without colon: `Foto Pepijn Kouwenberg`, `Beeld ANP`, `Beeld ANP / Hollandse Hoogte`,
 * and the lower-case credits of nd.nl: `beeld anp`, `beeld bi springkastelen`. A capitalised
 * `Foto`/`Beeld` needs capitalised words after it, so `Beeld van de week` is no credit.
 */
export const PLAIN_CREDIT_LINE =
  /^(?:(?:beeld|foto) \p{L}[\p{L}\d'’ .&/-]{0,60}|(?:Beeld|Foto) \p{Lu}[\p{L}'’.-]{0,30}(?: (?:\p{Lu}[\p{L}'’.-]{0,30}|van|de|der|den|het|ten|ter|\/|&)){0,6})$/u;
/** A caption line ending in a credit: `De veerpont bij Hattem. Foto: ANP`, `... © AFP`. Only tried on lines that contain one of CREDIT_MARKERS. */
export const CAPTION_WITH_CREDIT = /(?:(?:Foto|Beeld) ?: ?(?:ANP|AFP|Reuters|AP|EPA|Getty|Belga|Hollandse Hoogte|Shutterstock)[^.]{0,60}|(?:Ⓒ|©) ?\S.{0,60}|\((?:[Ff]oto|[Bb]eeld) ?: ?[^()]{1,60}\)\.?)$/u;
/** NOTE: Omroep Brabant closes a caption with its credit in brackets, in lower case: `De koe na de redding (foto: Omroep Voorbeeld).` */
export const CREDIT_MARKERS = ["Foto", "Beeld", "©", "Ⓒ"] as const;
/** The bracketed lower-case credit, tried only on lines that end in a bracket. */
export const BRACKETED_CREDIT_MARKER = /\((?:foto|beeld) ?:/u;
/**
 * NOTE: Metro closes a caption with the photographer and agency after a slash and a bar: `De
 * veerpont in de mist. / Anna de Wit | ANP`. Tried only on lines with ` / ` and ` | `; the part
 * after the bar must name a known agency (checked in code). Group: the credit after the slash.
 */
export const CAPTION_WITH_SLASH_CREDIT = /^\S.{2,300}? \/ ([^/|]{2,60} \| [\p{L}][\p{L} &.-]{1,40})$/u;
/**
 * NOTE: Metro prints the author's photo as its alt text where others print a byline: `Foto van
 * 'Pieter Jansen'`. Group: the name.
 */
export const AUTHOR_PHOTO_BYLINE = /^Foto van ['‘’"“]([\p{Lu}][\p{L}'’. -]{1,60}?)['‘’"”]$/u;

/**
 * Site chrome that is not content, matched whole-line after whitespace normalisation.
 * NOTE: the second zeelandnet layout opens with `Webmail`, `Kies je webmail` and the
 * `Omdat ZeelandNet ...` line before the headline.
 */
export const BOILERPLATE_LINES: ReadonlySet<string> = new Set([
  "Webmail",
  "Kies je webmail",
  "Omdat ZeelandNet ook DELTA webmail aanbiedt, vragen we je eenmalig je voorkeur op te geven.",
  "Net binnen",
  "Lees meer",
  "Lees verder",
  "Deel dit artikel",
  "Delen",
  "Reageer",
  "Advertentie",
  "Gesponsord",
  "Meest gelezen",
  "Meest bekeken",
  "Ook interessant",
  "Bekijk ook",
  "Nieuwsbrief",
  "Inloggen",
  "Abonneren",
  "Sluiten",
  "Menu",
  "Zoeken",
  "Terug",
  "Home",
  "Nieuws",
  "Deel op Facebook",
  "Deel op X",
  "Deel via WhatsApp",
  "Kopieer link",
  "Cookie-instellingen",
  // other sites: image viewer, share and reading buttons, premium banners
  "Volledig scherm",
  "Premium",
  "Plus",
  "Lees voor",
  "Luister",
  "Voorlezen",
  "Bewaar",
  "Bewaren",
  "Opslaan",
  "Print",
  "Printen",
  "Mail",
  "E-mail",
  "Tweet",
  "Deel",
  "Share",
  "Delen via",
  "WhatsApp",
  "Facebook",
  "Twitter",
  "LinkedIn",
  "Reacties",
  "Reageren",
  "Meer nieuws",
  "Al het nieuws",
  "Lees ook",
  "Lees ook:",
  "Gerelateerd",
  "Uitgelicht",
  "Laatste nieuws",
  "Meer krantenkoppen in België",
  // Joomla news lists print each item's credit under a `Copyright` label
  "Copyright",
  // skip links at the very top of a page, copied with it
  "Navigatie overslaan",
  "Naar de inhoud",
  "Direct naar de inhoud",
  "Ga naar de inhoud",
]);
/**
 * Headings of a page's related links (`Lees ook`, `Meer nieuws`; all of them BOILERPLATE_LINES,
 * so never text): what follows them is usually
 * teasers of other reports. An article whose text goes on after one is flagged
 * (`text-after-related-links`), since its last paragraphs may be another report's.
 */
export const RELATED_LINKS_HEADINGS: ReadonlySet<string> = new Set(["Lees ook", "Lees ook:", "Meer nieuws", "Gerelateerd", "Ook interessant", "Bekijk ook"]);
/** `Editie: NL & Wereld | Zeeland`: the edition switch of section pages. */
export const EDITION_LINE = /^Editie: .{1,80}$/;

/** Sections as sites name them; a `Meer uit` heading with one of these is complete. */
export const KNOWN_SECTIONS: readonly string[] = [
  "Binnenland",
  "Buitenland",
  "Politiek",
  "Economie",
  "Financieel",
  "Sport",
  "Voetbal",
  "Cultuur",
  "Media",
  "Cultuur & Media",
  "Tech",
  "Techniek",
  "Wetenschap",
  "Opmerkelijk",
  "Regionaal",
  "Zeeland",
  "Showbizz",
  "Entertainment",
  "Gezondheid",
  "Klimaat",
  "Weer",
  "Verkeer",
  "Koningshuis",
  "Misdaad",
  "Justitie",
  "Onderwijs",
  "Auto",
  "Lifestyle",
  "Wereld",
];
const KNOWN_SECTION_SET = new Set(KNOWN_SECTIONS.map((s) => s.toLowerCase()));
export function isKnownSection(name: string): boolean {
  return KNOWN_SECTION_SET.has(name.toLowerCase());
}

/** A known section as KNOWN_SECTIONS spells it (`BINNENLAND` -> `Binnenland`), or null. */
export function knownSectionName(name: string): string | null {
  const lower = name.toLowerCase();
  return KNOWN_SECTION_SET.has(lower) ? KNOWN_SECTIONS.find((s) => s.toLowerCase() === lower)! : null;
}

/**
 * Agency codes and full names. Keys are upper case as the parser emits them; `RTR` is how the
 * ANP writes Reuters.
 */
export const AGENCY_NAMES: Readonly<Record<string, string>> = {
  ANP: "Algemeen Nederlands Persbureau",
  AFN: "ANP Financieel Nieuws",
  AFP: "Agence France-Presse",
  RTR: "Reuters",
  REUTERS: "Reuters",
  DPA: "Deutsche Presse-Agentur",
  AP: "Associated Press",
  BELGA: "Belga",
  BLOOMBERG: "Bloomberg",
  EFE: "Agencia EFE",
  ANSA: "ANSA",
  APA: "Austria Presse Agentur",
  SDA: "Schweizerische Depeschenagentur",
  KEYSTONE: "Keystone-SDA",
  NTB: "Norsk Telegrambyrå",
  TT: "Tidningarnas Telegrambyrå",
  RITZAU: "Ritzau",
  STT: "Suomen Tietotoimisto",
  PAP: "Polska Agencja Prasowa",
  CTK: "Česká tisková kancelář",
  MTI: "Magyar Távirati Iroda",
  HINA: "Hrvatska izvještajna novinska agencija",
  BTA: "Bulgaarse Telegraafagentschap",
  KYODO: "Kyodo News",
  XINHUA: "Xinhua",
  TASS: "TASS",
  INTERFAX: "Interfax",
  UPI: "United Press International",
  YONHAP: "Yonhap",
  BERNAMA: "Bernama",
  AAP: "Australian Associated Press",
  NOS: "NOS",
  BNA: "Bahrain News Agency",
  IPS: "Inter Press Service",
  GPD: "Geassocieerde Pers Diensten",
};
export function isKnownAgency(code: string): boolean {
  return Object.hasOwn(AGENCY_NAMES, code);
}

/**
 * Dutch place-name words that stay lower case inside a name (`Bergen op Zoom`, `Wijk aan Zee`,
 * `Den Haag` starts with a capital because it is first). `'s` and `'t` are handled as prefixes.
 */
export const PLACE_PARTICLES: ReadonlySet<string> = new Set([
  "aan",
  "op",
  "bij",
  "in",
  "en",
  "de",
  "der",
  "den",
  "het",
  "ter",
  "ten",
  "van",
  "onder",
  "over",
  "la",
  "le",
  "les",
  "el",
  "del",
  "do",
  "da",
  "dos",
  "das",
  "di",
  "am",
  "im",
  "an",
  "sur",
  "sous",
  "upon",
  "on",
  "of",
]);

/**
 * A headline is at most this long (the longest in the corpora has 120 characters); a longer line
 * where the headline should be is page text run together (`implausible-headline`).
 */
export const HEADLINE_MAX_CHARS = 200;
/** Punctuation a headline does not end in: `Brug gaat dicht.` is a sentence, `Brug dicht?` a headline. */
export const NOT_HEADLINE_END = /[.,;:]["'”’»)]*$/u;
/**
 * A headline that is likely something else, or has something glued to it (diagnostic
 * `doubtful-headline`): a byline in lower case (`door anp`), a date with a clock (`klompje99
 * 14-03-2026 13:31 print` after a FOK! headline), or a date-line label (`geplaatst:`).
 */
export const DOUBTFUL_HEADLINE = new RegExp(
  String.raw`^door |\d{1,2}[-/.]\d{1,2}[-/.]\d{4},? ${CLOCK}|\d{1,2} ${MONTH_NAME} \d{4},? (?:om )?${CLOCK}|\b(?:[Gg]eplaatst|[Gg]epubliceerd|[Bb]ijgewerkt|[Uu]pdate) ?:`,
  "u",
);
/**
 * A dateline place that may be a label and a place run together (diagnostic
 * `glued-dateline-place`): one word of at least 16 letters, no space, hyphen or apostrophe,
 * glued to its agencies (`JAARWISSELINGLOOSDRECHT(ANP)`). Dutch place names of one word are
 * shorter, with a few exceptions a warning only makes someone look at.
 */
export const GLUED_LABEL_PLACE_MIN_LETTERS = 16;
export const GLUED_LABEL_PLACE = new RegExp(String.raw`^\p{Lu}{${GLUED_LABEL_PLACE_MIN_LETTERS},}$`, "u");
/** A clock alone on its line, as liveblogs print each entry's time: `21.30`, `09:05`, `18.46 uur`. */
export const ENTRY_CLOCK_LINE = new RegExp(String.raw`^${CLOCK}(?: uur)?$`, "u");
/** A paragraph ends like a sentence and has a few words (assemble.ts, isParagraphShape). */
export const PARAGRAPH_END = /[.!?]["'”’»)]*$/u;
export const PARAGRAPH_MIN_WORDS = 12;
/** The title of a brief in a list without datelines: as a headline, but at most this long. */
export const BRIEF_TITLE_MAX_CHARS = 140;
/**
 * NOTE: De Stentor's `Gemist?` round-ups open each item with its title and a dash on the same line:
 * `Brand in loods - De brandweer heeft ...`. Looks like an agency-less dateline, but the title has
 * lower-case words. Group: title (at most eight words, no sentence punctuation).
 */
export const INLINE_TITLE = /^(\p{Lu}[^.!?;:\n]{1,80}?) [-–—] (?=[\p{Lu}\d"'‘“„,])/u;
export const INLINE_TITLE_MAX_WORDS = 8;
/** The mark some lists put at the end of each item: `... in de haven. <` (nd.nl kortjes), `■`. */
export const ITEM_END_MARK = / ?[<■▪►]$/u;

/**
 * What a dateline looks like even where the parser does not read one, only to warn
 * (`unrecognised-dateline`): words and agencies in parentheses before a dash, full stop or colon
 * (`Kampen (ANP) - `, `ST MAARTEN (ANP): `), or up to six words in capitals and a dash
 * (`NIEUW-VENNEP/ HOOFDDORP - `).
 */
export const DATELINE_LOOKALIKE =
  /^(?:[^\s()]{1,30}(?: [^\s()]{1,30}){0,5} ?\(\p{Lu}{2,12}(?:\/\p{L}{2,12}){0,6}\) ?[-–—.:]|[\p{Lu}'’.\-/]{2,30}(?: [\p{Lu}'’.\-/]{1,30}){0,5} ?[-–—] )/u;

/** Characters that close a sentence, so a line ending in one is no crosshead (after any of CLOSING_QUOTES). */
const CLOSING_PUNCTUATION = ".!?:;…,";
const CLOSING_QUOTES = `"'”’»)`;

/**
 * Does `text` end in closing punctuation, perhaps followed by closing quotes (`... zei hij."`)?
 * Read from the end: the regular expression /[.!?:;…,]["'”’»)]*$/ it replaces was tried at every
 * position of the line, about 6% of the parser's time.
 */
export function endsWithClosingPunctuation(text: string): boolean {
  let i = text.length - 1;
  while (i >= 0 && CLOSING_QUOTES.includes(text[i]!)) i--;
  return i >= 0 && CLOSING_PUNCTUATION.includes(text[i]!);
}
/**
 * Quotes that may surround a crosshead or a headline: `'Halfluid'`. The closing run is only tried
 * where a run of quotes starts: else every quote of a long run inside a line reads the rest of it.
 */
export const SURROUNDING_QUOTES = /^["'‘’“”„«»,]+|(?<!["'‘’“”„«»])["'‘’“”„«»]+$/gu;
/** A crosshead is short: at most this many characters and words. */
/** An item of a numbered list: `1. Ina Visser 170`, `2) Femke de Wit`. Beside another, it is no crosshead. */
export const NUMBERED_LIST_ITEM = /^\d{1,3}[.)] \S/u;
export const CROSSHEAD_MAX_CHARS = 80;
export const CROSSHEAD_MAX_WORDS = 10;

/** Space characters other than U+0020 that are folded to a plain space (NBSP, thin, figure, ideographic ...). */
export const ODD_SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\v\f]/g;
/** Invisible characters removed by decoding: zero-width space/joiners and soft hyphen. */
export const INVISIBLE_CHARACTERS = /[\u200B\u200C\u200D\u2060\uFEFF\u00AD]/g;
/** C0 controls other than tab, LF and CR; C1 controls. Removed with a warning. */
export const CONTROL_CHARACTERS = /[\u0000-\u0008\u000E-\u001F\u007F-\u009F]/g;
/**
 * Any character that one of the cleaning passes (CR, control, invisible, odd space, suspect)
 * would touch; text without one skips those passes. Must cover all of them.
 */
export const NEEDS_CLEANING = /[\r\u0000-\u0009\u000B-\u001F\u007F-\u00A0\u00AD\u01AB\u1680\u2000-\u200D\u202F\u205F\u2060\u3000\uFEFF\uFFFD]/;
/** Characters outside Latin letters (below U+0300), general punctuation and the euro sign: only text with these can change under NFC. */
export const MAY_NEED_NFC = /[^\u0000-\u02FF\u2010-\u2027\u2030-\u205E\u20AC]/;
/**
 * Double-encoded UTF-8 read as Windows-1252: a lead byte `Ã`..`ô` followed by one to three
 * characters that stand for continuation bytes 0x80-0xBF. `BelÃ©m`, `â€™`.
 */
export const MOJIBAKE_SEQUENCE = /[\u00C2-\u00F4][\u0080-\u00BF\u20AC\u201A\u0192\u201E\u2026\u2020\u2021\u02C6\u2030\u0160\u2039\u0152\u017D\u2018\u2019\u201C\u201D\u2022\u2013\u2014\u02DC\u2122\u0161\u203A\u0153\u017E\u0178]{1,3}/g;
/** Letters that show encoding damage we cannot undo with certainty: `Israƫl` (U+01AB for ë). */
export const SUSPECT_CHARACTERS = /[\u01AB\uFFFD]/g;

/** A capture file name that carries its capture time: `2025-11-22T1405-minsk.txt`, `2025-11-22T14:05...`. */
export const FILE_NAME_TIMESTAMP = /(\d{4})-(\d{2})-(\d{2})[T_ ](\d{2})[:.h]?(\d{2})(?:[:.]?(\d{2}))?/;

/** Languages `franc` may choose from: Dutch and the languages wire copy also appears in. */
export const LANGUAGE_CANDIDATES = ["nld", "eng", "deu", "fra", "spa", "ita", "por", "tur", "pol", "ara", "rus", "ukr"] as const;
/** Below this many letters of headline + body the language is `und`. */
export const LANGUAGE_MIN_LETTERS = 60;
/** franc reads at most this many characters; more changes nothing but time. */
export const LANGUAGE_SAMPLE_CHARS = 480;

/**
 * Dutch function words. Text in which they make up a fifth of the words, with several `de`,
 * and none of the markers below, is Dutch without asking franc (franc is the costliest step of
 * the parser); all other text goes to franc.
 */
export const DUTCH_FUNCTION_WORDS: ReadonlySet<string> = new Set(
  "de het een van en in op dat niet zijn voor met is te aan naar heeft wordt door bij ook hij zij worden werd deze om over maar tot uit er als nog dan".split(" "),
);
/** Words that mark English, German, French, Afrikaans, Low German or Frisian and are no Dutch words: such text always goes to franc. */
export const NOT_DUTCH_MARKERS: ReadonlySet<string> = new Set(
  "the and with that der und nicht ist sie ich les est une nie hy jy nich hett sünd fan yn binne".split(" "),
);
export const DUTCH_FAST_PATH_MIN_WORDS = 15;
export const DUTCH_FAST_PATH_SHARE = 0.2;

/** Front matter keys we read; others get an `unknown-front-matter-key` info. */
export const FRONT_MATTER_KEYS = ["captured", "source", "section", "published", "title", "tags", "notes"] as const;
/** Front matter languages that would run code (`---js`); they are never evaluated. */
export const EXECUTABLE_FRONT_MATTER = /^(?:js|javascript|coffee|coffeescript|cson)$/i;

/**
 * Abbreviations after which a full stop does not end a sentence, for the headline made from a
 * brief's first sentence: `dr. Jansen`, `o.a. in Zwolle`, `ca. 200`.
 */
export const SENTENCE_ABBREVIATIONS: ReadonlySet<string> = new Set(
  "dr drs ir ing mr prof st sint ca o.a bijv bv jl vs nl mln mld mrd nr blz e.a m.b.t i.p.v z.g.a.n gem min max jr sr".split(" "),
);
/** A sentence end: `.`, `!` or `?`, perhaps a closing quote, then space and a capital, quote or digit. */
export const SENTENCE_END = /[.!?…]["'”’»)]*(?=\s+["'“‘„«(]?[\p{Lu}\d])/gu;

/** Quote marks and apostrophes folded to plain `"` and `'` when texts are compared. */
export const DOUBLE_QUOTES = /[“”„«»″]/g;
export const SINGLE_QUOTES = /[‘’‚‹›′`´]/g;
/** Dashes folded to `-` when texts are compared. */
export const DASHES = /[‐‑‒–—―−]/g;
/** A sentence glued to the next (`uitgereden.De provincie`), a copy slip: compared as if spaced. */
export const GLUED_SENTENCE = /([\p{Ll}\d)][.!?])(?=\p{Lu}\p{Ll})/gu;

/**
 * Letters folded for URL slugs beyond what Unicode decomposition does: `ß` -> `ss`, `æ` -> `ae`.
 * Dutch `ij` needs no rule: `IJmuiden` folds to `ijmuiden` by lower-casing.
 */
export const SLUG_LETTER_FOLDS: Readonly<Record<string, string>> = {
  ß: "ss", æ: "ae", œ: "oe", ø: "o", ł: "l", đ: "d", ð: "d", þ: "th", ı: "i", ĳ: "ij",
};
/** Words left out of the "rare words" that relate items: too common in Dutch news to mean anything. */
export const COMMON_NEWS_WORDS: ReadonlySet<string> = new Set(
  ("zegt zei zeggen meldt melden volgens gisteren vandaag morgen maandag dinsdag woensdag donderdag vrijdag zaterdag zondag " +
    "januari februari maart april juni juli augustus september oktober november december " +
    "jaar jaren week weken maand dag dagen uur minuten eerste tweede derde procent euro miljoen miljard " +
    "onder tegen tussen sinds omdat omdat waar wordt worden werden hebben heeft had hadden zijn waren kunnen kan moet " +
    "moeten zullen zal zou zouden meer veel alle andere onder nieuwe nieuw ongeveer ruim bijna zeker nadat terwijl " +
    "welke want wel niet geen toch echter").split(" "),
);

/**
 * Words that say when, where or how much but not what a report is about: parts of days
 * (`zaterdagavond`), generic nouns and verbs of news copy. Related items (src/archive/relate.ts)
 * do not count them as shared subject words; two reports that both happened `zondagochtend` are
 * not related.
 */
export const TOPIC_NEUTRAL_WORDS: ReadonlySet<string> = new Set([
  ..."ochtend middag avond nacht vanochtend vanmiddag vanavond vannacht eerder later tijdens daarna".split(" "),
  ..."mensen bezoekers bewoners gemeente stad land dorp plaats wijk provincie regio deel groot grote kleine".split(" "),
  ..."laten liet gaan gaat ging komen komt kwam krijgt kreeg krijgen staat stond blijft bleef maakt maakte gebruikt".split(" "),
  ..."twee drie vier vijf tien honderd honderden duizend duizenden keer".split(" "),
  ...["maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag", "zondag"].flatMap((day) => ["ochtend", "middag", "avond", "nacht"].map((part) => `${day}${part}`)),
]);

/** A line longer than this gets a `long-line` warning (it is still read whole). Real page lines stay under 1,000. */
export const LONG_LINE_CHARS = 65_536;
/** Lines read per capture: beyond this a hostile file of millions of tiny lines would exhaust memory (`too-many-lines`). */
export const MAX_CAPTURE_LINES = 1_048_576;
