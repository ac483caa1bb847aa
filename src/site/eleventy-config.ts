/**
 * What Eleventy needs to know about draad: folders, template formats, filters and the site data.
 * Shared by .eleventy.ts (the dev server, `npm start`) and by `draad build`, which calls it
 * directly so that no TypeScript config file has to be loaded by Eleventy's own module loader.
 */
import type { SiteData } from "./view-model.js";
import { SiteUrls } from "./routes.js";
import { cutAtWord } from "../archive/normalise.js";
import { dutchDate, dutchDateTime, dutchDayHeading } from "./dutch-dates.js";
import { CONTENT_SECURITY_POLICY } from "./content-security-policy.js";

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

/** What Nunjucks calls a filter with: its environment, whose own `safe` marks a string as HTML. */
interface NunjucksFilterContext {
  env: { getFilter(name: "safe"): (value: string) => unknown };
}

/** The URLs of the build being rendered (one at a time per process). */
let current = new SiteUrls({ baseUrl: "", pathPrefix: "/" });

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
  eleventyConfig.addGlobalData("contentSecurityPolicy", CONTENT_SECURITY_POLICY);
  // `draad build` copies the assets itself (it may run from any folder); the dev server lets Eleventy do it.
  if (options.passthroughAssets) eleventyConfig.addPassthroughCopy({ "templates/assets": "assets" });
  // Eleventy keeps the first filter of a name for later instances in one process, so the filters
  // read the prefix and base URL from this module's current setting, never from their closure.
  // (Reading them from the page data through `this.ctx` took a quarter of the render time.)
  current = new SiteUrls({ baseUrl: options.baseUrl, pathPrefix: options.pathPrefix, siteRoot: typeof site === "function" ? undefined : site.meta.siteRoot });
  /** Site-relative `/a/b/` -> `/prefix/a/b/`; `~/a/` -> the whole site's `/a/` (from a year's part). */
  eleventyConfig.addFilter("link", (url: string) => current.link(String(url)));
  /** Site-relative -> absolute, for canonical URLs, OpenGraph and feeds. */
  eleventyConfig.addFilter("absolute", (url: string) => current.absolute(String(url)));
  /** `<title>` stays under 70 characters with the site name: cut at a word boundary. */
  eleventyConfig.addFilter("shortTitle", (title: string) => cutAtWord(String(title), 55));
  /**
   * The one way for a template to output HTML unescaped (Nunjucks' own filter for it is not used):
   * for HTML that draad made itself, never for text from a capture or a Markdown page as written.
   * tests/site/raw-html.test.ts lists every use; a new one fails it until it is reviewed and added.
   */
  eleventyConfig.addFilter("trustedHtml", function (this: NunjucksFilterContext, html: string) {
    return this.env.getFilter("safe")(html);
  });
  eleventyConfig.addFilter("dutchDate", (iso: string) => dutchDate(iso));
  eleventyConfig.addFilter("dutchDateTime", (iso: string) => dutchDateTime(iso));
  eleventyConfig.addFilter("dutchDayHeading", (iso: string) => dutchDayHeading(iso));
  return { dir: { ...SITE_DIRECTORIES }, pathPrefix: current.pathPrefix };
}
