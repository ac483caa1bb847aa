/** Folders compared byte for byte, and copies of the demo captures to build from (tests/cache/). */
import { expect } from "vitest";
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { BuildOptions } from "../../src/build/build.js";

/** Every file of a folder: relative path -> bytes. */
export function snapshot(dir: string): Map<string, Buffer> {
  const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();
  return new Map(files.map((f) => [f, readFileSync(join(dir, f))]));
}

/** The same files with the same bytes in both folders. */
export function expectSameTree(a: string, b: string): void {
  const [x, y] = [snapshot(a), snapshot(b)];
  expect([...x.keys()]).toEqual([...y.keys()]);
  expect([...x.keys()].filter((f) => !x.get(f)!.equals(y.get(f)!))).toEqual([]);
}

export const DEMO_WIRE = "content/wire";

/** A build of the demo's places and pages from `input` (default: the demo captures) into `output`, without search or cache unless asked. */
export function demoBuildOptions(output: string, more: Partial<BuildOptions> = {}): BuildOptions {
  return {
    input: DEMO_WIRE,
    output,
    baseUrl: "http://localhost:8080",
    pathPrefix: "/",
    pagesDir: "content/pages",
    places: { path: "content/places.yaml", given: false },
    capturedAt: null,
    search: false,
    cacheDir: null,
    ...more,
  };
}
/** The demo's capture files, relative to DEMO_WIRE, sorted. */
export const demoFiles = (readdirSync(DEMO_WIRE, { recursive: true }) as string[]).filter((f) => f.endsWith(".txt")).sort();

/** A new temporary folder with the demo's captures, but those in `leaveOut`. */
export function demoCopy(leaveOut: string[] = []): string {
  const input = mkdtempSync(join(tmpdir(), "draad-cache-in-"));
  for (const f of demoFiles) {
    if (leaveOut.includes(f)) continue;
    mkdirSync(join(input, f, ".."), { recursive: true });
    copyFileSync(join(DEMO_WIRE, f), join(input, f));
  }
  return input;
}
