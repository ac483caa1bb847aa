/**
 * The benchmark harness of issue #5: `npm run bench` (= `tsx bench/run.ts`).
 *
 * For each corpus size N (captures): generate the corpus once (.cache/bench/corpus-N), then, each
 * in its own child process, measure parse throughput, `draad build --no-search` and `draad build`
 * (wall time, phases, pages, peak RSS, output size), what a browser downloads for one search,
 * the rebuild after adding one capture (time and byte-identity against a clean build), and Hugo
 * and plain Eleventy on the same number of pages. Prints as it goes; writes bench/RESULTS.md
 * (and bench/results.json, from which RESULTS.md is rendered) when the default sizes ran or with
 * --write. A failing step or size is reported and the others still run.
 *
 *   npm run bench
 *   npm run bench -- --sizes 100000 --runs 1 --write
 *   npm run bench -- --sizes 1000 --runs 1 --no-baselines --skip rebuild
 */
import { measureServeLatency } from "./serve-latency.js";
import { sourceFingerprint as fingerprintOf } from "../src/cache/fingerprint.js";
import { RACY_MS } from "../src/cache/capture-statuses.js";
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, linkSync, readdirSync, readFileSync, statSync } from "node:fs";
import { cp, mkdir, readFile, rm, symlink, writeFile } from "node:fs/promises";
import os from "node:os";
import { join, relative, resolve } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { baselinePages, corpusTexts, findEleventy, findHugo, runBaseline, setBaselineMedian, writeEleventySite, writeHugoSite, type BaselineResult, type Tool } from "./baselines.js";
import { generateCaptures, writeCorpus } from "./generate-corpus.js";
import {
  compareTrees,
  folderSize,
  formatBytes,
  formatInt,
  formatKB,
  formatSeconds,
  hasGnuTime,
  configureQuietWait,
  killActiveChildren,
  isNoisy,
  median,
  parseDraadSummary,
  summaryOfReport,
  runChild,
  runPlain,
} from "./measure.js";
import type { ParseCorpusResult } from "./parse-corpus.js";
import { evaluateGoals, peakOf, renderMarkdown, summaryRows, type DraadMedian, type DraadRun, type DraadSeries, type Machine, type RebuildResult, type ResultsFile, type SizeResult } from "./report.js";
import { bundleFolders, measureSearchDownload } from "./search-download.js";

/** A query no generated report matches: the most a search downloads before the reader asks for older reports. */
const NO_HITS_QUERY = "xyzzyq";

const PROJECT_ROOT = fileURLToPath(new URL("../", import.meta.url));
const CACHE = join(PROJECT_ROOT, ".cache", "bench");
/**
 * The code that is measured: by default a snapshot of src/, templates/ and content/ taken at the
 * start of the run (so every size and run measures the same code even while src/ is being
 * edited), with node_modules linked in; with --no-snapshot the working tree itself.
 */
const target = { root: PROJECT_ROOT, snapshot: false };
const draadPath = () => join(target.root, "src", "cli", "draad.mjs");
const RESULTS_MD = join(PROJECT_ROOT, "bench", "RESULTS.md");
const RESULTS_JSON = join(PROJECT_ROOT, "bench", "results.json");
export const DEFAULT_SIZES = [1000, 10_000] as const;
/**
 * New captures written into draad serve per size, one after the other (the median is reported):
 * rounds of one run differ by up to 0.6 s at 10,000 captures on the benchmark machine (the
 * first after the start the slowest), so five, not three.
 */
const SERVE_ROUNDS = 5;

export const STEPS = ["parse", "build", "search", "download", "rebuild", "serve", "hugo", "eleventy"] as const;
type Step = (typeof STEPS)[number];

// ---------------------------------------------------------------------------------------------
// Options

export interface Options {
  sizes: number[];
  /** null: 3 for sizes up to 10,000, else 1. */
  runs: number | null;
  seed: number;
  baselines: boolean;
  /** null: write when every default size is in the run. */
  write: boolean | null;
  keep: boolean;
  snapshot: boolean;
  skip: Set<Step>;
  query: string;
  timeoutMinutes: number;
  /** Seconds to wait for a quiet machine before each measured child (0: do not wait). */
  quietWaitSeconds: number;
  /** Only render bench/RESULTS.md again from bench/results.json. */
  reportOnly: boolean;
  help: boolean;
}

export const USAGE = `usage: npm run bench -- [options]

  --sizes 1000,10000     corpus sizes in captures (default 1000,10000; 100000 takes minutes)
  --runs N               builds per measurement, median reported (default 3 up to 10,000, else 1)
  --seed S               corpus seed (default 1)
  --no-baselines         skip Hugo and Eleventy
  --skip a,b             skip steps: ${STEPS.join(", ")}
  --query WORD           search query for the download measurement (default gemeente)
  --write / --no-write   write bench/RESULTS.md and bench/results.json (default: when the
                         default sizes all ran); sizes measured now replace earlier ones
  --keep                 keep built sites under .cache/bench/work-N
  --no-snapshot          measure the working tree itself instead of a copy of src/, templates/
                         and content/ taken at the start (the copy keeps a run consistent while
                         src/ is being edited)
  --report-only          measure nothing; render bench/RESULTS.md again from bench/results.json
  --timeout-min M        kill a child process after M minutes (default 60)
  --quiet-wait S         before each measured process, wait up to S seconds for other processes
                         to use less than 0.2 cores (default 300; 0 = do not wait)
`;

export function parseOptions(argv: readonly string[]): Options {
  const o: Options = { sizes: [...DEFAULT_SIZES], runs: null, seed: 1, baselines: true, write: null, keep: false, snapshot: true, skip: new Set(), query: "gemeente", timeoutMinutes: 60, quietWaitSeconds: 300, reportOnly: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [flag, inline] = arg.includes("=") ? [arg.slice(0, arg.indexOf("=")), arg.slice(arg.indexOf("=") + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === "") throw new Error(`${flag} needs a value`);
      return v;
    };
    const positiveInt = (v: string): number => {
      const n = Number(v.replace(/[_,]/g, ""));
      if (!Number.isInteger(n) || n <= 0) throw new Error(`${flag}: "${v}" is not a positive whole number`);
      return n;
    };
    switch (flag) {
      case "--sizes":
        o.sizes = [...new Set(value().split(/[,\s]+/).filter(Boolean).map((s) => positiveInt(s.replace(/k$/i, "000"))))].sort((a, b) => a - b);
        if (o.sizes.length === 0) throw new Error("--sizes needs at least one size");
        break;
      case "--runs":
        o.runs = positiveInt(value());
        break;
      case "--seed": {
        const v = value();
        o.seed = Number(v);
        if (!Number.isFinite(o.seed)) throw new Error(`--seed: "${v}" is not a number`);
        break;
      }
      case "--no-baselines":
        o.baselines = false;
        break;
      case "--write":
        o.write = true;
        break;
      case "--no-write":
        o.write = false;
        break;
      case "--keep":
        o.keep = true;
        break;
      case "--no-snapshot":
        o.snapshot = false;
        break;
      case "--skip":
        for (const s of value().split(",").filter(Boolean)) {
          if (!(STEPS as readonly string[]).includes(s)) throw new Error(`--skip: unknown step "${s}" (steps: ${STEPS.join(", ")})`);
          o.skip.add(s as Step);
        }
        break;
      case "--query":
        o.query = value();
        break;
      case "--timeout-min":
        o.timeoutMinutes = positiveInt(value());
        break;
      case "--quiet-wait": {
        const v = value();
        o.quietWaitSeconds = Number(v);
        if (!Number.isFinite(o.quietWaitSeconds) || o.quietWaitSeconds < 0) throw new Error(`--quiet-wait: "${v}" is not a number of seconds`);
        break;
      }
      case "--report-only":
        o.reportOnly = true;
        break;
      case "--help":
      case "-h":
        o.help = true;
        break;
      default:
        throw new Error(`unknown option ${arg}`);
    }
  }
  if (!o.baselines) {
    o.skip.add("hugo");
    o.skip.add("eleventy");
  }
  return o;
}

export const runsFor = (o: Options, n: number): number => o.runs ?? (n <= 10_000 ? 3 : 1);
export const shouldWrite = (o: Options): boolean => o.write ?? DEFAULT_SIZES.every((s) => o.sizes.includes(s));

// ---------------------------------------------------------------------------------------------
// Output

const log = (line = "") => console.log(line);
const rel = (p: string) => relative(PROJECT_ROOT, p) || ".";

function textTable(header: string[], rows: string[][]): string {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]) => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join("  ");
  return [line(header), widths.map((w) => "-".repeat(w)).join("  "), ...rows.map(line)].join("\n");
}

function describeRun(r: DraadRun): string {
  if (!r.ok) return `FAILED: ${r.error}`;
  const phases = Object.entries(r.phases).map(([k, v]) => `${k} ${v.toFixed(2)}`).join(", ");
  return (
    `${r.wallSeconds.toFixed(2)} s (draad ${r.selfSeconds?.toFixed(2) ?? "?"} s: ${phases}), ${formatInt(r.pages)} pages, ` +
    `${r.pages ? ((r.wallSeconds * 1000) / r.pages).toFixed(2) : "?"} ms/page, peak RSS ${formatBytes(r.peakRssBytes)} (tree ${formatBytes(r.treePeakRssBytes)}), ` +
    `output ${formatBytes(r.outputBytes)}${r.pagefindBytes != null ? `, pagefind ${formatBytes(r.pagefindBytes)}` : ""}; CPU ${r.cpuSeconds?.toFixed(1) ?? "?"} s, other CPU ${r.otherCpuSeconds?.toFixed(1) ?? "?"} s${isNoisy(r) ? " (NOISY)" : ""}`
  );
}

// ---------------------------------------------------------------------------------------------
// Machine

async function sourceFingerprint(base = target.root): Promise<string> {
  return fingerprintOf(base, ["src", "templates"]).slice(0, 12);
}

function packageVersion(name: string): string | null {
  try {
    return (JSON.parse(readFileSync(join(PROJECT_ROOT, "node_modules", name, "package.json"), "utf8")) as { version: string }).version;
  } catch {
    return null;
  }
}

async function machineInfo(hugo: Tool | null, eleventy: Tool | null): Promise<Machine> {
  let cpu = os.cpus()[0]?.model ?? "unknown CPU";
  try {
    cpu = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"))?.[1]?.trim() ?? cpu;
  } catch {
    // not Linux
  }
  const nprocOut = await runPlain("nproc", []).catch(() => null);
  const nproc = Number(nprocOut?.stdout.trim()) || os.availableParallelism();
  let distro = "";
  try {
    distro = /^PRETTY_NAME="?([^"\n]+)"?/m.exec(readFileSync("/etc/os-release", "utf8"))?.[1] ?? "";
  } catch {
    // no os-release
  }
  let hugoVersion = hugo?.version ?? null;
  if (!hugo) {
    const v = await runPlain("hugo", ["version"]).catch(() => null);
    hugoVersion = v?.code === 0 ? v.stdout.trim().split("\n")[0] ?? null : null;
  }
  const { findChromium } = await import("./search-download.js");
  const chromiumPath = findChromium();
  const chromium = chromiumPath ? (await runPlain(chromiumPath, ["--version"]).catch(() => null))?.stdout.trim() ?? chromiumPath : null;
  return {
    cpu,
    nproc,
    ramBytes: os.totalmem(),
    os: `${os.type()} ${os.release()}${distro ? `, ${distro}` : ""}`,
    node: process.version,
    hugo: hugoVersion,
    eleventy: eleventy?.version ?? packageVersion("@11ty/eleventy"),
    pagefind: packageVersion("pagefind"),
    chromium,
    gnuTime: await hasGnuTime(),
    sourceFingerprint: await sourceFingerprint(),
    measuredCode: target.snapshot
      ? "a snapshot of src/, templates/ and content/ taken at the start of the run (in .cache/bench/snapshot-PID), run with cwd there"
      : "the working tree (--no-snapshot)",
  };
}

/**
 * Scratch folders carry the harness's pid (`snapshot-PID`, `work-PID-N`), so two harness runs do
 * not trip over each other; those of harness runs that are no longer running are removed.
 */
async function removeStaleScratch(): Promise<void> {
  for (const name of readdirSync(CACHE)) {
    const m = /^(?:snapshot-(\d+)|work-(\d+)-\d+)$/.exec(name);
    if (!m) continue;
    const pid = Number(m[1] ?? m[2]);
    let alive = false;
    try {
      process.kill(pid, 0);
      alive = true;
    } catch (error) {
      alive = (error as NodeJS.ErrnoException).code === "EPERM";
    }
    if (!alive) await rm(join(CACHE, name), { recursive: true, force: true });
  }
}

/** Copies the code under test into .cache/bench/snapshot-PID (node_modules linked, not copied). */
async function takeSnapshot(): Promise<string> {
  const dir = join(CACHE, `snapshot-${process.pid}`);
  // The snapshot runs dist/ (copied last, so newer than its src/): compiled now from the sources
  // measured, else an edit since the last `npm run compile` would go unmeasured.
  const compiled = spawnSync("npm", ["run", "--silent", "compile"], { cwd: PROJECT_ROOT, encoding: "utf8" });
  if (compiled.status !== 0) throw new Error(`npm run compile failed before the snapshot: ${(compiled.stderr || compiled.stdout).trim().slice(0, 2000)}`);
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, "bench"), { recursive: true });
  // dist/ after src/: the compiled build is then the newer, and the snapshot runs it, as users do.
  for (const entry of ["src", "templates", "content", "package.json", "tsconfig.json", "tsconfig.build.json", "dist"]) {
    if (existsSync(join(PROJECT_ROOT, entry))) await cp(join(PROJECT_ROOT, entry), join(dir, entry), { recursive: true });
  }
  await cp(join(PROJECT_ROOT, "bench", "parse-corpus.ts"), join(dir, "bench", "parse-corpus.ts"));
  await symlink(join(PROJECT_ROOT, "node_modules"), join(dir, "node_modules"), "dir");
  return dir;
}

// ---------------------------------------------------------------------------------------------
// Steps

const corpusDirFor = (n: number, seed: number) => join(CACHE, seed === 1 ? `corpus-${n}` : `corpus-${n}-seed${seed}`);

async function ensureCorpus(n: number, seed: number): Promise<SizeResult["corpus"]> {
  const dir = corpusDirFor(n, seed);
  const txt = () => (existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".txt")) : []);
  let files = txt();
  let reused = false;
  let generateSeconds: number | null = null;
  if (files.length === n) {
    // Cheap check that the files are this generator's: the first capture must match.
    const first = generateCaptures({ seed, captures: 1 }).next().value;
    reused = Boolean(first && existsSync(join(dir, first.name)) && readFileSync(join(dir, first.name), "utf8") === first.text);
  }
  if (!reused) {
    await rm(dir, { recursive: true, force: true });
    const started = performance.now();
    await writeCorpus(dir, { seed, captures: n });
    generateSeconds = (performance.now() - started) / 1000;
    files = txt();
  }
  let bytes = 0;
  for (const f of files) bytes += statSync(join(dir, f)).size;
  return { dir: rel(dir), files: files.length, bytes, reused, generateSeconds };
}

async function parseStep(corpusDir: string, timeoutMs: number): Promise<SizeResult["parse"]> {
  const r = await runChild(process.execPath, ["--import", "tsx", join(target.root, "bench", "parse-corpus.ts"), "--dir", corpusDir, "--compiled"], { cwd: target.root, timeoutMs });
  const line = r.stdout.trim().split("\n").filter((l) => l.startsWith("{")).pop();
  if (r.code !== 0 || !line) return { error: r.timedOut ? "timed out" : `exit ${r.code ?? r.signal}: ${r.stderr.trim().split("\n").slice(-3).join(" | ").slice(0, 400)}` };
  const parsed = JSON.parse(line) as ParseCorpusResult;
  return { ...parsed, dir: rel(parsed.dir), wallSeconds: r.wallSeconds, peakRssBytes: r.peakRssBytes, otherCpuSeconds: r.otherCpuSeconds };
}

/** A draad output: the link and the folder of its versions beside it (src/output/site-folder.ts). */
async function rmSite(output: string): Promise<void> {
  await rm(output, { recursive: true, force: true });
  await rm(`${output}.draad`, { recursive: true, force: true });
}

/** A draad build; `cache` null = `--no-cache` (a clean build, what every series but the rebuild measures). */
function draadCommand(input: string, output: string, search: boolean, cache: string | null = null, report: string | null = null): string[] {
  return [draadPath(), "build", "--input", input, "--output", output, ...(search ? [] : ["--no-search"]), ...(cache === null ? ["--no-cache"] : ["--cache", cache]), ...(report ? ["--report", report] : [])];
}

let reportCounter = 0;

async function draadBuild(input: string, output: string, search: boolean, options: { fresh: boolean; timeoutMs: number; cache?: string }): Promise<DraadRun> {
  if (options.fresh) await rmSite(output);
  // The build's own report (draad build --report): counts and seconds per phase as JSON.
  const reportFile = join(CACHE, `report-${process.pid}-${reportCounter++}.json`);
  const r = await runChild(process.execPath, draadCommand(input, output, search, options.cache ?? null, reportFile), { cwd: target.root, timeoutMs: options.timeoutMs });
  const summary = summaryOfReport(await readFile(reportFile, "utf8").catch(() => null)) ?? parseDraadSummary(r.stdout);
  await rm(reportFile, { force: true });
  // Exit 1 means "built, but some files were rejected": still a build, noted as an error.
  const built = (r.code === 0 || r.code === 1) && !r.timedOut && summary.pages !== null;
  const run: DraadRun = {
    ok: built,
    wallSeconds: r.wallSeconds,
    selfSeconds: summary.total,
    phases: summary.phases,
    pages: summary.pages,
    files: summary.files,
    peakRssBytes: r.peakRssBytes,
    treePeakRssBytes: r.treePeakRssBytes,
    cpuSeconds: r.userSeconds !== null && r.systemSeconds !== null ? r.userSeconds + r.systemSeconds : null,
    otherCpuSeconds: r.otherCpuSeconds,
    outputBytes: null,
    pagefindBytes: null,
    pagefindFiles: null,
  };
  if (!built) {
    const tail = (r.stderr || r.stdout).trim().split("\n").filter((l) => l.trim()).slice(-6).join(" | ");
    run.error = r.timedOut ? `timed out after ${formatSeconds(r.wallSeconds)}` : `exit ${r.code ?? r.signal}: ${tail.slice(0, 600)}`;
    return run;
  }
  if (r.code === 1) run.error = `exit 1: ${summary.errors ?? "?"} error(s) in the input`;
  if (existsSync(output)) run.outputBytes = (await folderSize(output)).bytes;
  if (search) {
    // Every Pagefind bundle (the index may be split into pagefind/, pagefind-2/, ...).
    for (const bundle of bundleFolders(output)) {
      const pf = await folderSize(join(output, bundle));
      run.pagefindBytes = (run.pagefindBytes ?? 0) + pf.bytes;
      run.pagefindFiles = (run.pagefindFiles ?? 0) + pf.files;
    }
  }
  return run;
}

function medianOf(runs: readonly DraadRun[]): DraadMedian | null {
  const built = runs.filter((r) => r.ok);
  if (built.length === 0) return null;
  // Runs on a busy machine are left out when there is a quiet one (all runs stay in the tables).
  const quiet = built.filter((r) => !isNoisy(r));
  const ok = quiet.length > 0 ? quiet : built;
  const m = (f: (r: DraadRun) => number | null) => median(ok.map((r) => f(r) ?? NaN));
  const phases: Record<string, number> = {};
  for (const name of new Set(ok.flatMap((r) => Object.keys(r.phases)))) {
    const v = median(ok.map((r) => r.phases[name] ?? NaN));
    if (v !== null) phases[name] = v;
  }
  const wall = m((r) => r.wallSeconds);
  const pages = m((r) => r.pages);
  return {
    wallSeconds: wall,
    selfSeconds: m((r) => r.selfSeconds),
    phases,
    pages,
    msPerPage: wall !== null && pages ? (wall * 1000) / pages : null,
    peakRssBytes: m((r) => r.peakRssBytes),
    treePeakRssBytes: m((r) => r.treePeakRssBytes),
    cpuSeconds: m((r) => r.cpuSeconds),
    outputBytes: m((r) => r.outputBytes),
    pagefindBytes: m((r) => r.pagefindBytes),
    pagefindFiles: m((r) => r.pagefindFiles),
  };
}

/** `afterRun`: called after each run that built (the baselines' runs, alternating with draad's). */
async function draadSeries(label: string, corpusDir: string, output: string, search: boolean, runs: number, timeoutMs: number, afterRun?: (index: number, run: DraadRun) => Promise<void>): Promise<DraadSeries> {
  const series: DraadSeries = { search, command: `node src/cli/draad.mjs build --input ${rel(corpusDir)} --output ${rel(output)}${search ? "" : " --no-search"} --no-cache`, runs: [], median: null };
  for (let i = 0; i < runs; i++) {
    const run = await draadBuild(corpusDir, output, search, { fresh: true, timeoutMs });
    series.runs.push(run);
    log(`${label.padEnd(14)}run ${i + 1}/${runs}: ${describeRun(run)}`);
    if (!run.ok) {
      series.error = run.error;
      break;
    }
    await afterRun?.(i, run);
  }
  series.median = medianOf(series.runs);
  if (series.median && runs > 1) {
    const m = series.median;
    log(`${label.padEnd(14)}median: ${formatSeconds(m.wallSeconds)}, ${m.msPerPage?.toFixed(2)} ms/page, peak RSS ${formatBytes(peakOf(m))}`);
  }
  return series;
}

async function linkTree(from: string, to: string): Promise<void> {
  await rm(to, { recursive: true, force: true });
  await mkdir(to, { recursive: true });
  for (const name of readdirSync(from)) {
    try {
      linkSync(join(from, name), join(to, name));
    } catch {
      copyFileSync(join(from, name), join(to, name));
    }
  }
}

function notRebuilt(search: boolean): RebuildResult {
  return { search, addedCapture: "", prefixConsistent: true, warm: null, rebuild: null, clean: null, percent: null, percentSelf: null, comparison: null };
}

async function rebuildStep(n: number, seed: number, corpusDir: string, work: string, search: boolean, timeoutMs: number): Promise<RebuildResult> {
  const result: RebuildResult = notRebuilt(search);
  const input = join(work, "rebuild-input");
  const out = join(work, "rebuild-site");
  const cleanOut = join(work, "rebuild-clean");
  await linkTree(corpusDir, input);
  const names = new Set(readdirSync(corpusDir));
  let added: { name: string; text: string } | null = null;
  let i = 0;
  for (const capture of generateCaptures({ seed, captures: n + 1 })) {
    if (i++ < n) {
      if (!names.has(capture.name)) result.prefixConsistent = false;
    } else added = capture;
  }
  if (!added) throw new Error("the generator gave no capture N+1");
  result.addedCapture = added.name;
  if (names.has(added.name)) throw new Error(`capture N+1 (${added.name}) has the name of a corpus file, so it would replace one instead of adding one`);

  // The warm-up fills a fresh cache; the rebuild uses it; the clean build uses none.
  const cache = join(work, "rebuild-cache");
  await rm(cache, { recursive: true, force: true });
  // Linking the corpus in moved every file's change time to now. A user's captures were written
  // long before their build, and a build remembers a capture by its file status only when it
  // was written RACY_MS or more before that build started (src/cache/capture-statuses.ts): wait
  // that long, so that the rebuild reads what a user's would.
  await new Promise((resolve) => setTimeout(resolve, RACY_MS + 250));
  result.warm = await draadBuild(input, out, search, { fresh: true, timeoutMs, cache });
  log(`${"rebuild".padEnd(14)}warm-up build (N): ${describeRun(result.warm)}`);
  if (!result.warm.ok) throw new Error(`warm-up build failed: ${result.warm.error}`);
  await writeFile(join(input, added.name), added.text);
  result.rebuild = await draadBuild(input, out, search, { fresh: false, timeoutMs, cache });
  log(`${"rebuild".padEnd(14)}rebuild (N+1, same output): ${describeRun(result.rebuild)}`);
  result.clean = await draadBuild(input, cleanOut, search, { fresh: true, timeoutMs });
  log(`${"rebuild".padEnd(14)}clean build (N+1): ${describeRun(result.clean)}`);
  if (result.rebuild.ok && result.clean.ok) {
    result.percent = (result.rebuild.wallSeconds / result.clean.wallSeconds) * 100;
    if (result.rebuild.selfSeconds && result.clean.selfSeconds) result.percentSelf = (result.rebuild.selfSeconds / result.clean.selfSeconds) * 100;
    if (result.rebuild.cpuSeconds && result.clean.cpuSeconds) result.percentCpu = (result.rebuild.cpuSeconds / result.clean.cpuSeconds) * 100;
    const c = await compareTrees(out, cleanOut);
    result.comparison = {
      identical: c.identical,
      filesA: c.filesA,
      filesB: c.filesB,
      differing: c.differing.length,
      onlyInRebuild: c.onlyInA.length,
      onlyInClean: c.onlyInB.length,
      sample: [...c.differing, ...c.onlyInA, ...c.onlyInB].slice(0, 8),
      firstDifference: c.firstDifference,
    };
    log(
      `${"rebuild".padEnd(14)}rebuild / clean = ${result.percent.toFixed(0)}% of wall time (${result.percentCpu?.toFixed(0) ?? "?"}% of CPU time); outputs identical: ${c.identical ? "yes" : `no (${c.differing.length} differing, ${c.onlyInA.length} only in rebuild, ${c.onlyInB.length} only in clean)`}`,
    );
  } else result.error = result.rebuild.error ?? result.clean.error;
  return result;
}

async function baselineStep(tool: Tool, n: number, seed: number, pages: number, corpusDir: string, runs: number, timeoutMs: number): Promise<BaselineResult> {
  if (!tool.available) return { tool: tool.name, version: null, pages, command: "", runs: [], median: null, skipped: tool.reason ?? "not available" };
  const dir = await prepareBaseline(tool, n, seed, pages, corpusDir);
  return runBaseline(tool, dir, pages, runs, { timeoutMs, log: baselineLog(tool) });
}

/** The baseline's site of `pages` Markdown pages, written once (not measured). */
async function prepareBaseline(tool: Tool, n: number, seed: number, pages: number, corpusDir: string): Promise<string> {
  const dir = join(CACHE, `${tool.name}-${pages}${seed === 1 ? "" : `-seed${seed}`}`);
  const key = `v1 ${tool.name} pages=${pages} seed=${seed} corpus=${n}`;
  const started = performance.now();
  const content = () => baselinePages(() => corpusTexts(corpusDir), pages);
  if (tool.name === "hugo") await writeHugoSite(dir, content(), key);
  else await writeEleventySite(dir, content(), key);
  const prepared = (performance.now() - started) / 1000;
  if (prepared > 1) log(`${tool.name.padEnd(14)}site with ${formatInt(pages)} pages written to ${rel(dir)} in ${formatSeconds(prepared)}`);
  return dir;
}

const baselineLog = (tool: Tool) => (line: string) => log(`${tool.name.padEnd(14)}${line.trim().replace(/^\w+\s+/, "")}`);

/** One step of one size: skipped (with the reason printed), or run with any error caught and reported. */
async function step<T>(name: string, skipReason: string | null, body: () => Promise<T>, onError: (message: string) => T, onSkip: (reason: string) => T): Promise<T> {
  if (skipReason !== null) {
    log(`${name.padEnd(14)}skipped: ${skipReason}`);
    return onSkip(skipReason);
  }
  try {
    return await body();
  } catch (error) {
    const message = (error as Error).message ?? String(error);
    log(`${name.padEnd(14)}FAILED: ${message}`);
    return onError(message);
  }
}

async function measureSize(n: number, o: Options, command: string, runMachine: Machine, tools: { hugo: Tool | null; eleventy: Tool | null }): Promise<SizeResult> {
  const started = performance.now();
  // The code may change between sizes (or during one): each size records its own fingerprint.
  const machine: Machine = { ...runMachine, sourceFingerprint: await sourceFingerprint() };
  const runs = runsFor(o, n);
  const timeoutMs = o.timeoutMinutes * 60_000;
  const work = join(CACHE, `work-${process.pid}-${n}`);
  log();
  log(`== ${formatInt(n)} captures (seed ${o.seed}, ${runs} run(s) per build) ==`);
  await rm(work, { recursive: true, force: true });
  await mkdir(work, { recursive: true });

  const emptySeries = (search: boolean, why: string): DraadSeries => ({ search, command: "", runs: [], median: null, skipped: why });
  const result: SizeResult = {
    captures: n,
    seed: o.seed,
    runs,
    date: new Date().toISOString(),
    command,
    machine,
    corpus: { dir: rel(corpusDirFor(n, o.seed)), files: 0, bytes: 0, reused: false, generateSeconds: null },
    parse: { skipped: "not run" },
    build: emptySeries(false, "not run"),
    searchBuild: emptySeries(true, "not run"),
    searchDownload: { skipped: "not run" },
    searchDownloadNoHits: { skipped: "not run" },
    rebuild: { ...notRebuilt(true), skipped: "not run" },
    baselines: { hugo: null, eleventy: null },
    ratios: { hugo: null, eleventy: null },
    seconds: 0,
  };

  try {
    result.corpus = await ensureCorpus(n, o.seed);
    log(`${"corpus".padEnd(14)}${result.corpus.dir}: ${formatInt(result.corpus.files)} files, ${(result.corpus.bytes / 1e6).toFixed(1)} MB, ${result.corpus.reused ? "reused" : `generated in ${formatSeconds(result.corpus.generateSeconds)}`}`);
  } catch (error) {
    result.corpus.error = (error as Error).message;
    log(`${"corpus".padEnd(14)}FAILED: ${result.corpus.error}; nothing else can run for this size`);
    result.seconds = (performance.now() - started) / 1000;
    return result;
  }
  const corpusDir = join(PROJECT_ROOT, result.corpus.dir);

  result.parse = await step<SizeResult["parse"]>("parse", o.skip.has("parse") ? "--skip parse" : null, async () => {
    const p = await parseStep(corpusDir, timeoutMs);
    if ("medianMBps" in p)
      log(
        `${"parse".padEnd(14)}${p.medianMBps.toFixed(1)} MB/s on one core (rounds ${p.rounds.map((r) => r.toFixed(1)).join(", ")}; ${p.passes} pass(es) of ${(p.bytes / 1e6).toFixed(1)} MB each); other CPU ${p.otherCpuSeconds?.toFixed(1) ?? "?"} s${isNoisy(p) ? " (NOISY)" : ""}`,
      );
    else log(`${"parse".padEnd(14)}FAILED: ${"error" in p ? p.error : ""}`);
    return p;
  }, (error) => ({ error }), (skipped) => ({ skipped }));

  const noSearchOut = join(work, "site-nosearch");
  // The baselines' runs alternate with draad's (draad, Hugo, Eleventy, draad, ...), so that the
  // ratios compare runs made minutes apart at most: the machine's speed changes within a run.
  const alternating = new Map<"hugo" | "eleventy", { dir: string; result: BaselineResult }>();
  const alternate = async (index: number, run: DraadRun) => {
    for (const name of ["hugo", "eleventy"] as const) {
      const tool = tools[name];
      if (o.skip.has(name) || !tool?.available || run.pages === null) continue;
      if (index === 0) alternating.set(name, { dir: await prepareBaseline(tool, n, o.seed, run.pages, corpusDir), result: { tool: name, version: tool.version, pages: run.pages, command: "", runs: [], median: null } });
      const entry = alternating.get(name);
      if (!entry || entry.result.runs.some((r) => !r.ok)) continue;
      const one = await runBaseline(tool, entry.dir, entry.result.pages, 1, { timeoutMs, log: baselineLog(tool), numbering: { from: index, of: runs } });
      entry.result.command = one.command;
      entry.result.runs.push(...one.runs);
    }
  };
  result.build = await step("build", o.skip.has("build") ? "--skip build" : null, () => draadSeries("build", corpusDir, noSearchOut, false, runs, timeoutMs, alternate), (error) => ({ ...emptySeries(false, ""), skipped: undefined, error }), (why) => emptySeries(false, why));
  for (const { result: b } of alternating.values()) setBaselineMedian(b);
  if (!o.keep) await rmSite(noSearchOut);

  const searchOut = join(work, "site-search");
  result.searchBuild = await step("search", o.skip.has("search") ? "--skip search" : null, () => draadSeries("build+search", corpusDir, searchOut, true, runs, timeoutMs), (error) => ({ ...emptySeries(true, ""), skipped: undefined, error }), (why) => emptySeries(true, why));

  const haveSearchSite = existsSync(join(searchOut, "pagefind")) && result.searchBuild.runs.at(-1)?.ok === true;
  result.searchDownload = await step<SizeResult["searchDownload"]>(
    "download",
    o.skip.has("download") ? "--skip download" : haveSearchSite ? null : "no site with search index (the build with search failed or was skipped)",
    async () => {
      const d = await measureSearchDownload(searchOut, o.query);
      const parts = Object.entries(d.byCategory).map(([k, v]) => `${k} ${formatKB(v.bytes)}`).join(", ");
      log(`${"download".padEnd(14)}${formatKB(d.totalBytes)} in ${d.requests} responses (${formatKB(d.gzipBytes)} gzipped) for "${d.query}"${d.method === "estimate" ? " [file-based estimate]" : ""}: ${parts}${d.resultsReported != null ? `; ${formatInt(d.resultsReported)} results` : ""}`);
      if (d.method === "estimate") log(`${"".padEnd(14)}${d.note}`);
      return d;
    },
    (error) => ({ error }),
    (skipped) => ({ skipped }),
  );
  result.searchDownloadNoHits = await step<NonNullable<SizeResult["searchDownloadNoHits"]>>(
    "download",
    o.skip.has("download") ? "--skip download" : haveSearchSite ? null : "no site with search index (the build with search failed or was skipped)",
    async () => {
      const d = await measureSearchDownload(searchOut, NO_HITS_QUERY);
      log(`${"".padEnd(14)}${formatKB(d.gzipBytes)} gzipped in ${d.requests} responses for "${d.query}" (no report has it: the bundles the page reads by itself)`);
      return d;
    },
    (error) => ({ error }),
    (skipped) => ({ skipped }),
  );
  if (!o.keep) await rmSite(searchOut);

  // The rebuild with the search index (the default build), then without.
  for (const search of [true, false]) {
    const rebuild = await step(
      "rebuild",
      o.skip.has("rebuild") ? "--skip rebuild" : null,
      () => rebuildStep(n, o.seed, corpusDir, work, search, timeoutMs),
      (error) => ({ ...notRebuilt(search), error }),
      (skipped) => ({ ...notRebuilt(search), skipped }),
    );
    if (search) result.rebuild = rebuild;
    else result.rebuildNoSearch = rebuild;
  }
  if (!o.keep) for (const d of ["rebuild-input", "rebuild-site", "rebuild-clean", "rebuild-cache"]) await rmSite(join(work, d));

  // draad serve: a new capture written into the input, until the browser is told and the home page shows it (with search, as npm start runs).
  result.serve = await step<SizeResult["serve"]>(
    "serve",
    o.skip.has("serve") ? "--skip serve" : null,
    () => measureServeLatency({ corpusDir, work, search: true, rounds: SERVE_ROUNDS, draad: draadPath(), cwd: target.root, timeoutMs, log: (line) => log(line) }),
    (error) => ({ search: true, startSeconds: null, rounds: [], medianSeconds: null, error }),
    (skipped) => ({ search: true, startSeconds: null, rounds: [], medianSeconds: null, skipped }),
  );

  const pages = result.build.median?.pages ?? result.searchBuild.median?.pages ?? null;
  const draadWall = result.build.median?.wallSeconds ?? null;
  for (const name of ["hugo", "eleventy"] as const) {
    const tool = tools[name];
    const skipped = (why: string): BaselineResult => ({ tool: name, version: tool?.version ?? null, pages: pages ?? 0, command: "", runs: [], median: null, skipped: why });
    const skipReason = o.skip.has(name)
      ? o.baselines
        ? `--skip ${name}`
        : "--no-baselines"
      : pages === null
        ? "draad wrote no pages (its build failed or was skipped), so there is no page count to match"
        : !tool
          ? "not looked for"
          : !tool.available
            ? tool.reason ?? "not available"
            : null;
    const alternated = alternating.get(name)?.result;
    result.baselines[name] =
      alternated && alternated.pages === pages
        ? alternated
        : await step(
            name,
            skipReason,
            () => baselineStep(tool!, n, o.seed, pages!, corpusDir, runs, timeoutMs),
            (error) => ({ ...skipped(""), skipped: undefined, error }),
            (why) => skipped(why),
          );
    const b = result.baselines[name]!;
    const baseWall = b.median?.wallSeconds ?? null;
    result.ratios[name] = draadWall !== null && baseWall ? draadWall / baseWall : null;
  }
  if (result.ratios.hugo !== null || result.ratios.eleventy !== null) {
    log(`${"ratios".padEnd(14)}draad (no search) / Hugo = ${result.ratios.hugo?.toFixed(2) ?? "–"}, draad / Eleventy = ${result.ratios.eleventy?.toFixed(2) ?? "–"} on ${formatInt(pages)} pages`);
  }
  if (!o.keep) await rm(work, { recursive: true, force: true });
  const fingerprint = await sourceFingerprint();
  if (fingerprint !== machine.sourceFingerprint) {
    result.sourceChangedTo = fingerprint;
    log(`WARNING: src/ or templates/ changed during this size (fingerprint ${machine.sourceFingerprint} -> ${fingerprint}); its runs may mix two versions of the code`);
  }
  result.seconds = (performance.now() - started) / 1000;
  log(`${formatInt(n)} captures done in ${formatSeconds(result.seconds)}`);
  return result;
}

// ---------------------------------------------------------------------------------------------
// Main

async function loadResults(): Promise<ResultsFile> {
  try {
    const data = JSON.parse(await readFile(RESULTS_JSON, "utf8")) as ResultsFile;
    if (data.version === 1 && Array.isArray(data.sizes)) return data;
  } catch {
    // none yet, or unreadable: start over
  }
  return { version: 1, sizes: [] };
}

export async function main(argv: string[]): Promise<number> {
  let o: Options;
  try {
    o = parseOptions(argv);
  } catch (error) {
    console.error(`bench: ${(error as Error).message}\n\n${USAGE}`);
    return 2;
  }
  if (o.help) {
    log(USAGE);
    return 0;
  }
  if (o.reportOnly) {
    const results = await loadResults();
    if (results.sizes.length === 0) {
      console.error(`bench: ${rel(RESULTS_JSON)} has no results to render`);
      return 1;
    }
    const newest = [...results.sizes].sort((a, b) => b.date.localeCompare(a.date))[0]!;
    await writeFile(RESULTS_MD, renderMarkdown(results, { date: newest.date, command: newest.command, machine: newest.machine }));
    log(`wrote ${rel(RESULTS_MD)} from ${rel(RESULTS_JSON)} (${results.sizes.length} size(s))`);
    return 0;
  }
  const command = `npm run bench${argv.length ? ` -- ${argv.join(" ")}` : ""}`;
  const stop = () => {
    killActiveChildren();
    // Scratch folders are left; the next harness run removes them (their pid is gone).
    process.exit(130);
  };
  process.on("SIGINT", stop);
  process.on("SIGTERM", stop);

  await mkdir(CACHE, { recursive: true });
  await removeStaleScratch();
  // draad runs the JavaScript compiled into dist/ (as after npm ci); make it current first.
  const compiled = spawnSync("npm", ["run", "--silent", "compile"], { cwd: PROJECT_ROOT, encoding: "utf8" });
  if (compiled.status !== 0) throw new Error(`npm run compile failed: ${compiled.stderr || compiled.stdout}`);
  configureQuietWait(o.quietWaitSeconds > 0 ? { maxWaitMs: o.quietWaitSeconds * 1000, thresholdCores: 0.2, log } : null);
  if (o.snapshot) {
    target.root = await takeSnapshot();
    target.snapshot = true;
  }
  const hugo = o.skip.has("hugo") ? null : await findHugo(log);
  const eleventy = o.skip.has("eleventy") ? null : findEleventy(PROJECT_ROOT);
  if (eleventy && !eleventy.available) log(`Eleventy baseline unavailable: ${eleventy.reason}`);
  const machine = await machineInfo(hugo, eleventy);
  log(`draad benchmark: ${command}`);
  log(`machine: ${machine.cpu}, nproc ${machine.nproc}, ${formatBytes(machine.ramBytes)} RAM, ${machine.os}`);
  log(`Node ${machine.node}; Hugo ${machine.hugo ?? "missing"}; Eleventy ${machine.eleventy ?? "missing"}; Pagefind ${machine.pagefind ?? "missing"}; ${machine.chromium ?? "no Chromium"}`);
  log(`code measured: ${machine.measuredCode}`);
  log(`peak RSS via ${machine.gnuTime ? "/usr/bin/time -v (largest process) + /proc sampling (tree sum)" : "/proc sampling"}; draad source fingerprint ${machine.sourceFingerprint}`);
  log(`sizes ${o.sizes.map(formatInt).join(", ")}; seed ${o.seed}${o.skip.size ? `; skipping ${[...o.skip].join(", ")}` : ""}`);

  const measured: SizeResult[] = [];
  for (const n of o.sizes) {
    try {
      measured.push(await measureSize(n, o, command, machine, { hugo, eleventy }));
    } catch (error) {
      // measureSize catches per step; this is a harness bug, still reported and not fatal.
      log(`${formatInt(n)} captures: FAILED: ${(error as Error).stack ?? error}`);
    }
  }

  if (target.snapshot) {
    const now = await sourceFingerprint(PROJECT_ROOT);
    if (now !== machine.sourceFingerprint) log(`\nnote: src/ or templates/ changed during the run (now ${now}); the figures are for the snapshot taken at the start (${machine.sourceFingerprint})`);
  }
  log();
  log("== summary (medians) ==");
  const { header, rows } = summaryRows(measured);
  log(textTable(header, rows));
  log();
  log("== goals (issue #5), from this run ==");
  log(textTable(["goal", "target", "measured", "state"], evaluateGoals(measured).map((g) => [g.goal, g.target, g.measured, g.state])));

  if (shouldWrite(o)) {
    const results = await loadResults();
    const fresh = new Set(measured.map((s) => s.captures));
    results.sizes = [...results.sizes.filter((s) => !fresh.has(s.captures)), ...measured].sort((a, b) => a.captures - b.captures);
    const latest = { date: measured[0]?.date ?? new Date().toISOString(), command, machine };
    // Every size of this run carries the run's first date, so the report can tell runs apart.
    for (const s of measured) s.date = latest.date;
    await writeFile(RESULTS_JSON, JSON.stringify(results, null, 1) + "\n");
    await writeFile(RESULTS_MD, renderMarkdown(results, latest));
    log();
    log(`wrote ${rel(RESULTS_MD)} and ${rel(RESULTS_JSON)}${results.sizes.length > measured.length ? ` (kept ${results.sizes.length - measured.length} size(s) from earlier runs)` : ""}`);
  } else {
    log();
    log(`bench/RESULTS.md not written (the run did not include all default sizes ${DEFAULT_SIZES.map(formatInt).join(" and ")}); add --write to merge these sizes into it`);
  }
  if (target.snapshot && !o.keep) await rm(target.root, { recursive: true, force: true });
  const failed = measured.length < o.sizes.length || measured.some((s) => s.corpus.error || (!s.build.median && !s.build.skipped));
  return failed ? 1 : 0;
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(resolve(entry)).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      killActiveChildren();
      process.exitCode = 1;
    },
  );
}
