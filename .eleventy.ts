/**
 * Eleventy 3 configuration, loaded through tsx. It stays thin (as in eleventy-base-blog):
 * data, filters and plugins live in src/site/; templates in templates/.
 */
export default function (eleventyConfig: { setTemplateFormats(formats: string[]): void }) {
  eleventyConfig.setTemplateFormats(["njk", "md"]);
  return {
    dir: { input: "templates", output: "_site", includes: "_includes", data: "_data" },
  };
}
