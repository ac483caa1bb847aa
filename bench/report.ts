/**
 * Result types of the benchmark harness (bench/run.ts), the goals of issue #5, and the Markdown
 * of bench/RESULTS.md rendered from them. Pure: no I/O here, so it is unit-testable.
 */
import type { ServeLatency } from "./serve-latency.js";
import type { BaselineResult } from "./baselines.js";
import { allGoals, isNoisy, formatBytes, formatInt, formatKB, formatSeconds, goalState, type GoalState, type TreeComparison } from "./measure.js";
import type { ParseCorpusResult } from "./parse-corpus.js";
import type { SearchDownload } from "./search-download.js";

// ---------------------------------------------------------------------------------------------
// Types

export interface Machine {
  cpu: string;
  nproc: number;
  ramBytes: number;
  os: string;
  node: string;
  hugo: string | null;
  eleventy: string | null;
  pagefind: string | null;
  chromium: string | null;
  gnuTime: boolean;
  /** sha256 of src/ and templates/ (paths and bytes), to tell which code was measured. */
  sourceFingerprint: string;
  /** Which code ran: a snapshot taken at the start, or the working tree. */
  measuredCode?: string;
}

export interface DraadRun {
  ok: boolean;
  error?: string;
  wallSeconds: number;
  /** draad's own `total` (without Node start-up and module loading). */
  selfSeconds: number | null;
  phases: Record<string, number>;
  pages: number | null;
  files: number | null;
  peakRssBytes: number | null;
  treePeakRssBytes: number | null;
  cpuSeconds: number | null;
  /** CPU seconds used by other processes during the run (noise); see measure.ts. */
  otherCpuSeconds?: number | null;
  outputBytes: number | null;
  pagefindBytes: number | null;
  pagefindFiles: number | null;
}

export interface DraadMedian {
  wallSeconds: number | null;
  selfSeconds: number | null;
  phases: Record<string, number>;
  pages: number | null;
  msPerPage: number | null;
  peakRssBytes: number | null;
  treePeakRssBytes: number | null;
  cpuSeconds: number | null;
  outputBytes: number | null;
  pagefindBytes: number | null;
  pagefindFiles: number | null;
}

export interface DraadSeries {
  search: boolean;
  command: string;
  runs: DraadRun[];
  median: DraadMedian | null;
  error?: string;
  skipped?: string;
}

export interface RebuildResult {
  search: boolean;
  addedCapture: string;
  /** Whether captures 1..N of the N+1 stream are the corpus files (the generator is a prefix stream). */
  prefixConsistent: boolean;
  warm: DraadRun | null;
  rebuild: DraadRun | null;
  clean: DraadRun | null;
  /** rebuild wall time / clean N+1 build wall time, in percent. */
  percent: number | null;
  /** The same with draad's own totals. */
  percentSelf: number | null;
  /** The same with CPU time (user + sys), less sensitive to other load on the machine. */
  percentCpu?: number | null;
  comparison: (Omit<TreeComparison, "differing" | "onlyInA" | "onlyInB"> & { differing: number; onlyInRebuild: number; onlyInClean: number; sample: string[] }) | null;
  error?: string;
  skipped?: string;
}

export interface SizeResult {
  captures: number;
  seed: number;
  runs: number;
  date: string;
  command: string;
  machine: Machine;
  corpus: { dir: string; files: number; bytes: number; reused: boolean; generateSeconds: number | null; error?: string };
  parse: (ParseCorpusResult & { wallSeconds: number; peakRssBytes: number | null; otherCpuSeconds?: number | null }) | { error: string } | { skipped: string };
  build: DraadSeries;
  searchBuild: DraadSeries;
  searchDownload: SearchDownload | { error: string } | { skipped: string };
  /**
   * The same for a query no report has (NO_HITS_QUERY): the search page reads as many bundles as
   * it reads by itself (two, newest first) before it says so, so this is the most one query
   * downloads until the reader asks to search older reports. Absent in runs made before.
   */
  searchDownloadNoHits?: SearchDownload | { error: string } | { skipped: string };
  /** Rebuild with the search index (the default build). */
  rebuild: RebuildResult;
  /** The same rebuild without the search index (absent in results from before it was measured). */
  rebuildNoSearch?: RebuildResult;
  /** draad serve: a new capture until it is in the browser (absent in results from before it was measured). */
  serve?: ServeLatency;
  baselines: { hugo: BaselineResult | null; eleventy: BaselineResult | null };
  ratios: { hugo: number | null; eleventy: number | null };
  seconds: number;
  /** Set when src/ or templates/ changed while this size was measured (fingerprint at its end). */
  sourceChangedTo?: string;
}

export interface ResultsFile {
  version: 1;
  sizes: SizeResult[];
}

// ---------------------------------------------------------------------------------------------
// Accessors

export const parseOk = (p: SizeResult["parse"]): ParseCorpusResult | null => ("medianMBps" in p ? p : null);
export const downloadOk = (d: SizeResult["searchDownload"]): SearchDownload | null => ("totalBytes" in d ? d : null);
const errorOf = (x: object): string | null => ("error" in x && typeof x.error === "string" ? x.error : "skipped" in x && typeof x.skipped === "string" ? `skipped: ${x.skipped}` : null);

/** Peak RSS for goals: the larger of the largest single process and the sampled tree sum. */
export function peakOf(m: { peakRssBytes: number | null; treePeakRssBytes: number | null } | null | undefined): number | null {
  if (!m) return null;
  const values = [m.peakRssBytes, m.treePeakRssBytes].filter((v): v is number => v != null && Number.isFinite(v));
  return values.length ? Math.max(...values) : null;
}

/** draad's CPU time (build without search) over a baseline's, from the medians: less sensitive to a busy machine than wall time. */
export function cpuRatio(s: SizeResult, tool: "hugo" | "eleventy"): number | null {
  const draad = s.build.median?.cpuSeconds ?? null;
  const base = s.baselines[tool]?.median?.cpuSeconds ?? null;
  return draad !== null && base ? draad / base : null;
}

// ---------------------------------------------------------------------------------------------
// Goals

export interface Goal {
  goal: string;
  target: string;
  measured: string;
  state: GoalState;
}

export const GIB = 1024 ** 3;

export function evaluateGoals(sizes: readonly SizeResult[]): Goal[] {
  const at = (n: number) => sizes.find((s) => s.captures === n) ?? null;
  const largest = (pred: (s: SizeResult) => boolean) => [...sizes].filter(pred).sort((a, b) => b.captures - a.captures)[0] ?? null;
  const goals: Goal[] = [];

  const s10 = at(10_000);
  const ratio = s10?.ratios.hugo ?? null;
  const hugoReason = s10?.baselines.hugo?.skipped ?? s10?.baselines.hugo?.error ?? null;
  const ratioText = s10
    ? ratio !== null
      ? `${ratio.toFixed(2)} (draad ${formatSeconds(s10.build.median?.wallSeconds)} vs Hugo ${formatSeconds(s10.baselines.hugo?.median?.wallSeconds)}, ${formatInt(s10.build.median?.pages)} pages; CPU-time ratio ${cpuRatio(s10, "hugo")?.toFixed(2) ?? "–"})`
      : `no ratio${hugoReason ? ` (${hugoReason})` : ""}`
    : "10,000 not run";
  goals.push({
    goal: "10,000 captures: build without search within 1.5 times Hugo's time on the same page count (#13)",
    target: "draad / Hugo ≤ 1.5",
    measured: ratioText,
    state: goalState(ratio, 1.5, "<="),
  });
  goals.push({
    goal: "10,000 captures: build without search at least as fast as Hugo on the same page count (the aim beyond #13)",
    target: "draad / Hugo ≤ 1.0",
    measured: ratioText,
    state: goalState(ratio, 1.0, "<="),
  });
  const rss10 = peakOf(s10?.build.median);
  goals.push({
    goal: "10,000 captures: peak memory of the build without search",
    target: "≤ 1 GiB",
    measured: s10 ? (rss10 !== null ? `${formatBytes(rss10)} (largest process ${formatBytes(s10.build.median?.peakRssBytes)}, process tree ${formatBytes(s10.build.median?.treePeakRssBytes)})` : errorOf(s10.build) ?? "–") : "10,000 not run",
    state: goalState(rss10, GIB, "<="),
  });

  const s100 = at(100_000);
  const sb = s100?.searchBuild.median ?? null;
  const rss100 = peakOf(sb);
  const wall100 = sb?.wallSeconds ?? null;
  goals.push({
    goal: "100,000 captures: build with search completes",
    target: "≤ 4 GiB and ≤ 10 min",
    measured: s100
      ? sb
        ? `${formatBytes(rss100)}, ${formatSeconds(wall100)} (peak RSS: largest single process ${formatBytes(sb.peakRssBytes)}, whole process tree ${formatBytes(sb.treePeakRssBytes)}; ${formatInt(sb.pages)} pages)`
        : `failed: ${errorOf(s100.searchBuild) ?? "no successful run"}`
      : "100,000 not run (npm run bench -- --sizes 100000 --runs 1 --write)",
    state: s100 && !sb ? "not met" : allGoals([goalState(rss100, 4 * GIB, "<="), goalState(wall100, 600, "<=")]),
  });

  const p = largest((s) => parseOk(s.parse) !== null);
  const pr = p ? parseOk(p.parse) : null;
  const allParse = sizes.filter((s) => parseOk(s.parse)).map((s) => `${formatInt(s.captures)}: ${parseOk(s.parse)!.medianMBps.toFixed(1)}`);
  goals.push({
    goal: "parse throughput on one core",
    target: "≥ 50 MB/s",
    measured: pr ? `${pr.medianMBps.toFixed(1)} MB/s (${formatInt(p!.captures)}-capture corpus${allParse.length > 1 ? `; ${allParse.join(", ")}` : ""})` : "not measured",
    state: goalState(pr?.medianMBps, 50, ">="),
  });

  const r = at(10_000)?.rebuild.percent != null ? at(10_000) : largest((s) => s.rebuild.percent != null);
  const rb = r?.rebuild ?? null;
  const rbn = r?.rebuildNoSearch ?? null;
  const share = (x: RebuildResult | null) => (x && x.percent != null ? `${x.percent.toFixed(0)}% (${formatSeconds(x.rebuild?.wallSeconds)} vs ${formatSeconds(x.clean?.wallSeconds)})` : "not measured");
  goals.push({
    goal: `rebuild after one added capture${r ? ` (${formatInt(r.captures)} captures)` : ""}: share of a full build, with the search index`,
    target: "≤ 15%",
    measured: share(rb),
    state: goalState(rb?.percent, 15, "<="),
  });
  goals.push({
    goal: `the same rebuild without the search index (--no-search)`,
    target: "≤ 15%",
    measured: share(rbn),
    state: goalState(rbn?.percent, 15, "<="),
  });
  const sv = at(10_000)?.serve?.medianSeconds != null ? at(10_000) : largest((s) => s.serve?.medianSeconds != null);
  const serve = sv?.serve ?? null;
  goals.push({
    goal: `draad serve: a new capture in the browser${sv ? ` (${formatInt(sv.captures)} captures)` : ""}`,
    target: "≤ 2 s",
    measured:
      serve && serve.medianSeconds != null
        ? `${serve.medianSeconds.toFixed(2)} s, median of ${serve.rounds.length} rounds (${serve.rounds.map((r) => r.seconds.toFixed(2)).join(", ")} s; search index made after the pages); server, first round: ${serve.rounds[0]?.serverLine ?? "?"}`
        : serve?.error
          ? `failed: ${serve.error}`
          : "not measured",
    // Judged at 10,000 captures, as the issue states it; a smaller size only shows the figure.
    state: sv && sv.captures >= 10_000 ? goalState(serve?.medianSeconds, 2, "<=") : "not measured",
  });
  const compared = [rb, rbn].filter((x): x is RebuildResult => x?.comparison != null);
  const identical = compared.length ? compared.every((x) => x.comparison!.identical) : null;
  goals.push({
    goal: "rebuild after one added capture: output identical to a clean build",
    target: "byte-identical",
    measured: compared.length
      ? compared
          .map((x) => {
            const c = x.comparison!;
            const what = x.search ? "with search" : "without search";
            return c.identical ? `yes, ${what} (${formatInt(c.filesA)} files)` : `no, ${what}: ${formatInt(c.differing)} differing, ${c.onlyInRebuild} only in rebuild, ${c.onlyInClean} only in clean build`;
          })
          .join("; ")
      : "not measured",
    state: identical === null ? "not measured" : identical ? "met" : "not met",
  });

  const d = largest((s) => downloadOk(s.searchDownload) !== null);
  const dl = d ? downloadOk(d.searchDownload) : null;
  const all = sizes.filter((s) => downloadOk(s.searchDownload)).map((s) => `${formatInt(s.captures)}: ${formatKB(downloadOk(s.searchDownload)!.gzipBytes)}`);
  goals.push({
    goal: `one cold search query at 100,000 captures, bytes transferred gzipped as a static host serves it${d ? ` (largest measured: ${formatInt(d.captures)} captures, "${dl!.query}")` : ""}`,
    target: "≤ 300 kB",
    measured: dl
      ? `${formatKB(dl.gzipBytes)} gzipped, ${formatKB(dl.totalBytes)} as stored${dl.method === "estimate" ? " (file-based estimate)" : ""}${all.length > 1 ? `; gzipped at ${all.join(", ")}` : ""}${noHitsText(d!)}`
      : "not measured",
    // The goal is stated for 100,000 captures (issue #14): a smaller archive only shows the trend.
    state: d && d.captures >= 100_000 ? goalState(dl?.gzipBytes, 300_000, "<=") : "not measured",
  });
  return goals;
}

// ---------------------------------------------------------------------------------------------
// Markdown

const esc = (s: string) => s.replace(/\|/g, "\\|").replace(/\n/g, " ");
function table(header: string[], rows: (string | number)[][], align?: ("l" | "r")[]): string {
  const a = align ?? header.map((_, i) => (i === 0 ? "l" : "r"));
  return [
    `| ${header.map(esc).join(" | ")} |`,
    `| ${a.map((x) => (x === "r" ? "---:" : ":---")).join(" | ")} |`,
    ...rows.map((r) => `| ${r.map((c) => esc(String(c))).join(" | ")} |`),
  ].join("\n");
}
const mb = (bytes: number | null | undefined) => (bytes == null ? "–" : `${(bytes / 1e6).toFixed(1)} MB`);
const pct = (x: number | null | undefined) => (x == null ? "–" : `${x.toFixed(0)}%`);
const ratio = (x: number | null | undefined) => (x == null ? "–" : x.toFixed(2));
const secs = (x: number | null | undefined) => (x == null ? "–" : x.toFixed(2));

export function summaryRows(sizes: readonly SizeResult[]): { header: string[]; rows: string[][] } {
  const header = [
    "captures",
    "pages",
    "parse MB/s",
    "build, no search",
    "ms/page",
    "peak RSS",
    "output",
    "build + search",
    "index",
    "pagefind",
    "peak RSS (search)",
    "search download (gzip)",
    "rebuild +1 (search / no search)",
    "identical",
    "Hugo",
    "Eleventy",
    "draad/Hugo",
    "draad/Eleventy",
    "CPU ratio Hugo / Eleventy",
    "noisy runs",
  ];
  const rows = sizes.map((s) => {
    const b = s.build.median;
    const sb = s.searchBuild.median;
    const dl = downloadOk(s.searchDownload);
    return [
      formatInt(s.captures),
      formatInt(b?.pages ?? sb?.pages),
      parseOk(s.parse)?.medianMBps.toFixed(1) ?? ("skipped" in s.parse ? "skipped" : "failed"),
      b ? formatSeconds(b.wallSeconds) : s.build.skipped ? "skipped" : "failed",
      b?.msPerPage != null ? b.msPerPage.toFixed(2) : "–",
      formatBytes(peakOf(b)),
      formatBytes(b?.outputBytes),
      sb ? formatSeconds(sb.wallSeconds) : s.searchBuild.skipped ? "skipped" : "failed",
      formatSeconds(sb?.phases.index),
      formatBytes(sb?.pagefindBytes),
      formatBytes(peakOf(sb)),
      dl ? `${formatKB(dl.gzipBytes)}${dl.method === "estimate" ? " (est.)" : ""}` : "–",
      `${pct(s.rebuild.percent)}${s.rebuildNoSearch?.percent != null ? ` / ${pct(s.rebuildNoSearch.percent)}` : ""}`,
      s.rebuild.comparison ? (s.rebuild.comparison.identical ? "yes" : `no (${formatInt(s.rebuild.comparison.differing + s.rebuild.comparison.onlyInClean + s.rebuild.comparison.onlyInRebuild)} files)`) : "–",
      formatSeconds(s.baselines.hugo?.median?.wallSeconds) + (s.baselines.hugo?.skipped ? " (skipped)" : s.baselines.hugo?.error ? " (failed)" : ""),
      formatSeconds(s.baselines.eleventy?.median?.wallSeconds) + (s.baselines.eleventy?.skipped ? " (skipped)" : s.baselines.eleventy?.error ? " (failed)" : ""),
      ratio(s.ratios.hugo),
      ratio(s.ratios.eleventy),
      `${ratio(cpuRatio(s, "hugo"))} / ${ratio(cpuRatio(s, "eleventy"))}`,
      (() => {
        const n = noisyCount(s);
        return n.noisy ? `${n.noisy} of ${n.total} ⚠` : `0 of ${n.total}`;
      })(),
    ];
  });
  return { header, rows };
}

/** Measured processes of a size, and how many of them ran on a busy machine. */
export function noisyCount(s: SizeResult): { noisy: number; total: number } {
  const runs: { wallSeconds: number; otherCpuSeconds?: number | null }[] = [
    ...s.build.runs,
    ...s.searchBuild.runs,
    ...[s.rebuild.warm, s.rebuild.rebuild, s.rebuild.clean].filter((r): r is DraadRun => r !== null),
    ...(s.baselines.hugo?.runs ?? []),
    ...(s.baselines.eleventy?.runs ?? []),
  ];
  return { noisy: runs.filter(isNoisy).length, total: runs.length };
}

function phaseNames(runs: readonly DraadRun[]): string[] {
  const names: string[] = [];
  for (const r of runs) for (const p of Object.keys(r.phases)) if (!names.includes(p)) names.push(p);
  return names;
}

function seriesSection(title: string, series: DraadSeries): string {
  const out: string[] = [`#### ${title}`, "", ...(series.command ? [`\`${series.command}\``, ""] : [])];
  if (series.skipped) return [...out, `Skipped: ${series.skipped}`, ""].join("\n");
  const phases = phaseNames(series.runs);
  const header = ["run", "wall", "draad total", ...phases, "pages", "ms/page", "peak RSS (largest process)", "peak RSS (tree, sampled)", "CPU user+sys", "other CPU", "output", ...(series.search ? ["pagefind"] : [])];
  const rows: string[][] = series.runs.map((r, i) => [
    String(i + 1),
    r.ok ? secs(r.wallSeconds) : `failed: ${r.error ?? ""}`,
    secs(r.selfSeconds),
    ...phases.map((p) => secs(r.phases[p])),
    formatInt(r.pages),
    r.pages ? (r.wallSeconds * 1000 / r.pages).toFixed(2) : "–",
    formatBytes(r.peakRssBytes),
    formatBytes(r.treePeakRssBytes),
    secs(r.cpuSeconds),
    `${secs(r.otherCpuSeconds)}${isNoisy(r) ? " ⚠" : ""}`,
    formatBytes(r.outputBytes),
    ...(series.search ? [`${formatBytes(r.pagefindBytes)} (${formatInt(r.pagefindFiles)} files)`] : []),
  ]);
  const m = series.median;
  if (m) {
    rows.push([
      "**median**",
      `**${secs(m.wallSeconds)}**`,
      secs(m.selfSeconds),
      ...phases.map((p) => secs(m.phases[p])),
      formatInt(m.pages),
      m.msPerPage != null ? m.msPerPage.toFixed(2) : "–",
      formatBytes(m.peakRssBytes),
      formatBytes(m.treePeakRssBytes),
      secs(m.cpuSeconds),
      "",
      formatBytes(m.outputBytes),
      ...(series.search ? [`${formatBytes(m.pagefindBytes)} (${formatInt(m.pagefindFiles)} files)`] : []),
    ]);
  }
  out.push(series.error ? `Times in seconds. **Error:** ${series.error}` : "Times in seconds.", "", table(header, rows), "");
  return out.join("\n");
}

function sizeSection(s: SizeResult, current: boolean): string {
  const out: string[] = [`### ${formatInt(s.captures)} captures`, ""];
  out.push(
    `Measured ${s.date}${current ? "" : " (an earlier run than the header's)"} with \`${s.command}\`; ${s.runs} run(s) per build; seed ${s.seed}; source fingerprint \`${s.machine.sourceFingerprint}\`; this size took ${formatSeconds(s.seconds)}.${s.sourceChangedTo ? ` **Warning:** src/ or templates/ changed while it was measured (fingerprint \`${s.sourceChangedTo}\` at the end), so its runs may mix two versions of the code.` : ""}`,
    "",
    s.corpus.error
      ? `Corpus: **failed**: ${s.corpus.error}`
      : `Corpus: \`${s.corpus.dir}\`, ${formatInt(s.corpus.files)} files, ${mb(s.corpus.bytes)} (${(s.corpus.bytes / Math.max(1, s.corpus.files) / 1024).toFixed(2)} KiB mean), ${s.corpus.reused ? "reused" : `generated in ${formatSeconds(s.corpus.generateSeconds)}`}.`,
    "",
  );

  out.push("#### Parse throughput (one core)", "");
  const p = parseOk(s.parse);
  if (p) {
    const pp = s.parse as ParseCorpusResult & { wallSeconds: number; peakRssBytes: number | null; otherCpuSeconds?: number | null };
    out.push(
      `**${p.medianMBps.toFixed(1)} MB/s** median of ${p.rounds.length} rounds (${p.rounds.map((r) => r.toFixed(1)).join(", ")}), each round ${p.passes} pass(es) over ${formatInt(p.files)} files = ${mb(p.bytes * p.passes)}, after a warm-up, ${p.code === "dist" ? "with the compiled JavaScript in dist/ that the draad command runs" : "with the sources through tsx"}; child process ${formatSeconds(pp.wallSeconds)}, peak RSS ${formatBytes(pp.peakRssBytes)}, other CPU during it ${secs(pp.otherCpuSeconds)} s${isNoisy(pp) ? " ⚠ (a busy machine)" : ""}.`,
      "",
    );
  } else out.push(`Not measured: ${errorOf(s.parse)}`, "");

  out.push(seriesSection("Build without search", s.build));
  out.push(seriesSection("Build with search", s.searchBuild));

  out.push("#### Search download", "");
  const dl = downloadOk(s.searchDownload);
  if (dl) {
    out.push(
      `**${formatKB(dl.gzipBytes)}** gzipped as a static host serves it (${formatKB(dl.totalBytes)} as stored; Pagefind's own files are already compressed) in ${dl.requests} responses for one cold query "${dl.query}". ${dl.resultsReported != null ? `Pagefind found ${formatInt(dl.resultsReported)} results and showed ${dl.resultsShown}.` : ""} Method: ${dl.note}.`,
      "",
    );
    const order = ["page", "site assets", "pagefind ui", "pagefind runtime", "meta", "index", "filter", "fragment", "other"] as const;
    out.push(
      table(
        ["part", "responses", "bytes", "kB", "kB gzipped"],
        order.filter((c) => dl.byCategory[c]).map((c) => {
          const part = dl.byCategory[c]!;
          return [c, String(part.requests), formatInt(part.bytes), formatKB(part.bytes), part.gzipBytes == null ? "–" : formatKB(part.gzipBytes)];
        }),
      ),
      "",
      "<details><summary>Every response</summary>",
      "",
      table(["path", "status", "bytes", "gzip"], dl.entries.map((e) => [`\`${e.path}\``, String(e.status), formatInt(e.bytes), formatInt(e.gzipBytes)])),
      "",
      "</details>",
      "",
    );
  } else out.push(`Not measured: ${errorOf(s.searchDownload)}`, "");
  const none = s.searchDownloadNoHits ? downloadOk(s.searchDownloadNoHits) : null;
  if (none) {
    const bundles = none.entries.filter((e) => e.category === "meta").length;
    out.push(
      `A query that no report matches ("${none.query}") reads the bundles the search page reads by itself before it says so (at most two, newest first; older ones when the reader asks): **${formatKB(none.gzipBytes)}** gzipped (${formatKB(none.totalBytes)} as stored) in ${none.requests} responses, ${bundles} bundle meta file(s). A common word is answered from the newest bundle alone (templates/assets/search.js reads an older one only when it needs more results).`,
      "",
    );
  }

  rebuildSection(out, s, s.rebuild);
  if (s.rebuildNoSearch) rebuildSection(out, s, s.rebuildNoSearch);

  out.push("#### Baselines on the same page count", "");
  const rows: string[][] = [];
  for (const b of [s.baselines.hugo, s.baselines.eleventy]) {
    if (!b) continue;
    if (b.skipped) {
      rows.push([b.tool, b.version ?? "–", formatInt(b.pages), "skipped", b.skipped, "", "", "", "", ""]);
      continue;
    }
    b.runs.forEach((r, i) => rows.push([b.tool, b.version ?? "–", formatInt(b.pages), String(i + 1), r.ok ? secs(r.wallSeconds) : `failed: ${r.error}`, formatBytes(peakOf(r)), secs(r.cpuSeconds), `${secs(r.otherCpuSeconds)}${isNoisy(r) ? " ⚠" : ""}`, formatInt(r.htmlFiles), formatBytes(r.outputBytes)]));
    if (b.median) rows.push([b.tool, "", "", "**median**", `**${secs(b.median.wallSeconds)}**`, formatBytes(peakOf(b.median)), secs(b.median.cpuSeconds), "", "", ""]);
  }
  if (rows.length) {
    out.push(table(["tool", "version", "pages", "run", "wall (s)", "peak RSS", "CPU user+sys", "other CPU", "HTML files", "output"], rows), "");
    const commands = [s.baselines.hugo, s.baselines.eleventy].filter((b): b is BaselineResult => Boolean(b && !b.skipped)).map((b) => `\`${b.command}\``);
    if (commands.length) out.push(`Commands: ${commands.join(", ")}.`, "");
    out.push(
      `draad (build without search, wall) / Hugo: **${ratio(s.ratios.hugo)}**; draad / Eleventy: **${ratio(s.ratios.eleventy)}**. In CPU time (user + sys, all threads): draad / Hugo ${ratio(cpuRatio(s, "hugo"))}, draad / Eleventy ${ratio(cpuRatio(s, "eleventy"))}.`,
      "",
    );
  } else out.push("Not run.", "");
  return out.join("\n");
}

/**
 * Sizes measured on different days may have run on a faster or slower machine (a shared VM's
 * speed varies): the parse throughput of the same parser tells by how much. Warn when it differs.
 */
function speedWarning(sizes: SizeResult[]): string[] {
  const speeds = sizes
    .map((s) => ({ s, mbps: parseOk(s.parse)?.medianMBps ?? null }))
    .filter((x): x is { s: SizeResult; mbps: number } => x.mbps !== null);
  if (speeds.length < 2) return [];
  const low = Math.min(...speeds.map((x) => x.mbps));
  const high = Math.max(...speeds.map((x) => x.mbps));
  if (high / low < 1.3) return [];
  return [
    "",
    `**Compare ratios, not seconds, across sizes:** the machine ran at different speeds on the days these sizes were measured. The same parser ran at ${speeds.map((x) => `${x.mbps.toFixed(1)} MB/s (${formatInt(x.s.captures)}, ${x.s.date.slice(0, 10)})`).join(", ")}, so times of one size are up to ${(high / low).toFixed(1)}x those another would have had on the same day. Ratios within one size (draad/Hugo, rebuild/clean) were measured side by side and hold.`,
  ];
}

export function renderMarkdown(results: ResultsFile, latest: { date: string; command: string; machine: Machine }): string {
  const sizes = [...results.sizes].sort((a, b) => a.captures - b.captures);
  const m = latest.machine;
  const { header, rows } = summaryRows(sizes);
  const goals = evaluateGoals(sizes);
  const older = sizes.filter((s) => s.date !== latest.date);
  const parts: string[] = [
    "# draad benchmarks",
    "",
    `Written by \`npm run bench\` (bench/run.ts); do not edit by hand. Latest run ${latest.date}: \`${latest.command}\`.` +
      (older.length ? ` Sizes ${older.map((s) => formatInt(s.captures)).join(", ")} come from earlier runs (dates in their sections); the figures of every size are kept in bench/results.json and replaced when that size is measured again with \`--write\`.` : ""),
    ...speedWarning(sizes),
    "",
    "Run it again:",
    "",
    "```sh",
    "npm run bench                                    # 1,000 and 10,000 captures, 3 runs each, writes this file",
    "npm run bench -- --sizes 100000 --runs 1 --write # 100,000 captures (several minutes), merged into this file",
    "npm run bench -- --sizes 1000 --no-baselines     # quick look, prints only",
    "```",
    "",
    "## Machine",
    "",
    table(
      ["", ""],
      [
        ["CPU", `${m.cpu}, nproc ${m.nproc}`],
        ["RAM", formatBytes(m.ramBytes)],
        ["OS", m.os],
        ["Node", m.node],
        ["Hugo", m.hugo ?? "not installed"],
        ["Eleventy", m.eleventy ?? "not installed"],
        ["Pagefind", m.pagefind ?? "not installed"],
        ["Chromium", m.chromium ?? "not found (search download is a file-based estimate)"],
        ["peak RSS from", m.gnuTime ? "GNU time -v (largest process) and /proc sampling (tree sum)" : "/proc sampling only"],
        ["draad source", `fingerprint \`${m.sourceFingerprint}\` (sha256 of src/ and templates/); measured: ${m.measuredCode ?? "the working tree"}`],
      ],
      ["l", "l"],
    ),
    "",
    "## Summary (medians)",
    "",
    table(header, rows),
    "",
    "Wall times are whole processes (Node start-up included), median of the runs. *ms/page* = wall time of the build without search / pages written. *Peak RSS* is the larger of GNU time's maximum resident set size (the largest single process: Node, or Pagefind's binary) and the sampled sum over the process tree. *Search download* is every byte a fresh Chromium fetched for one cold `/zoeken/?q=…` until the first results had rendered (page, CSS, scripts, Pagefind runtime and WebAssembly, entry and meta, index chunks, filter chunks if any, the fragments of the results shown), gzipped as a static host serves text (Pagefind's own files are already compressed and count as they are). *Rebuild +1* is the rebuild after adding one capture, as a share of a clean build of the same input. Ratios are draad's build without search over the baseline's wall time on the same number of pages; *CPU ratio* is the same in CPU time (user + sys over all threads), which a busy machine disturbs less. The detail tables also give *other CPU*: CPU seconds the machine spent on anything but the measured process tree during a run (from /proc/stat; the harness itself included), so a noisy run can be told apart; ⚠ marks runs where that was more than a tenth of a core on average (the harness waits for a quiet machine before each run, up to `--quiet-wait` seconds, but cannot stop others from starting during one). Medians leave ⚠ runs out when at least one run of the same measurement was quiet; every run stays in the tables.",
    "",
    "## Goals (issues #5, #13, #14, #15)",
    "",
    table(["goal", "target", "measured", "state"], goals.map((g) => [g.goal, g.target, g.measured, g.state === "met" ? "**met**" : g.state === "not met" ? "**not met**" : g.state]), ["l", "l", "l", "l"]),
    "",
    "## Details",
    "",
    ...sizes.map((s) => sizeSection(s, s.date === latest.date)),
    "## Method",
    "",
    "- Corpus: `bench/generate-corpus.ts` (deterministic for a seed), written once to `.cache/bench/corpus-N` and reused while it has N files and its first capture matches the generator.",
    "- Code: unless `--no-snapshot`, src/, templates/ and content/ are copied at the start of the run and every draad process runs from that copy (node_modules linked), so a run measures one version of the code even while src/ is being edited; the fingerprint names it.",
    "- Before each measured process the harness waits (up to `--quiet-wait` seconds, default 300) until other processes use less than 0.2 cores; *other CPU* shows what ran beside it anyway.",
    "- Peak memory: GNU `time -v` gives the largest single process of the tree (Node, or Pagefind's `pagefind_extended` binary, which runs beside Node while indexing); a 250 ms /proc poller gives the summed RSS of the whole tree. The goals use the larger of the two.",
    "- Every measurement is its own child process (so memory is per run): parse throughput (`bench/parse-corpus.ts`: the wire parser over the corpus files held in memory, one core, median of rounds after a warm-up), `node src/cli/draad.mjs build --input CORPUS --output DIR [--no-search]` into an emptied folder, Hugo and Eleventy.",
    "- Phase times (parse, merge, render, index) and page counts are read from draad's own summary line; *draad total* is draad's own figure, *wall* includes Node start-up and loading the TypeScript through tsx.",
    "- Baselines get exactly as many pages as draad wrote: plain Markdown with front matter `title` and `date` and about 2 KB of text each, cut from the same generated captures, with minimal layouts (Hugo: `baseof`/`single`/`list`; Eleventy: one Nunjucks layout and an index). Hugo runs `hugo --quiet --minify=false -d out`, Eleventy `node node_modules/@11ty/eleventy/cmd.cjs --quiet --input=src --output=out`, both from a clean output folder. Their sites are kept in `.cache/bench/hugo-P` and `.cache/bench/eleventy-P`.",
    "- Rebuild: the corpus is hard-linked into a scratch input, built, one capture added (capture N+1 of the same seeded stream), built again into the same output; a clean build of the same input into a fresh folder is the reference for both time and bytes.",
    "- No test asserts on any of these timings.",
    "",
  ];
  return parts.join("\n");
}

function rebuildSection(out: string[], s: SizeResult, rb: RebuildResult): void {
  out.push(`#### Rebuild after adding one capture, ${rb.search ? "with" : "without"} the search index`, "");
  if (rb.skipped) out.push(`Skipped: ${rb.skipped}`, "");
  else {
    if (rb.error) out.push(`**Error:** ${rb.error}`, "");
    out.push(
      `A copy of the corpus was built once${rb.search ? " with search" : " without search"} (warm-up), capture ${formatInt(s.captures + 1)} of the same generator stream (\`${rb.addedCapture}\`) was added${rb.prefixConsistent ? "" : " (**warning:** the first N captures of the N+1 stream do not match the corpus files)"}, and the site was built again into the same output folder with the cache the warm-up filled (\`--cache\`); then the same N+1 input was built clean (\`--no-cache\`) into another folder and the two outputs compared byte for byte.`,
      "",
      table(
        ["build", "wall", "draad total", "CPU user+sys", "other CPU", "pages", "peak RSS"],
        (
          [
            ["warm-up (N)", rb.warm],
            ["rebuild (N+1, same output)", rb.rebuild],
            ["clean (N+1, new output)", rb.clean],
          ] as const
        ).map(([name, r]) => [name, r ? (r.ok ? secs(r.wallSeconds) : `failed: ${r.error}`) : "–", secs(r?.selfSeconds), secs(r?.cpuSeconds), r ? `${secs(r.otherCpuSeconds)}${isNoisy(r) ? " ⚠" : ""}` : "–", formatInt(r?.pages), formatBytes(peakOf(r))]),
      ),
      "",
      `Rebuild / clean build: **${pct(rb.percent)}** of wall time (${pct(rb.percentSelf)} of draad's own totals, ${pct(rb.percentCpu)} of CPU time).`,
      "",
    );
    const c = rb.comparison;
    if (c) {
      out.push(
        c.identical
          ? `Outputs identical: **yes**, ${formatInt(c.filesA)} files.`
          : `Outputs identical: **no**: ${formatInt(c.differing)} of ${formatInt(Math.min(c.filesA, c.filesB))} common files differ, ${c.onlyInRebuild} only in the rebuild, ${c.onlyInClean} only in the clean build${c.sample.length ? `; e.g. ${c.sample.map((x) => `\`${x}\``).join(", ")}` : ""}.` +
              (c.firstDifference ? ` First difference in \`${c.firstDifference.path}\` at byte ${c.firstDifference.offset}: rebuild \`…${c.firstDifference.a.replace(/`/g, "'")}…\` vs clean \`…${c.firstDifference.b.replace(/`/g, "'")}…\`.` : ""),
        "",
      );
    }
  }
}

/** `; a query no report matches (...): 299 kB` for the goals table, when measured. */
function noHitsText(s: SizeResult): string {
  const none = s.searchDownloadNoHits ? downloadOk(s.searchDownloadNoHits) : null;
  return none ? `; a query no report matches ("${none.query}", as many bundles read as the page reads by itself): ${formatKB(none.gzipBytes)} gzipped` : "";
}
