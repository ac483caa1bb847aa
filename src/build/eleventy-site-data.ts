/**
 * content/wire -> every page's data in one call, for running Eleventy's own CLI with `.eleventy.ts`: the
 * same ingest as `draad build` (src/build/ingest.ts, with the same input checks and clock),
 * then every page's data. Diagnostics are printed, never thrown: a broken capture must not stop
 * the preview.
 */
import { formatDiagnostic } from "../wire/index.js";
import { readMarkdownPages } from "../site/markdown-pages.js";
import { buildSiteData, type PageEntries, type Site } from "../site/view-model.js";
import { loadArchive } from "./ingest.js";
import { buildNowMs, checkedInputFolder, DEFAULTS, readPlaceTable } from "./inputs.js";

export async function loadSiteData(options: { input: string; baseUrl: string; pathPrefix: string }): Promise<{ site: Site; pages: PageEntries }> {
  const input = checkedInputFolder(options.input);
  const table = readPlaceTable(DEFAULTS.places, false);
  const { archive } = await loadArchive(input, { placeAliases: table.aliases, diagnostics: table.diagnostics, capturedAt: null, nowMs: buildNowMs() });
  for (const d of archive.diagnostics) {
    if (d.severity !== "info") process.stderr.write(formatDiagnostic(d.file, d) + "\n");
  }
  const { pages } = await readMarkdownPages(DEFAULTS.pages);
  process.stderr.write(`draad: ${archive.summary.captures} capture(s) -> ${archive.summary.articles} article(s), ${archive.summary.briefs} brief(s)\n`);
  return buildSiteData(archive, { baseUrl: options.baseUrl, pathPrefix: options.pathPrefix, pages });
}
