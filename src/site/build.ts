/**
 * The site stage for now: parsed captures -> Eleventy -> HTML. Eleventy's config stays thin
 * (.eleventy.ts); the data it renders is handed over here as global data.
 */
import Eleventy from "@11ty/eleventy";
import type { CaptureRecord } from "../wire/index.js";
import { configureEleventy, SITE_DIRECTORIES, type EleventyConfigApi } from "./eleventy-config.js";

export interface SiteBuildOptions {
  records: CaptureRecord[];
  output: string;
}

export async function buildSite(options: SiteBuildOptions): Promise<{ pages: number }> {
  const articles = options.records
    .filter((record) => record.article !== null)
    .sort((a, b) => (b.capturedAt ?? "").localeCompare(a.capturedAt ?? "") || a.source.localeCompare(b.source));
  const eleventy = new Eleventy(SITE_DIRECTORIES.input, options.output, {
    quietMode: true,
    // false: no config file is loaded; the same configuration is applied right here.
    configPath: false,
    config(eleventyConfig: EleventyConfigApi) {
      configureEleventy(eleventyConfig);
      eleventyConfig.addGlobalData("captures", articles);
      eleventyConfig.addGlobalData("captureCount", options.records.length);
    },
  });
  const results = await eleventy.write();
  const written = [results].flat(3).filter((entry) => typeof (entry as { outputPath?: unknown })?.outputPath === "string");
  return { pages: written.length };
}
