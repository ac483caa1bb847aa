/**
 * How long a new capture takes to reach the browser in `draad serve` (issue #15): the server is
 * started on a copy of a corpus and left to build; then, round after round, one new capture is
 * written into its input and the clock runs until the server's live-reload event says the
 * rebuilt site is in place and the home page it serves shows the new report's headline.
 *
 *   npx tsx bench/serve-latency.ts --input .cache/bench/corpus-10000 [--no-search] [--rounds 3]
 *
 * `npm run bench` runs it for every size (step "serve"); the figures go into bench/RESULTS.md.
 */
import { spawn, type ChildProcess } from "node:child_process";
import { cpSync, mkdirSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { get } from "node:http";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

export interface ServeRound {
  /** From writing the capture to the live-reload event with the new headline served. */
  seconds: number;
  /** What the server said of its rebuild ("rebuilt in 1.23 s: 1 of 10001 capture(s) read, ..."). */
  serverLine: string | null;
}

export interface ServeLatency {
  search: boolean;
  /** The server's first, full build (from start to listening). */
  startSeconds: number | null;
  rounds: ServeRound[];
  medianSeconds: number | null;
  error?: string;
  skipped?: string;
}

const here = fileURLToPath(new URL(".", import.meta.url));

/** The newest capture time of a corpus, from its file names (YYYY-MM-DDTHHMM-...). */
function newestCaptureMs(dir: string): number {
  let newest = 0;
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const m = /(\d{4})-(\d{2})-(\d{2})T(\d{2})(\d{2})/.exec(name);
    if (m) newest = Math.max(newest, Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]! - 1, +m[5]!));
  }
  return newest || Date.UTC(2025, 0, 1);
}

/** A capture of an invented, harmless event, one hour after `afterMs` plus `round` hours. */
function newCapture(afterMs: number, round: number): { name: string; text: string; headline: string } {
  const at = new Date(afterMs + (round + 1) * 3_600_000);
  const iso = at.toISOString().replace(/\.\d{3}Z$/, "Z");
  const headline = `Kinderboerderij in Wezep krijgt ${round + 3} nieuwe geiten`;
  const text = `---\ncaptured: ${iso}\n---\n${headline}\nWEZEP (ANP) - De kinderboerderij in Wezep heeft er ${round + 3} geiten bij. De dieren komen van een boerderij uit de buurt, meldt de stichting die de kinderboerderij beheert.\nBezoekers kunnen de geiten vanaf zaterdag aaien.\n`;
  return { name: `${iso.slice(0, 10)}T${iso.slice(11, 13)}${iso.slice(14, 16)}-serve-latency-${round}.txt`, text, headline };
}

function fetchText(url: string): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    get(url, (response) => {
      let body = "";
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (body += chunk));
      response.on("end", () => resolvePromise(body));
    }).on("error", reject);
  });
}

const median = (xs: number[]) => {
  if (xs.length === 0) return null;
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2]! : (s[s.length / 2 - 1]! + s[s.length / 2]!) / 2;
};

export async function measureServeLatency(options: {
  corpusDir: string;
  work: string;
  search: boolean;
  rounds?: number;
  /** The draad command (src/cli/draad.mjs) and the folder to run it in. */
  draad?: string;
  cwd?: string;
  timeoutMs?: number;
  log?: (line: string) => void;
}): Promise<ServeLatency> {
  const rounds = options.rounds ?? 3;
  const timeoutMs = options.timeoutMs ?? 15 * 60_000;
  const log = options.log ?? (() => {});
  const input = join(options.work, "serve-input");
  const output = join(options.work, "serve-site");
  const cache = join(options.work, "serve-cache");
  for (const d of [input, output, `${output}.draad`, cache]) rmSync(d, { recursive: true, force: true });
  mkdirSync(options.work, { recursive: true });
  cpSync(options.corpusDir, input, { recursive: true });
  const after = newestCaptureMs(input);
  const draad = options.draad ?? resolve(here, "..", "src", "cli", "draad.mjs");
  const result: ServeLatency = { search: options.search, startSeconds: null, rounds: [], medianSeconds: null };
  let child: ChildProcess | null = null;
  let events: ReturnType<typeof get> | null = null;
  try {
    const started = performance.now();
    child = spawn(process.execPath, [draad, "serve", "--input", input, "--output", output, "--cache", cache, "--port", "0", ...(options.search ? [] : ["--no-search"])], {
      cwd: options.cwd ?? resolve(here, ".."),
      env: { ...process.env, CI: "1" },
      stdio: ["ignore", "pipe", "pipe"],
    });
    let stdout = "";
    let stderr = "";
    const serverLines: string[] = [];
    child.stdout!.setEncoding("utf8").on("data", (t: string) => (stdout += t));
    child.stderr!.setEncoding("utf8").on("data", (t: string) => {
      stderr += t;
      for (const line of t.split("\n")) if (line.startsWith("draad serve: rebuilt")) serverLines.push(line.replace(/^draad serve: /, ""));
    });
    const indexLines = () => (stderr.match(/^draad serve: search index of /gm) ?? []).length;
    const deadline = Date.now() + timeoutMs;
    const waitFor = async <T>(what: string, test: () => T | null | undefined | false): Promise<T> => {
      for (;;) {
        const value = test();
        if (value) return value;
        if (child!.exitCode !== null) throw new Error(`draad serve stopped (exit ${child!.exitCode}) while waiting for ${what}: ${stderr.trim().split("\n").slice(-3).join(" | ")}`);
        if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
        await new Promise((r) => setTimeout(r, 20));
      }
    };
    const url = await waitFor("the server's address", () => /draad serve: (http:\/\/\S+\/)/.exec(stdout)?.[1]);
    result.startSeconds = (performance.now() - started) / 1000;
    log(`serve         first build and start: ${result.startSeconds.toFixed(1)} s (${url})`);
    // The live-reload stream, as a browser tab of the site holds it.
    let built = 0;
    events = get(`${url}__draad/events`, (response) => {
      response.setEncoding("utf8");
      response.on("data", (chunk: string) => (built += (chunk.match(/event: built/g) ?? []).length));
    });
    await new Promise((r) => setTimeout(r, 300));
    for (let round = 0; round < rounds; round++) {
      // With search, a rebuild's index is made after its pages (at 10,000 captures about as long
      // as the rebuild; the first build makes it at once). A round starts once the last round's
      // index is in, so that it measures one new capture, not one that arrives while the index of
      // the one before is still being made and shares the two cores with it.
      if (options.search && round > 0) {
        const until = Date.now() + 120_000;
        while (indexLines() < round && Date.now() < until && child!.exitCode === null) await new Promise((r) => setTimeout(r, 20));
      }
      const capture = newCapture(after, round);
      const before = built;
      const linesBefore = serverLines.length;
      const t0 = performance.now();
      writeFileSync(join(input, capture.name), capture.text);
      await waitFor("the live-reload event", () => built > before);
      const home = await fetchText(url);
      if (!home.includes(capture.headline)) throw new Error(`the rebuilt home page does not show "${capture.headline}"`);
      const seconds = (performance.now() - t0) / 1000;
      await waitFor("the server's rebuild line", () => serverLines.length > linesBefore).catch(() => null);
      result.rounds.push({ seconds, serverLine: serverLines[linesBefore] ?? null });
      log(`serve         new capture in the browser after ${seconds.toFixed(2)} s; server: ${serverLines[linesBefore] ?? "?"}`);
      // Let the watcher and the old version's removal settle before the next round.
      await new Promise((r) => setTimeout(r, 2500));
    }
    result.medianSeconds = median(result.rounds.map((r) => r.seconds));
  } catch (error) {
    result.error = (error as Error).message;
  } finally {
    events?.destroy();
    if (child && child.exitCode === null) {
      child.kill("SIGINT");
      await new Promise((r) => {
        const timer = setTimeout(() => (child!.kill("SIGKILL"), r(null)), 10_000);
        child!.once("exit", () => (clearTimeout(timer), r(null)));
      });
    }
    for (const d of [input, output, `${output}.draad`, cache]) rmSync(d, { recursive: true, force: true });
  }
  return result;
}

// Run by itself: npx tsx bench/serve-latency.ts --input DIR [--no-search] [--rounds N]
if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const args = process.argv.slice(2);
  const flag = (name: string) => {
    const i = args.indexOf(name);
    return i >= 0 ? args[i + 1] : undefined;
  };
  const corpusDir = flag("--input");
  if (!corpusDir) {
    console.error("usage: npx tsx bench/serve-latency.ts --input CORPUS_DIR [--no-search] [--rounds N]");
    process.exit(2);
  }
  const result = await measureServeLatency({
    corpusDir: resolve(corpusDir),
    work: resolve(here, "..", ".cache", "bench", `serve-${process.pid}`),
    search: !args.includes("--no-search"),
    rounds: Number(flag("--rounds") ?? 3),
    log: (line) => console.log(line),
  });
  console.log(JSON.stringify(result, null, 2));
  process.exitCode = result.error ? 1 : 0;
}
