/**
 * What Eleventy needs to know about draad: folders, template formats, filters and the site data.
 * Shared by .eleventy.ts (the dev server, `npm start`) and by `draad build`, which calls it
 * directly so that no TypeScript config file has to be loaded by Eleventy's own module loader.
 */
import type { SiteData } from "./view-model.js";
import { normalisePrefix } from "./view-model.js";
import { cutAtWord } from "../archive/normalise.js";
import { dutchDate, dutchDateTime, dutchDayHeading } from "./dutch-dates.js";

export interface EleventyConfigApi {
  setTemplateFormats(formats: string[]): void;
  addGlobalData(name: string, value: unknown): void;
  addFilter(name: string, fn: (this: never, ...args: never[]) => unknown): void;
  addPassthroughCopy(path: string | Record<string, string>): void;
  addWatchTarget?(path: string): void;
  setQuietMode?(quiet: boolean): void;
  setServerOptions?(options: Record<string, unknown>): void;
  setNunjucksEnvironmentOptions?(options: Record<string, unknown>): void;
}

export const SITE_DIRECTORIES = { input: "templates", output: "_site", includes: "_includes", data: "_data" } as const;

/** `site` is the data every template reads: a value, or a function Eleventy calls on each (re)build. */
export function configureEleventy(
  eleventyConfig: EleventyConfigApi,
  site: SiteData | (() => Promise<SiteData>),
  options: { pathPrefix: string; baseUrl: string; passthroughAssets: boolean },
) {
  eleventyConfig.setTemplateFormats(["njk"]);
  // Autoescape stays on (the default): every value from a capture is text.
  eleventyConfig.setNunjucksEnvironmentOptions?.({ autoescape: true, throwOnUndefined: false, trimBlocks: true, lstripBlocks: true });
  eleventyConfig.addGlobalData("site", site);
  // `draad build` copies the assets itself (it may run from any folder); the dev server lets Eleventy do it.
  if (options.passthroughAssets) eleventyConfig.addPassthroughCopy({ "templates/assets": "assets" });
  // The prefix and base URL are read from the page's own data (`site.meta`), never from this
  // closure: Eleventy keeps the first filter of a name for later instances in the same process.
  const fallback = { pathPrefix: normalisePrefix(options.pathPrefix), baseUrl: options.baseUrl.replace(/\/+$/, "") };
  type FilterThis = { ctx?: { site?: { meta?: { pathPrefix: string; baseUrl: string } } } };
  const metaOf = (self: FilterThis | undefined) => self?.ctx?.site?.meta ?? fallback;
  /** Site-relative `/a/b/` -> `/prefix/a/b/`. */
  eleventyConfig.addFilter("link", function (this: FilterThis, url: string) {
    return `${metaOf(this).pathPrefix}${String(url).replace(/^\//, "")}`;
  });
  /** Site-relative -> absolute, for canonical URLs, OpenGraph and feeds. */
  eleventyConfig.addFilter("absolute", function (this: FilterThis, url: string) {
    const meta = metaOf(this);
    return `${meta.baseUrl}${meta.pathPrefix}${String(url).replace(/^\//, "")}`;
  });
  /** `<title>` stays under 70 characters with the site name: cut at a word boundary. */
  eleventyConfig.addFilter("shortTitle", (title: string) => cutAtWord(String(title), 55));
  eleventyConfig.addFilter("dutchDate", (iso: string) => dutchDate(iso));
  eleventyConfig.addFilter("dutchDateTime", (iso: string) => dutchDateTime(iso));
  eleventyConfig.addFilter("dutchDayHeading", (iso: string) => dutchDayHeading(iso));
  return { dir: { ...SITE_DIRECTORIES }, pathPrefix: fallback.pathPrefix };
}
