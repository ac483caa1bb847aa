/**
 * Search bundles in rebuilds with the cache (#15, src/cache/search-bundle-cache.ts): a bundle
 * whose records did not change is linked from the last output instead of being indexed again;
 * one that changed, or whose files in the output were touched by hand, is indexed again; the
 * site is byte for byte the clean build's either way.
 */
import { describe, expect, it } from "vitest";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { demoCopy, expectSameTree } from "../support/trees.js";

const PER_BUNDLE = "40";

async function build(args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  let stdout = "";
  let stderr = "";
  const code = await main(["build", "--base-url", "https://archief.example.nl", "--search-bundle", PER_BUNDLE, ...args], { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
  return { code, stdout, stderr };
}

const fresh = (name: string) => join(mkdtempSync(join(tmpdir(), `draad-bundles-${name}-`)), name);

/** `search bundles: 3 of 4 reused` -> [3, 4]. */
function bundlesReused(stdout: string): [number, number] {
  const m = /search bundles: (\d+) of (\d+) reused/.exec(stdout);
  if (!m) throw new Error(`no search bundle figure in:\n${stdout}`);
  return [Number(m[1]), Number(m[2])];
}

/** The bundles of an output, newest first (they are numbered from the oldest). */
function bundlesOf(output: string): string[] {
  const number = (name: string) => Number(/^pagefind-(\d+)$/.exec(name)?.[1] ?? 1);
  return readdirSync(output)
    .filter((name) => /^pagefind(-\d+)?$/.test(name))
    .sort((a, b) => number(b) - number(a));
}

/** An invented, harmless event, captured the morning after the demo's newest capture. */
const NEWER_CAPTURE = `---
captured: 2025-11-24T09:30:00+01:00
source: https://nieuws.example.nl/binnenland/voerboot-dokkum
---
Nieuwe voerboot voor eenden in Dokkumer grachten
DOKKUM (ANP) - In de grachten van Dokkum vaart sinds maandag een elektrische voerboot die de eenden in de winter bijvoert. De boot is gebouwd door leerlingen van een technische school in de stad.
Het bootje vaart twee keer per dag een vaste ronde langs de bolwerken. Het voer bestaat uit granen en zaden en is volgens de gemeente geschikt voor watervogels.
`;

describe("search bundles in rebuilds with the cache", () => {
  it("after a newer capture only the newest bundle is indexed again, the older ones are linked, and the site is the clean build's", async () => {
    const input = demoCopy();
    const cache = fresh("cache");
    const output = fresh("site");
    const first = await build(["--input", input, "--output", output, "--cache", cache]);
    expect(first.code, first.stdout + first.stderr).toBe(0);
    const before = bundlesOf(output);
    expect(before.length).toBeGreaterThanOrEqual(3);
    expect(bundlesReused(first.stdout)).toEqual([0, before.length]);
    const oldestEntry = join(output, "pagefind", "pagefind-entry.json");
    const oldestInode = statSync(oldestEntry).ino;

    writeFileSync(join(input, "2025-11-24T0930-voerboot-dokkum.txt"), NEWER_CAPTURE);
    const second = await build(["--input", input, "--output", output, "--cache", cache]);
    expect(second.code, second.stdout + second.stderr).toBe(0);
    const after = bundlesOf(output);
    expect(after).toEqual(before);
    expect(bundlesReused(second.stdout)).toEqual([after.length - 1, after.length]);
    // The oldest bundle's files are the very files of the last output (linked, never written).
    expect(statSync(oldestEntry).ino).toBe(oldestInode);

    const clean = fresh("clean");
    const cleanRun = await build(["--input", input, "--output", clean, "--no-cache"]);
    expect(cleanRun.code).toBe(0);
    expectSameTree(output, clean);

    // Nothing changed: every bundle reused, and no file of them read to check it.
    const third = await build(["--input", input, "--output", output, "--cache", cache]);
    expect(bundlesReused(third.stdout)).toEqual([after.length, after.length]);
    expect(third.stdout).not.toMatch(/search bundles: [^\n]*checked by reading/);
    expectSameTree(output, clean);

    // Bundle files touched by hand: one fragment given other bytes in the second-oldest bundle,
    // one index file deleted from the oldest. Both bundles are indexed again, never copied in part.
    const fragmentFolder = readdirSync(join(output, "pagefind-2"), { recursive: true }) as string[];
    const fragment = fragmentFolder.filter((f) => f.endsWith(".pf_fragment")).sort()[0]!;
    writeFileSync(join(output, "pagefind-2", fragment), "met de hand veranderd");
    const index = (readdirSync(join(output, "pagefind"), { recursive: true }) as string[]).filter((f) => f.endsWith(".pf_index")).sort()[0]!;
    rmSync(join(output, "pagefind", index));
    const fourth = await build(["--input", input, "--output", output, "--cache", cache]);
    expect(fourth.code).toBe(0);
    expect(fourth.stdout).toMatch(new RegExp(`search bundles: ${after.length - 2} of ${after.length} reused, [^\\n]*2 damaged or stale entries made again`));
    expectSameTree(output, clean);
  }, 180_000);

  it("a bundle whose reports changed is indexed again, and so is every bundle after another cut", async () => {
    const input = demoCopy();
    const cache = fresh("cache");
    const output = fresh("site");
    expect((await build(["--input", input, "--output", output, "--cache", cache])).code).toBe(0);
    const count = bundlesOf(output).length;

    // A word of the oldest capture changed: its report's record changes, in the oldest bundle only.
    const oldest = (readdirSync(input) as string[]).filter((f) => f.endsWith(".txt")).sort()[0]!;
    const text = readFileSync(join(input, oldest), "utf8");
    const lines = text.split("\n");
    const dateline = lines.findIndex((line) => /^[A-Z][A-Z .'-]+ \(ANP/.test(line));
    expect(dateline).toBeGreaterThan(0);
    lines[dateline] = `${lines[dateline]} Dit is een toegevoegde zin over zandkastelen.`;
    writeFileSync(join(input, oldest), lines.join("\n"));
    const second = await build(["--input", input, "--output", output, "--cache", cache]);
    expect(second.code).toBe(0);
    const [reused, total] = bundlesReused(second.stdout);
    expect(total).toBe(count);
    expect(reused).toBeLessThan(total);
    expect(reused).toBeGreaterThanOrEqual(1);

    // Another bundle size cuts every bundle anew: none is reused, and the site is still the clean build's.
    let stdout = "";
    const third = await main(["build", "--base-url", "https://archief.example.nl", "--search-bundle", "30", "--input", input, "--output", output, "--cache", cache], { stdout: (t) => (stdout += t), stderr: () => {} });
    expect(third).toBe(0);
    expect(bundlesReused(stdout)[0]).toBe(0);
    const clean = fresh("clean");
    expect(await main(["build", "--base-url", "https://archief.example.nl", "--search-bundle", "30", "--input", input, "--output", clean, "--no-cache"], { stdout: () => {}, stderr: () => {} })).toBe(0);
    expectSameTree(output, clean);
  }, 180_000);
});
