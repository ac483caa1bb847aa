/**
 * Eleventy 3 configuration, loaded through tsx, for running Eleventy's own CLI on the demo
 * (`npx tsx node_modules/@11ty/eleventy/cmd.cjs --config=.eleventy.ts`). It stays thin:
 * everything it registers lives in src/site/, and `draad build` applies the same configuration
 * itself. `npm start` is `draad serve` (src/serve/), not Eleventy's dev server: that one listens
 * on every interface, and draad's binds 127.0.0.1 and answers bad URLs with 400.
 *
 * The site data is a function, so Eleventy re-reads and re-merges content/wire on every rebuild.
 * The output folder is locked while Eleventy runs, as by `draad build`.
 */
import { configureEleventy, type EleventyConfigApi } from "./src/site/eleventy-config.js";
import { loadSiteData } from "./src/build/eleventy-site-data.js";
import { OutputLock } from "./src/output/site-folder.js";

const baseUrl = process.env.DRAAD_BASE_URL ?? "http://localhost:8080";

export default function (eleventyConfig: EleventyConfigApi) {
  const lock = OutputLock.take("_site", "eleventy");
  process.once("exit", () => lock.release());
  eleventyConfig.addWatchTarget?.("content/");
  return configureEleventy(eleventyConfig, () => loadSiteData({ input: "content/wire", baseUrl, pathPrefix: "/" }), {
    pathPrefix: "/",
    baseUrl,
    passthroughAssets: true,
  });
}
