/**
 * One command measured the way `npm run bench` measures draad builds (bench/measure.ts: wall
 * time, CPU, GNU time's peak RSS of the largest process and the sampled peak of the whole
 * process tree, other load on the machine), printed as JSON. Used for the partitioned-build
 * figures in docs/scaling.md:
 *
 *   npx tsx bench/measure-part.ts -- node src/cli/draad.mjs build --input .cache/bench/corpus-100000 --year 2024 --output .cache/bench/parts/2024 --no-cache
 */
import { runChild } from "./measure.js";

const separator = process.argv.indexOf("--");
const [command, ...args] = separator >= 0 ? process.argv.slice(separator + 1) : [];
if (!command) {
  console.error("usage: npx tsx bench/measure-part.ts -- COMMAND [ARGS...]");
  process.exit(2);
}
const r = await runChild(command, args, { timeoutMs: 3_600_000 });
const mib = (bytes: number | null) => (bytes === null ? null : Math.round(bytes / 1048576));
console.log(
  JSON.stringify({
    command: [command, ...args].join(" "),
    exit: r.code,
    wallSeconds: Number(r.wallSeconds.toFixed(2)),
    cpuSeconds: r.userSeconds !== null && r.systemSeconds !== null ? Number((r.userSeconds + r.systemSeconds).toFixed(2)) : null,
    peakRssLargestProcessMiB: mib(r.peakRssBytes),
    peakRssTreeMiB: mib(r.treePeakRssBytes),
    otherCpuSeconds: r.otherCpuSeconds,
    summary: r.stdout.split("\n").filter((l) => /draad (build|assemble)|time:|part \d{4}:/.test(l)),
  }),
);
