/**
 * The built-in template set and how Eleventy gets it. Page templates are registered as virtual
 * `<name>.11ty.js` templates (`eleventyConfig.addTemplate`), each paginating over its own
 * entries (`draadPages.<name>`, one page per entry, written to `entry.url`); parts are rendered
 * by the templates through `tools.part`. Both are plain modules: compiled in dist/, or run
 * through tsx from src/, with no template compile step at build time.
 */
import { html, isHtml, trustedHtml, type Html } from "../html.js";
import { ROUTES, type SiteUrls } from "../routes.js";
import { CONTENT_SECURITY_POLICY } from "../content-security-policy.js";
import { dutchDateTime, publicationParts } from "../dutch-dates.js";
import { timeHtml } from "./time-text.js";
import type { PageEntries, Site } from "../view-model.js";
import type { PageData, Template, TemplateTools } from "./template.js";
import { base, type LayoutData } from "./base.js";
import { itemList, type ItemListData } from "./item-list.js";
import { pagination, type PaginationData } from "./pagination.js";
import { calendar, type CalendarData } from "./calendar.js";
import { home } from "./home.js";
import { archive } from "./archive.js";
import { year, month } from "./calendars.js";
import { list } from "./list.js";
import { item } from "./item.js";
import { story, stories } from "./stories.js";
import { agencies, places, sections } from "./indexes.js";
import { search } from "./search.js";
import { capture } from "./capture.js";
import { markdownPage } from "./page.js";
import { notFound } from "./not-found.js";
import { robots } from "./robots.js";
import { feedAtom, feedJson } from "./feeds.js";
import { sitemap, sitemapIndex } from "./sitemap.js";

export type { Site };

/** The parts, by name, with the data each is rendered with. */
export interface Parts {
  base: LayoutData;
  "item-list": ItemListData;
  pagination: PaginationData;
  calendar: CalendarData;
}

export type PartTemplate<Data> = Template<Data, Parts>;
export type PageTemplate<Entry> = Template<PageData<Entry, Site>, Parts>;
export type Tools = TemplateTools<Parts>;

export type PageTemplates = { [Name in keyof PageEntries]: PageTemplate<PageEntries[Name][number]> };
export type PartTemplates = { [Name in keyof Parts]: PartTemplate<Parts[Name]> };

export const PART_TEMPLATES: PartTemplates = { base, "item-list": itemList, pagination, calendar };

/** Page templates by name; the name is also the key of their entries in the plan. */
export const PAGE_TEMPLATES: PageTemplates = {
  home,
  archive,
  year,
  month,
  list,
  item,
  story,
  stories,
  sections,
  places,
  agencies,
  search,
  capture,
  page: markdownPage,
  "not-found": notFound,
  robots,
  "feed-atom": feedAtom,
  "feed-json": feedJson,
  sitemap,
  "sitemap-index": sitemapIndex,
};

export interface TemplateSet {
  pages: PageTemplates;
  parts: PartTemplates;
  /** Empty for draad's own; else a hash of the site's templates folder (src/site/template-overrides.ts), part of every cached page's key. */
  fingerprint: string;
  /** The names of the templates a site's folder replaced. */
  overridden: string[];
}

export const BUILT_IN_TEMPLATES: TemplateSet = { pages: PAGE_TEMPLATES, parts: PART_TEMPLATES, fingerprint: "", overridden: [] };

/** The name of the global data that holds the entries of each page template. */
export const PAGE_ENTRIES_DATA = "draadPages";

/** What Eleventy's `addTemplate` needs of draad's config API. */
export interface TemplateRegistry {
  addGlobalData(name: string, value: unknown): void;
  addTemplate(virtualPath: string, content: { data: Record<string, unknown>; render(data: Record<string, unknown>): string }): void;
}

export function templateTools(set: TemplateSet, urls: SiteUrls): Tools {
  const tools: Tools = {
    html,
    trustedHtml,
    link: (url) => urls.link(url),
    absolute: (url) => urls.absolute(url),
    routes: ROUTES,
    contentSecurityPolicy: CONTENT_SECURITY_POLICY,
    part: (name, data) => (set.parts[name] as PartTemplate<typeof data>).render(data, tools),
    times: { dateTime: dutchDateTime, interval: publicationParts, html: timeHtml },
  };
  return tools;
}

/** What is rendered: the data every page shares, and each page template's entries. */
export interface RenderPlan {
  site: Site;
  pages: Partial<PageEntries>;
}

/**
 * Registers the page templates of `set` as virtual Eleventy templates (only those with entries,
 * when the plan is known now). `site` reaches the templates from here, not through Eleventy's
 * data cascade, which would copy and proxy it for every page. A plan given as a function is
 * made again on every (re)build Eleventy runs (its own CLI with `.eleventy.ts`).
 */
export function registerTemplates(config: TemplateRegistry, plan: RenderPlan | (() => Promise<RenderPlan>), urls: SiteUrls, set: TemplateSet = BUILT_IN_TEMPLATES): void {
  const tools = templateTools(set, urls);
  let current: RenderPlan | null = typeof plan === "function" ? null : plan;
  config.addGlobalData(PAGE_ENTRIES_DATA, typeof plan === "function" ? async () => Object.freeze({ ...(current = await plan()).pages }) : Object.freeze({ ...plan.pages }));
  for (const name of Object.keys(set.pages) as (keyof PageEntries)[]) {
    if (current && !current.pages[name]?.length) continue;
    const template = set.pages[name] as PageTemplate<unknown>;
    config.addTemplate(`${name}.11ty.js`, {
      data: {
        ...template.data,
        pagination: { data: `${PAGE_ENTRIES_DATA}.${name}`, size: 1, alias: "entry" },
        permalink: (data: { entry: { url: string } }) => data.entry.url,
        eleventyExcludeFromCollections: true,
      },
      render(data) {
        return htmlOf(template.render({ entry: data.entry, site: current!.site, page: data.page as PageData<unknown, Site>["page"] }, tools), name);
      },
    });
  }
}

function htmlOf(result: Html, name: string): string {
  if (!isHtml(result)) throw new TypeError(`the template ${name} did not return html\`\``);
  return result.value;
}
