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
}

export interface Template<Data, Parts> {
  render(data: Data, tools: TemplateTools<Parts>): Html;
  /** A page template's own Eleventy data, besides its pagination and permalink (which are draad's). */
  data?: Record<string, unknown>;
}

export type { Html, HtmlValue };
