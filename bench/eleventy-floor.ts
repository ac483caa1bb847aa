/**
 * What Eleventy 3 itself costs per page, without draad: N pages of one trivial JavaScript
 * template paginated over data in memory, rendered into memory (`toJSON`, as draad renders),
 * then, for comparison, written to disk by Eleventy. Prints the seconds of each, measured in
 * this process, and Hugo's time for the benchmark's plain Markdown site of the same size when
 * `npm run bench` has made it (.cache/bench/hugo-N).
 *
 *   npx tsx bench/eleventy-floor.ts [--pages 10191]
 *
 * The lower bound it shows is Eleventy's own: whatever draad's build takes beyond it is draad's
 * parsing, merging, templates and writing (README, Known limits).
 */
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const args = process.argv.slice(2);
const at = args.indexOf("--pages");
const pages = at >= 0 ? Number(args[at + 1]) : 10_191;
if (!Number.isInteger(pages) || pages < 1) {
  console.error("usage: npx tsx bench/eleventy-floor.ts [--pages N]");
  process.exit(2);
}

async function eleventyRun(mode: "toJSON" | "write"): Promise<number> {
  const { default: Eleventy } = await import("@11ty/eleventy");
  const work = mkdtempSync(join(tmpdir(), "draad-eleventy-floor-"));
  mkdirSync(join(work, "in"));
  try {
    const entries = Array.from({ length: pages }, (_, i) => ({ url: `/pagina/${i}/`, title: `Pagina ${i}` }));
    const started = performance.now();
    const eleventy = new Eleventy(join(work, "in"), join(work, "out"), {
      quietMode: true,
      configPath: false,
      config(config: { setTemplateFormats(f: string[]): void; addGlobalData(n: string, v: unknown): void; addTemplate(p: string, c: unknown): void }) {
        config.setTemplateFormats(["11ty.js"]);
        config.addGlobalData("pages", entries);
        config.addTemplate("page.11ty.js", {
          data: { pagination: { data: "pages", size: 1, alias: "entry" }, permalink: (d: { entry: { url: string } }) => d.entry.url, eleventyExcludeFromCollections: true },
          render: (d: { entry: { title: string } }) => `<!doctype html><title>${d.entry.title}</title><p>${d.entry.title}</p>`,
        });
      },
    });
    eleventy.logger.overrideLogger({ log() {}, info() {}, warn() {}, error() {} });
    const made = mode === "toJSON" ? ([await eleventy.toJSON()].flat(3) as unknown[]).length : (await (eleventy as unknown as { write(): Promise<unknown> }).write(), readdirSync(join(work, "out", "pagina")).length);
    const seconds = (performance.now() - started) / 1000;
    if (made !== pages) throw new Error(`Eleventy made ${made} pages, not ${pages}`);
    return seconds;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

const inMemory = await eleventyRun("toJSON");
const written = await eleventyRun("write");
console.log(`Eleventy, ${pages} trivial pages: ${inMemory.toFixed(2)} s into memory (toJSON), ${written.toFixed(2)} s written by Eleventy`);
const hugoSite = resolve(fileURLToPath(new URL("..", import.meta.url)), ".cache", "bench", `hugo-${pages}`);
if (existsSync(hugoSite)) {
  rmSync(join(hugoSite, "public"), { recursive: true, force: true });
  const started = performance.now();
  const hugo = spawnSync("hugo", ["--quiet"], { cwd: hugoSite, stdio: "ignore" });
  if (hugo.status === 0) console.log(`Hugo, the benchmark's ${pages} Markdown pages: ${((performance.now() - started) / 1000).toFixed(2)} s`);
  else console.log(`Hugo could not build ${hugoSite} (${hugo.error?.message ?? `exit ${hugo.status}`})`);
} else console.log(`(no Hugo site at ${hugoSite}: npm run bench makes it)`);
