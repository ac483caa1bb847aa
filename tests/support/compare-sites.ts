/**
 * Two built sites compared file by file, byte for byte (issue #13: the move of the templates must
 * not change a page). Prints the files only one side has and the files whose bytes differ, and
 * exits 1 when there is an unexplained difference.
 *
 *   npx tsx tests/support/compare-sites.ts /tmp/before-demo /tmp/after-demo
 *   npx tsx tests/support/compare-sites.ts --pagination-gap /tmp/before-3000 /tmp/after-3000
 *
 * `--pagination-gap` explains one reviewed difference: the `…` gap of a long pagination
 * (`<li class="gap" aria-hidden="true">…</li>` lines), which the Nunjucks template never rendered
 * (it asked for `loop.previtem`, which Nunjucks does not have). A file that differs only by such
 * lines is listed as explained, with how many gaps it gained; any other difference still fails.
 */
import { readdirSync, readFileSync, realpathSync } from "node:fs";
import { join } from "node:path";

export const PAGINATION_GAP_LINE = '    <li class="gap" aria-hidden="true">…</li>';

export interface SiteComparison {
  /** Files in both sites, `/`-separated, relative to the site folder. */
  same: number;
  onlyBefore: string[];
  onlyAfter: string[];
  /** Files whose bytes differ for another reason than an explained one. */
  differ: string[];
  /** Files that differ only by pagination gap lines: file -> number of gap lines added. */
  gapOnly: Map<string, number>;
}

function filesOf(root: string): string[] {
  return (readdirSync(root, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name).slice(root.length + 1).split("\\").join("/"))
    .sort();
}

export function compareSites(beforeDir: string, afterDir: string, options: { paginationGap?: boolean } = {}): SiteComparison {
  const before = realpathSync(beforeDir);
  const after = realpathSync(afterDir);
  const a = filesOf(before);
  const b = filesOf(after);
  const inB = new Set(b);
  const inA = new Set(a);
  const result: SiteComparison = { same: 0, onlyBefore: a.filter((f) => !inB.has(f)), onlyAfter: b.filter((f) => !inA.has(f)), differ: [], gapOnly: new Map() };
  for (const file of a) {
    if (!inB.has(file)) continue;
    const x = readFileSync(join(before, file));
    const y = readFileSync(join(after, file));
    if (x.equals(y)) {
      result.same++;
      continue;
    }
    if (options.paginationGap) {
      const lines = y.toString("utf8").split("\n");
      const kept = lines.filter((line) => line !== PAGINATION_GAP_LINE);
      if (kept.length < lines.length && kept.join("\n") === x.toString("utf8")) {
        result.gapOnly.set(file, lines.length - kept.length);
        continue;
      }
    }
    result.differ.push(file);
  }
  return result;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const args = process.argv.slice(2);
  const paginationGap = args.includes("--pagination-gap");
  const [beforeDir, afterDir] = args.filter((a) => !a.startsWith("--"));
  if (!beforeDir || !afterDir) {
    process.stderr.write("usage: compare-sites.ts [--pagination-gap] BEFORE AFTER\n");
    process.exit(2);
  }
  const r = compareSites(beforeDir, afterDir, { paginationGap });
  for (const f of r.onlyBefore) process.stdout.write(`only in ${beforeDir}: ${f}\n`);
  for (const f of r.onlyAfter) process.stdout.write(`only in ${afterDir}: ${f}\n`);
  for (const f of r.differ) process.stdout.write(`differs: ${f}\n`);
  for (const [f, n] of r.gapOnly) process.stdout.write(`pagination gap only (+${n}): ${f}\n`);
  const gaps = [...r.gapOnly.values()].reduce((s, n) => s + n, 0);
  process.stdout.write(
    `${r.same} identical, ${r.differ.length} different, ${r.onlyBefore.length} only before, ${r.onlyAfter.length} only after` +
      (paginationGap ? `, ${r.gapOnly.size} differ only by ${gaps} pagination gap(s)` : "") +
      "\n",
  );
  process.exit(r.differ.length + r.onlyBefore.length + r.onlyAfter.length > 0 ? 1 : 0);
}
