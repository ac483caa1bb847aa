/**
 * The build stage: one function from options to a BuildReport, for `draad build`, `draad serve`
 * and the benchmarks. It checks every path, takes the output's lock (unless the caller holds
 * it), reads the captures within the input boundary (reusing the cache), merges them, plans,
 * indexes and renders the site into a staged version, and swaps it in:
 *
 *   check paths -> lock -> ingest (parse, cache) -> archive (merge, year part) -> site (plan,
 *   search, render) -> swap -> report
 *
 * It throws BuildRefusal when a build cannot start (nothing read or written), and lets machine
 * faults (disk full) through for the caller to describe; bad content never throws, it becomes
 * diagnostics in the report.
 */
import type { BuildMemory } from "./memory.js";
import { dirname, resolve } from "node:path";
import { archivePart, itemsOfOtherYears, type ArchiveDiagnostic } from "../archive/index.js";
import { fileDiagnostic } from "../wire/index.js";
import { codeFingerprint } from "../cache/fingerprint.js";
import { prefetchOutputStatuses } from "../cache/output-statuses.js";
import { PageCache } from "../cache/page-cache.js";
import { cacheFolderProblem, ContentCache, describeCacheStats, type CacheStats } from "../cache/store.js";
import { OutputLock, OutputLockedError, OutputUnusableError, REPLACED_VERSION_GRACE_SECONDS } from "../output/site-folder.js";
import { buildSite, PROJECT_ROOT, type SearchIndexed } from "../site/build.js";
import { RenderPool, renderWorkerCount } from "../site/render-pool.js";
import { normalisePrefix } from "../site/view-model.js";
import { BUILT_IN_TEMPLATES, type TemplateSet } from "../site/templates/index.js";
import { loadTemplateSet, TemplateOverrideError } from "../site/template-overrides.js";
import { loadArchive } from "./ingest.js";
import { BuildRefusal, buildNowMs, checkedInputFolder, DEFAULTS, forHumans, readPlaceTable, refuseDangerousOutput, refuseLinkOnTheWay } from "./inputs.js";

export interface BuildOptions {
  input: string;
  output: string;
  /** Absolute origin for canonical URLs, feeds and the sitemap. */
  baseUrl: string;
  /** `/` or `/sub/`. */
  pathPrefix: string;
  pagesDir: string;
  /** A folder of the site's own templates (`--templates`), or null for draad's. */
  templatesDir?: string | null;
  /** The place alias table; `given` when named by the user (then it must be readable). */
  places: { path: string; given: boolean };
  /** Capture time for files without one of their own. */
  capturedAt: string | null;
  search: boolean;
  searchBundleRecords?: number;
  /** The cache folder, or null for a clean build (`--no-cache`). */
  cacheDir: string | null;
  /** Build only this year's part of a partitioned site. */
  partYear?: number;
  /** The output's lock, when the caller holds it for longer than one build (draad serve). */
  lock?: OutputLock;
  /** What a build started by a person calls itself in the lock (`draad build`). */
  command?: string;
  onProgress?: (event: ProgressEvent) => void;
  /** Kept from build to build by draad serve: unchanged captures are not read, unchanged items not made again. */
  memory?: BuildMemory;
  /**
   * draad serve: swap the pages in first, with the last search index; `reindexLater` gets the
   * step that makes the index anew and swaps it in (the caller runs it, while it holds the lock).
   */
  reindexLater?: (reindex: (stillWanted: () => boolean) => Promise<({ seconds: number } & SearchIndexed) | null>) => void;
  /**
   * Called as soon as the new site is in place, before the cache's manifests are written and the
   * report is made: draad serve sends the live reload from here, so the browser does not wait
   * for that bookkeeping.
   */
  onSwapped?: () => void;
}

export type ProgressEvent =
  | { kind: "count"; phase: "parse" | "merge"; done: number; total: number }
  | { kind: "phase"; phase: string; state: "start" | "progress" | "done"; detail?: string };

export interface BuildReport {
  output: string;
  input: string;
  /** Capture files read (or taken from the cache). */
  captures: number;
  items: { total: number; articles: number; briefs: number; stories: number };
  pages: number;
  reusedPages: number;
  files: number;
  diagnostics: ArchiveDiagnostic[];
  errors: number;
  warnings: number;
  /** Files with an error that gave nothing to the archive, sorted. */
  skipped: string[];
  seconds: { parse: number; merge: number; render: number; index: number | null; total: number };
  cache: { root: string; stats: Record<string, CacheStats>; summary: string[] } | null;
  part: {
    year: number;
    captures: number;
    contextCaptures: number;
    outsideCaptures: number;
    undatedCaptures: number;
    /** Items of other years seen in the context days: year -> count. */
    otherYears: Record<string, number>;
  } | null;
  /** Things done to the output folder before the build (an interrupted build cleaned up). */
  notes: string[];
  /** With a BuildMemory: what this build took from the last one. */
  memory: { capturesReused: number; capturesRead: number; itemsReused: number; itemsMade: number; walked: boolean } | null;
  /** The search index is made after the build (draad serve, BuildOptions.reindexLater). */
  searchDeferred: boolean;
}

export async function build(options: BuildOptions): Promise<BuildReport> {
  const started = performance.now();
  const progress = options.onProgress ?? (() => {});
  const input = checkedInputFolder(options.input);
  refuseLinkOnTheWay(options.pagesDir, "--pages");
  const notes: string[] = [];
  const cacheDiagnostics: ArchiveDiagnostic[] = [];
  const cache = openCache(options.cacheDir, cacheDiagnostics);
  refuseDangerousOutput(options.output, PROJECT_ROOT, [
    { flag: "--input", path: input },
    { flag: "--pages", path: options.pagesDir },
    ...(cache ? [{ flag: "--cache", path: cache.root }] : []),
  ]);
  const places = readPlaceTable(options.places.path, options.places.given);
  const templates = await siteTemplates(options.templatesDir ?? null);
  const lock = options.lock ?? takeLock(options.output, options.command ?? "draad build");
  // Render workers start as soon as the captures are counted: they load Eleventy while this
  // thread parses and merges, which use one core (src/site/render-pool.ts).
  let renderPool: RenderPool | null = null;
  try {
    notes.push(...lock.notes.splice(0));
    // draad serve: the last build's pages' statuses, taken on the other core while this one merges.
    let remembered = options.memory?.pageManifest;
    let outputStatuses = remembered && remembered.pages.size > 0 ? prefetchOutputStatuses(options.output, [...remembered.pages.keys()]) : undefined;
    // A one-off build: the next stage made on the other core while this one parses and merges
    // (the spare version cleared of its files, or the live version's folders made: 0.3 s of
    // this thread at 10,000 captures otherwise), with the cache also the last build's pages
    // linked into it (their statuses taken as they are linked), instead of one by one by the
    // page cache on this one.
    if (!options.memory && !options.lock) {
      if (cache) remembered = await PageCache.readManifest(cache, options.output);
      lock.prepareStageInBackground(remembered ? [...remembered.pages.keys()] : []);
      if (remembered && remembered.pages.size > 0) outputStatuses = lock.stageReady().then(() => lock.preparedLinks());
    }
    const loaded = await loadArchive(input, {
      onFilesFound: (count) => {
        const workers = renderWorkerCount(count);
        if (workers > 0) renderPool = new RenderPool(workers);
      },
      placeAliases: places.aliases,
      diagnostics: [...cacheDiagnostics, ...places.diagnostics],
      capturedAt: options.capturedAt,
      nowMs: buildNowMs(),
      onProgress: (phase, done, total) => progress({ kind: "count", phase, done, total }),
      cache,
      partYear: options.partYear,
      memory: options.memory,
    });
    const part = loaded.part;
    const archive = part ? archivePart(loaded.archive, part) : loaded.archive;
    progress({ kind: "phase", phase: "merge", state: "done", detail: `${archive.items.length} items` });
    await lock.stageReady();
    const site = await buildSite({
      archive,
      folder: lock.stage(),
      baseUrl: options.baseUrl,
      pathPrefix: part ? `${normalisePrefix(options.pathPrefix)}${part.year}/` : options.pathPrefix,
      part: part ? { year: part.year, sitePrefix: normalisePrefix(options.pathPrefix), captures: part.home.size, contextCaptures: part.context.size } : undefined,
      pagesDir: options.pagesDir,
      templates,
      templatesDir: options.templatesDir ?? null,
      renderPool,
      search: options.search,
      searchBundleRecords: options.searchBundleRecords,
      cache,
      verifiedPages: options.memory?.verifiedPages,
      rememberedPageKeys: options.memory?.pageKeys,
      rememberedManifest: remembered,
      outputStatuses,
      rememberedSummaries: options.memory?.summaries,
      rememberedItemPages: options.memory?.itemPages,
      // Only for a caller that holds the lock beyond this build: the index is swapped in under it.
      deferSearch: options.reindexLater !== undefined && options.lock !== undefined,
      onPhase: (phase, state, detail) => progress({ kind: "phase", phase, state, detail }),
      onSwapped: options.onSwapped,
    });
    if (site.reindex) {
      const reindex = site.reindex;
      // In a new folder: the index step fills it with links to the live site's files.
      options.reindexLater!((stillWanted) => reindex(lock.stage({ empty: true }), stillWanted));
    }
    const diagnostics = [...archive.diagnostics, ...site.diagnostics];
    // Skipped: files with an error that gave nothing to the archive (an error in a file that
    // was still read, such as refused ---js front matter, is reported but not skipped).
    const inArchive = new Set(archive.items.flatMap((i) => i.sightings.map((s) => s.capture)));
    const skipped = [...new Set(diagnostics.filter((d) => d.severity === "error" && !inArchive.has(d.file)).map((d) => d.file))].sort();
    const s = archive.summary;
    return {
      output: options.output,
      input,
      captures: loaded.files,
      items: { total: s.articles + s.briefs, articles: s.articles, briefs: s.briefs, stories: s.stories },
      pages: site.pages,
      reusedPages: site.reusedPages,
      files: site.files,
      diagnostics,
      errors: diagnostics.filter((d) => d.severity === "error").length,
      warnings: diagnostics.filter((d) => d.severity === "warning").length,
      skipped,
      seconds: { ...loaded.seconds, render: site.seconds.render, index: options.search && !site.reindex ? site.seconds.index : null, total: (performance.now() - started) / 1000 },
      searchDeferred: site.reindex !== null,
      cache: cache ? { root: cache.root, stats: cache.stats, summary: describeCacheStats(cache) } : null,
      part: part
        ? {
            year: part.year,
            captures: part.home.size,
            contextCaptures: part.context.size,
            outsideCaptures: part.outside,
            undatedCaptures: part.undated.length,
            otherYears: Object.fromEntries([...itemsOfOtherYears(loaded.archive, part.year)].map(([y, n]) => [String(y), n])),
          }
        : null,
      notes,
      memory: options.memory ? { ...options.memory.stats, itemsReused: options.memory.items.stats.reused, itemsMade: options.memory.items.stats.made } : null,
    };
  } finally {
    await (renderPool as RenderPool | null)?.close();
    if (!options.lock) lock.release();
  }
}

/** draad's templates, with those of `--templates DIR` in their place; a folder that cannot be used is a refusal. */
export async function siteTemplates(dir: string | null): Promise<TemplateSet> {
  if (dir === null) return BUILT_IN_TEMPLATES;
  refuseLinkOnTheWay(dir, "--templates");
  try {
    return await loadTemplateSet(dir);
  } catch (error) {
    if (error instanceof TemplateOverrideError) throw new BuildRefusal(error.message);
    throw error;
  }
}

/** Lock the output; a lock held by another build, or an unusable output path, is a refusal. */
export function takeLock(output: string, command: string): OutputLock {
  refuseLinkOnTheWay(dirname(resolve(output)), "--output");
  try {
    return OutputLock.take(output, command);
  } catch (error) {
    if (error instanceof OutputLockedError || error instanceof OutputUnusableError) throw new BuildRefusal(error.message);
    throw error;
  }
}

/**
 * The build cache, or null. A cache folder that cannot be used (a file, a FIFO, a device, a
 * committed link) is a warning, and the build goes on without it: the cache only ever makes a
 * build faster.
 */
function openCache(dir: string | null, diagnostics: ArchiveDiagnostic[]): ContentCache | null {
  if (dir === null) return null;
  const root = forHumans(dir);
  const problem = cacheFolderProblem(dir);
  if (problem !== null) {
    diagnostics.push(fileDiagnostic(root, "cache-unusable", `the build cache cannot be used: ${problem}; building without it. Remove it, or give --cache a folder of its own (or --no-cache)`));
    return null;
  }
  return new ContentCache(resolve(dir), codeFingerprint(PROJECT_ROOT));
}

export { BuildRefusal, DEFAULTS, REPLACED_VERSION_GRACE_SECONDS };
