/**
 * Pure helpers of the benchmark harness (bench/run.ts and friends): reading draad's summary and
 * GNU time's report, medians, options, baseline page content, download categories and the goal
 * checks. No timings are measured or asserted here.
 */
import { describe, expect, it } from "vitest";
import { baselinePages, proseParagraphs, titleOf } from "../../bench/baselines.js";
import { allGoals, busyCpuSeconds, goalState, median, parseClock, parseDraadSummary, parseStatPpid, parseTimeVerbose, statusField, formatBytes, summaryOfReport } from "../../bench/measure.js";
import { evaluateGoals, peakOf, renderMarkdown, type Machine, type SizeResult } from "../../bench/report.js";
import { parseOptions, runsFor, shouldWrite } from "../../bench/run.js";
import { categorise, summarise } from "../../bench/search-download.js";

const SUMMARY = `draad build: 1000 capture(s) -> 1059 item(s) (551 articles, 508 briefs, 9 story lines), 1339 page(s), 1341 file(s) in /tmp/o/
  0 error(s), 2 warning(s), 0 file(s) skipped
  time: parse 0.63 s, merge 0.59 s, render 1.20 s, index skipped, total 2.71 s
Open it: serve /tmp/o/ with any static web server
`;

describe("summaryOfReport", () => {
  it("reads counts and phases from the build report JSON (draad build --report)", () => {
    const report = { captures: 1000, items: { total: 1059, articles: 600, briefs: 459, stories: 3 }, pages: 1339, files: 1341, errors: 0, warnings: 2, seconds: { parse: 0.63, merge: 0.59, render: 1.2, index: null, total: 2.71 } };
    const s = summaryOfReport(JSON.stringify(report))!;
    expect(s).toMatchObject({ captures: 1000, items: 1059, pages: 1339, files: 1341, errors: 0, warnings: 2, total: 2.71 });
    expect(s.phases).toEqual({ parse: 0.63, merge: 0.59, render: 1.2 });
    expect(s.skipped).toEqual(["index"]);
  });
  it("gives null when there is no report or it is not one", () => {
    expect(summaryOfReport(null)).toBeNull();
    expect(summaryOfReport("{")).toBeNull();
    expect(summaryOfReport('{"x":1}')).toBeNull();
  });
});

describe("parseDraadSummary", () => {
  it("reads counts and phases", () => {
    const s = parseDraadSummary(SUMMARY);
    expect(s).toMatchObject({ captures: 1000, items: 1059, pages: 1339, files: 1341, errors: 0, warnings: 2, total: 2.71 });
    expect(s.phases).toEqual({ parse: 0.63, merge: 0.59, render: 1.2 });
    expect(s.skipped).toEqual(["index"]);
  });

  it("reads an index time and phases it does not know yet", () => {
    const s = parseDraadSummary("x, 10 page(s), 12 file(s) in out/\n  time: parse 4.39 s, merge 6.43 s, render 7.02 s, write 0.5 s, index 1.2 s, total 20.18 s\n");
    expect(s.phases).toEqual({ parse: 4.39, merge: 6.43, render: 7.02, write: 0.5, index: 1.2 });
    expect(s.total).toBe(20.18);
  });

  it("gives nulls for output that is not a summary", () => {
    const s = parseDraadSummary("ReferenceError: x is not defined\n");
    expect(s.pages).toBeNull();
    expect(s.total).toBeNull();
    expect(s.phases).toEqual({});
  });
});

describe("parseTimeVerbose", () => {
  const report = `\tCommand being timed: "node x"
\tUser time (seconds): 4.19
\tSystem time (seconds): 0.46
\tPercent of CPU this job got: 138%
\tElapsed (wall clock) time (h:mm:ss or m:ss): 0:03.36
\tMaximum resident set size (kbytes): 357836
\tExit status: 0
`;
  it("reads peak RSS, CPU, elapsed and exit status", () => {
    expect(parseTimeVerbose(report)).toEqual({ maxRssBytes: 357836 * 1024, userSeconds: 4.19, systemSeconds: 0.46, elapsedSeconds: 3.36, exitStatus: 0 });
  });
  it("parses clocks", () => {
    expect(parseClock("1:02:03.5")).toBeCloseTo(3723.5);
    expect(parseClock("2:03.45")).toBeCloseTo(123.45);
    expect(parseClock("x")).toBeNull();
    expect(parseClock(null)).toBeNull();
  });
});

describe("/proc helpers", () => {
  it("finds the parent pid after a command name with spaces and parentheses", () => {
    expect(parseStatPpid("123 (node (x) y) S 45 123 17 0 -1")).toBe(45);
    expect(parseStatPpid("garbage")).toBeNull();
  });
  it("reads VmRSS and VmHWM in bytes", () => {
    const status = "Name:\tnode\nVmHWM:\t  2048 kB\nVmRSS:\t  1024 kB\n";
    expect(statusField(status, "VmRSS")).toBe(1024 * 1024);
    expect(statusField(status, "VmHWM")).toBe(2048 * 1024);
  });
});

describe("busyCpuSeconds", () => {
  it("adds the busy fields of the cpu line, in seconds", () => {
    // user nice system idle iowait irq softirq steal guest guest_nice
    expect(busyCpuSeconds("cpu  100 10 50 9000 20 1 2 3 0 0\ncpu0 1 2 3 4\n")).toBeCloseTo(1.66);
    expect(busyCpuSeconds("intr 1 2 3")).toBeNull();
  });
});

describe("median and formatting", () => {
  it("takes the middle value, or the mean of the two middle ones, ignoring NaN", () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([NaN, 5])).toBe(5);
    expect(median([])).toBeNull();
  });
  it("formats bytes in binary units", () => {
    expect(formatBytes(512)).toBe("512 B");
    expect(formatBytes(1536)).toBe("1.5 KiB");
    expect(formatBytes(3 * 1024 ** 3)).toBe("3.00 GiB");
    expect(formatBytes(null)).toBe("–");
  });
});

describe("goal states", () => {
  it("compares in the right direction and knows when nothing was measured", () => {
    expect(goalState(0.9, 1, "<=")).toBe("met");
    expect(goalState(1.1, 1, "<=")).toBe("not met");
    expect(goalState(60, 50, ">=")).toBe("met");
    expect(goalState(null, 50, ">=")).toBe("not measured");
    expect(allGoals(["met", "not measured"])).toBe("not measured");
    expect(allGoals(["met", "not met", "not measured"])).toBe("not met");
    expect(allGoals(["met", "met"])).toBe("met");
  });
  it("takes the larger of the two peak RSS figures", () => {
    expect(peakOf({ peakRssBytes: 10, treePeakRssBytes: 12 })).toBe(12);
    expect(peakOf({ peakRssBytes: 10, treePeakRssBytes: null })).toBe(10);
    expect(peakOf(null)).toBeNull();
  });
});

describe("options", () => {
  it("defaults to 1,000 and 10,000 captures, three runs, writing the results", () => {
    const o = parseOptions([]);
    expect(o.sizes).toEqual([1000, 10_000]);
    expect(runsFor(o, 10_000)).toBe(3);
    expect(runsFor(o, 100_000)).toBe(1);
    expect(shouldWrite(o)).toBe(true);
  });
  it("takes sizes, runs, seed and skips", () => {
    const o = parseOptions(["--sizes", "100000,1k", "--runs=2", "--seed", "7", "--no-baselines", "--skip", "rebuild"]);
    expect(o.sizes).toEqual([1000, 100_000]);
    expect(runsFor(o, 100_000)).toBe(2);
    expect(o.seed).toBe(7);
    expect([...o.skip].sort()).toEqual(["eleventy", "hugo", "rebuild"]);
    expect(shouldWrite(parseOptions(["--sizes", "100000"]))).toBe(false);
    expect(shouldWrite(parseOptions(["--sizes", "100000", "--write"]))).toBe(true);
  });
  it("refuses what it does not know", () => {
    expect(() => parseOptions(["--sizes", "ten"])).toThrow(/positive whole number/);
    expect(() => parseOptions(["--skip", "lunch"])).toThrow(/unknown step/);
    expect(() => parseOptions(["--fast"])).toThrow(/unknown option/);
  });
});

describe("baseline pages", () => {
  const capture = `---\ncaptured: 2024-01-01T06:00:00+01:00\n---\nKop\n\nBREDA (ANP) - ${"Dit is een zin over de gemeente. ".repeat(10)}\n\n${"Nog een alinea met genoeg tekst erin. ".repeat(8)}\n`;
  it("keeps prose paragraphs and leaves out front matter and short lines", () => {
    const p = proseParagraphs(capture);
    expect(p).toHaveLength(2);
    expect(p[0]).toMatch(/^BREDA \(ANP\)/);
  });
  it("titles a page with the first sentence without its dateline", () => {
    expect(titleOf("BREDA (ANP) - De gemeente bouwt een brug. Meer volgt.")).toBe("De gemeente bouwt een brug");
    expect(titleOf("x ".repeat(100)).length).toBeLessThanOrEqual(80);
  });
  it("gives the asked number of pages of about 2 KB, the same each time", () => {
    const a = [...baselinePages(() => [capture], 5)];
    const b = [...baselinePages(() => [capture], 5)];
    expect(a).toHaveLength(5);
    expect(a).toEqual(b);
    for (const page of a) expect(Buffer.byteLength(page.body)).toBeGreaterThanOrEqual(1900);
    expect(a[4]!.slug).toBe("p000005");
  });
});

describe("search download categories", () => {
  it("sorts responses into parts", () => {
    expect(categorise("/pagefind/fragment/nl_1.pf_fragment")).toBe("fragment");
    expect(categorise("/pagefind/index/nl_1.pf_index")).toBe("index");
    expect(categorise("/pagefind/filter/nl_1.pf_filter")).toBe("filter");
    expect(categorise("/pagefind/pagefind.nl_1.pf_meta")).toBe("meta");
    expect(categorise("/pagefind/pagefind-ui.js")).toBe("pagefind ui");
    expect(categorise("/pagefind/wasm.nl.pagefind")).toBe("pagefind runtime");
    expect(categorise("/pagefind/pagefind-entry.json?ts=1")).toBe("pagefind runtime");
    expect(categorise("/pagefind-2/pagefind-entry.json")).toBe("pagefind runtime");
    expect(categorise("/pagefind-2/index/nl_1.pf_index")).toBe("index");
    expect(categorise("/pagefind-3/pagefind.nl_1.pf_meta")).toBe("meta");
    expect(categorise("/zoeken/")).toBe("page");
    expect(categorise("/assets/draad.css")).toBe("site assets");
  });
  it("adds up bytes per part", () => {
    const s = summarise([
      { path: "/a.js", status: 200, bytes: 10, gzipBytes: 4, category: "site assets" },
      { path: "/b.js", status: 200, bytes: 5, gzipBytes: 5, category: "site assets" },
    ]);
    expect(s).toEqual({ totalBytes: 15, gzipBytes: 9, requests: 2, byCategory: { "site assets": { requests: 2, bytes: 15, gzipBytes: 9 } } });
  });
});

describe("goals and the report", () => {
  const machine: Machine = { cpu: "CPU", nproc: 2, ramBytes: 2 ** 34, os: "Linux", node: "v20", hugo: "hugo", eleventy: "3", pagefind: "1", chromium: null, gnuTime: true, sourceFingerprint: "abc" };
  const run = { ok: true, wallSeconds: 10, selfSeconds: 9, phases: { parse: 1, merge: 2, render: 6 }, pages: 1000, files: 1000, peakRssBytes: 500 * 2 ** 20, treePeakRssBytes: 520 * 2 ** 20, cpuSeconds: 12, outputBytes: 1e7, pagefindBytes: null, pagefindFiles: null };
  const median = { ...run, msPerPage: 10 };
  const size: SizeResult = {
    captures: 10_000,
    seed: 1,
    runs: 1,
    date: "2025-01-01T00:00:00.000Z",
    command: "npm run bench",
    machine,
    corpus: { dir: ".cache/bench/corpus-10000", files: 10_000, bytes: 3.8e7, reused: true, generateSeconds: null },
    parse: { dir: "x", files: 10_000, bytes: 3.8e7, passes: 2, rounds: [40, 41, 42], medianMBps: 41, diagnostics: 0, wallSeconds: 5, peakRssBytes: 1 },
    build: { search: false, command: "draad build", runs: [run], median },
    searchBuild: { search: true, command: "draad build", runs: [], median: null, error: "exit 1: boom" },
    searchDownload: { error: "no site" },
    rebuild: { search: true, addedCapture: "x.txt", prefixConsistent: true, warm: run, rebuild: run, clean: run, percent: 100, percentSelf: 100, comparison: { identical: true, filesA: 3, filesB: 3, differing: 0, onlyInRebuild: 0, onlyInClean: 0, sample: [], firstDifference: null } },
    baselines: { hugo: { tool: "hugo", version: "h", pages: 1000, command: "hugo", runs: [], median: { wallSeconds: 5, peakRssBytes: 1, treePeakRssBytes: 1, cpuSeconds: 1 } }, eleventy: null },
    ratios: { hugo: 2, eleventy: null },
    seconds: 60,
  };
  it("marks each goal met, not met or not measured", () => {
    const goals = evaluateGoals([size]);
    const state = (re: RegExp) => goals.find((g) => re.test(g.goal))?.state;
    expect(state(/as fast as Hugo/)).toBe("not met");
    expect(state(/1\.5 times Hugo/)).toBe("not met");
    expect(evaluateGoals([{ ...size, ratios: { hugo: 1.43, eleventy: null } }]).find((g) => /1\.5 times Hugo/.test(g.goal))?.state).toBe("met");
    expect(evaluateGoals([{ ...size, ratios: { hugo: 1.43, eleventy: null } }]).find((g) => /as fast as Hugo/.test(g.goal))?.state).toBe("not met");
    expect(state(/peak memory/)).toBe("met");
    expect(state(/100,000/)).toBe("not measured");
    expect(state(/parse/)).toBe("not met");
    expect(state(/share of a full build/)).toBe("not met");
    expect(state(/identical/)).toBe("met");
    expect(state(/search query/)).toBe("not measured");
  });
  it("judges the search download goal on the gzipped bytes of one cold query, as a static host serves it", () => {
    const download = (gzipBytes: number) => ({ method: "chromium" as const, query: "gemeente", totalBytes: 400_000, gzipBytes, requests: 20, byCategory: {}, entries: [], resultsReported: 20, resultsShown: 10, note: "" });
    const goal = (gzipBytes: number, captures = 100_000) => evaluateGoals([{ ...size, captures, searchDownload: download(gzipBytes) }]).find((g) => /search query/.test(g.goal))!;
    expect(goal(250_000).state).toBe("met");
    expect(goal(250_000).measured).toMatch(/^250\.0 kB gzipped, 400\.0 kB as stored/);
    expect(goal(310_000).state).toBe("not met");
    // Stated for 100,000 captures: a smaller archive within the limit does not meet it.
    expect(goal(250_000, 10_000).state).toBe("not measured");
  });
  it("renders Markdown with the machine, the summary, the goals and the failure", () => {
    const md = renderMarkdown({ version: 1, sizes: [size] }, { date: size.date, command: size.command, machine });
    expect(md).toContain("## Goals (issues #5, #13, #14, #15)");
    expect(md).toContain("| 10,000 |");
    expect(md).toContain("exit 1: boom");
  });
});
