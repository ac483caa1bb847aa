/**
 * What Eleventy needs to know about draad: folders, template formats and the templates with
 * their entries (src/site/templates/). Shared by .eleventy.ts (Eleventy's own CLI) and by
 * `draad build`, which calls it directly so that no TypeScript config file has to be loaded by
 * Eleventy's own module loader.
 */
import { BUILT_IN_TEMPLATES, registerTemplates, type RenderPlan, type TemplateRegistry, type TemplateSet } from "./templates/index.js";
import { SiteUrls } from "./routes.js";

export interface EleventyConfigApi extends TemplateRegistry {
  setTemplateFormats(formats: string[]): void;
  addPassthroughCopy(path: string | Record<string, string>): void;
  addWatchTarget?(path: string): void;
  setQuietMode?(quiet: boolean): void;
  setServerOptions?(options: Record<string, unknown>): void;
}

export const SITE_DIRECTORIES = { input: "templates", output: "_site", includes: "_includes", data: "_data" } as const;

/** `plan` is what to render: a value, or a function Eleventy calls on each (re)build. */
export function configureEleventy(
  eleventyConfig: EleventyConfigApi,
  plan: RenderPlan | (() => Promise<RenderPlan>),
  options: { pathPrefix: string; baseUrl: string; passthroughAssets: boolean; templates?: TemplateSet },
) {
  // Every page comes from a virtual JavaScript template; no file in templates/ is one.
  eleventyConfig.setTemplateFormats(["11ty.js"]);
  // `draad build` copies the assets itself (it may run from any folder); the dev server lets Eleventy do it.
  if (options.passthroughAssets) eleventyConfig.addPassthroughCopy({ "templates/assets": "assets" });
  const urls = new SiteUrls({ baseUrl: options.baseUrl, pathPrefix: options.pathPrefix, siteRoot: typeof plan === "function" ? undefined : plan.site.meta.siteRoot });
  registerTemplates(eleventyConfig, plan, urls, options.templates ?? BUILT_IN_TEMPLATES);
  return { dir: { ...SITE_DIRECTORIES }, pathPrefix: urls.pathPrefix };
}
