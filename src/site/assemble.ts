/**
 * `draad assemble`: the year parts of a partitioned site (src/site/parts.ts) put together.
 */
import { linkTree } from "../output/link-tree.js";
import { realpathSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { renderWithEleventy, writeSiteFiles } from "./build.js";
import { isInside } from "../input/input-folder.js";
import { PageWriter } from "./page-writer.js";
import type { TemplateSet } from "./templates/index.js";
import { removeTree, versionsFolderOf, type SiteFolder } from "../output/site-folder.js";
import { manifestProblem, PART_MANIFEST, rootPlan, type PartManifest } from "./parts.js";

export class AssembleError extends Error {}

/**
 * `draad assemble`: the parts side by side under `<output>/<year>/` (hard links where the file
 * system allows, else copies) and the root rendered from their manifests. Staged beside the
 * output and swapped in when complete, like a build.
 */
export async function assembleParts(options: { parts: string[]; folder: SiteFolder; templates?: TemplateSet; onPhase?: (phase: string, detail: string) => void }): Promise<{ manifests: PartManifest[]; files: number; warnings: string[] }> {
  const { output, staging } = options.folder;
  const outputs = [output, versionsFolderOf(output)];
  const manifests: { dir: string; manifest: PartManifest }[] = [];
  for (const part of options.parts) {
    let dir = resolve(part);
    try {
      // A part is itself a built output: its link leads to the version to take.
      dir = realpathSync(dir);
    } catch {
      // reported below: no manifest
    }
    let parsed: unknown;
    try {
      parsed = JSON.parse(await readFile(join(dir, PART_MANIFEST), "utf8"));
    } catch (error) {
      throw new AssembleError(`${part} is not a part: cannot read ${PART_MANIFEST} (${(error as NodeJS.ErrnoException).code ?? (error as Error).message}); build it with draad build --year YYYY --output ${part}`);
    }
    const problem = manifestProblem(parsed);
    if (problem) throw new AssembleError(`${part}/${PART_MANIFEST}: ${problem}; build the part again with this draad`);
    if (outputs.some((o) => isInside(o, dir) || isInside(dir, o))) throw new AssembleError(`--output ${output} and the part ${part} overlap; assemble into a folder of its own`);
    manifests.push({ dir, manifest: parsed as PartManifest });
  }
  if (manifests.length === 0) throw new AssembleError("name the part folders to assemble: draad assemble --output _site parts/2024 parts/2025");
  const first = manifests[0]!.manifest;
  const warnings: string[] = [];
  const years = new Set<number>();
  for (const { dir, manifest } of manifests) {
    if (years.has(manifest.year)) throw new AssembleError(`two parts for ${manifest.year} (one is ${dir}); give each year once`);
    years.add(manifest.year);
    if (manifest.baseUrl !== first.baseUrl || manifest.sitePrefix !== first.sitePrefix) {
      throw new AssembleError(`the parts were built for different sites: ${first.year} for ${first.baseUrl}${first.sitePrefix}, ${manifest.year} for ${manifest.baseUrl}${manifest.sitePrefix}; build every part with the same --base-url and --path-prefix`);
    }
    if (manifest.code !== first.code) warnings.push(`the parts ${first.year} and ${manifest.year} were built by different versions of draad (code ${first.code.slice(0, 12)} and ${manifest.code.slice(0, 12)}); pages may differ in layout`);
  }

  try {
    options.onPhase?.("render", "root pages");
    const root = rootPlan(manifests.map((m) => m.manifest));
    const writer = new PageWriter(staging);
    writer.write(await renderWithEleventy(root, staging, { pathPrefix: root.site.meta.pathPrefix, baseUrl: root.site.meta.baseUrl, templates: options.templates }));
    await writer.done();
    await writeSiteFiles(staging);
    for (const { dir, manifest } of [...manifests].sort((a, b) => a.manifest.year - b.manifest.year)) {
      options.onPhase?.("copy", String(manifest.year));
      await linkTree(dir, join(staging, String(manifest.year)));
    }
    const files = await options.folder.commit();
    return { manifests: manifests.map((m) => m.manifest).sort((a, b) => a.year - b.year), files, warnings };
  } catch (error) {
    await options.folder.discard();
    throw error;
  }
}

