/**
 * Report pages keyed by their inputs (src/cache/page-cache.ts, DeferredEntry): a page whose
 * inputs are the last build's is linked from it and its entry is never made; one whose inputs
 * changed has its entry made and is rendered.
 */
import { mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { DeferredEntry, PageCache } from "../../src/cache/page-cache.js";
import { ContentCache } from "../../src/cache/store.js";
import { InputValues } from "../../src/site/pages/inputs.js";

const roots: string[] = [];
afterEach(() => roots.splice(0).forEach((r) => rmSync(r, { recursive: true, force: true })));

describe("deferred report entries", () => {
  it("are made only for the pages rendered again", async () => {
    const root = mkdtempSync(join(tmpdir(), "draad-deferred-"));
    roots.push(root);
    const cache = new ContentCache(join(root, "cache"), "vingerafdruk", "geheim");
    const output = join(root, "site");
    let made: string[] = [];
    const entry = (url: string, inputs: unknown[]) =>
      new DeferredEntry(
        url,
        () => {
          made.push(url);
          return { url, text: JSON.stringify(inputs) };
        },
        () => inputs,
      );
    /** One build: reuse, render what is left into a new folder, swap it in as the output. */
    const buildWith = async (entries: DeferredEntry[]) => {
      made = [];
      const staging = join(root, `stage-${Math.random().toString(36).slice(2)}`);
      mkdirSync(staging);
      const pages = await PageCache.open(cache, output);
      const { pages: left, reused } = pages.reuse("context", { item: entries }, ["item"], staging);
      const rendered = (left.item as unknown as { url: string; text: string }[]).map((e) => {
        const outputPath = join(staging, e.url, "index.html");
        mkdirSync(join(outputPath, ".."), { recursive: true });
        writeFileSync(outputPath, e.text);
        return { outputPath, content: e.text };
      });
      pages.rendered(rendered, staging);
      rmSync(output, { recursive: true, force: true });
      renameSync(staging, output);
      await pages.save();
      return { reused, rendered: rendered.length };
    };

    expect(await buildWith([entry("/artikel/a/", ["a", 1]), entry("/artikel/b/", ["b", 1])])).toEqual({ reused: 0, rendered: 2 });
    expect(made).toEqual(["/artikel/a/", "/artikel/b/"]);
    // The same inputs: both pages linked from the last build, no entry made.
    expect(await buildWith([entry("/artikel/a/", ["a", 1]), entry("/artikel/b/", ["b", 1])])).toEqual({ reused: 2, rendered: 0 });
    expect(made).toEqual([]);
    // b's inputs changed (a value deep inside one counts too): only b's entry is made, and its page holds the new data.
    expect(await buildWith([entry("/artikel/a/", ["a", 1]), entry("/artikel/b/", ["b", { deep: [2] }])])).toEqual({ reused: 1, rendered: 1 });
    expect(made).toEqual(["/artikel/b/"]);
    expect(readFileSync(join(output, "artikel/b/index.html"), "utf8")).toBe(JSON.stringify(["b", { deep: [2] }]));
    // An input that is undefined is not one that is null (InputValues marks it: JSON would write both as null).
    const values = (v: unknown) => {
      const list = new InputValues();
      list.value("a");
      list.value(v);
      return list.values;
    };
    await buildWith([entry("/artikel/a/", values(null))]);
    expect(made).toEqual(["/artikel/a/"]);
    await buildWith([entry("/artikel/a/", values(undefined))]);
    expect(made).toEqual(["/artikel/a/"]);
    await buildWith([entry("/artikel/a/", values(undefined))]);
    expect(made).toEqual([]);
  });
});
