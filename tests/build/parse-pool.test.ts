/**
 * Parsing on every core gives the archive a single thread gives: the same JSON, byte for byte,
 * for the demo content and for every hostile fixture (rejected files, diagnostics, cache).
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
