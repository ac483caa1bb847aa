/**
 * A one-off `draad build` makes the version it builds into on the other core while it parses
 * and merges (OutputLock.prepareStageInBackground), with the cache and without it: a build
 * without the cache clears the spare version (or makes the live version's folders) in a worker
 * instead of on the main thread. What it builds is what a build into a new output makes.
 */
import { mkdtempSync, realpathSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it, vi } from "vitest";
import { build } from "../../src/build/build.js";
import { OutputLock } from "../../src/output/site-folder.js";
import { demoBuildOptions, expectSameTree } from "../support/trees.js";

const options = (root: string, output: string) => demoBuildOptions(join(root, output));

afterEach(() => vi.restoreAllMocks());

describe("a one-off build without the cache", () => {
  it("makes its stage in the background, from the live version, and builds the site a build into a new output makes", async () => {
    const root = mkdtempSync(join(tmpdir(), "draad-one-off-"));
    const prepared = vi.spyOn(OutputLock.prototype, "prepareStageInBackground");
    const fresh = await build(options(root, "fresh"));
    expect(fresh.errors).toBe(0);
    await build(options(root, "site"));
    const firstVersion = realpathSync(join(root, "site"));
    // A page left behind by hand in the live version: the next build's stage has the live
    // version's folders, never its files.
    writeFileSync(join(firstVersion, "assets", "left-behind.txt"), "x");
    const again = await build(options(root, "site"));
    expect(prepared).toHaveBeenCalledTimes(3);
    expect(prepared.mock.calls.every(([prelink]) => [...prelink].length === 0), "no pages to link without the cache").toBe(true);
    expect(realpathSync(join(root, "site"))).not.toBe(firstVersion);
    expect(again.files).toBe(fresh.files);
    expectSameTree(join(root, "site"), join(root, "fresh"));
  });
});
