/**
 * What a template is (issue #13): a module with a `render(data, tools)` function that returns
 * HTML made with the escaping `html` tag (src/site/html.ts). Eleventy renders each page
 * template as a virtual `<name>.11ty.js` template (Engines/JavaScript.js takes a module object
 * `{ data, render }`), with its pagination and permalink; a part (the layout, a list of
 * reports, the pagination, a calendar, a report's body) is rendered by the templates that use
 * it, through `tools.part(name, data)`, so a user's template of that name is used everywhere.
 */
import type { Html, HtmlValue } from "../html.js";
import type { html, trustedHtml } from "../html.js";
import type { ROUTES } from "../routes.js";
import type { TimePart } from "../dutch-dates.js";

/** What Eleventy hands a page template: the page's entry, the shared site data, the page. */
export interface PageData<Entry, Site> {
  entry: Entry;
  site: Site;
  page: { url: string; outputPath: string | false };
}

/** What every template gets besides its data. */
export interface TemplateTools<Parts> {
  html: typeof html;
  trustedHtml: typeof trustedHtml;
  /** Site-relative `/a/` -> the link with the path prefix. */
  link(url: string): string;
  /** Site-relative `/a/` -> the absolute URL. */
  absolute(url: string): string;
  routes: typeof ROUTES;
  /** For the layout's `<meta http-equiv="Content-Security-Policy">` (src/site/content-security-policy.ts). */
  contentSecurityPolicy: string;
  /** A part by name (the user's when there is one), with its data. */
  part<Name extends keyof Parts & string>(name: Name, data: Parts[Name]): Html;
  /**
   * Dutch words, in Europe/Amsterdam time, for the times an entry holds as they are (a report's
   * evidence rows: `capturedAt`, `publishedFrom`, `publishedTo`), as draad's item template words them.
   */
  times: {
    /** `2025-11-22T09:50:00Z` -> `22 november 2025, 10:50`. */
    dateTime(iso: string): string;
    /** A publication interval in pieces from its ends (null: not known), e.g. `zaterdag 22 november 2025 tussen 10:05 en 10:50`. */
    interval(from: string | null, to: string | null): TimePart[];
    /** Pieces as HTML: each instant a `<time datetime>`, a dash read out as " tot ". */
    html(parts: readonly TimePart[]): Html;
  };
}

export interface Template<Data, Parts> {
  render(data: Data, tools: TemplateTools<Parts>): Html;
  /** A page template's own Eleventy data, besides its pagination and permalink (which are draad's). */
  data?: Record<string, unknown>;
}

export type { Html, HtmlValue };
