/**
 * Baselines for the benchmark harness: the same number of pages as draad wrote, built by Hugo and
 * by plain Eleventy 3 from plain Markdown (front matter title and date, about 2 KB of text each,
 * cut from the generated capture texts so the content is comparable), with minimal layouts.
 *
 * Each site is written once per page count under .cache/bench/ and built clean (output folder
 * removed first) in every run, as a separate measured child process.
 */
import { existsSync, readdirSync, readFileSync } from "node:fs";
import { mkdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { folderSize, isNoisy, median, runChild, runPlain, type ChildResult } from "./measure.js";

// ---------------------------------------------------------------------------------------------
// Page content

export interface BaselinePage {
  slug: string;
  title: string;
  /** ISO 8601 with offset. */
  date: string;
  /** Markdown paragraphs, about `bytes` long together. */
  body: string;
}

/** Prose paragraphs of one capture: body lines of at least 120 characters, front matter left out. */
export function proseParagraphs(captureText: string): string[] {
  const text = captureText.replace(/^---\n[\s\S]*?\n---\n/, "");
  return text
    .split(/\n+/)
    .map((line) => line.trim())
    .filter((line) => line.length >= 120);
}

/** A headline-like title from a paragraph: its first sentence without the dateline, at most 80 characters. */
export function titleOf(paragraph: string): string {
  const withoutDateline = paragraph.replace(/^[A-ZÀ-Ý' .-]+\s*\([^)]*\)\s*-\s*/, "");
  const sentence = /^(.+?[.!?])(\s|$)/.exec(withoutDateline)?.[1] ?? withoutDateline;
  if (sentence.length <= 80) return sentence.replace(/[.!?]$/, "");
  return sentence.slice(0, 80).replace(/\s+\S*$/, "");
}

/**
 * `count` pages of about `bytes` bytes of text each, cut in order from the paragraphs of the
 * capture texts (read lazily; `texts()` is called again when they run out). Deterministic.
 */
export function* baselinePages(texts: () => Iterable<string>, count: number, bytes = 2000, start = Date.UTC(2024, 0, 1, 5, 0)): Generator<BaselinePage> {
  const fallback = "Geen tekst beschikbaar in de gegenereerde captures; deze alinea vult de pagina op zodat er iets te renderen is.";
  function* paragraphs(): Generator<string> {
    for (;;) {
      let any = false;
      for (const text of texts()) {
        for (const p of proseParagraphs(text)) {
          any = true;
          yield p;
        }
      }
      if (!any) yield fallback;
    }
  }
  const source = paragraphs();
  for (let i = 0; i < count; i++) {
    const parts: string[] = [];
    let size = 0;
    while (size < bytes) {
      const p = source.next().value as string;
      parts.push(p);
      size += Buffer.byteLength(p) + 2;
    }
    const date = new Date(start + i * 7 * 60_000).toISOString().replace(/\.\d{3}Z$/, "+00:00");
    yield { slug: `p${String(i + 1).padStart(6, "0")}`, title: titleOf(parts[0]!), date, body: parts.join("\n\n") };
  }
}

/** The texts of the capture files in `corpusDir`, in file-name order. */
export function* corpusTexts(corpusDir: string): Generator<string> {
  for (const name of readdirSync(corpusDir).filter((n) => n.endsWith(".txt")).sort()) yield readFileSync(join(corpusDir, name), "utf8");
}

function frontMatter(page: BaselinePage): string {
  // JSON strings are valid YAML double-quoted scalars.
  return `---\ntitle: ${JSON.stringify(page.title)}\ndate: ${page.date}\n---\n\n`;
}

async function writeInBatches(files: Iterable<{ path: string; data: string }>): Promise<number> {
  let count = 0;
  let batch: Promise<void>[] = [];
  for (const f of files) {
    batch.push(writeFile(f.path, f.data));
    count++;
    if (batch.length >= 64) {
      await Promise.all(batch);
      batch = [];
    }
  }
  await Promise.all(batch);
  return count;
}

/** A marker file: the site is rewritten only when the page count, seed or layout version changed. */
async function upToDate(dir: string, key: string): Promise<boolean> {
  const marker = join(dir, ".bench-site");
  return existsSync(marker) && (await readFile(marker, "utf8")) === key;
}

// ---------------------------------------------------------------------------------------------
// Hugo

const HUGO_CONFIG = `baseURL = "http://localhost:8080/"
languageCode = "nl"
defaultContentLanguage = "nl"
title = "Baseline"
`;
const HUGO_BASEOF = `<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ .Title }}</title></head>
<body><header><a href="{{ "/" | relURL }}">Baseline</a></header><main>{{ block "main" . }}{{ end }}</main></body>
</html>
`;
const HUGO_SINGLE = `{{ define "main" }}<article><h1>{{ .Title }}</h1><p><time datetime="{{ .Date.Format "2006-01-02T15:04:05Z07:00" }}">{{ .Date.Format "2 January 2006 15:04" }}</time></p>{{ .Content }}</article>{{ end }}
`;
const HUGO_LIST = `{{ define "main" }}<h1>{{ .Title }}</h1><ul>{{ range first 50 .Pages }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a></li>{{ end }}</ul>{{ end }}
`;

/** A minimal Hugo site with `pages` posts in `dir` (content/posts/pNNNNNN.md). */
export async function writeHugoSite(dir: string, pages: Iterable<BaselinePage>, key: string): Promise<void> {
  if (await upToDate(dir, key)) return;
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, "content", "posts"), { recursive: true });
  await mkdir(join(dir, "layouts", "_default"), { recursive: true });
  await writeFile(join(dir, "hugo.toml"), HUGO_CONFIG);
  await writeFile(join(dir, "layouts", "_default", "baseof.html"), HUGO_BASEOF);
  await writeFile(join(dir, "layouts", "_default", "single.html"), HUGO_SINGLE);
  await writeFile(join(dir, "layouts", "_default", "list.html"), HUGO_LIST);
  await writeFile(join(dir, "content", "posts", "_index.md"), `---\ntitle: "Berichten"\n---\n`);
  await writeInBatches(
    (function* () {
      for (const page of pages) yield { path: join(dir, "content", "posts", `${page.slug}.md`), data: frontMatter(page) + page.body + "\n" };
    })(),
  );
  await writeFile(join(dir, ".bench-site"), key);
}

// ---------------------------------------------------------------------------------------------
// Eleventy

const ELEVENTY_LAYOUT = `<!DOCTYPE html>
<html lang="nl">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><title>{{ title }}</title></head>
<body><header><a href="/">Baseline</a></header><main>
<article><h1>{{ title }}</h1><p><time datetime="{{ page.date.toISOString() }}">{{ page.date.toISOString() }}</time></p>
{{ content | safe }}
</article></main></body>
</html>
`;
const ELEVENTY_INDEX = `---
title: Berichten
---
<!DOCTYPE html>
<html lang="nl"><head><meta charset="utf-8"><title>{{ title }}</title></head>
<body><h1>{{ title }}</h1><ul>{% for post in collections.posts | reverse %}{% if loop.index0 < 50 %}<li><a href="{{ post.url }}">{{ post.data.title }}</a></li>{% endif %}{% endfor %}</ul></body></html>
`;

/** A minimal Eleventy site: src/posts/pNNNNNN.md with a Nunjucks layout, and an index page. */
export async function writeEleventySite(dir: string, pages: Iterable<BaselinePage>, key: string): Promise<void> {
  if (await upToDate(dir, key)) return;
  await rm(dir, { recursive: true, force: true });
  await mkdir(join(dir, "src", "posts"), { recursive: true });
  await mkdir(join(dir, "src", "_includes"), { recursive: true });
  await writeFile(join(dir, "src", "_includes", "post.njk"), ELEVENTY_LAYOUT);
  await writeFile(join(dir, "src", "index.njk"), ELEVENTY_INDEX);
  await writeFile(join(dir, "src", "posts", "posts.json"), JSON.stringify({ layout: "post.njk", tags: "posts" }) + "\n");
  await writeInBatches(
    (function* () {
      for (const page of pages) yield { path: join(dir, "src", "posts", `${page.slug}.md`), data: frontMatter(page) + page.body + "\n" };
    })(),
  );
  await writeFile(join(dir, ".bench-site"), key);
}

// ---------------------------------------------------------------------------------------------
// Tools

export interface Tool {
  name: "hugo" | "eleventy";
  available: boolean;
  version: string | null;
  /** Why it is not available. */
  reason: string | null;
  command: string;
}

async function which(command: string): Promise<string | null> {
  const r = await runPlain("sh", ["-c", `command -v ${command}`]).catch(() => null);
  return r && r.code === 0 ? r.stdout.trim() || null : null;
}

let hugoInstallTried = false;

/** Hugo from PATH; when missing, `apt-get install -y hugo` is tried once (as root only). */
export async function findHugo(log: (line: string) => void): Promise<Tool> {
  let path = await which("hugo");
  if (!path && !hugoInstallTried && process.getuid?.() === 0 && (await which("apt-get"))) {
    hugoInstallTried = true;
    log("Hugo not found: trying apt-get install -y hugo once");
    const r = await runPlain("apt-get", ["install", "-y", "hugo"], { timeoutMs: 600_000 }).catch((e: Error) => ({ code: 1, stdout: "", stderr: e.message }));
    if (r.code !== 0) log(`apt-get install -y hugo failed: ${r.stderr.trim().split("\n").slice(-1)[0] ?? ""}`);
    path = await which("hugo");
  }
  if (!path) {
    log("Hugo missing: apt-get install hugo");
    return { name: "hugo", available: false, version: null, reason: "Hugo missing: apt-get install hugo (not on PATH; the harness tried apt-get install -y hugo once when running as root)", command: "hugo" };
  }
  const v = await runPlain(path, ["version"]).catch(() => null);
  return { name: "hugo", available: true, version: v?.stdout.trim().split("\n")[0] ?? null, reason: null, command: path };
}

export function findEleventy(projectRoot: string): Tool {
  // Its package.json is not in its "exports", so it is read from node_modules directly.
  const root = join(projectRoot, "node_modules", "@11ty", "eleventy");
  try {
    const pkg = JSON.parse(readFileSync(join(root, "package.json"), "utf8")) as { version: string };
    const cmd = join(root, "cmd.cjs");
    if (!existsSync(cmd)) throw new Error(`${cmd} missing`);
    return { name: "eleventy", available: true, version: pkg.version, reason: null, command: cmd };
  } catch (error) {
    return { name: "eleventy", available: false, version: null, reason: `@11ty/eleventy not installed (${(error as Error).message.split("\n")[0]}); run npm install`, command: "" };
  }
}

// ---------------------------------------------------------------------------------------------
// Runs

export interface BaselineRun {
  wallSeconds: number;
  peakRssBytes: number | null;
  treePeakRssBytes: number | null;
  cpuSeconds: number | null;
  otherCpuSeconds?: number | null;
  htmlFiles: number;
  outputBytes: number;
  ok: boolean;
  error?: string;
}

export interface BaselineResult {
  tool: "hugo" | "eleventy";
  version: string | null;
  pages: number;
  command: string;
  runs: BaselineRun[];
  median: { wallSeconds: number | null; peakRssBytes: number | null; treePeakRssBytes: number | null; cpuSeconds: number | null } | null;
  skipped?: string;
  error?: string;
}

function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile() && e.name.endsWith(".html")).length;
}

function failure(r: ChildResult): string {
  const tail = (r.stderr || r.stdout).trim().split("\n").slice(-5).join(" | ");
  return r.timedOut ? "timed out" : `exit ${r.code ?? r.signal}: ${tail.slice(0, 500)}`;
}

export async function runBaseline(
  tool: Tool,
  siteDir: string,
  pages: number,
  runs: number,
  options: { timeoutMs: number; log: (line: string) => void; numbering?: { from: number; of: number } },
): Promise<BaselineResult> {
  const out = join(siteDir, "out");
  const command =
    tool.name === "hugo" ? ["hugo", "--quiet", "--minify=false", "-d", "out"] : ["node", tool.command, "--quiet", "--input=src", "--output=out"];
  const result: BaselineResult = { tool: tool.name, version: tool.version, pages, command: command.join(" "), runs: [], median: null };
  for (let i = 0; i < runs; i++) {
    await rm(out, { recursive: true, force: true });
    if (tool.name === "hugo") await rm(join(siteDir, "resources"), { recursive: true, force: true });
    const r =
      tool.name === "hugo"
        ? await runChild(tool.command, command.slice(1), { cwd: siteDir, timeoutMs: options.timeoutMs })
        : await runChild(process.execPath, command.slice(1), { cwd: siteDir, timeoutMs: options.timeoutMs });
    const ok = r.code === 0 && !r.timedOut;
    const size = ok && existsSync(out) ? await folderSize(out) : { bytes: 0, files: 0 };
    const run: BaselineRun = {
      wallSeconds: r.wallSeconds,
      peakRssBytes: r.peakRssBytes,
      treePeakRssBytes: r.treePeakRssBytes,
      cpuSeconds: r.userSeconds !== null && r.systemSeconds !== null ? r.userSeconds + r.systemSeconds : null,
      otherCpuSeconds: r.otherCpuSeconds,
      htmlFiles: ok ? countHtml(out) : 0,
      outputBytes: size.bytes,
      ok,
      ...(ok ? {} : { error: failure(r) }),
    };
    result.runs.push(run);
    options.log(
      `  ${tool.name.padEnd(8)} run ${i + 1 + (options.numbering?.from ?? 0)}/${options.numbering?.of ?? runs}: ${ok ? `${run.wallSeconds.toFixed(2)} s, CPU ${run.cpuSeconds?.toFixed(2) ?? "?"} s, peak RSS ${((run.peakRssBytes ?? 0) / 2 ** 20).toFixed(0)} MiB, ${run.htmlFiles} html files; other CPU ${run.otherCpuSeconds?.toFixed(1) ?? "?"} s${isNoisy(run) ? " (NOISY)" : ""}` : `FAILED ${run.error}`}`,
    );
    if (!ok) break;
  }
  setBaselineMedian(result);
  await rm(out, { recursive: true, force: true });
  return result;
}

/** The median of a baseline's runs (set on `result`), or its error when no run built. */
export function setBaselineMedian(result: BaselineResult): void {
  const built = result.runs.filter((r) => r.ok);
  // Runs on a busy machine are left out of the median when there is a quiet one.
  const quiet = built.filter((r) => !isNoisy(r));
  const good = quiet.length > 0 ? quiet : built;
  if (good.length) {
    result.median = {
      wallSeconds: median(good.map((r) => r.wallSeconds)),
      peakRssBytes: median(good.map((r) => r.peakRssBytes ?? NaN)),
      treePeakRssBytes: median(good.map((r) => r.treePeakRssBytes ?? NaN)),
      cpuSeconds: median(good.map((r) => r.cpuSeconds ?? NaN)),
    };
  } else result.error = result.runs.find((r) => !r.ok)?.error ?? "no run";
}
