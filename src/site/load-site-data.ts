/**
 * content/wire -> SiteData in one call, for the dev server: the same loading as `draad build`
 * (src/cli/load-captures.ts), then every page's data. Diagnostics are printed, never thrown: a
 * broken capture must not stop the preview.
 */
import { linkOnTheWay, readInside, realPathOrNull } from "../input/input-folder.js";
import { loadArchive } from "../cli/load-captures.js";
import { readPlaceAliases } from "../archive/index.js";
import { formatDiagnostic } from "../wire/index.js";
import { readMarkdownPages } from "./markdown-pages.js";
import { buildSiteData, type SiteData } from "./view-model.js";

export async function loadSiteData(options: { input: string; baseUrl: string; pathPrefix: string }): Promise<SiteData> {
  const link = linkOnTheWay(options.input);
  if (link !== null) throw new Error(`${options.input} goes through the symbolic link ${link}; draad does not follow it for the input folder`);
  const places = readInside("content/places.yaml", realPathOrNull("content"));
  const placesText = "bytes" in places ? places.bytes.toString("utf8") : "";
  const aliases = readPlaceAliases(placesText, "content/places.yaml");
  const { archive } = await loadArchive(options.input, { placeAliases: aliases.aliases, diagnostics: aliases.diagnostics, capturedAt: null, nowMs: Date.now() });
  for (const d of archive.diagnostics) {
    if (d.severity !== "info") process.stderr.write(formatDiagnostic(d.file, d) + "\n");
  }
  const { pages } = await readMarkdownPages("content/pages");
  process.stderr.write(`draad: ${archive.summary.captures} capture(s) -> ${archive.summary.articles} article(s), ${archive.summary.briefs} brief(s)\n`);
  return buildSiteData(archive, { baseUrl: options.baseUrl, pathPrefix: options.pathPrefix, pages });
}
