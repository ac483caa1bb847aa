/**
 * What Eleventy needs to know about draad: template formats and folders. Shared by
 * .eleventy.ts (for `npx @11ty/eleventy --serve`) and by `draad build`, which calls it directly
 * so that no TypeScript config file has to be loaded by Eleventy's own module loader.
 */
export interface EleventyConfigApi {
  setTemplateFormats(formats: string[]): void;
  addGlobalData(name: string, value: unknown): void;
}

export const SITE_DIRECTORIES = { input: "templates", output: "_site", includes: "_includes", data: "_data" } as const;

export function configureEleventy(eleventyConfig: EleventyConfigApi) {
  eleventyConfig.setTemplateFormats(["njk", "md"]);
  return { dir: { ...SITE_DIRECTORIES } };
}
