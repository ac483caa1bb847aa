/**
 * Eleventy 3 configuration for the dev server (`npm start`), loaded through tsx. It stays thin:
 * everything it registers lives in src/site/. The site data is a function, so Eleventy re-reads
 * and re-merges content/wire on every rebuild: a capture added or edited there shows up in the
 * browser without a restart.
 */
import { configureEleventy, type EleventyConfigApi } from "./src/site/eleventy-config.js";
import { loadSiteData } from "./src/site/load-site-data.js";

const baseUrl = process.env.DRAAD_BASE_URL ?? "http://localhost:8080";

export default function (eleventyConfig: EleventyConfigApi) {
  eleventyConfig.addWatchTarget?.("content/");
  return configureEleventy(eleventyConfig, () => loadSiteData({ input: "content/wire", baseUrl, pathPrefix: "/" }), {
    pathPrefix: "/",
    baseUrl,
    passthroughAssets: true,
  });
}
