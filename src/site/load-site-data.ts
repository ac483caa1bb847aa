/**
 * content/wire -> SiteData in one call, for the dev server: the same loading as `draad build`
 * (src/cli/load-captures.ts), then every page's data. Diagnostics are printed, never thrown: a
 * broken capture must not stop the preview.
 */
import { readFile } from "node:fs/promises";
import { loadArchive } from "../cli/load-captures.js";
import { readPlaceAliases } from "../archive/index.js";
import { formatDiagnostic } from "../wire/index.js";
import { readMarkdownPages } from "./markdown-pages.js";
import { buildSiteData, type SiteData } from "./view-model.js";

export async function loadSiteData(options: { input: string; baseUrl: string; pathPrefix: string }): Promise<SiteData> {
  const placesText = await readFile("content/places.yaml", "utf8").catch(() => "");
  const places = readPlaceAliases(placesText, "content/places.yaml");
  const { archive } = await loadArchive(options.input, { placeAliases: places.aliases, diagnostics: places.diagnostics, capturedAt: null, nowMs: Date.now() });
  for (const d of archive.diagnostics) {
    if (d.severity !== "info") process.stderr.write(formatDiagnostic(d.file, d) + "\n");
  }
  const { pages } = await readMarkdownPages("content/pages");
  process.stderr.write(`draad: ${archive.summary.captures} capture(s) -> ${archive.summary.articles} article(s), ${archive.summary.briefs} brief(s)\n`);
  return buildSiteData(archive, { baseUrl: options.baseUrl, pathPrefix: options.pathPrefix, pages });
}
