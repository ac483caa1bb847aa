/**
 * draad serve takes the statuses of the live output's pages in a worker thread while it merges
 * (src/cache/output-statuses.ts): they must be the statuses the page cache would take itself.
 */
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { prefetchOutputStatuses } from "../../src/cache/output-statuses.js";
import { fileStatus } from "../../src/input/file-status.js";

describe("prefetchOutputStatuses", () => {
  it("gives each file's status as fileStatus takes it, and null for a file that is not there", async () => {
    const output = mkdtempSync(join(tmpdir(), "draad-statuses-"));
    mkdirSync(join(output, "artikel", "a"), { recursive: true });
    writeFileSync(join(output, "index.html"), "een");
    writeFileSync(join(output, "artikel", "a", "index.html"), "twee");
    const files = ["index.html", "artikel/a/index.html", "weg/index.html"];
    const statuses = await prefetchOutputStatuses(output, files);
    expect(statuses).not.toBeNull();
    expect([...statuses!.entries()]).toEqual(files.map((f) => [f, fileStatus(join(output, f), { changeTime: false })]));
    expect(statuses!.get("weg/index.html")).toBeNull();
    expect(statuses!.get("index.html")).toMatch(/^\d+:\d+:3:/);
  }, 30_000);

  it("asks no worker for no files", async () => {
    expect(await prefetchOutputStatuses("/nergens", [])).toBeNull();
  });
});
