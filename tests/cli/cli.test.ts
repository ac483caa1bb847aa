/** The draad command line: output formats, exit codes, and a build of the demo content. */
import { runCli } from "../support/cli.js";
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { expectSchemaValid } from "../support/schema.js";

const run = runCli;

const fixture = "tests/fixtures/wire/classic-basic.txt";
const seed = "tests/fixtures/wire/2025-11-22T1000-seed-minsk.txt";

describe("draad parse", () => {
  it("prints one schema-valid record per file, in argument order", async () => {
    const { code, stdout } = await run(["parse", seed, fixture]);
    expect(code).toBe(0);
    const records = JSON.parse(stdout);
    expect(records.map((r: { source: string }) => r.source)).toEqual([seed, fixture]);
    records.forEach(expectSchemaValid);
    expect(records[0].related.items).toHaveLength(7);
  });
  it("uses --captured-at for files without a capture time", async () => {
    const { stdout } = await run(["parse", "--captured-at", "2025-11-22T10:00:00+01:00", "tests/fixtures/wire/classic-no-capture-time.txt"]);
    expect(JSON.parse(stdout)[0]).toMatchObject({ capturedAt: "2025-11-22T10:00:00+01:00", capturedAtSource: "option" });
  });
  it("exits 2 on an unreadable file, still printing the others", async () => {
    const { code, stdout, stderr } = await run(["parse", "does/not/exist.txt", fixture]);
    expect(code).toBe(2);
    expect(stderr).toContain("does/not/exist.txt");
    const records = JSON.parse(stdout);
    expect(records).toHaveLength(2);
    expect(records[0].diagnostics[0].code).toBe("unreadable-file");
    expect(records[1].article).not.toBeNull();
  });
  it("exits 2 on usage errors, with help", async () => {
    expect((await run(["parse"])).code).toBe(2);
    expect((await run(["parse", "--captured-at", "gisteren", fixture])).code).toBe(2);
    expect((await run(["parse", "--bogus", fixture])).stderr).toContain("unknown option --bogus");
    expect((await run(["frobnicate"])).code).toBe(2);
    const help = await run(["parse", "--help"]);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain("Usage: draad parse");
  });
});

describe("draad check", () => {
  it("prints path:line:col  severity  code  message and a summary; exit 0 without errors", async () => {
    const { code, stdout } = await run(["check", "tests/fixtures/wire/classic-truncated-last-brief.txt"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^tests\/fixtures\/wire\/classic-truncated-last-brief\.txt:\d+:\d+ {2}info {2}missing-age {2}/m);
    expect(stdout).toContain("1 file(s) checked");
  });
  it("exits 1 when a file has an error, and walks folders", async () => {
    const dir = mkdtempSync(join(tmpdir(), "draad-check-"));
    writeFileSync(join(dir, "leeg.txt"), "\n\n");
    writeFileSync(join(dir, "notitie.md"), "geen capture");
    mkdirSync(join(dir, "sub"));
    writeFileSync(join(dir, "sub", "goed.txt"), readFileSync(fixture));
    const { code, stdout } = await run(["check", dir]);
    expect(code).toBe(1);
    expect(stdout).toContain("error  empty-capture");
    expect(stdout).toContain("2 file(s) checked");
    expect(stdout).toContain("1 hidden or non-.txt file(s) passed over");
  });
  it("--strict fails on warnings", async () => {
    expect((await run(["check", "--strict", "tests/fixtures/wire/only-headline.txt"])).code).toBe(1);
    expect((await run(["check", "tests/fixtures/wire/only-headline.txt"])).code).toBe(0);
  });
});

describe("draad build", () => {
  it("builds the demo content into a page that shows wire text as text", async () => {
    const input = mkdtempSync(join(tmpdir(), "draad-in-"));
    const output = mkdtempSync(join(tmpdir(), "draad-out-"));
    writeFileSync(join(input, "2025-11-22T1000-gevaarlijk.txt"), 'Kop met <script>alert("x")</script> erin\nZWOLLE (ANP) - Tekst met <b onclick="x()">opmaak</b> en {{ 7*7 }}.\n');
    writeFileSync(join(input, "2025-11-22T1100-basis.txt"), readFileSync(fixture));
    const { code, stdout } = await run(["build", "--input", input, "--output", output, "--no-cache"]);
    expect(code).toBe(0);
    expect(stdout).toMatch(/2 capture\(s\) -> \d+ item\(s\)/);
    expect(stdout).toMatch(/time: parse [\d.]+ s, merge [\d.]+ s, render [\d.]+ s, index [\d.]+ s/);
    const home = readFileSync(join(output, "index.html"), "utf8");
    expect(home).toContain('<html lang="nl">');
    expect(home).toContain("Kop met &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; erin");
    const [articleDir] = readdirSync(join(output, "artikel")).filter((d) => d.startsWith("kop-met-script"));
    const html = readFileSync(join(output, "artikel", articleDir!, "index.html"), "utf8");
    expect(html).toContain("Kop met &lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; erin");
    expect(html).not.toMatch(/<script(?! type="application\/ld\+json")/);
    expect(html).not.toMatch(/<b[^>]*onclick/);
    expect(html).toContain("&lt;b onclick=&quot;x()&quot;&gt;opmaak&lt;/b&gt;");
    expect(html).toContain("{{ 7*7 }}");
  });

  it("writes the build report as JSON with --report: what the summary says, machine-readable", async () => {
    const input = mkdtempSync(join(tmpdir(), "draad-in-"));
    const output = join(mkdtempSync(join(tmpdir(), "draad-out-")), "site");
    const report = join(mkdtempSync(join(tmpdir(), "draad-report-")), "report.json");
    writeFileSync(join(input, "2025-11-22T1100-basis.txt"), readFileSync(fixture));
    writeFileSync(join(input, "leeg.txt"), "");
    const { code, stdout } = await run(["build", "--input", input, "--output", output, "--no-cache", "--no-search", "--report", report]);
    expect(code).toBe(1);
    const json = JSON.parse(readFileSync(report, "utf8"));
    expect(json).toMatchObject({ captures: 2, errors: 1, skipped: ["leeg.txt"], cache: null, part: null, seconds: { index: null } });
    expect(json.items.total).toBe(json.items.articles + json.items.briefs);
    expect(stdout).toContain(`-> ${json.items.total} item(s)`);
    expect(stdout).toContain(`${json.pages} page(s), ${json.files} file(s)`);
    expect(json.diagnostics.find((d: { file: string }) => d.file === "leeg.txt")).toMatchObject({ code: "empty-capture", severity: "error", line: 1, column: 1 });
    for (const phase of ["parse", "merge", "render", "total"]) expect(json.seconds[phase]).toBeGreaterThanOrEqual(0);
  });
});

describe("files that are not regular files", () => {
  it("a FIFO given by name is reported, never read (reading it would block)", async () => {
    const dir = mkdtempSync(join(tmpdir(), "draad-fifo-"));
    const fifo = join(dir, "pijp.txt");
    const { spawnSync } = await import("node:child_process");
    if (spawnSync("mkfifo", [fifo]).status !== 0) {
      console.warn("[draad tests] mkfifo is not available here: the FIFO case is not exercised");
      return;
    }
    const { code, stdout } = await run(["check", fifo]);
    expect(code).toBe(1);
    expect(stdout).toContain("not a regular file");
  });
});

describe("draad export writes its JSON in pieces", () => {
  it("gives exactly JSON.stringify(value, null, 2), for archives too long for one string", async () => {
    const { writeJsonStreamed } = await import("../../src/cli/main.js");
    const value = {
      items: [{ id: "a", paragraphs: ["een\nregel", "twee"], related: [] }, { id: "b", nested: { deep: [1, { x: null }] } }, null],
      places: [],
      sections: [{ id: "binnenland", name: "Binnenland", items: 2 }],
      stories: [],
      summary: { captures: 2, quote: 'een "citaat" en \\ teken' },
      skipped: undefined,
    };
    let text = "";
    writeJsonStreamed(value, (t) => (text += t));
    expect(text).toBe(JSON.stringify(value, null, 2) + "\n");
  });
});
