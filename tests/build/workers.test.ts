/**
 * Parsing and rendering in worker threads give what a single thread gives: the same archive JSON
 * for the demo content and every hostile fixture, the same site byte for byte, the page cache
 * working as before.
 */
import { cpSync, mkdtempSync, readdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { main } from "../../src/cli/main.js";
import { parseWorkerCount, PARALLEL_MIN_CAPTURES } from "../../src/build/parse-pool.js";

async function exportWith(workers: string, input: string): Promise<string> {
  process.env.DRAAD_PARSE_WORKERS = workers;
  let stdout = "";
  await main(["export", "--input", input], { stdout: (t) => void (stdout += t), stderr: () => {} });
  return stdout;
}

afterEach(() => {
  delete process.env.DRAAD_PARSE_WORKERS;
});

describe("parse workers", () => {
  it("give the same archive as the main thread, byte for byte", async () => {
    const input = mkdtempSync(join(tmpdir(), "draad-workers-"));
    cpSync("content/wire", join(input, "demo"), { recursive: true });
    for (const name of readdirSync("tests/fixtures/hostile")) if (name.endsWith(".txt")) cpSync(join("tests/fixtures/hostile", name), join(input, name));
    const single = await exportWith("0", input);
    const parallel = await exportWith("2", input);
    expect(JSON.parse(single).summary.captures).toBeGreaterThan(60);
    expect(parallel).toBe(single);
  }, 60_000);

  it("are used only when asked, and with auto not for a few hundred captures", () => {
    expect(parseWorkerCount(100_000)).toBe(0);
    process.env.DRAAD_PARSE_WORKERS = "auto";
    expect(parseWorkerCount(PARALLEL_MIN_CAPTURES - 1)).toBe(0);
    process.env.DRAAD_PARSE_WORKERS = "3";
    expect(parseWorkerCount(5)).toBe(3);
  });
});

describe("render workers", () => {
  afterEach(() => {
    delete process.env.DRAAD_RENDER_WORKERS;
  });
  it("render the site a single thread renders, byte for byte, and the page cache reuses their pages", async () => {
    const { mkdtempSync, readFileSync, readdirSync, statSync } = await import("node:fs");
    const snapshot = (dir: string) =>
      new Map((readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort().map((f) => [f, readFileSync(join(dir, f))]));
    const root = mkdtempSync(join(tmpdir(), "draad-render-workers-"));
    const build = async (workers: string, output: string, cache: string | null) => {
      process.env.DRAAD_RENDER_WORKERS = workers;
      let stdout = "";
      const code = await main(["build", "--output", join(root, output), ...(cache ? ["--cache", join(root, cache)] : ["--no-cache"])], { stdout: (t) => void (stdout += t), stderr: () => {} });
      expect(code).toBe(0);
      return stdout;
    };
    await build("0", "single", null);
    await build("2", "workers", "cache");
    const again = await build("2", "workers", "cache");
    expect(again).toMatch(/pages: [1-9]\d* of \d+ reused/);
    const [a, b] = [snapshot(join(root, "single")), snapshot(join(root, "workers"))];
    expect([...b.keys()]).toEqual([...a.keys()]);
    expect([...a.keys()].filter((f) => !a.get(f)!.equals(b.get(f)!))).toEqual([]);
  }, 120_000);
});
