/**
 * `draad` command line: argument parsing and output only; the work happens in the pipeline,
 * driven by the build stage (src/build/).
 * Exit codes: 0 success (warnings allowed), 1 content errors, 2 usage errors, a build that
 * cannot start (a path it must not use, another build holding the output) or a machine fault.
 */
import { BuildMemory } from "../build/memory.js";
import { spawnSync } from "node:child_process";
import { readFileSync, statSync, writeFileSync } from "node:fs";
import { parseArguments, stringFlag, UsageError, type ParsedArguments } from "./arguments.js";
import { describeFault } from "./faults.js";
import { findCaptureFiles, type CaptureFile } from "../input/capture-files.js";
import { parseCapture, formatDiagnostic, printable, type CaptureRecord } from "../wire/index.js";
import { parseTimestamp } from "../wire/amsterdam-time.js";
import { PART_YEARS } from "../archive/index.js";
import { PROJECT_ROOT, type SearchIndexed } from "../site/build.js";
import { normalisePrefix, SEARCH_BUNDLE_RECORDS } from "../site/view-model.js";
import { AssembleError, assembleParts } from "../site/assemble.js";
import { build, REPLACED_VERSION_GRACE_SECONDS, siteTemplates, takeLock, type BuildOptions, type BuildReport, type ProgressEvent } from "../build/build.js";
import { BuildRefusal, buildNowMs, checkedInputFolder, DEFAULTS, forHumans, readPlaceTable, refuseDangerousOutput, refuseLinkOnTheWay } from "../build/inputs.js";
import { loadArchive, passedOverDiagnostic, readCaptureFile } from "../build/ingest.js";
import { addCapture } from "../build/add.js";
import { readInside } from "../input/input-folder.js";
import { startDevServer, UNNAMED_CHANGE, type DevServer } from "../serve/dev-server.js";
import { BetweenBuilds, fullCollection } from "../serve/between-builds.js";

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
  draad serve [--host H] [--port N] ...     build, serve on 127.0.0.1 with live reload, rebuild on change
  draad add [FILE | --clipboard] [--source URL] [--captured-at ISO]
                                            stamp a capture with its time and add it to the input
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
                   [--captured-at ISO] [--places FILE] [--pages DIR] [--templates DIR] [--no-search]
                   [--cache DIR | --no-cache] [--year YYYY] [--strict] [--report FILE]

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
  --templates DIR      the site's own templates: DIR/<name>.11ty.js replaces draad's template
                       of that name (see the README, "Your own templates"); they are code and
                       run in the build, so review them like code
  --no-search          skip the search index (quicker previews and benchmarks)
  --search-bundle N    reports per search bundle (default ${SEARCH_BUNDLE_RECORDS}); larger archives are indexed
                       in several bundles that the search page merges, to bound memory; cut
                       from the oldest report on, so a rebuild indexes only bundles that changed
  --cache DIR          build cache (default .cache/draad): captures and pages that did not
                       change since the last build into the same --output are reused
  --no-cache           neither read nor write the cache (a clean build)
  --year YYYY          build only that year's part of a partitioned site (for archives too
                       large for one process): the captures of the year plus 7 days around
                       it, the items published in the year, under <path-prefix>YYYY/; then
                       put the parts together with draad assemble
  --strict             warnings make the build fail (exit 1); the site is still written
  --report FILE        also write the build report as JSON (counts, seconds per phase,
                       diagnostics, skipped files, cache use): what benchmarks and CI read

Progress per phase goes to stderr in a terminal; diagnostics (errors and warnings) always.
Exit status: 0 built (warnings allowed), 1 built but there were errors (files rejected,
unreadable, or refused front matter) or, with --strict, warnings; 2 usage error.
`,
  assemble: `Usage: draad assemble [--output DIR] [--templates DIR] PART...

Puts the year parts of a partitioned site together (each PART is the --output of a
draad build --year YYYY, all built with the same --base-url and --path-prefix): each part goes
to DIR/YYYY/ (hard-linked where possible), and the root pages are made from the parts'
draad-part.json: the home page with the newest year's latest news, the archive overview of
all years, one search page over every part's index, the feeds and a sitemap index.
No capture is read again. The site is staged and swapped in when complete.

  --output DIR      the assembled site (default _site)
  --templates DIR   the site's own templates, as for draad build (give the parts' folder)

Exit status: 0 assembled; 2 usage error (a folder that is not a part, two parts for one
year, parts built for different --base-url or --path-prefix).
`,
  add: `Usage: draad add [FILE | --clipboard] [--input DIR] [--captured-at ISO] [--source URL]
                 [--places FILE] [--dry-run]

Adds one capture to the input folder (default content/wire): the text of FILE, of the system
clipboard (--clipboard: wl-paste, xclip, xsel, pbpaste or PowerShell, whichever is there) or of
standard input (draad add < page.txt). It stamps the capture time into front matter: --captured-at,
else the text's own \`captured:\` (the capture bookmarklet writes it), else now; and the source:
--source, else the text's \`source:\`. It names the file after the capture time and the headline,
YYYY/MM/YYYY-MM-DDTHHMM-<headline>.txt, parses it at once and prints what it found (headline,
dateline, briefs with their publication intervals) and its diagnostics.

It never overwrites a file (a taken name gets -2, -3), refuses a capture that is already there
(the same text with the same capture time), and adds nothing for an empty or binary text.

  --dry-run    parse and print, write nothing

Exit status: 0 added; 1 not added (already there, or nothing to add); 2 usage error.
`,
  serve: `Usage: draad serve [--host HOST] [--port N] [--input DIR] [--output DIR] [--pages DIR]
                   [--templates DIR] [--places FILE] [--path-prefix /sub/] [--no-search]
                   [--search-bundle N] [--cache DIR | --no-cache]

Builds the site (with the cache) into --output (default _site), serves it with live reload and
search, watches --input, --pages, --templates and the place alias table, and builds again on
every change; each open page reloads when the new site is in place. \`npm start\` runs this.
The output is locked while the server runs: a draad build into the same folder stops with a
message.

  --host HOST   address to listen on (default 127.0.0.1: this machine only); 0.0.0.0 or ::
                shows the archive to every machine that can reach this one
  --port N      port (default 8080; 0 picks a free one)

The other flags are those of draad build. A request for a path that cannot be decoded, or
holds an encoded slash or a .. segment, is answered 400. Stop it with Ctrl-C.
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
    valueFlags: ["input", "output", "base-url", "path-prefix", "captured-at", "places", "pages", "templates", "search-bundle", "cache", "year", "report"],
    booleanFlags: ["no-search", "no-cache", "strict"],
    run: (args, io) => buildCommand(args, io),
  },
  assemble: { valueFlags: ["output", "templates"], booleanFlags: [], run: (args, io) => assembleCommand(args, io) },
  add: { valueFlags: ["input", "captured-at", "source", "places"], booleanFlags: ["clipboard", "dry-run"], run: (args, io) => addCommand(args, io) },
  serve: {
    valueFlags: ["input", "output", "base-url", "path-prefix", "captured-at", "places", "pages", "templates", "search-bundle", "cache", "host", "port"],
    booleanFlags: ["no-search", "no-cache"],
    run: (args, io) => serveCommand(args, io),
  },
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
      io.stderr(`draad: ${printable(error.message)}\n${error.showHelp ? `\n${command && HELP[command] ? HELP[command] : USAGE}` : ""}`);
      return 2;
    }
    if (error instanceof BuildRefusal) {
      io.stderr(`draad: ${printable(error.message)}\n`);
      return 2;
    }
    const fault = describeFault(error);
    if (fault !== null) {
      io.stderr(`draad: ${printable(fault)}\n`);
      return 2;
    }
    throw error;
  }
}

function capturedAtOption(args: ParsedArguments): string | null {
  const value = stringFlag(args, "captured-at");
  if (value === undefined) return null;
  if (!parseTimestamp(value)) throw new UsageError(`--captured-at "${value}" is not an ISO 8601 time such as 2025-11-22T10:00:00+01:00`);
  return value;
}

async function readAndParse(file: CaptureFile, capturedAt: string | null, now: number): Promise<{ record: CaptureRecord; unreadable: boolean }> {
  const bytes = readCaptureFile(file);
  if (!(bytes instanceof Uint8Array)) {
    return {
      unreadable: true,
      record: {
        source: file.name,
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
        diagnostics: [{ code: bytes.code, severity: bytes.severity, message: bytes.message, line: 1, column: 1, offset: 0 }],
      },
    };
  }
  return { unreadable: false, record: parseCapture(bytes, { source: file.name, capturedAt, nowMs: now }) };
}

async function parseCommand(args: ParsedArguments, io: CliIo): Promise<number> {
  const capturedAt = capturedAtOption(args);
  if (args.positionals.length === 0) throw new UsageError("parse needs at least one FILE");
  const now = buildNowMs();
  const records: CaptureRecord[] = [];
  let exit = 0;
  for (const path of args.positionals) {
    // A FILE named on the command line is read as given, but never a FIFO or device.
    const { record, unreadable } = await readAndParse({ path, name: path, boundary: null }, capturedAt, now);
    if (unreadable) {
      io.stderr(`draad: ${formatDiagnostic(path, record.diagnostics[0]!)}\n`);
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
  for (const path of args.positionals) if (statOrNull(path)?.isDirectory()) refuseLinkOnTheWay(path, "check");
  const { files, passedOver } = findCaptureFiles(args.positionals);
  const now = buildNowMs();
  const counts = { error: 0, warning: 0, info: 0 };
  const kinds = { article: 0, "section-index": 0, "brief-list": 0, empty: 0 };
  for (const entry of passedOver) {
    if (entry.reason === "hidden" || entry.reason === "other-extension") continue;
    const diagnostic = passedOverDiagnostic(entry);
    counts[diagnostic.severity]++;
    io.stdout(formatDiagnostic(entry.name, diagnostic) + "\n");
  }
  for (const file of files) {
    const { record } = await readAndParse(file, capturedAt, now);
    kinds[record.pageKind]++;
    for (const diagnostic of record.diagnostics) {
      counts[diagnostic.severity]++;
      if (quiet && diagnostic.severity === "info") continue;
      io.stdout(formatDiagnostic(file.name, diagnostic) + "\n");
    }
  }
  const ignored = passedOver.filter((p) => p.reason === "hidden" || p.reason === "other-extension").length;
  io.stdout(
    `\n${files.length} file(s) checked: ${kinds.article} article page(s), ${kinds["section-index"]} section page(s), ${kinds["brief-list"]} brief list(s), ${kinds.empty} empty or rejected; ` +
      `${counts.error} error(s), ${counts.warning} warning(s), ${counts.info} info` +
      (ignored ? `; ${ignored} hidden or non-.txt file(s) passed over` : "") +
      "\n",
  );
  return counts.error > 0 || (strict && counts.warning > 0) ? 1 : 0;
}

function placesOption(args: ParsedArguments): { path: string; given: boolean } {
  const given = stringFlag(args, "places");
  return { path: given ?? DEFAULTS.places, given: given !== undefined };
}

function noPositionals(args: ParsedArguments): void {
  if (args.positionals.length > 0) throw new UsageError(`takes no FILE arguments (got ${args.positionals[0]}); use --input DIR`);
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
  noPositionals(args);
  const input = checkedInputFolder(stringFlag(args, "input") ?? DEFAULTS.input);
  const capturedAt = capturedAtOption(args);
  const places = placesOption(args);
  const table = readPlaceTable(places.path, places.given);
  const { archive, seconds } = await loadArchive(input, { placeAliases: table.aliases, diagnostics: table.diagnostics, capturedAt, nowMs: buildNowMs() });
  const { summary: s, diagnostics, ...rest } = archive;
  writeJsonStreamed({ ...rest, diagnostics, summary: s }, io.stdout);
  const errors = diagnostics.filter((d) => d.severity === "error").length;
  const warnings = diagnostics.filter((d) => d.severity === "warning").length;
  io.stderr(
    `draad export: ${s.captures} capture(s) from ${printable(input)} -> ${s.articles} article(s), ${s.briefs} brief(s), ${s.stories} story line(s), ${s.reposted} reposted; ` +
      `${errors} error(s), ${warnings} warning(s), ${s.rejectedCaptures} file(s) rejected; parse ${seconds.parse.toFixed(2)} s, merge ${seconds.merge.toFixed(2)} s\n`,
  );
  return s.rejectedCaptures > 0 || diagnostics.some((d) => d.code === "unreadable-file") ? 1 : 0;
}

/** Progress on a terminal: one line per phase, rewritten in place; nothing when not a TTY (CI). */
function progressReporter(io: CliIo, enabled: boolean): (event: ProgressEvent) => void {
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
  return (event) => {
    if (event.kind === "count") {
      write(`draad: ${event.phase} ${event.done}/${event.total}`, event.done === event.total && event.total > 0 && event.phase === "parse");
      return;
    }
    const text = event.state === "start" ? " ..." : event.state === "progress" ? ` ${event.detail ?? ""} ...` : ` done${event.detail ? ` (${event.detail})` : ""}`;
    write(`draad: ${event.phase}${text}`, event.state === "done");
  };
}

/** The build options a command line gives (`draad build` and `draad serve` share them). */
function buildOptionsOf(args: ParsedArguments, io: CliIo): BuildOptions {
  noPositionals(args);
  const baseUrl = stringFlag(args, "base-url") ?? DEFAULTS.baseUrl;
  if (!/^https?:\/\/[^/\s]+$/.test(baseUrl.replace(/\/+$/, ""))) throw new UsageError(`--base-url ${baseUrl} must be an origin like https://archief.example.nl (a subfolder goes in --path-prefix)`);
  const pathPrefix = stringFlag(args, "path-prefix") ?? "/";
  if (!/^\/?([A-Za-z0-9._~-]+\/?)*$/.test(pathPrefix)) throw new UsageError(`--path-prefix ${pathPrefix} must be a path like /archief/`);
  const cacheDir = stringFlag(args, "cache");
  if (args.flags.has("no-cache") && cacheDir !== undefined) throw new UsageError("--cache and --no-cache cannot be combined");
  const interactive = (process.stderr.isTTY ?? false) && !process.env.CI;
  return {
    input: stringFlag(args, "input") ?? DEFAULTS.input,
    output: stringFlag(args, "output") ?? DEFAULTS.output,
    baseUrl,
    pathPrefix,
    pagesDir: stringFlag(args, "pages") ?? DEFAULTS.pages,
    templatesDir: stringFlag(args, "templates") ?? null,
    places: placesOption(args),
    capturedAt: capturedAtOption(args),
    search: !args.flags.has("no-search"),
    searchBundleRecords: searchBundleOption(args),
    cacheDir: args.flags.has("no-cache") ? null : (cacheDir ?? DEFAULTS.cache),
    partYear: yearOption(args),
    onProgress: progressReporter(io, interactive),
  };
}

/** `draad build`: options from the command line, the build stage, the report printed (and written with --report). */
async function buildCommand(args: ParsedArguments, io: CliIo): Promise<number> {
  const options = buildOptionsOf(args, io);
  const reportFile = stringFlag(args, "report");
  const report = await build({ ...options, command: "draad build" });
  printReport(report, io, options);
  if (reportFile !== undefined) writeFileSync(reportFile, JSON.stringify(report, null, 2) + "\n");
  return exitStatus(report, args.flags.has("strict"));
}

function exitStatus(report: BuildReport, strict: boolean): number {
  return report.errors > 0 || (strict && report.warnings > 0) ? 1 : 0;
}

/** The human summary of a build: diagnostics (no info) on stderr, the summary on stdout. */
function printReport(report: BuildReport, io: CliIo, options: Pick<BuildOptions, "pathPrefix" | "search" | "baseUrl">): void {
  for (const note of report.notes) io.stderr(`draad: ${printable(note)}\n`);
  for (const d of report.diagnostics) if (d.severity !== "info") io.stderr(formatDiagnostic(d.file, d) + "\n");
  const { items, seconds, skipped, part, cache } = report;
  const output = printable(report.output);
  const f = (x: number) => x.toFixed(2);
  const prefix = normalisePrefix(options.pathPrefix);
  io.stdout(
    `draad build: ${report.captures} capture(s) -> ${items.total} item(s) (${items.articles} articles, ${items.briefs} briefs, ${items.stories} story lines), ` +
      `${report.pages} page(s), ${report.files} file(s) in ${output}/\n` +
      `  ${report.errors} error(s), ${report.warnings} warning(s), ${skipped.length} file(s) skipped${skipped.length ? `: ${skipped.slice(0, 10).map(printable).join(", ")}${skipped.length > 10 ? ", ..." : ""}` : ""}\n` +
      `  time: parse ${f(seconds.parse)} s, merge ${f(seconds.merge)} s, render ${f(seconds.render)} s, index ${seconds.index === null ? "skipped" : `${f(seconds.index)} s`}, total ${f(seconds.total)} s\n` +
      (cache ? `  cache ${printable(forHumans(cache.root))}: ${cache.summary.join("; ")}\n` : "") +
      (part
        ? `  part ${part.year}: ${part.captures} capture(s) of the year, ${part.contextCaptures} of the days around it (evidence only), ${part.outsideCaptures} of other years passed over` +
          `${part.undatedCaptures ? `, ${part.undatedCaptures} without capture time left out (see the warnings)` : ""}\n` +
          (Object.keys(part.otherYears).length
            ? `  items of other years seen in the days around ${part.year}, left to their parts: ${Object.entries(part.otherYears).map(([y, n]) => `${n} of ${y}`).join(", ")} (build those years' parts too)\n`
            : "") +
          `Assemble it with the other years: draad assemble --output _site ${output} ...\n`
        : "") +
      (prefix === "/"
        ? `Open it: serve ${output}/ with any static web server, e.g. python3 -m http.server -d ${output} 8080, then http://localhost:8080/; or npm start for a live preview\n`
        : `Open it: npx draad serve --path-prefix ${prefix} serves it at http://127.0.0.1:8080${prefix}; another server must serve ${output}/ at ${prefix} (a plain python3 -m http.server -d ${output} puts it at / and its links break)\n` +
          `  robots.txt is at ${prefix}robots.txt, where no crawler looks (they read only the host's /robots.txt): add "Sitemap: ${options.baseUrl.replace(/\/+$/, "")}${prefix}sitemap.xml" to that file\n`),
  );
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
  const output = stringFlag(args, "output") ?? DEFAULTS.output;
  if (args.positionals.length === 0) throw new UsageError("name the part folders to assemble, e.g. draad assemble --output _site parts/2024 parts/2025");
  refuseDangerousOutput(output, PROJECT_ROOT, args.positionals.map((path) => ({ flag: "part", path })));
  const started = performance.now();
  const lock = takeLock(output, "draad assemble");
  try {
    for (const note of lock.notes) io.stderr(`draad: ${printable(note)}\n`);
    const templates = await siteTemplates(stringFlag(args, "templates") ?? null);
    const { manifests, files, warnings } = await assembleParts({ parts: args.positionals, folder: lock.stage(), templates });
    for (const w of warnings) io.stderr(`draad assemble: warning: ${printable(w)}\n`);
    const items = manifests.reduce((n, m) => n + m.counts.items, 0);
    io.stdout(
      `draad assemble: ${manifests.length} part(s) (${manifests.map((m) => m.year).join(", ")}) -> ${items} item(s), ${files} file(s) in ${printable(output)}/ in ${((performance.now() - started) / 1000).toFixed(2)} s\n`,
    );
    return 0;
  } catch (error) {
    if (error instanceof AssembleError) throw new UsageError(error.message);
    throw error;
  } finally {
    lock.release();
  }
}

function searchBundleOption(args: ParsedArguments): number | undefined {
  const value = stringFlag(args, "search-bundle");
  if (value === undefined) return undefined;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`--search-bundle ${value} must be a whole number of reports, such as ${SEARCH_BUNDLE_RECORDS}`);
  return n;
}

/** `draad serve`: build, serve, watch, build again (src/serve/dev-server.ts). */
async function serveCommand(args: ParsedArguments, io: CliIo): Promise<number> {
  const host = stringFlag(args, "host") ?? "127.0.0.1";
  const portText = stringFlag(args, "port") ?? "8080";
  const port = Number(portText);
  if (!/^\d{1,5}$/.test(portText) || port > 65535) throw new UsageError(`--port ${portText} must be a port number such as 8080 (0 picks a free one)`);
  const flags = new Map(args.flags);
  if (!flags.has("base-url")) flags.set("base-url", `http://localhost:${port || 8080}`);
  const options = buildOptionsOf({ flags, positionals: args.positionals }, io);
  const lock = takeLock(options.output, "draad serve");
  let server: DevServer | null = null;
  // Kept between builds: a rebuild reads only the captures that changed and dates only the items they touch.
  const memory = new BuildMemory();
  let builds = 0;
  // Rebuilds swap the pages in first and make the search index after (it takes longest): one
  // index at a time, and one whose pages a newer build has replaced is not swapped in.
  let searchQueue: Promise<void> = Promise.resolve();
  // Between builds, the spare version is cleared and the heap collected (src/serve/between-builds.ts).
  // The stage made ready then holds the live site's pages already, linked (SiteFolder.prelinked):
  // the next rebuild keeps those it would have linked and need not link 10,000 files itself.
  const stageMaker = { prepareStage: () => lock.prepareStage(memory.pageManifest.pages.keys()) };
  // A rebuild reads only the files the watcher named; while it waits, draad serve walks the input
  // to check that the watcher missed nothing (nor anything that changed before it watched), and
  // builds again, walking, when it did.
  let missed = false;
  const checkInput = () => {
    if (!memory.inputChangedSince()) return;
    if (server) server.rebuildAll();
    else missed = true;
  };
  const collectHeap = fullCollection();
  const between = new BetweenBuilds(stageMaker, (REPLACED_VERSION_GRACE_SECONDS + 0.2) * 1000, () => {
    checkInput();
    collectHeap?.();
  });
  const reindexLater = (reindex: (stillWanted: () => boolean) => Promise<({ seconds: number } & SearchIndexed) | null>) => {
    const generation = builds;
    const stillWanted = () => generation === builds;
    searchQueue = searchQueue.then(async () => {
      if (!stillWanted()) return;
      try {
        const made = await reindex(stillWanted);
        if (!made) return;
        const { seconds, records, bundles, reused } = made;
        const kept = reused ? `; ${reused} of ${bundles} bundle(s) unchanged, kept` : "";
        io.stderr(`draad serve: search index of ${records} report(s) made again in ${seconds.toFixed(2)} s${kept}\n`);
        server?.notify("search");
      } catch (error) {
        io.stderr(`draad serve: the search index could not be made again: ${printable((error as Error).message)}; search shows the last index until the next change\n`);
      }
      if (stillWanted()) between.idleAgain();
    });
  };
  const buildOnce = async () => {
    const first = builds === 0;
    builds++;
    await between.work(async () => {
      // The live reload goes out as soon as the new site is in place (the dev server sends none again for this rebuild).
      const report = await build({ ...options, lock, memory, ...(!first && options.search ? { reindexLater } : {}), onSwapped: () => server?.notify("built") });
      printReport(report, io, options);
      if (!first) io.stderr(`draad serve: ${describeRebuild(report)}\n`);
    });
  };
  try {
    await buildOnce();
    // Before the first change can come: the heap collected, the next stage made ready.
    between.settleNow();
    server = await startDevServer({
      root: options.output,
      pathPrefix: normalisePrefix(options.pathPrefix),
      host,
      port,
      watched: [options.input, options.pagesDir, options.places.path, ...(options.templatesDir ? [options.templatesDir] : [])].filter((p) => statOrNull(p) !== null),
      rebuild: async (changed) => {
        const named = changed.filter((path) => path !== UNNAMED_CHANGE);
        const missedOne = named.length < changed.length;
        io.stderr(`draad serve: ${named.length} change(s) (${[...(missedOne ? ["one the watcher missed"] : []), ...named.slice(0, 3).map(printable)].join(", ")}${named.length > 3 ? ", ..." : ""}); building ...\n`);
        // The files named are read again; with a change no event named, the input is walked.
        memory.noteChanges(missedOne ? null : named);
        await buildOnce();
      },
      log: (line) => io.stderr(line + "\n"),
    });
    if (missed) server.rebuildAll();
    if (!isLoopback(host)) io.stderr(`draad serve: listening on ${host}: every machine that can reach this one can read the archive\n`);
    io.stdout(`draad serve: ${server.url} (live reload; watching ${printable(options.input)}); Ctrl-C stops\n`);
    await new Promise<void>((resolve) => {
      process.once("SIGINT", () => resolve());
      process.once("SIGTERM", () => resolve());
    });
    return 0;
  } finally {
    await server?.close();
    builds++; // an index still being made is not swapped in
    await searchQueue;
    between.stop();
    lock.release();
  }
}

/** What a rebuild of draad serve did again and what it took from the last build, in one line. */
export function describeRebuild(report: BuildReport): string {
  const m = report.memory;
  const read = m ? `${m.capturesRead} of ${m.capturesRead + m.capturesReused} capture(s) read${m.walked ? "" : " (those the watcher named)"}` : `${report.captures} capture(s) read`;
  const dated = m ? `${m.itemsMade} of ${m.itemsMade + m.itemsReused} item(s) made again` : "";
  const rendered = `${report.pages - report.reusedPages} of ${report.pages} page(s) rendered`;
  const t = report.seconds;
  const phases = `read ${t.parse.toFixed(2)} s, merge ${t.merge.toFixed(2)} s, render ${t.render.toFixed(2)} s${t.index === null ? "" : `, search index ${t.index.toFixed(2)} s`}`;
  return `rebuilt in ${t.total.toFixed(2)} s (${phases}): ${[read, dated, rendered].filter(Boolean).join(", ")}`;
}

function isLoopback(host: string): boolean {
  return host === "localhost" || host === "::1" || /^127\./.test(host);
}

function statOrNull(path: string) {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** Clipboard readers, tried in order: the first that is there and answers gives the text. */
const CLIPBOARD_READERS: [string, string[]][] = [
  ["wl-paste", ["--no-newline"]],
  ["xclip", ["-selection", "clipboard", "-o"]],
  ["xsel", ["--clipboard", "--output"]],
  ["pbpaste", []],
  ["powershell.exe", ["-NoProfile", "-Command", "Get-Clipboard"]],
];

function readClipboard(): string {
  for (const [command, args] of CLIPBOARD_READERS) {
    const result = spawnSync(command, args, { encoding: "utf8", timeout: 5000 });
    if (!result.error && result.status === 0) return result.stdout;
  }
  throw new UsageError(`no clipboard tool answered (tried ${CLIPBOARD_READERS.map(([c]) => c).join(", ")}); pipe the text in instead: draad add < page.txt`, { showHelp: false });
}

function readStdin(): Uint8Array {
  try {
    return readFileSync(0);
  } catch (error) {
    throw new UsageError(`cannot read standard input (${(error as NodeJS.ErrnoException).code ?? String(error)}); give a FILE or --clipboard`, { showHelp: false });
  }
}

/** `draad add`: one capture stamped, named, checked and written (src/build/add.ts). */
async function addCommand(args: ParsedArguments, io: CliIo): Promise<number> {
  if (args.positionals.length > 1) throw new UsageError("add takes one FILE at a time");
  const input = stringFlag(args, "input") ?? DEFAULTS.input;
  const source = stringFlag(args, "source") ?? null;
  if (source !== null && !/^https?:\/\/\S+$/.test(source)) throw new UsageError(`--source ${source} must be the page's address, starting with http:// or https://`);
  let capture: Uint8Array | string;
  const file = args.positionals[0];
  if (file !== undefined && file !== "-") {
    const read = readInside(file, null);
    if (!("bytes" in read)) throw new UsageError(`cannot read ${file}: ${read.detail}`, { showHelp: false });
    capture = read.bytes;
  } else if (args.flags.has("clipboard")) capture = readClipboard();
  else if (file === "-" || !process.stdin.isTTY) capture = readStdin();
  else throw new UsageError("give the capture: draad add page.txt, draad add --clipboard, or draad add < page.txt");
  const places = placesOption(args);
  const table = readPlaceTable(places.path, places.given);
  const result = addCapture({ input, capture, capturedAt: capturedAtOption(args), source, nowMs: buildNowMs(), placeAliases: table.aliases, dryRun: args.flags.has("dry-run") });
  const where = printable(`${input.replace(/\/+$/, "")}/${result.file}`);
  const verdict = { added: `added ${where}`, "dry-run": `would add ${where} (--dry-run: nothing written)`, duplicate: `not added: ${where} already holds this capture (the same text, captured at the same minute)`, rejected: "not added: the text holds nothing to read" }[result.status];
  const lines = [`draad add: ${verdict}`];
  lines.push(`  captured ${result.capturedAt} (${{ option: "from --captured-at", "front-matter": "from the text's front matter", clock: "now" }[result.capturedAtFrom]})${result.source ? `, source ${printable(result.source)}` : ""}`);
  for (const other of result.sameTextIn) lines.push(`  the same text is in ${printable(other)} with another capture time: this is a later sighting of it`);
  const article = result.archive.items.find((i) => i.kind === "article");
  const briefs = result.archive.items.filter((i) => i.kind === "brief" && i.articleId === null);
  const dateline = (i: (typeof result.archive.items)[number]) => (i.dateline?.placeRaw ? `${i.dateline.placeRaw}${i.dateline.agencies.length ? ` (${i.dateline.agencies.join("/")})` : ""}` : "no dateline");
  const when = (i: (typeof result.archive.items)[number]) =>
    i.publishedFrom === null && i.publishedTo === null ? "time unknown" : i.publishedFrom === i.publishedTo ? `at ${i.publishedTo}` : `between ${i.publishedFrom ?? "?"} and ${i.publishedTo ?? "?"}`;
  // The update the page states: its minute, or its day (`updatedFrom` is then that midnight).
  const updated = (i: (typeof result.archive.items)[number]) =>
    i.updatedFrom === null || i.updatedTo === null ? "" : `; the page says updated ${Date.parse(i.updatedTo) - Date.parse(i.updatedFrom) < 60_000 ? `at ${i.updatedFrom}` : `on ${i.updatedFrom.slice(0, 10)}`}`;
  if (article) lines.push(`  article: ${printable(article.headline || "(no headline)")} — ${printable(dateline(article))}, ${article.paragraphs.length} paragraph(s), published ${when(article)}${updated(article)}`);
  if (briefs.length) {
    lines.push(`  ${briefs.length} brief(s), dated by this capture:`);
    for (const b of briefs) lines.push(`    ${printable(dateline(b))}  ${printable(b.headline.length > 70 ? `${b.headline.slice(0, 69)}…` : b.headline)}  ${when(b)}`);
  }
  if (!article && !briefs.length) lines.push("  no article and no briefs");
  io.stdout(lines.join("\n") + "\n");
  for (const d of result.record.diagnostics) if (d.severity !== "info") io.stderr(formatDiagnostic(`${input.replace(/\/+$/, "")}/${result.file}`, d) + "\n");
  return result.status === "added" || result.status === "dry-run" ? 0 : 1;
}
