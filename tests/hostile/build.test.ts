/**
 * Hostile and broken input at the level of a whole build: nothing lost (every input file is in
 * the archive or in the report), exit codes, output that is never half-written, byte-identical
 * output whatever the file order, file times, TZ, LANG or clock, and no network access.
 */
import { DRAAD, runCli } from "../support/cli.js";
import { spawn, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, statSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Archive } from "../../src/archive/index.js";
import { DIAGNOSTIC_CODES } from "../../src/wire/index.js";

const HOSTILE = "tests/fixtures/hostile";

const run = runCli;

/** A folder with every hostile fixture, the demo content, a hidden file, a non-.txt file, a duplicate, a subfolder. */
function hostileFolder(): string {
  const dir = mkdtempSync(join(tmpdir(), "draad-hostile-"));
  for (const name of readdirSync(HOSTILE)) if (name.endsWith(".txt")) copyFileSync(join(HOSTILE, name), join(dir, name));
  mkdirSync(join(dir, "demo"));
  for (const name of readdirSync("content/wire")) copyFileSync(join("content/wire", name), join(dir, "demo", name));
  copyFileSync("content/wire/2025-11-22T1000-minsk-seed.txt", join(dir, "dezelfde-seed-andere-naam.txt"));
  writeFileSync(join(dir, ".verborgen.txt"), "ZWOLLE (ANP) - Verborgen.\n");
  writeFileSync(join(dir, "notities.md"), "# geen capture\n");
  return dir;
}

describe("a folder of hostile input", async () => {
  const input = hostileFolder();
  const exported = await run(["export", "--input", input]);
  const archive = JSON.parse(exported.stdout) as Archive;

  it("loses nothing: every file is in the archive or in the report", () => {
    const all = (readdirSync(input, { recursive: true }) as string[]).map((f) => f.split("\\").join("/")).filter((f) => statSync(join(input, f)).isFile());
    const inArchive = new Set(archive.items.flatMap((i) => i.sightings.map((s) => s.capture)));
    const inReport = new Set(archive.diagnostics.map((d) => d.file));
    const lost = all.filter((f) => !inArchive.has(f) && !inReport.has(f));
    expect(lost).toEqual([]);
    expect(all.length).toBeGreaterThan(60);
    // Rejected files are errors in the report, with a position and a code.
    for (const name of ["empty.txt", "binary.txt", "whitespace-only.txt"]) {
      expect(archive.diagnostics.some((d) => d.file === name && d.severity === "error" && d.line >= 1 && d.column >= 1), name).toBe(true);
    }
    expect(archive.diagnostics.find((d) => d.file === "notities.md")?.code).toBe("not-a-capture");
    expect(archive.diagnostics.find((d) => d.file === ".verborgen.txt")?.code).toBe("not-a-capture");
  });

  it("gives every diagnostic the severity of its code in the one table, whatever stage made it", () => {
    const drift = archive.diagnostics.filter((d) => d.severity !== DIAGNOSTIC_CODES[d.code].severity).map((d) => `${d.file}: ${d.code} ${d.severity}`);
    expect(drift).toEqual([]);
    expect(new Set(archive.diagnostics.map((d) => d.code)).size).toBeGreaterThan(15);
  });

  it("merges the same file under two names into the same items", () => {
    const seed = archive.items.filter((i) => i.sightings.some((s) => s.capture === "demo/2025-11-22T1000-minsk-seed.txt"));
    for (const item of seed) expect(item.sightings.some((s) => s.capture === "dezelfde-seed-andere-naam.txt"), item.headline).toBe(true);
  });

  it("exits 1 when files were rejected, still writing the whole site and listing the skipped files", async () => {
    const output = join(mkdtempSync(join(tmpdir(), "draad-hostile-out-")), "site");
    const built = await run(["build", "--input", input, "--output", output, "--no-search", "--no-cache"]);
    expect(built.code).toBe(1);
    expect(built.stdout).toMatch(/\d+ file\(s\) skipped: .*binary\.txt/);
    // Refused ---js front matter is an error, but the page text was read: reported, not skipped.
    expect(built.stderr).toMatch(/^front-matter-js\.txt:1:1 {2}error {2}executable-front-matter/m);
    expect(built.stdout).not.toMatch(/skipped: .*front-matter-js\.txt/);
    expect(built.stderr).toMatch(/^binary\.txt:1:1 {2}error {2}binary-content/m);
    expect(existsSync(join(output, "index.html"))).toBe(true);
    const items = archive.items.length;
    expect(readdirSync(join(output, "artikel")).length + readdirSync(join(output, "kort")).length).toBe(items);
  });
});

describe("exit codes", () => {
  it("0 for a clean build, 1 with --strict when there are warnings, 2 for usage errors", async () => {
    const input = mkdtempSync(join(tmpdir(), "draad-exit-"));
    copyFileSync(join(HOSTILE, "windows-1252.txt"), join(input, "2025-11-22T1000-cp1252.txt"));
    const out = join(mkdtempSync(join(tmpdir(), "draad-exit-out-")), "site");
    expect((await run(["build", "--input", input, "--output", out, "--no-search", "--no-cache"])).code).toBe(0);
    expect((await run(["build", "--input", input, "--output", out, "--no-search", "--no-cache", "--strict"])).code).toBe(1);
    expect((await run(["build", "--input", "geen/map", "--output", out])).code).toBe(2);
    expect((await run(["build", "--output", "."])).code).toBe(2);
    expect((await run(["build", "--base-url", "archief.example.nl"])).code).toBe(2);
    expect((await run(["build", "--onbekend"])).code).toBe(2);
  });
});

describe("output is never half-written", () => {
  it("a build killed halfway leaves the previous site as it was; the next build cleans up", async () => {
    const parent = mkdtempSync(join(tmpdir(), "draad-atomic-"));
    const output = join(parent, "site");
    const versions = join(parent, "site.draad");
    const cache = join(mkdtempSync(join(tmpdir(), "draad-atomic-cache-")), "cache");
    mkdirSync(output);
    writeFileSync(join(output, "index.html"), "vorige site");
    for (const signal of ["SIGKILL", "SIGINT"] as const) {
      const child = spawn(process.execPath, [DRAAD, "build", "--output", output, "--cache", cache], { stdio: "ignore" });
      // Kill it once its staging folder exists: mid-build.
      await new Promise<void>((resolve) => {
        const poll = setInterval(() => {
          if ((existsSync(versions) && readdirSync(versions).some((n) => n.endsWith(".tmp"))) || child.exitCode !== null) {
            clearInterval(poll);
            child.kill(signal);
            resolve();
          }
        }, 5);
      });
      await new Promise((resolve) => child.on("exit", resolve));
      expect(readFileSync(join(output, "index.html"), "utf8"), signal).toBe("vorige site");
      expect(readdirSync(output), signal).toEqual(["index.html"]);
    }
    const done = spawnSync(process.execPath, [DRAAD, "build", "--output", output, "--no-search", "--cache", cache], { encoding: "utf8" });
    expect(done.status, done.stderr).toBe(0);
    expect(readFileSync(join(output, "index.html"), "utf8")).toContain('<html lang="nl">');
    // The killed builds' staging folders are gone, the replaced site is removed in the background,
    // and the lock is given back: the output link and one version are left.
    for (let i = 0; i < 200 && readdirSync(versions).length > 1; i++) await new Promise((r) => setTimeout(r, 50));
    expect(readdirSync(parent).sort()).toEqual(["site", "site.draad"]);
    expect(readdirSync(versions)).toHaveLength(1);
    expect(readlinkSync(output)).toBe(`site.draad/${readdirSync(versions)[0]}`);
  }, 60_000);
});

describe("deterministic output", () => {
  /** Every file of a folder: relative path -> bytes. */
  function snapshot(dir: string): Map<string, Buffer> {
    const files = (readdirSync(dir, { recursive: true }) as string[]).filter((f) => statSync(join(dir, f)).isFile()).sort();
    return new Map(files.map((f) => [f, readFileSync(join(dir, f))]));
  }

  it("two builds are byte-identical whatever the file order, file times, TZ, LANG or clock", () => {
    const names = readdirSync("content/wire").sort();
    const inputs = [mkdtempSync(join(tmpdir(), "draad-det-a-")), mkdtempSync(join(tmpdir(), "draad-det-b-"))];
    // Written in opposite orders with different modification times.
    names.forEach((n, i) => {
      copyFileSync(join("content/wire", n), join(inputs[0]!, n));
      utimesSync(join(inputs[0]!, n), 1_000_000 + i, 1_000_000 + i);
    });
    [...names].reverse().forEach((n, i) => {
      copyFileSync(join("content/wire", n), join(inputs[1]!, n));
      utimesSync(join(inputs[1]!, n), 2_000_000_000 - i, 2_000_000_000 - i);
    });
    const outputs = [join(mkdtempSync(join(tmpdir(), "draad-det-o-")), "site"), join(mkdtempSync(join(tmpdir(), "draad-det-p-")), "site")];
    const envs = [
      { TZ: "UTC", LANG: "C", LC_ALL: "C" },
      { TZ: "Pacific/Chatham", LANG: "tr_TR.UTF-8", LC_ALL: "tr_TR.UTF-8", SOURCE_DATE_EPOCH: "1900000000" },
    ];
    outputs.forEach((output, i) => {
      const result = spawnSync(process.execPath, [DRAAD, "build", "--input", inputs[i]!, "--output", output, "--no-cache"], { env: { ...process.env, ...envs[i] }, encoding: "utf8" });
      expect(result.status, result.stderr).toBe(0);
    });
    const [a, b] = outputs.map(snapshot);
    expect([...a!.keys()]).toEqual([...b!.keys()]);
    const different = [...a!.keys()].filter((f) => !a!.get(f)!.equals(b!.get(f)!));
    expect(different).toEqual([]);
    expect(a!.size).toBeGreaterThan(300);
  }, 60_000);
});

describe("no network access", () => {
  it("the guard itself catches a TCP connection and a fetch (so that the test below can fail)", () => {
    const log = join(mkdtempSync(join(tmpdir(), "draad-net-")), "network.log");
    writeFileSync(log, "");
    spawnSync(process.execPath, ["--import", join(process.cwd(), "tests/support/no-network.mjs"), "-e", "try { require('node:net').connect(80, '192.0.2.1') } catch {} ; fetch('http://192.0.2.1/').catch(() => {})"], {
      env: { ...process.env, DRAAD_NETWORK_LOG: log },
    });
    expect(readFileSync(log, "utf8").trim().split("\n")).toEqual(["net.connect", "fetch"]);
  });

  it("a whole build, search index included, opens no socket, resolves no name, fetches nothing", () => {
    const log = join(mkdtempSync(join(tmpdir(), "draad-net-")), "network.log");
    writeFileSync(log, "");
    const output = join(mkdtempSync(join(tmpdir(), "draad-net-out-")), "site");
    const result = spawnSync(process.execPath, ["--import", join(process.cwd(), "tests/support/no-network.mjs"), DRAAD, "build", "--output", output, "--cache", join(output, "..", "cache")], {
      env: { ...process.env, DRAAD_NETWORK_LOG: log },
      encoding: "utf8",
    });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(log, "utf8")).toBe("");
    expect(existsSync(join(output, "pagefind", "pagefind.js"))).toBe(true);
  }, 60_000);
});
