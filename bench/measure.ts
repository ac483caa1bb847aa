/**
 * Measuring child processes and folders for the benchmark harness (bench/run.ts): wall time,
 * CPU time and peak memory of one child process, the size of a folder, a byte-for-byte folder
 * comparison, and the parsers for what `draad build` and GNU `time -v` print.
 *
 * Peak memory is measured two ways, because a build is more than one process (Pagefind runs its
 * own binary beside Node):
 * - `peakRssBytes`: GNU time's "Maximum resident set size", which on Linux is the largest RSS of
 *   any single process in the tree (the child or any descendant it waited for), not their sum.
 *   Without /usr/bin/time it is the largest VmHWM seen while polling /proc.
 * - `treePeakRssBytes`: the largest sum of VmRSS over the whole process tree, sampled every
 *   250 ms from /proc (a short spike between two samples can be missed).
 *
 * The pure helpers (parsers, median, formatting, goal checks) are unit-tested in
 * tests/bench/measure.test.ts; nothing here asserts on timings.
 */
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdtemp, readdir, readFile, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join, relative, sep } from "node:path";

// ---------------------------------------------------------------------------------------------
// Pure helpers

export function median(values: readonly number[]): number | null {
  const sorted = values.filter((v) => Number.isFinite(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/** The summary `draad build` prints on stdout. */
export interface DraadSummary {
  captures: number | null;
  items: number | null;
  pages: number | null;
  files: number | null;
  errors: number | null;
  warnings: number | null;
  /** Seconds per phase as printed (`parse`, `merge`, `render`, `index`, ...); skipped phases are absent. */
  phases: Record<string, number>;
  /** Phases printed as `skipped`. */
  skipped: string[];
  /** draad's own `total` (from the start of the command, so without Node start-up). */
  total: number | null;
}

/**
 * The summary of a build from the report `draad build --report FILE` writes (BuildReport in
 * src/build/build.ts): what the benchmark reads. Null when the build wrote no report.
 */
export function summaryOfReport(json: string | null): DraadSummary | null {
  if (json === null) return null;
  let report: unknown;
  try {
    report = JSON.parse(json);
  } catch {
    return null;
  }
  const r = report as {
    captures?: number;
    items?: { total?: number };
    pages?: number;
    files?: number;
    errors?: number;
    warnings?: number;
    seconds?: Record<string, number | null>;
  };
  if (typeof r !== "object" || r === null || typeof r.pages !== "number") return null;
  const phases: Record<string, number> = {};
  const skipped: string[] = [];
  let total: number | null = null;
  for (const [name, seconds] of Object.entries(r.seconds ?? {})) {
    if (name === "total") total = seconds;
    else if (seconds === null) skipped.push(name);
    else phases[name] = seconds;
  }
  return {
    captures: r.captures ?? null,
    items: r.items?.total ?? null,
    pages: r.pages,
    files: r.files ?? null,
    errors: r.errors ?? null,
    warnings: r.warnings ?? null,
    phases,
    skipped,
    total,
  };
}

/**
 * Reads the summary lines of `draad build` (for builds of a draad from before `--report`):
 *   draad build: 1000 capture(s) -> 1059 item(s) (...), 1339 page(s), 1341 file(s) in out/
 *     0 error(s), 0 warning(s), 0 file(s) skipped
 *     time: parse 0.63 s, merge 0.59 s, render 1.20 s, index skipped, total 2.71 s
 * Phases are read generically (`name N s` or `name skipped`), so a new phase shows up by itself.
 */
export function parseDraadSummary(stdout: string): DraadSummary {
  const num = (re: RegExp): number | null => {
    const m = re.exec(stdout);
    return m ? Number(m[1]!.replace(/[,_]/g, "")) : null;
  };
  const phases: Record<string, number> = {};
  const skipped: string[] = [];
  let total: number | null = null;
  const timeLine = /^\s*time:\s*(.+)$/m.exec(stdout);
  if (timeLine) {
    for (const part of timeLine[1]!.split(",")) {
      const m = /^\s*([A-Za-z][\w-]*)\s+(?:([\d.]+)\s*s|(skipped))\s*$/.exec(part);
      if (!m) continue;
      if (m[3]) skipped.push(m[1]!);
      else if (m[1] === "total") total = Number(m[2]);
      else phases[m[1]!] = Number(m[2]);
    }
  }
  return {
    captures: num(/(\d[\d,_]*) capture\(s\)/),
    items: num(/(\d[\d,_]*) item\(s\)/),
    pages: num(/(\d[\d,_]*) page\(s\)/),
    files: num(/(\d[\d,_]*) file\(s\) in /),
    errors: num(/(\d[\d,_]*) error\(s\)/),
    warnings: num(/(\d[\d,_]*) warning\(s\)/),
    phases,
    skipped,
    total,
  };
}

/** What GNU `time -v` writes. */
export interface TimeVerbose {
  maxRssBytes: number | null;
  userSeconds: number | null;
  systemSeconds: number | null;
  elapsedSeconds: number | null;
  exitStatus: number | null;
}

export function parseTimeVerbose(text: string): TimeVerbose {
  const field = (label: string): string | null => {
    const escaped = label.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const m = new RegExp(`^\\s*${escaped}:\\s*(.+?)\\s*$`, "m").exec(text);
    return m ? m[1]! : null;
  };
  const number = (label: string): number | null => {
    const v = field(label);
    return v === null || !Number.isFinite(Number(v)) ? null : Number(v);
  };
  const rssKiB = number("Maximum resident set size (kbytes)");
  return {
    maxRssBytes: rssKiB === null ? null : rssKiB * 1024,
    userSeconds: number("User time (seconds)"),
    systemSeconds: number("System time (seconds)"),
    elapsedSeconds: parseClock(field("Elapsed (wall clock) time (h:mm:ss or m:ss)")),
    exitStatus: number("Exit status"),
  };
}

/** `1:02:03.5`, `2:03.45` or `3.2` to seconds. */
export function parseClock(value: string | null): number | null {
  if (!value) return null;
  const parts = value.trim().split(":").map(Number);
  if (parts.length === 0 || parts.length > 3 || parts.some((p) => !Number.isFinite(p))) return null;
  return parts.reduce((sum, p) => sum * 60 + p, 0);
}

/** Busy CPU seconds of the whole machine from the `cpu` line of /proc/stat (USER_HZ = 100). */
export function busyCpuSeconds(procStat: string): number | null {
  const m = /^cpu\s+(.+)$/m.exec(procStat);
  if (!m) return null;
  const f = m[1]!.trim().split(/\s+/).map(Number);
  if (f.length < 4 || f.some((x) => !Number.isFinite(x))) return null;
  // user nice system idle iowait irq softirq steal (guest is already in user)
  const busy = (f[0] ?? 0) + (f[1] ?? 0) + (f[2] ?? 0) + (f[5] ?? 0) + (f[6] ?? 0) + (f[7] ?? 0);
  return busy / 100;
}

function readBusy(): number | null {
  try {
    return busyCpuSeconds(readFileSync("/proc/stat", "utf8"));
  } catch {
    return null;
  }
}

/**
 * Waiting for a quiet machine before each measured child: other processes (another build, a
 * test run) on a small machine change wall times by 2x. Configured once by the harness.
 */
interface QuietWait {
  maxWaitMs: number;
  /** Cores busy elsewhere that still count as quiet. */
  thresholdCores: number;
  log: (line: string) => void;
}
let quietWait: QuietWait | null = null;

export function configureQuietWait(options: QuietWait | null): void {
  quietWait = options;
}

/** Cores busy over the next `ms` milliseconds, from /proc/stat (null when unreadable). */
export async function busyCores(ms = 1000): Promise<number | null> {
  const a = readBusy();
  const t = process.hrtime.bigint();
  await new Promise((r) => setTimeout(r, ms));
  const b = readBusy();
  const seconds = Number(process.hrtime.bigint() - t) / 1e9;
  return a === null || b === null ? null : (b - a) / seconds;
}

/** Waits (up to the configured limit) until the machine is quiet; returns the seconds waited. */
export async function waitForQuiet(): Promise<number> {
  if (!quietWait) return 0;
  const started = Date.now();
  let told = false;
  for (;;) {
    const cores = await busyCores(1000);
    if (cores === null || cores <= quietWait.thresholdCores) break;
    if (Date.now() - started > quietWait.maxWaitMs) {
      quietWait.log(`    machine still busy (${cores.toFixed(1)} cores in use elsewhere) after ${Math.round((Date.now() - started) / 1000)} s; measuring anyway (see "other CPU")`);
      break;
    }
    if (!told) {
      quietWait.log(`    waiting for the machine to quieten (${cores.toFixed(1)} cores in use elsewhere; up to ${Math.round(quietWait.maxWaitMs / 1000)} s)`);
      told = true;
    }
    await new Promise((r) => setTimeout(r, 2000));
  }
  return (Date.now() - started) / 1000;
}

/** A run is noisy when other processes used more than a tenth of a core on average during it. */
export function isNoisy(run: { wallSeconds: number; otherCpuSeconds?: number | null }): boolean {
  return run.otherCpuSeconds != null && run.otherCpuSeconds > 0.1 * run.wallSeconds;
}

/** `VmRSS:    12345 kB` from /proc/<pid>/status, in bytes. */
export function statusField(status: string, name: "VmRSS" | "VmHWM"): number | null {
  const m = new RegExp(`^${name}:\\s*(\\d+)\\s*kB`, "m").exec(status);
  return m ? Number(m[1]) * 1024 : null;
}

/** `1.23 s` / `850 ms`. */
export function formatSeconds(seconds: number | null | undefined): string {
  if (seconds == null || !Number.isFinite(seconds)) return "–";
  if (seconds < 1) return `${(seconds * 1000).toFixed(0)} ms`;
  if (seconds < 100) return `${seconds.toFixed(2)} s`;
  if (seconds < 600) return `${seconds.toFixed(1)} s`;
  return `${(seconds / 60).toFixed(1)} min`;
}

/** Binary units, as memory is usually quoted: `512 KiB`, `1.4 MiB`, `2.10 GiB`. */
export function formatBytes(bytes: number | null | undefined): string {
  if (bytes == null || !Number.isFinite(bytes)) return "–";
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 ** 2) return `${(bytes / 1024).toFixed(1)} KiB`;
  if (bytes < 1024 ** 3) return `${(bytes / 1024 ** 2).toFixed(1)} MiB`;
  return `${(bytes / 1024 ** 3).toFixed(2)} GiB`;
}

/** Decimal kB, as download sizes (and the 300 kB goal) are quoted. */
export function formatKB(bytes: number | null | undefined): string {
  if (bytes == null || !Number.isFinite(bytes)) return "–";
  return `${(bytes / 1000).toFixed(1)} kB`;
}

export function formatInt(n: number | null | undefined): string {
  if (n == null || !Number.isFinite(n)) return "–";
  return Math.round(n).toLocaleString("en-US");
}

// ---------------------------------------------------------------------------------------------
// Child processes

export interface ChildResult {
  command: string;
  code: number | null;
  signal: string | null;
  timedOut: boolean;
  stdout: string;
  stderr: string;
  wallSeconds: number;
  peakRssBytes: number | null;
  peakRssSource: "time -v" | "/proc VmHWM" | null;
  treePeakRssBytes: number | null;
  userSeconds: number | null;
  systemSeconds: number | null;
  /**
   * CPU seconds the whole machine was busy during the run minus the child's own (from
   * /proc/stat): other processes, the harness included. High values mean a noisy measurement.
   */
  otherCpuSeconds: number | null;
}

export interface RunChildOptions {
  cwd?: string;
  env?: NodeJS.ProcessEnv;
  /** Kill the child (and its group) after this long; default one hour. */
  timeoutMs?: number;
  /** Sampling period of the /proc poller; default 250 ms. */
  pollMs?: number;
}

export const GNU_TIME = "/usr/bin/time";

/** Process groups of the measured children still running, so an interrupted harness can end them. */
const activeGroups = new Set<number>();

/** Ends the measured children still running (each by its own process group id). */
export function killActiveChildren(): void {
  for (const pgid of activeGroups) {
    try {
      process.kill(-pgid, "SIGKILL");
    } catch {
      // already gone
    }
  }
  activeGroups.clear();
}
let gnuTimeWorks: boolean | null = null;

/** Whether /usr/bin/time is GNU time with `-v` (BusyBox's has no -o). */
export async function hasGnuTime(): Promise<boolean> {
  if (gnuTimeWorks !== null) return gnuTimeWorks;
  if (!existsSync(GNU_TIME)) return (gnuTimeWorks = false);
  const probe = await runPlain(GNU_TIME, ["-v", "true"]).catch(() => null);
  gnuTimeWorks = probe !== null && probe.code === 0 && /Maximum resident set size/.test(probe.stderr);
  return gnuTimeWorks;
}

const OUTPUT_LIMIT = 4 * 1024 * 1024;

function appendCapped(current: string, chunk: string): string {
  const next = current + chunk;
  return next.length > OUTPUT_LIMIT ? next.slice(next.length - OUTPUT_LIMIT) : next;
}

/** A child without measurement (version probes, apt-get). */
export function runPlain(command: string, args: string[], options: { cwd?: string; timeoutMs?: number } = {}): Promise<{ code: number | null; stdout: string; stderr: string }> {
  return new Promise((resolvePromise, reject) => {
    const child = spawn(command, args, { cwd: options.cwd, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (c: string) => (stdout = appendCapped(stdout, c)));
    child.stderr.setEncoding("utf8").on("data", (c: string) => (stderr = appendCapped(stderr, c)));
    const timer = setTimeout(() => child.kill("SIGKILL"), options.timeoutMs ?? 60_000);
    child.on("error", (error) => {
      clearTimeout(timer);
      reject(error);
    });
    child.on("close", (code) => {
      clearTimeout(timer);
      resolvePromise({ code, stdout, stderr });
    });
  });
}

/**
 * Runs one command as a measured child: under GNU `time -v` when available (its report goes to
 * a file, so the child's stderr stays its own), with a /proc poller beside it for the tree's
 * summed RSS. The child gets its own process group so a timeout kills everything it started.
 */
export async function runChild(command: string, args: string[], options: RunChildOptions = {}): Promise<ChildResult> {
  await waitForQuiet();
  const useTime = await hasGnuTime();
  let timeReport: string | null = null;
  let tempDir: string | null = null;
  let file = command;
  let argv = args;
  if (useTime) {
    tempDir = await mkdtemp(join(tmpdir(), "draad-bench-"));
    timeReport = join(tempDir, "time.txt");
    file = GNU_TIME;
    argv = ["-v", "-o", timeReport, command, ...args];
  }
  const commandText = [command, ...args].map((a) => (/[^\w@%+=:,./-]/.test(a) ? JSON.stringify(a) : a)).join(" ");
  const busyBefore = readBusy();
  const started = process.hrtime.bigint();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ["ignore", "pipe", "pipe"], detached: true });
  if (child.pid !== undefined) activeGroups.add(child.pid);
  let stdout = "";
  let stderr = "";
  child.stdout!.setEncoding("utf8").on("data", (c: string) => (stdout = appendCapped(stdout, c)));
  child.stderr!.setEncoding("utf8").on("data", (c: string) => (stderr = appendCapped(stderr, c)));

  let treePeak = 0;
  let hwmPeak = 0;
  const sample = () => {
    if (child.pid === undefined) return;
    const tree = processTree(child.pid);
    let sum = 0;
    for (const pid of tree) {
      const status = readStatus(pid);
      if (!status) continue;
      sum += statusField(status, "VmRSS") ?? 0;
      hwmPeak = Math.max(hwmPeak, statusField(status, "VmHWM") ?? 0);
    }
    treePeak = Math.max(treePeak, sum);
  };
  const canPoll = existsSync("/proc/self/status");
  const poller = canPoll ? setInterval(sample, options.pollMs ?? 250) : null;
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    try {
      if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
    } catch {
      child.kill("SIGKILL");
    }
  }, options.timeoutMs ?? 3_600_000);

  const { code, signal } = await new Promise<{ code: number | null; signal: string | null }>((resolvePromise) => {
    child.on("error", (error) => {
      stderr += `\n${error.message}`;
      resolvePromise({ code: null, signal: null });
    });
    child.on("close", (c, s) => resolvePromise({ code: c, signal: s }));
  });
  const wallSeconds = Number(process.hrtime.bigint() - started) / 1e9;
  const busyAfter = readBusy();
  if (child.pid !== undefined) activeGroups.delete(child.pid);
  clearTimeout(timer);
  if (poller) clearInterval(poller);

  let verbose: TimeVerbose | null = null;
  if (timeReport) {
    try {
      verbose = parseTimeVerbose(readFileSync(timeReport, "utf8"));
    } catch {
      verbose = null;
    }
  }
  if (tempDir) await rm(tempDir, { recursive: true, force: true });
  // GNU time exits with the child's status; "Command terminated by signal" also ends up there.
  const peakFromTime = verbose?.maxRssBytes ?? null;
  const childCpu = verbose?.userSeconds != null && verbose.systemSeconds != null ? verbose.userSeconds + verbose.systemSeconds : null;
  const otherCpuSeconds = busyBefore !== null && busyAfter !== null && childCpu !== null ? Math.max(0, busyAfter - busyBefore - childCpu) : null;
  return {
    command: commandText,
    code: verbose?.exitStatus ?? code,
    signal,
    timedOut,
    stdout,
    stderr,
    wallSeconds,
    peakRssBytes: peakFromTime ?? (hwmPeak > 0 ? hwmPeak : null),
    peakRssSource: peakFromTime !== null ? "time -v" : hwmPeak > 0 ? "/proc VmHWM" : null,
    treePeakRssBytes: treePeak > 0 ? treePeak : null,
    userSeconds: verbose?.userSeconds ?? null,
    systemSeconds: verbose?.systemSeconds ?? null,
    otherCpuSeconds,
  };
}

function readStatus(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/status`, "utf8");
  } catch {
    return null;
  }
}

/** `root` and all its descendants, from the parent pids in /proc/<pid>/stat. */
export function processTree(root: number): number[] {
  const children = new Map<number, number[]>();
  let names: string[];
  try {
    names = readdirSync("/proc");
  } catch {
    return [root];
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, "utf8");
    } catch {
      continue;
    }
    const ppid = parseStatPpid(stat);
    if (ppid === null) continue;
    const list = children.get(ppid);
    if (list) list.push(Number(name));
    else children.set(ppid, [Number(name)]);
  }
  const tree: number[] = [];
  const queue = [root];
  while (queue.length) {
    const pid = queue.pop()!;
    tree.push(pid);
    for (const c of children.get(pid) ?? []) queue.push(c);
  }
  return tree;
}

/** The parent pid from /proc/<pid>/stat (the command name in parentheses may hold spaces). */
export function parseStatPpid(stat: string): number | null {
  const close = stat.lastIndexOf(")");
  if (close < 0) return null;
  const fields = stat.slice(close + 2).split(" ");
  const ppid = Number(fields[1]);
  return Number.isInteger(ppid) ? ppid : null;
}

// ---------------------------------------------------------------------------------------------
// Folders

export interface FolderSize {
  bytes: number;
  files: number;
}

/** Sum of the (apparent) sizes of every regular file below `dir`. */
export async function folderSize(dir: string): Promise<FolderSize> {
  let bytes = 0;
  let files = 0;
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  const paths = entries.filter((e) => e.isFile()).map((e) => join(e.parentPath ?? (e as unknown as { path: string }).path, e.name));
  for (let i = 0; i < paths.length; i += 256) {
    const stats = await Promise.all(paths.slice(i, i + 256).map((p) => stat(p)));
    for (const s of stats) {
      bytes += s.size;
      files++;
    }
  }
  return { bytes, files };
}

/** Relative paths (with `/`) of every regular file below `dir`, sorted. */
export async function listFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile())
    .map((e) => relative(dir, join(e.parentPath ?? (e as unknown as { path: string }).path, e.name)).split(sep).join("/"))
    .sort();
}

export interface TreeComparison {
  identical: boolean;
  filesA: number;
  filesB: number;
  /** Files in both whose bytes differ. */
  differing: string[];
  onlyInA: string[];
  onlyInB: string[];
  /** For the first differing file: the first differing byte and a little text around it in each. */
  firstDifference: { path: string; offset: number; a: string; b: string } | null;
}

/** Byte-for-byte comparison of two folders. */
export async function compareTrees(a: string, b: string): Promise<TreeComparison> {
  const [listA, listB] = await Promise.all([listFiles(a), listFiles(b)]);
  const setB = new Set(listB);
  const setA = new Set(listA);
  const onlyInA = listA.filter((p) => !setB.has(p));
  const onlyInB = listB.filter((p) => !setA.has(p));
  const common = listA.filter((p) => setB.has(p));
  const differing: string[] = [];
  let firstDifference: TreeComparison["firstDifference"] = null;
  for (let i = 0; i < common.length; i += 64) {
    const batch = common.slice(i, i + 64);
    const results = await Promise.all(
      batch.map(async (path) => {
        const [x, y] = await Promise.all([readFile(join(a, path)), readFile(join(b, path))]);
        return { path, x, y, same: x.equals(y) };
      }),
    );
    for (const r of results) {
      if (r.same) continue;
      differing.push(r.path);
      if (!firstDifference) {
        let offset = 0;
        while (offset < r.x.length && offset < r.y.length && r.x[offset] === r.y[offset]) offset++;
        const around = (buf: Buffer) => buf.subarray(Math.max(0, offset - 60), offset + 60).toString("utf8").replace(/\s+/g, " ");
        firstDifference = { path: r.path, offset, a: around(r.x), b: around(r.y) };
      }
    }
  }
  return {
    identical: differing.length === 0 && onlyInA.length === 0 && onlyInB.length === 0,
    filesA: listA.length,
    filesB: listB.length,
    differing,
    onlyInA,
    onlyInB,
    firstDifference,
  };
}

// ---------------------------------------------------------------------------------------------
// Goals (issue #5)

export type GoalState = "met" | "not met" | "not measured";

export function goalState(value: number | null | undefined, limit: number, direction: "<=" | ">="): GoalState {
  if (value == null || !Number.isFinite(value)) return "not measured";
  return (direction === "<=" ? value <= limit : value >= limit) ? "met" : "not met";
}

/** Combines sub-goals: any "not met" wins, then "not measured", else "met". */
export function allGoals(states: readonly GoalState[]): GoalState {
  if (states.includes("not met")) return "not met";
  if (states.includes("not measured") || states.length === 0) return "not measured";
  return "met";
}
