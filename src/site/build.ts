/**
 * The site stage: Archive -> plan (src/site/pages/) -> Eleventy (src/site/templates/) -> Pagefind search index.
 * The site is written into the locked output folder's staging version and swapped in only when
 * everything succeeded (src/output/site-folder.ts), so a crash or Ctrl-C never leaves a
 * half-written site behind.
 */
import { existsSync, realpathSync } from "node:fs";
import { cp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Archive, ArchiveDiagnostic } from "../archive/index.js";
import { configureEleventy, SITE_DIRECTORIES, type EleventyConfigApi } from "./eleventy-config.js";
import { readMarkdownPages } from "./markdown-pages.js";
import { DeferredEntry, PageCache, type RememberedManifest } from "../cache/page-cache.js";
import type { OutputStatuses } from "../cache/output-statuses.js";
import { SearchBundleCache } from "../cache/search-bundle-cache.js";
import { codeFingerprint } from "../cache/fingerprint.js";
import { PART_MANIFEST, partManifest } from "./parts.js";
import type { ContentCache } from "../cache/store.js";
import { entriesOf, planSite, SEARCH_BUNDLE_RECORDS, searchBundleSizes, type PageEntries, type Site, type SitePlan, type TemplateName } from "./view-model.js";
import { entryCount, isLazy } from "./pages/types.js";
import { PAGE_TEMPLATES, type TemplateSet } from "./templates/index.js";
import { PageWriter, type RenderedPage } from "./page-writer.js";
import { RenderPool, renderWorkerCount } from "./render-pool.js";
import type { SiteFolder } from "../output/site-folder.js";
import { linkTree } from "../output/link-tree.js";
import { publicationDated } from "./dutch-dates.js";
import { escapeHtml, outOfIndex } from "./search-text.js";
import { paragraphsAfterHeadline } from "./pages/context.js";
import { HEADERS_FILE } from "./content-security-policy.js";
import type { RememberedPageKey } from "../build/memory.js";
import type { RememberedItemPage, RememberedSummary } from "./pages/context.js";

export const PROJECT_ROOT = fileURLToPath(new URL("../../", import.meta.url));
export const TEMPLATES_DIR = join(PROJECT_ROOT, SITE_DIRECTORIES.input);

export interface SiteBuildOptions {
  archive: Archive;
  /** The locked output folder (src/output/site-folder.ts): the site is staged there and swapped in. */
  folder: SiteFolder;
  /** Absolute origin for canonical URLs, feeds and the sitemap. */
  baseUrl: string;
  /** `/` or `/sub/`. */
  pathPrefix: string;
  /** Folder of Markdown pages (default content/pages). */
  pagesDir: string;
  /** Build the Pagefind index (skip with --no-search). */
  search: boolean;
  /** Reports per search bundle (default SEARCH_BUNDLE_RECORDS). */
  searchBundleRecords?: number;
  /**
   * A year's part of a partitioned site: `pathPrefix` is then `<sitePrefix><year>/`, search
   * records are rooted at the site prefix, and `draad-part.json` describes the part for
   * `draad assemble`.
   */
  part?: { year: number; sitePrefix: string; captures: number; contextCaptures: number };
  /** The templates to render with: draad's own, or with a site's own in their place (src/site/template-overrides.ts). */
  templates?: TemplateSet;
  /** The folder those templates came from (render workers load it again), null for draad's own. */
  templatesDir?: string | null;
  /** Render workers the caller started (and closes); without, buildSite starts its own for a large site. */
  renderPool?: RenderPool | null;
  /** Build cache: reuse unchanged pages (and search bundles) of the last build into this output. */
  cache?: ContentCache | null;
  /** Output files whose bytes were checked against the page cache, by status (draad serve keeps it between builds). */
  verifiedPages?: Map<string, string>;
  /** draad serve: the last build's page entries with their keys, and its report summaries (src/build/memory.ts). */
  rememberedPageKeys?: Map<string, RememberedPageKey>;
  rememberedSummaries?: Map<string, RememberedSummary>;
  rememberedItemPages?: Map<string, RememberedItemPage>;
  rememberedManifest?: RememberedManifest;
  /** draad serve: the statuses of the live output's files, being taken in a worker thread (src/cache/output-statuses.ts). */
  outputStatuses?: OutputStatuses;
  onPhase?: (phase: "render" | "index", state: "start" | "progress" | "done", detail?: string) => void;
  /**
   * draad serve: the pages now, the search index after. The search bundles of the site in the
   * output are carried over as they are, and the result's `reindex` makes them anew in a second
   * version of the output (the same bytes a build with the index made at once would give).
   * When the archive has just grown a search bundle that the output lacks, the index is made at
   * once instead (the search page names the new bundle first).
   */
  deferSearch?: boolean;
  /** The new site is in place (called before the cache's manifests are written). */
  onSwapped?: () => void;
}

export interface SiteBuildResult {
  pages: number;
  /** Pages copied from the last build by the page cache (included in `pages`). */
  reusedPages: number;
  files: number;
  diagnostics: ArchiveDiagnostic[];
  seconds: { render: number; index: number };
  searchPages: number;
  /** With `deferSearch`: stages the pages of the output with a search index made anew, and swaps that in. */
  reindex: ((folder: SiteFolder, stillWanted: () => boolean) => Promise<({ seconds: number } & SearchIndexed) | null>) | null;
}

export async function buildSite(options: SiteBuildOptions): Promise<SiteBuildResult> {
  const { output, staging } = options.folder;
  let pool: RenderPool | null = null;
  let ownPool = false;
  /** The last build's search bundles, being linked into the stage (deferSearch). */
  let bundlesLinked: Promise<void> = Promise.resolve();
  try {
    const { pages: markdownPages, diagnostics } = await readMarkdownPages(options.pagesDir);
    const plan = planSite(options.archive, {
      baseUrl: options.baseUrl,
      pathPrefix: options.pathPrefix,
      pages: markdownPages,
      searchBundleRecords: options.searchBundleRecords,
      siteRoot: options.part?.sitePrefix,
      summaries: options.rememberedSummaries,
      itemPages: options.rememberedItemPages,
    });

    // Render workers: the caller's (started before the captures were read, so that their start
    // overlaps parsing), else started now when the site is large enough to pay for them.
    const totalPages = Object.values(plan.pages).reduce((n, entries) => n + entryCount(entries!), 0);
    pool = options.renderPool ?? (renderWorkerCount(totalPages) > 0 ? new RenderPool(renderWorkerCount(totalPages)) : null);
    ownPool = pool !== null && pool !== options.renderPool;
    const renderSettings = { staging, pathPrefix: options.pathPrefix, baseUrl: options.baseUrl, templatesDir: options.templatesDir ?? null };

    // The search index first: it is made from the plan, not from pages, and Pagefind's memory is
    // released before Eleventy's is needed, so the two peaks do not add up.
    let indexSeconds = 0;
    let searchPages = 0;
    let bundleCache: SearchBundleCache | null = null;
    const urlPrefix = options.part ? `/${options.part.year}` : "";
    // Deferred only when every bundle the search page names is in the last output to carry over:
    // when the archive has just grown a bundle, the new one is made now, else the search page
    // would name a bundle that does not exist until the deferred index is swapped in.
    const deferIndex = options.search && options.deferSearch === true && searchBundlesOf(plan).every((bundle) => existsSync(join(output, bundle, "pagefind.js")));
    if (deferIndex) {
      // Search stays usable meanwhile, with the last build's index (it may not know the newest
      // reports): linked by cp processes while the pages are rendered (waited for before the
      // site's other files are written; about 0.2 s of waiting at 10,000 captures otherwise).
      bundlesLinked = Promise.all(searchBundlesOf(plan).map((bundle) => linkTree(join(output, bundle), join(staging, bundle)))).then(() => {});
    } else if (options.search) {
      options.onPhase?.("index", "start");
      const indexStart = performance.now();
      bundleCache = options.cache ? await SearchBundleCache.open(options.cache, output) : null;
      const indexed = await indexForSearch(staging, plan, urlPrefix, bundleCache);
      searchPages = indexed.records;
      indexSeconds = (performance.now() - indexStart) / 1000;
      options.onPhase?.("index", "done", `${searchPages} reports in ${indexed.bundles} bundle(s)${indexed.reused ? `, ${indexed.reused} of them reused` : ""}`);
    }

    options.onPhase?.("render", "start");
    const renderStart = performance.now();
    let pages = 0;
    let reusedPages = 0;
    const pageCache = options.cache ? await PageCache.open(options.cache, output, options.verifiedPages ?? null, options.folder.folders, options.rememberedPageKeys ?? null, options.rememberedManifest ?? null, options.folder, options.outputStatuses ?? null) : null;
    // Files linked from the live site into the stage beforehand are the page cache's to keep.
    if (!pageCache) options.folder.dropPrelinked();
    // A reused page's key covers everything its template reads: the shared site data and its
    // entry, and the site's own templates when there are any (draad's are in the code fingerprint).
    const sharedContext = `${JSON.stringify(plan.site)}\0${options.templates?.fingerprint ?? ""}`;
    if (pool) {
      // Every core: batches go to worker threads, which render and write them (render-pool.ts),
      // four batches per worker: the first is ready soon, and one finishing early takes the next.
      const rendering: Promise<void>[] = [];
      try {
        for (let batch of renderBatches(plan, Math.min(RENDER_BATCH_PAGES, Math.ceil(totalPages / (4 * pool.size))), pageCache !== null)) {
          if (pageCache) {
            const reuse = pageCache.reuse(sharedContext, batch, REUSABLE_TEMPLATES, staging);
            batch = reuse.pages;
            pages += reuse.reused;
            reusedPages += reuse.reused;
          }
          // Made only when a worker can take it: batches do not pile up in memory.
          await pool.whenFree();
          rendering.push(
            pool.render(renderSettings, plan.site, batch).then((written) => {
              pageCache?.rendered(written, staging);
              pages += written.length;
              options.onPhase?.("render", "progress", `${pages} pages`);
            }),
          );
        }
        await Promise.all(rendering);
        await pool.finish(staging);
      } finally {
        await Promise.allSettled(rendering);
      }
    } else {
      const writer = new PageWriter(staging);
      // The pages left to render, gathered over batches until there are a batch's worth: when the
      // page cache reuses most pages, one Eleventy run renders what five would have (draad serve
      // after one new capture at 10,000 captures: about 200 pages in one run instead of five).
      let pending: Partial<Record<TemplateName, unknown[]>> = {};
      let pendingCount = 0;
      let runs = 0;
      const renderPending = async () => {
        const rendered = await renderWithEleventy({ site: plan.site, pages: pending as Partial<PageEntries> }, staging, options);
        runs++;
        pending = {};
        pendingCount = 0;
        // Written while the next batch renders, but never more than one batch behind: writes
        // hardly move while Eleventy renders, and unbounded they held every batch in memory
        // until the end (heap after GC +300 MB per 10,000 pages; 100,000 captures ran out of heap).
        await writer.done();
        writer.write(rendered);
        pageCache?.rendered(rendered, staging);
        pages += rendered.length;
        options.onPhase?.("render", "progress", `${pages} pages`);
      };
      for (let batch of renderBatches(plan, RENDER_BATCH_PAGES, pageCache !== null)) {
        // A write of an earlier batch failed (a full disk): stop here, with that error.
        if (writer.failed) await writer.done();
        if (pageCache) {
          const reuse = pageCache.reuse(sharedContext, batch, REUSABLE_TEMPLATES, staging);
          batch = reuse.pages;
          pages += reuse.reused;
          reusedPages += reuse.reused;
        }
        for (const [name, entries] of Object.entries(batch) as [TemplateName, unknown[]][]) {
          if (!entries.length) continue;
          (pending[name] ??= []).push(...entries);
          pendingCount += entries.length;
        }
        if (pendingCount >= RENDER_BATCH_PAGES) await renderPending();
      }
      // The rest; and one run however few pages there are, as before (a site of no reports).
      if (pendingCount > 0 || runs === 0) await renderPending();
      await writer.done();
    }
    await bundlesLinked;
    // Every page is written: the live site's files linked for pages this build does not have go.
    options.folder.dropPrelinked();
    await writeSiteFiles(staging);
    if (options.part) {
      const manifest = partManifest(plan, { ...options.part, code: codeFingerprint(PROJECT_ROOT) });
      await writeFile(join(staging, PART_MANIFEST), JSON.stringify(manifest, null, 1) + "\n");
    }
    const renderSeconds = (performance.now() - renderStart) / 1000;
    options.onPhase?.("render", "done", `${pages} pages`);
    const files = await options.folder.commit({ onSwapped: options.onSwapped });
    await pageCache?.save();
    await bundleCache?.save();
    const reindex =
      deferIndex
        ? async (folder: SiteFolder, stillWanted: () => boolean) => {
            try {
              const started = performance.now();
              // Every file of the site just swapped in, hard-linked, then the bundles made anew.
              await rm(folder.staging, { recursive: true, force: true });
              await linkTree(realpathSync(output), folder.staging);
              for (const bundle of searchBundlesOf(plan)) await rm(join(folder.staging, bundle), { recursive: true, force: true });
              // The bundles whose records did not change are linked back from the live output.
              const bundles = options.cache ? await SearchBundleCache.open(options.cache, output) : null;
              const indexed = await indexForSearch(folder.staging, plan, urlPrefix, bundles);
              // Checked and swapped with no await between: a newer build's pages are never replaced.
              if (!stillWanted()) {
                await folder.discard();
                return null;
              }
              await folder.commit();
              await bundles?.save();
              return { seconds: (performance.now() - started) / 1000, ...indexed };
            } catch (error) {
              await folder.discard();
              throw error;
            }
          }
        : null;
    return { pages, reusedPages, files, diagnostics, seconds: { render: renderSeconds, index: indexSeconds }, searchPages, reindex };
  } catch (error) {
    if (ownPool) await pool?.close();
    pool = null;
    // No cp process may still write into the stage as it is removed.
    await bundlesLinked.catch(() => {});
    await options.folder.discard();
    // Name the folder being written: a write error of Eleventy or Pagefind often has no path.
    throw Object.assign(new Error(`the build failed while writing ${staging}`), { cause: error, path: staging });
  } finally {
    if (ownPool) await pool?.close();
  }
}

/** What every output root has besides its pages: the stylesheet and scripts, and `_headers` (src/site/content-security-policy.ts). */
export async function writeSiteFiles(directory: string): Promise<void> {
  await cp(join(TEMPLATES_DIR, "assets"), join(directory, "assets"), { recursive: true });
  await writeFile(join(directory, "_headers"), HEADERS_FILE);
}

/**
 * Pages per Eleventy run at most. A run holds every page it renders (data and output) until it
 * ends, so a large site is rendered in several runs, each made just before it runs. At 10,000
 * captures a run of 10,000 pages left 604 MB live after a full collection during rendering, runs
 * of 2,500 left 395 MB (node --trace-gc), in about the same time; with the heap allowed to grow
 * by half past the live set (src/cli/draad.mjs) that is the difference between a peak of about
 * 1 GiB and 0.8 GiB.
 */
export const RENDER_BATCH_PAGES = 2_500;

/**
 * The templates whose pages the page cache may copy from the last build (src/cache/page-cache.ts):
 * all of them, since a page's template reads only its entry and the shared site data, which its
 * key covers. Only report and list pages were taken before; home, calendars, indexes, story lines,
 * feeds and sitemaps were made anew every time, about 190 of the 200-odd pages a rebuild rendered
 * after one new capture at 10,000 captures (the 160 story pages the most of them).
 */
export const REUSABLE_TEMPLATES: readonly TemplateName[] = Object.keys(PAGE_TEMPLATES) as TemplateName[];

/**
 * The plan's pages in batches of at most `pagesPerRun`, each for one Eleventy run, in the
 * plan's order; lazy entries (report pages) are made just for their batch. A page's template
 * reads only its entry and the shared site data, so a page does not depend on which batch
 * rendered it. There is always at least one batch.
 */
export function* renderBatches(plan: SitePlan, pagesPerRun = RENDER_BATCH_PAGES, deferEntries = false): Generator<Partial<PageEntries>> {
  let batch: Partial<Record<TemplateName, unknown[]>> = {};
  let size = 0;
  let yielded = false;
  for (const name of Object.keys(plan.pages) as TemplateName[]) {
    const entries = plan.pages[name]!;
    const count = entryCount(entries);
    for (let i = 0; i < count; i++) {
      // With a page cache, a page that can be keyed by its inputs gets its entry only when it is to be rendered.
      if (isLazy(entries)) {
        const source = entries.sources[i];
        const keyInputsOf = entries.keyInputsOf;
        (batch[name] ??= []).push(deferEntries && keyInputsOf ? new DeferredEntry(entries.urlOf(source), () => entries.entryOf(source), () => keyInputsOf(source)) : entries.entryOf(source));
      } else (batch[name] ??= []).push(entries[i]);
      if (++size === pagesPerRun) {
        yield batch as Partial<PageEntries>;
        yielded = true;
        batch = {};
        size = 0;
      }
    }
  }
  if (size > 0 || !yielded) yield batch as Partial<PageEntries>;
}

export async function renderWithEleventy(
  plan: { site: Site; pages: Partial<PageEntries> },
  outputDir: string,
  options: Pick<SiteBuildOptions, "pathPrefix" | "baseUrl"> & { templates?: TemplateSet },
): Promise<RenderedPage[]> {
  // Loaded when the first page is rendered: parse, check and export never pay for Eleventy.
  const { default: Eleventy } = await import("@11ty/eleventy");
  const eleventy = new Eleventy(TEMPLATES_DIR, outputDir, {
    quietMode: true,
    // false: no config file is loaded; the same configuration is applied right here.
    configPath: false,
    config(eleventyConfig: EleventyConfigApi) {
      eleventyConfig.setQuietMode?.(true);
      return configureEleventy(eleventyConfig, plan, { pathPrefix: options.pathPrefix, baseUrl: options.baseUrl, passthroughAssets: false, templates: options.templates });
    },
  });
  // Warnings still go to stderr. Errors are not logged here: toJSON() rejects with them, and the
  // CLI reports them (a template bug with its stack).
  eleventy.logger.overrideLogger({ log() {}, info() {}, warn: (m: unknown) => console.error(m), error() {} });
  // Rendered, not written: the caller writes the pages (src/site/page-writer.ts).
  const results = await eleventy.toJSON();
  return ([results].flat(3) as { outputPath?: unknown; content?: unknown }[]).filter(
    (entry): entry is RenderedPage => typeof entry?.outputPath === "string" && typeof entry.content === "string",
  );
}

/**
 * The search index: Pagefind fed one record per report (headline, dateline and text; section,
 * places and agencies as filters; publication time to sort on) instead of letting it read and
 * parse every written page. Same results, a fraction of the memory: reading 88,000 pages from
 * disk took Pagefind 6.5 GiB. Lead briefs of archived articles are left out (the article holds
 * their words), so search shows each report once.
 */
async function indexForSearch(directory: string, plan: SitePlan, urlPrefix: string, bundleCache: SearchBundleCache | null): Promise<SearchIndexed> {
  const bundles = searchBundlesOf(plan);
  const sizes = searchBundleSizes(plan.reports.length, plan.searchBundleRecords ?? SEARCH_BUNDLE_RECORDS);
  // Made one bundle's worth at a time: all 87,000 records of 100,000 captures held at once were
  // 120 MB of the heap while Pagefind indexed.
  const records = searchRecords(plan, urlPrefix);
  let pagefind: typeof import("pagefind") | null = null;
  let sent = 0;
  let reused = 0;
  try {
    for (const [i, bundle] of bundles.entries()) {
      const ofBundle: SearchRecord[] = [];
      for (let n = 0; n < (sizes[i] ?? 0); n++) {
        const next = records.next();
        if (next.done) break;
        ofBundle.push(next.value);
      }
      sent += ofBundle.length;
      // A bundle of the same records as last time is linked from the last output (#15).
      const key = bundleCache?.keyOf(ofBundle) ?? null;
      if (key !== null && bundleCache!.reuse(bundle, key, directory)) {
        reused++;
        continue;
      }
      // Pagefind is started only when a bundle has to be indexed.
      pagefind ??= await import("pagefind");
      await indexBundle(pagefind, ofBundle, join(directory, bundle));
      if (key !== null) bundleCache!.wrote(bundle, key, directory);
    }
    return { records: sent, bundles: bundles.length, reused };
  } finally {
    await pagefind?.close();
  }
}

async function indexBundle(pagefind: typeof import("pagefind"), records: readonly SearchRecord[], outputPath: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "nl" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  // Records sent ahead, SEARCH_RECORDS_IN_FLIGHT at a time: Pagefind's service reads them in
  // the order sent, and its answers come back while later ones are on the way (one record per
  // round trip took twice as long at 10,000 captures; the bundle's files are the same bytes).
  // Not all at once: every message waits in memory until the service reads it, and a whole
  // bundle of 100,000 captures' reports ran the heap out.
  const inFlight = new Set<Promise<void>>();
  let failure: Error | null = null;
  for (const record of records) {
    const added: Promise<void> = index
      .addCustomRecord(record)
      .then(
        (result) => void (result.errors.length && (failure ??= new Error(`Pagefind: ${result.errors.join("; ")}`))),
        (error: Error) => void (failure ??= error),
      )
      .finally(() => inFlight.delete(added));
    inFlight.add(added);
    if (inFlight.size >= SEARCH_RECORDS_IN_FLIGHT) await Promise.race(inFlight);
    if (failure) throw failure;
  }
  await Promise.all(inFlight);
  if (failure) throw failure;
  const written = await index.writeFiles({ outputPath });
  if (written.errors.length) throw new Error(`Pagefind: ${written.errors.join("; ")}`);
  await index.deleteIndex();
  await Promise.all(PAGEFIND_UI_FILES.map((name) => rm(join(outputPath, name), { force: true })));
}

/** What indexForSearch did: records of the index, its bundles, and those of them linked from the last build. */
export interface SearchIndexed {
  records: number;
  bundles: number;
  reused: number;
}

/** Search records handed to Pagefind before the first answer is awaited (indexForSearch). */
const SEARCH_RECORDS_IN_FLIGHT = 256;

/**
 * Pagefind writes its own search interfaces into every bundle. draad's search page renders the
 * results itself (templates/assets/search.js) with Pagefind's JavaScript API (`pagefind.js`,
 * `pagefind-worker.js`, the WebAssembly and the index files), so these are not shipped.
 */
export const PAGEFIND_UI_FILES = [
  "pagefind-ui.js",
  "pagefind-ui.css",
  "pagefind-component-ui.js",
  "pagefind-component-ui.css",
  "pagefind-modular-ui.js",
  "pagefind-modular-ui.css",
  "pagefind-highlight.js",
] as const;

export interface SearchRecord {
  url: string;
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
  sort: Record<string, string>;
}

/**
 * One search record per report, in the archive's order (newest first), with the site's interface
 * words as filter names. Meta and filter values are HTML-escaped and the display date is kept out
 * of the word index (src/site/search-text.ts says why); templates/assets/search.js decodes them.
 *
 * `datum` is the report's place in the archive's order counted from the end (the oldest report is
 * 1), so that sorting on it descending lists reports exactly as the archive's lists do: newest
 * first, reports of the same minute by id, undated ones last. A time would not do: Pagefind
 * compares numbers as 32-bit floats (epoch seconds collide within two minutes), sorts equal keys
 * in no useful order, and leaves a record without the key out of sorted results altogether.
 */
export function* searchRecords(plan: SitePlan, urlPrefix = ""): Generator<SearchRecord> {
  const reports = plan.reports;
  const names = plan.site.t.search.filters;
  for (const [index, item] of reports.entries()) {
    const dateline = item.dateline?.placeRaw ? `${item.dateline.placeRaw}${item.dateline.agencies.length ? ` (${item.dateline.agencies.join("/")})` : ""} - ` : "";
    const filters: Record<string, string[]> = {};
    if (item.section) filters[names.section.key] = [escapeHtml(item.section)];
    const places = item.places.map((id) => plan.placeName(id));
    if (places.length) filters[names.place.key] = places.map(escapeHtml);
    if (item.agencies.length) filters[names.agency.key] = [...new Set(item.agencies)].map(escapeHtml);
    yield {
      // Site-relative: the search page gives Pagefind the path prefix as its baseUrl.
      url: urlPrefix + item.url,
      content: `${item.headline}\n${dateline}${paragraphsAfterHeadline(item).join("\n")}`,
      language: "nl",
      // `aanhef`: the words of headline and dateline, which the result's excerpt starts after.
      meta: { title: escapeHtml(item.headline), datum: outOfIndex(publicationDated(item.publishedFrom, item.publishedTo)), aanhef: outOfIndex(String(wordCount(`${item.headline}\n${dateline}`))) },
      filters,
      sort: { datum: String(reports.length - index) },
    };
  }
}

/** Words as Pagefind splits a record's content (templates/assets/search.js, WORD_SEPARATORS). */
function wordCount(text: string): number {
  return text.split(/[^\S\uFEFF]+/).filter(Boolean).length;
}

/** The search bundles the plan's search page loads (site-relative folders). */
function searchBundlesOf(plan: SitePlan): string[] {
  return entriesOf(plan.pages, "search")[0]?.bundles ?? [];
}

