/**
 * `draad` command line: argument parsing and output only; the work happens in the pipeline.
 * Exit codes: 0 success (warnings allowed), 1 content errors, 2 usage errors or unreadable files.
 */
import { readFile, stat } from "node:fs/promises";
import { parseArguments, stringFlag, UsageError, type ParsedArguments } from "./arguments.js";
import { findCaptureFiles } from "./capture-files.js";
import { parseCapture, formatDiagnostic, type CaptureRecord } from "../wire/index.js";
import { parseTimestamp } from "../wire/amsterdam-time.js";
import { buildSite, PROJECT_ROOT } from "../site/build.js";
import { normalisePrefix } from "../site/view-model.js";
import { AssembleError, assembleParts } from "../site/assemble.js";
import { ContentCache, describeCacheStats } from "../cache/store.js";
import { codeFingerprint } from "../cache/fingerprint.js";
import { archivePart, itemsOfOtherYears, PART_YEARS, readPlaceAliases, type Archive, type ArchiveDiagnostic, type PlaceAliases } from "../archive/index.js";
import { loadArchive, type PartCaptures } from "./load-captures.js";
import { dirname, relative, resolve, sep } from "node:path";

/** Where `draad build` keeps its cache unless --cache says otherwise. */
const DEFAULT_CACHE = ".cache/draad";

const USAGE = `draad: static news archive for Dutch wire text

Usage:
  draad parse [--captured-at ISO] FILE...   print one JSON record per capture
  draad check [--captured-at ISO] [--quiet] [--strict] FILE|DIR...
                                            print diagnostics and a summary
  draad export [--input DIR] [--captured-at ISO] [--places FILE]
                                            print the merged archive as JSON
  draad build [--input DIR] [--output DIR] [--base-url URL] [--path-prefix /sub/] [--no-search]
                                            build the site (default content/wire -> _site)
  draad build --year YYYY --output parts/YYYY ...
                                            build one year's part of a partitioned site
  draad assemble [--output DIR] PART...     put year parts together into one site
  draad COMMAND --help                      help for one command
`;

const HELP: Record<string, string> = {
  parse: `Usage: draad parse [--captured-at ISO] FILE...

Parses each capture and prints a JSON array with one record per FILE, in argument order
(the format is src/wire/capture.schema.json).

  --captured-at ISO   capture time for files without \`captured:\` front matter,
                      e.g. 2025-11-22T10:00:00+01:00 (a file-name timestamp comes after it)

Exit status: 0 when every file was read; 2 on a usage error or an unreadable file
(the other files are still parsed and printed).
`,
  check: `Usage: draad check [--captured-at ISO] [--quiet] [--strict] FILE|DIR...

Parses captures (a DIR is searched for *.txt files) and prints every diagnostic as
  path:line:col  severity  code  message
followed by a summary.

  --captured-at ISO   capture time for files without \`captured:\` front matter
  --quiet             leave out info diagnostics
  --strict            warnings make the check fail too

Exit status: 0 no errors, 1 errors found (or warnings with --strict), 2 usage error.
`,
  export: `Usage: draad export [--input DIR] [--captured-at ISO] [--places FILE]

Parses every capture under --input (default content/wire), merges them into one archive
(each report once, dated by all its sightings, briefs linked to their articles, related
items and story lines) and prints it as one JSON object:
  { items, places, sections, agencies, stories, diagnostics, summary }
The format is described in the README ("The archive").

  --captured-at ISO   capture time for files without \`captured:\` front matter or file-name time
  --places FILE       place alias table (default content/places.yaml when it exists)

Diagnostics go into the JSON, not to stderr; a one-line summary goes to stderr.
Exit status: 0 exported (warnings allowed), 1 exported but some files were rejected,
2 usage error or unreadable input folder.
`,
  build: `Usage: draad build [--input DIR] [--output DIR] [--base-url URL] [--path-prefix /sub/]
                   [--captured-at ISO] [--places FILE] [--pages DIR] [--no-search]
                   [--cache DIR | --no-cache] [--year YYYY] [--strict]

Parses every capture under --input (default content/wire), merges them into the archive and
renders the site with Eleventy into --output (default _site): article and brief pages, day,
month and year archives, section, place, agency and story pages, feeds, sitemap, and a
Pagefind search index. The site is written to a temporary folder and moved into place only
when the build succeeded.

  --base-url URL       public address, for canonical links, feeds and the sitemap
                       (default http://localhost:8080)
  --path-prefix /sub/  the site lives in a subfolder of --base-url (GitHub Pages project sites)
  --captured-at ISO    capture time for files without \`captured:\` front matter
  --places FILE        place alias table (default content/places.yaml when it exists)
  --pages DIR          Markdown pages (default content/pages)
  --no-search          skip the search index (quicker previews and benchmarks)
  --search-bundle N    reports per search bundle (default 15000); larger archives are indexed
                       in several bundles that the search page merges, to bound memory
  --cache DIR          build cache (default .cache/draad): captures and pages that did not
                       change since the last build into the same --output are reused
  --no-cache           neither read nor write the cache (a clean build)
  --year YYYY          build only that year's part of a partitioned site (for archives too
                       large for one process): the captures of the year plus 7 days around
                       it, the items published in the year, under <path-prefix>YYYY/; then
                       put the parts together with draad assemble
  --strict             warnings make the build fail (exit 1); the site is still written

Progress per phase goes to stderr in a terminal; diagnostics (errors and warnings) always.
Exit status: 0 built (warnings allowed), 1 built but there were errors (files rejected,
unreadable, or refused front matter) or, with --strict, warnings; 2 usage error.
`,
  assemble: `Usage: draad assemble [--output DIR] PART...

Puts the year parts of a partitioned site together (each PART is the --output of a
draad build --year YYYY, all built with the same --base-url and --path-prefix): each part goes
to DIR/YYYY/ (hard-linked where possible), and the root pages are made from the parts'
draad-part.json: the home page with the newest year's latest news, the archive overview of
all years, one search page over every part's index, the feeds and a sitemap index.
No capture is read again. The site is staged and swapped in when complete.

  --output DIR   the assembled site (default _site)

Exit status: 0 assembled; 2 usage error (a folder that is not a part, two parts for one
year, parts built for different --base-url or --path-prefix).
`,
};

export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const processIo: CliIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
};

/** Each command: the flags it takes and what runs it. `--help` is handled for all of them. */
const COMMANDS: Record<string, { valueFlags: string[]; booleanFlags: string[]; run: (args: ParsedArguments, io: CliIo) => Promise<number> }> = {
  parse: { valueFlags: ["captured-at"], booleanFlags: [], run: (args, io) => parseCommand(args, io) },
  check: { valueFlags: ["captured-at"], booleanFlags: ["quiet", "strict"], run: (args, io) => checkCommand(args, io) },
  export: { valueFlags: ["input", "captured-at", "places"], booleanFlags: [], run: (args, io) => exportCommand(args, io) },
  build: {
    valueFlags: ["input", "output", "base-url", "path-prefix", "captured-at", "places", "pages", "search-bundle", "cache", "year"],
    booleanFlags: ["no-search", "no-cache", "strict"],
    run: (args, io) => buildCommand(args, io),
  },
  assemble: { valueFlags: ["output"], booleanFlags: [], run: (args, io) => assembleCommand(args, io) },
};

export async function main(argv: string[], io: CliIo = processIo): Promise<number> {
  const [command, ...rest] = argv;
  try {
    const spec = command === undefined ? undefined : COMMANDS[command];
    if (spec) {
      const args = parseArguments(rest, spec.valueFlags, spec.booleanFlags);
      if (args.flags.has("help")) {
        io.stdout(HELP[command!]!);
        return 0;
      }
      return await spec.run(args, io);
    }
    if (command === undefined || command === "help" || command === "--help" || command === "-h") {
      io.stdout(USAGE);
      return command === undefined ? 2 : 0;
    }
    throw new UsageError(`unknown command "${command}"`);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`draad: ${error.message}\n\n${command && HELP[command] ? HELP[command] : USAGE}`);
      return 2;
    }
    throw error;
  }
}

/** The build's "now": SOURCE_DATE_EPOCH when set (reproducible builds), else the clock. */
function nowMs(): number {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : Date.now();
}

function capturedAtOption(args: ParsedArguments): string | null {
  const value = stringFlag(args, "captured-at");
  if (value === undefined) return null;
  if (!parseTimestamp(value)) throw new UsageError(`--captured-at "${value}" is not an ISO 8601 time such as 2025-11-22T10:00:00+01:00`);
  return value;
}

async function readAndParse(path: string, capturedAt: string | null, now: number): Promise<{ record: CaptureRecord; unreadable: boolean }> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(path);
  } catch (error) {
    const reason = (error as NodeJS.ErrnoException).code ?? (error as Error).message;
    return {
      unreadable: true,
      record: {
        source: path,
        capturedAt: null,
        capturedAtSource: null,
        sourceUrl: null,
        published: null,
        pageKind: "empty",
        encoding: "utf-8",
        article: null,
        related: null,
        ticker: [],
        skipped: [],
        diagnostics: [
          { code: "unreadable-file", severity: "error", message: `cannot read the file (${reason}); check the path and its permissions`, line: 1, column: 1, offset: 0 },
        ],
      },
    };
  }
  return { unreadable: false, record: parseCapture(bytes, { source: path, capturedAt, nowMs: now }) };
}

async function parseCommand(args: ParsedArguments, io: CliIo): Promise<number> {
  const capturedAt = capturedAtOption(args);
  if (args.positionals.length === 0) throw new UsageError("parse needs at least one FILE");
  const now = nowMs();
  const records: CaptureRecord[] = [];
  let exit = 0;
  for (const path of args.positionals) {
    const { record, unreadable } = await readAndParse(path, capturedAt, now);
    if (unreadable) {
      io.stderr(`draad: ${record.diagnostics[0]!.message.replace("the file", path)}\n`);
      exit = 2;
    }
    records.push(record);
  }
  io.stdout(JSON.stringify(records, null, 2) + "\n");
  return exit;
}

async function checkCommand(args: ParsedArguments, io: CliIo): Promise<number> {
  const capturedAt = capturedAtOption(args);
  if (args.positionals.length === 0) throw new UsageError("check needs at least one FILE or DIR");
  const quiet = args.flags.has("quiet");
  const strict = args.flags.has("strict");
  const { files, passedOver } = await findCaptureFiles(args.positionals);
  const now = nowMs();
  const counts = { error: 0, warning: 0, info: 0 };
  const kinds = { article: 0, "section-index": 0, "brief-list": 0, empty: 0 };
  for (const entry of passedOver) {
    if (entry.reason === "unreadable" || entry.reason === "symlink-loop") {
      counts.error++;
      io.stdout(`${entry.path}:1:1  error  ${entry.reason === "unreadable" ? "unreadable-file" : "symlink-loop"}  ${entry.detail ?? "a symbolic link leads back into a folder already read"}\n`);
    }
  }
  for (const file of files) {
    const { record } = await readAndParse(file.path, capturedAt, now);
    kinds[record.pageKind]++;
    for (const diagnostic of record.diagnostics) {
      counts[diagnostic.severity]++;
      if (quiet && diagnostic.severity === "info") continue;
      io.stdout(formatDiagnostic(file.path, diagnostic) + "\n");
    }
  }
  const ignored = passedOver.filter((p) => p.reason === "hidden" || p.reason === "not-txt").length;
  io.stdout(
    `\n${files.length} file(s) checked: ${kinds.article} article page(s), ${kinds["section-index"]} section page(s), ${kinds["brief-list"]} brief list(s), ${kinds.empty} empty or rejected; ` +
      `${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} info` +
      (ignored ? `; ${ignored} hidden or non-.txt file(s) passed over` : "") +
      "\n",
  );
  return counts.error > 0 || (strict && counts.warning > 0) ? 1 : 0;
}

const DEFAULT_PLACES = "content/places.yaml";

/** The alias table: --places FILE (must exist), else content/places.yaml when present. */
async function placeAliasesOption(args: ParsedArguments): Promise<{ aliases: PlaceAliases; diagnostics: ArchiveDiagnostic[] }> {
  const given = stringFlag(args, "places");
  const path = given ?? DEFAULT_PLACES;
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch {
    if (given !== undefined) throw new UsageError(`cannot read --places ${given}`);
    return { aliases: {}, diagnostics: [] };
  }
  return readPlaceAliases(text, path);
}

/** Parse and merge an input folder: what export and build share. */
export async function archiveOfFolder(
  args: ParsedArguments,
  io: CliIo,
  progress?: (phase: "parse" | "merge", done: number, total: number) => void,
  cache: ContentCache | null = null,
  partYear?: number,
): Promise<{ archive: Archive; seconds: { parse: number; merge: number }; input: string; files: number; part: (PartCaptures & { otherYears: Map<number, number> }) | null }> {
  if (args.positionals.length > 0) throw new UsageError(`takes no FILE arguments (got ${args.positionals[0]}); use --input DIR`);
  const input = stringFlag(args, "input") ?? "content/wire";
  const info = await stat(input).catch(() => null);
  if (!info?.isDirectory()) throw new UsageError(`--input ${input} is not a folder`);
  const capturedAt = capturedAtOption(args);
  const places = await placeAliasesOption(args);
  const { archive, files, seconds, part } = await loadArchive(input, {
    placeAliases: places.aliases,
    diagnostics: places.diagnostics,
    capturedAt,
    nowMs: nowMs(),
    onProgress: progress,
    cache,
    partYear,
  });
  void io;
  if (!part) return { archive, input, files, seconds, part: null };
  return { archive: archivePart(archive, part), input, files, seconds, part: { ...part, otherYears: itemsOfOtherYears(archive, part.year) } };
}

/**
 * `JSON.stringify(value, null, 2) + "\n"`, written in pieces: the top-level arrays element by
 * element, so that an archive whose JSON is longer than the longest string V8 can hold (about
 * 512 MB: 100,000 captures) is still exported. The text is the same as one stringify.
 */
export function writeJsonStreamed(value: Record<string, unknown>, write: (text: string) => void): void {
  const indent = (text: string, spaces: string) => text.replace(/\n/g, `\n${spaces}`);
  const entries = Object.entries(value).filter(([, v]) => v !== undefined && typeof v !== "function");
  write("{\n");
  entries.forEach(([key, v], i) => {
    write(`  ${JSON.stringify(key)}: `);
    if (Array.isArray(v) && v.length > 0) {
      write("[\n");
      v.forEach((element, j) => write(`    ${indent(JSON.stringify(element ?? null, null, 2), "    ")}${j < v.length - 1 ? "," : ""}\n`));
      write("  ]");
    } else write(indent(JSON.stringify(v, null, 2), "  "));
    write(i < entries.length - 1 ? ",\n" : "\n");
  });
  write("}\n");
}

async function exportCommand(args: ParsedArguments, io: CliIo): Promise<number> {
  const { archive, seconds, input } = await archiveOfFolder(args, io);
  const { summary: s, diagnostics, ...rest } = archive;
  writeJsonStreamed({ ...rest, diagnostics, summary: s }, io.stdout);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  io.stderr(
    `draad export: ${s.captures} capture(s) from ${input} -> ${s.articles} article(s), ${s.briefs} brief(s), ${s.stories} story line(s), ${s.reposted} reposted; ` +
      `${errors} error(s), ${warnings} warning(s), ${s.rejectedCaptures} file(s) rejected; parse ${seconds.parse.toFixed(2)} s, merge ${seconds.merge.toFixed(2)} s\n`,
  );
  return s.rejectedCaptures > 0 || diagnostics.some((d) => d.code === "unreadable-file") ? 1 : 0;
}

/** Progress on a terminal: one line per phase, rewritten in place; nothing when not a TTY (CI). */
function progressReporter(io: CliIo, enabled: boolean) {
  let lastLine = "";
  let lastAt = 0;
  const write = (line: string, final: boolean) => {
    if (!enabled) return;
    const now = performance.now();
    if (!final && line === lastLine) return;
    if (!final && now - lastAt < 100) return;
    lastAt = now;
    lastLine = line;
    io.stderr(`\r\x1b[2K${line}${final ? "\n" : ""}`);
  };
  return {
    count(phase: string, done: number, total: number) {
      write(`draad: ${phase} ${done}/${total}`, done === total && total > 0 && phase === "parse");
    },
    phase(phase: string, state: "start" | "progress" | "done", detail?: string) {
      const text = state === "start" ? " ..." : state === "progress" ? ` ${detail ?? ""} ...` : ` done${detail ? ` (${detail})` : ""}`;
      write(`draad: ${phase}${text}`, state === "done");
    },
  };
}

async function buildCommand(args: ParsedArguments, io: CliIo): Promise<number> {
  const output = stringFlag(args, "output") ?? "_site";
  const baseUrl = stringFlag(args, "base-url") ?? "http://localhost:8080";
  if (!/^https?:\/\/[^/\s]+$/.test(baseUrl.replace(/\/+$/, ""))) throw new UsageError(`--base-url ${baseUrl} must be an origin like https://archief.example.nl (a subfolder goes in --path-prefix)`);
  const pathPrefix = stringFlag(args, "path-prefix") ?? "/";
  if (!/^\/?([A-Za-z0-9._~-]+\/?)*$/.test(pathPrefix)) throw new UsageError(`--path-prefix ${pathPrefix} must be a path like /archief/`);
  const input = stringFlag(args, "input") ?? "content/wire";
  await refuseDangerousOutput(output, input);
  const interactive = (process.stderr.isTTY ?? false) && !process.env.CI;
  const progress = progressReporter(io, interactive);
  const started = performance.now();
  const partYear = yearOption(args);
  const cache = cacheOption(args);
  if (cache && (cache.root + sep).startsWith(resolve(output) + sep)) throw new UsageError(`--cache ${stringFlag(args, "cache") ?? DEFAULT_CACHE} lies inside --output ${output}, which every build replaces; keep the cache outside the site`);
  const { archive, seconds, files, part } = await archiveOfFolder(args, io, (phase, done, total) => progress.count(phase, done, total), cache, partYear);
  progress.phase("merge", "done", `${archive.items.length} items`);
  const site = await buildSite({
    archive,
    output,
    baseUrl,
    pathPrefix: part ? `${normalisePrefix(pathPrefix)}${part.year}/` : pathPrefix,
    part: part ? { year: part.year, sitePrefix: normalisePrefix(pathPrefix), captures: part.home.size, contextCaptures: part.context.size } : undefined,
    pagesDir: stringFlag(args, "pages") ?? "content/pages",
    search: !args.flags.has("no-search"),
    searchBundleRecords: searchBundleOption(args),
    cache,
    onPhase: (phase, state, detail) => progress.phase(phase, state, detail),
  });
  const diagnostics = [...archive.diagnostics, ...site.diagnostics];
  for (const d of diagnostics) if (d.severity !== "info") io.stderr(formatDiagnostic(d.file, d) + "\n");
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  // Skipped: files with an error that gave nothing to the archive (an error in a file that was still read, such as
  // refused ---js front matter, is reported but the file is not skipped).
  const inArchive = new Set(archive.items.flatMap((i) => i.sightings.map((s) => s.capture)));
  const skipped = [...new Set(diagnostics.filter((d) => d.severity === "error" && !inArchive.has(d.file)).map((d) => d.file))].sort();
  const s = archive.summary;
  const total = (performance.now() - started) / 1000;
  const f = (x: number) => x.toFixed(2);
  io.stdout(
    `draad build: ${files} capture(s) -> ${s.articles + s.briefs} item(s) (${s.articles} articles, ${s.briefs} briefs, ${s.stories} story lines), ` +
      `${site.pages} page(s), ${site.files} file(s) in ${output}/\n` +
      `  ${errors} error(s), ${warnings} warning(s), ${skipped.length} file(s) skipped${skipped.length ? `: ${skipped.slice(0, 10).join(", ")}${skipped.length > 10 ? ", ..." : ""}` : ""}\n` +
      `  time: parse ${f(seconds.parse)} s, merge ${f(seconds.merge)} s, render ${f(site.seconds.render)} s, index ${args.flags.has("no-search") ? "skipped" : `${f(site.seconds.index)} s`}, total ${f(total)} s\n` +
      (cache ? `  cache ${relativeForHumans(cache.root)}: ${describeCacheStats(cache).join("; ")}\n` : "") +
      (part
        ? `  part ${part.year}: ${part.home.size} capture(s) of the year, ${part.context.size} of the days around it (evidence only), ${part.outside} of other years passed over` +
          `${part.undated.length ? `, ${part.undated.length} without capture time left out (see the warnings)` : ""}\n` +
          (part.otherYears.size
            ? `  items of other years seen in the days around ${part.year}, left to their parts: ${[...part.otherYears].map(([y, n]) => `${n} of ${y}`).join(", ")} (build those years' parts too)\n`
            : "") +
          `Assemble it with the other years: draad assemble --output _site ${output} ...\n`
        : "") +
      `Open it: serve ${output}/ with any static web server, e.g. python3 -m http.server -d ${output} 8080, then http://localhost:8080${pathPrefix === "/" ? "/" : `/${pathPrefix.replace(/^\/|\/$/g, "")}/ (the path prefix needs a server that maps it)`}; or npm start for a live preview\n`,
  );
  const strict = args.flags.has("strict");
  return errors > 0 || (strict && warnings > 0) ? 1 : 0;
}

/** The build cache: --cache DIR (default .cache/draad), none with --no-cache. */
function cacheOption(args: ParsedArguments): ContentCache | null {
  const dir = stringFlag(args, "cache");
  if (args.flags.has("no-cache")) {
    if (dir !== undefined) throw new UsageError("--cache and --no-cache cannot be combined");
    return null;
  }
  return new ContentCache(resolve(dir ?? DEFAULT_CACHE), codeFingerprint(PROJECT_ROOT));
}

function relativeForHumans(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === "" || rel.startsWith("..") ? path : rel;
}

/** --year YYYY: build that year's part of a partitioned archive (src/archive/partition.ts). */
function yearOption(args: ParsedArguments): number | undefined {
  const value = stringFlag(args, "year");
  if (value === undefined) return undefined;
  const year = Number(value);
  if (!/^\d{4}$/.test(value) || year < PART_YEARS.min || year > PART_YEARS.max) throw new UsageError(`--year ${value} must be a year such as 2025 (${PART_YEARS.min}-${PART_YEARS.max})`);
  return year;
}

async function assembleCommand(args: ParsedArguments, io: CliIo): Promise<number> {
  const output = stringFlag(args, "output") ?? "_site";
  if (args.positionals.length === 0) throw new UsageError("name the part folders to assemble, e.g. draad assemble --output _site parts/2024 parts/2025");
  await refuseDangerousOutput(output, "content/wire");
  const started = performance.now();
  try {
    const { manifests, files, warnings } = await assembleParts({ parts: args.positionals, output });
    for (const w of warnings) io.stderr(`draad assemble: warning: ${w}\n`);
    const items = manifests.reduce((n, m) => n + m.counts.items, 0);
    io.stdout(
      `draad assemble: ${manifests.length} part(s) (${manifests.map((m) => m.year).join(", ")}) -> ${items} item(s), ${files} file(s) in ${output}/ in ${((performance.now() - started) / 1000).toFixed(2)} s\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AssembleError) throw new UsageError(error.message);
    throw error;
  }
}

function searchBundleOption(args: ParsedArguments): number | undefined {
  const value = stringFlag(args, "search-bundle");
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--search-bundle ${value} must be a whole number of reports, such as 15000`);
  return n;
}

/** The output folder is replaced whole: never the current folder, the project, or a folder holding the input. */
async function refuseDangerousOutput(output: string, input: string): Promise<void> {
  const out = resolve(output);
  const inp = resolve(input);
  if (out === resolve(".") || out === dirname(out) || inp === out || inp.startsWith(out + sep) || resolve("content").startsWith(out + sep) || resolve("src").startsWith(out + sep)) {
    throw new UsageError(`--output ${output} would replace the input or the project; choose an empty or generated folder such as _site`);
  }
}
