/**
 * Issue #11, the output folder: one build per output at a time, a swap that leaves the old or
 * the new site at every instant, a crash at any point that never costs the previous site, and
 * machine faults (disk full) that end in one line.
 */
import { DRAAD } from "../support/cli.js";
import { spawn, spawnSync } from "node:child_process";
import { existsSync, lstatSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, readlinkSync, realpathSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { hostname, tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { OutputLock, OutputLockedError, OutputUnusableError } from "../../src/output/site-folder.js";

const CAPTURE = "Veerpont vaart weer\nHATTEM (ANP) - De veerpont tussen de oevers vaart weer na een week van onderhoud.\n";

function freshParent(): string {
  return mkdtempSync(join(tmpdir(), "draad-output-"));
}

/** A version of the site with `files` (path -> text) staged under `lock` and swapped in. */
async function commitFiles(lock: OutputLock, files: Record<string, string>) {
  const folder = lock.stage();
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(folder.staging, name, ".."), { recursive: true });
    writeFileSync(join(folder.staging, name), text);
  }
  await folder.commit();
  return folder;
}

/** A pid that no process has now. */
function deadPid(): number {
  const child = spawnSync(process.execPath, ["-e", "process.stdout.write(String(process.pid))"], { encoding: "utf8" });
  return Number(child.stdout);
}

/** A folder with one capture in `wire/`, and `build()`: draad build of it into `site` (or `into`), with the cache in `cache/` (or none), no search. */
function cachedSite() {
  const parent = freshParent();
  const output = join(parent, "site");
  const wire = join(parent, "wire");
  mkdirSync(wire);
  writeFileSync(join(wire, "a.txt"), CAPTURE);
  const cache = join(parent, "cache");
  const build = (into = output, withCache = true) =>
    spawnSync(process.execPath, [DRAAD, "build", "--input", wire, "--output", into, ...(withCache ? ["--cache", cache] : ["--no-cache"]), "--no-search"], { encoding: "utf8" });
  return { parent, output, wire, cache, build };
}

async function until(condition: () => boolean, ms = 30_000): Promise<void> {
  const start = Date.now();
  while (!condition()) {
    if (Date.now() - start > ms) throw new Error("timed out waiting");
    await new Promise((r) => setTimeout(r, 5));
  }
}

describe("one build per output at a time", () => {
  it("a second build into the same output stops with exit 2 and says who holds it; the first finishes", async () => {
    const parent = freshParent();
    const output = join(parent, "site");
    const first = spawn(process.execPath, [DRAAD, "build", "--output", output, "--no-cache"], { stdio: ["ignore", "pipe", "pipe"] });
    const exited = new Promise<number | null>((resolve) => first.on("exit", (code) => resolve(code)));
    await until(() => existsSync(join(parent, "site.draad", "lock")));
    const second = spawnSync(process.execPath, [DRAAD, "build", "--output", output, "--no-cache"], { encoding: "utf8" });
    expect(second.status).toBe(2);
    expect(second.stderr).toContain(`another draad build (pid ${first.pid}`);
    expect(second.stderr).toContain("wait for it to finish or stop it");
    expect(second.stderr.split("\n").filter(Boolean)).toHaveLength(1);
    expect(await exited).toBe(0);
    expect(readFileSync(join(output, "index.html"), "utf8")).toContain('<html lang="nl">');
    expect(existsSync(join(output, "pagefind", "pagefind.js"))).toBe(true);
    expect(existsSync(join(parent, "site.draad", "lock"))).toBe(false);
  }, 90_000);

  it("takes over the lock of a dead build, and refuses one held on another host", () => {
    const parent = freshParent();
    const output = join(parent, "site");
    mkdirSync(join(parent, "site.draad"));
    writeFileSync(join(parent, "site.draad", "lock"), JSON.stringify({ pid: deadPid(), host: hostname(), started: "2026-01-01T00:00:00Z", command: "draad build" }));
    const lock = OutputLock.take(output, "test");
    lock.release();
    writeFileSync(join(parent, "site.draad", "lock"), JSON.stringify({ pid: 1, host: "andere-machine", started: "2026-01-01T00:00:00Z", command: "draad build" }));
    expect(() => OutputLock.take(output, "test")).toThrow(OutputLockedError);
    expect(() => OutputLock.take(output, "test")).toThrow(/on andere-machine.*remove .*lock/);
  });

  it("refuses an output that is a file, or a link that draad did not make", () => {
    const parent = freshParent();
    writeFileSync(join(parent, "bestand"), "x");
    expect(() => OutputLock.take(join(parent, "bestand"), "test")).toThrow(OutputUnusableError);
    mkdirSync(join(parent, "ergens"));
    spawnSync("ln", ["-s", join(parent, "ergens"), join(parent, "link")]);
    expect(() => OutputLock.take(join(parent, "link"), "test")).toThrow(/symbolic link that draad did not make/);
  });
});

describe("the swap", () => {
  /** A finished version with one page. */
  async function commitSite(lock: OutputLock, text: string): Promise<void> {
    const folder = lock.stage();
    writeFileSync(join(folder.staging, "index.html"), text);
    await folder.commit();
  }

  it("makes the spare ready between builds (draad serve): the live site untouched, the next build made in it, folders it does not use removed", async () => {
    const parent = freshParent();
    const output = join(parent, "site");
    const lock = OutputLock.take(output, "test");
    const versions = () => readdirSync(`${output}.draad`).filter((n) => /^v\d+-\d+(\.tmp)?$/.test(n)).sort();
    const put = (root: string, files: Record<string, string>) => {
      for (const [name, text] of Object.entries(files)) {
        mkdirSync(join(root, name, ".."), { recursive: true });
        writeFileSync(join(root, name), text);
      }
    };
    // First a site with a nested page, then one without it.
    let folder = lock.stage();
    put(folder.staging, { "index.html": "een", "artikel/a/index.html": "a", "plaats/x/index.html": "x" });
    expect(await folder.commit()).toBe(3);
    // No spare yet: the live version's folders are made ready, with no file in them.
    expect(lock.prepareStage()).toBe(true);
    const skeleton = versions().find((n) => n.endsWith(".tmp"))!;
    expect(readdirSync(join(`${output}.draad`, skeleton), { recursive: true }).sort()).toEqual(["artikel", "artikel/a", "plaats", "plaats/x"]);
    folder = lock.stage();
    expect(folder.staging).toBe(join(`${output}.draad`, skeleton));
    put(folder.staging, { "index.html": "twee", "plaats/x/index.html": "x2" });
    expect(await folder.commit()).toBe(2);
    expect(readdirSync(output, { recursive: true }).sort(), "the folder it did not use is gone").toEqual(["index.html", "plaats", "plaats/x", "plaats/x/index.html"]);
    expect(lock.prepareStage(), "within the grace period").toBe(false);
    await new Promise((r) => setTimeout(r, 2_100));
    const live = realpathSync(output);
    expect(lock.prepareStage()).toBe(true);
    expect(lock.prepareStage(), "once").toBe(false);
    const ready = versions().find((n) => n.endsWith(".tmp"))!;
    expect(ready).toBeDefined();
    // Cleared: its folders are there, none of its files; the live site is as it was.
    expect(readdirSync(join(`${output}.draad`, ready), { recursive: true }).sort()).toEqual(["artikel", "artikel/a", "plaats", "plaats/x"]);
    expect(readFileSync(join(output, "index.html"), "utf8")).toBe("twee");
    expect(realpathSync(output)).toBe(live);
    // A stage asked for empty (draad serve's search index) leaves the ready one for the next build.
    const empty = lock.stage({ empty: true });
    expect(empty.folders.size).toBe(0);
    expect(readdirSync(empty.staging)).toEqual([]);
    await empty.discard();
    folder = lock.stage();
    expect(folder.staging).toBe(join(`${output}.draad`, ready));
    put(folder.staging, { "index.html": "drie", "plaats/x/index.html": "x3" });
    expect(await folder.commit()).toBe(2);
    expect(readdirSync(output, { recursive: true }).sort()).toEqual(["index.html", "plaats", "plaats/x", "plaats/x/index.html"]);
    expect(readFileSync(join(output, "plaats/x/index.html"), "utf8")).toBe("x3");
    // A ready spare not used goes when the lock is given up.
    await new Promise((r) => setTimeout(r, 2_100));
    expect(lock.prepareStage()).toBe(true);
    lock.release();
    expect(versions().filter((n) => n.endsWith(".tmp"))).toEqual([]);
  }, 30_000);

  it("links the live site's files into the stage it makes ready; a build keeps those it takes, and the live files are never written through", async () => {
    const parent = freshParent();
    const output = join(parent, "site");
    const lock = OutputLock.take(output, "test");
    let folder = lock.stage();
    for (const [name, text] of Object.entries({ "index.html": "een", "a/index.html": "a", "b/c/index.html": "b" })) {
      mkdirSync(join(folder.staging, name, ".."), { recursive: true });
      writeFileSync(join(folder.staging, name), text);
    }
    await folder.commit();
    const live = realpathSync(output);
    // Paths outside the site, and files the live site does not have, are left out.
    expect(lock.prepareStage(["index.html", "a/index.html", "b/c/index.html", "../lock", "/etc/passwd", "a/../index.html", "weg/index.html"])).toBe(true);
    folder = lock.stage();
    expect([...folder.prelinked.keys()].sort()).toEqual(["a/index.html", "b/c/index.html", "index.html"]);
    expect(lstatSync(join(folder.staging, "a/index.html")).ino, "the live file itself").toBe(lstatSync(join(live, "a/index.html")).ino);
    // Taken as it is: a; written anew: the home page, which must first stop being the live one's file.
    folder.prelinked.delete("a/index.html");
    folder.dropPrelinked(["index.html"]);
    expect(existsSync(join(folder.staging, "index.html"))).toBe(false);
    writeFileSync(join(folder.staging, "index.html"), "twee");
    expect(readFileSync(join(live, "index.html"), "utf8"), "the live site as it was").toBe("een");
    // b/c was taken by nobody: it is not in the new site, nor is its folder.
    expect(await folder.commit()).toBe(2);
    expect(readdirSync(output, { recursive: true }).sort()).toEqual(["a", "a/index.html", "index.html"]);
    expect(readFileSync(join(output, "index.html"), "utf8")).toBe("twee");
    expect(readFileSync(join(output, "a/index.html"), "utf8")).toBe("a");
    lock.release();
  });

  it("makes a one-off build's stage in a worker thread: the live folders and pages linked, even while the spare is in its grace period", async () => {
    const parent = freshParent();
    const output = join(parent, "site");
    const lock = OutputLock.take(output, "test");
    const commitWith = (files: Record<string, string>) => commitFiles(lock, files);
    await commitWith({ "index.html": "een", "artikel/a/index.html": "a", "plaats/x/index.html": "x" });
    await commitWith({ "index.html": "twee", "artikel/a/index.html": "a", "plaats/x/index.html": "x" });
    const live = realpathSync(output);
    // The spare (the first version) is within its grace period: a stage is made anyway, from the live version.
    lock.prepareStageInBackground(["artikel/a/index.html", "plaats/x/index.html", "../lock", "weg/index.html"]);
    expect(lock.preparedLinks(), "not ready before the worker is done").toBeNull();
    await lock.stageReady();
    const links = lock.preparedLinks()!;
    expect([...links.keys()].sort()).toEqual(["artikel/a/index.html", "plaats/x/index.html"]);
    const folder = lock.stage();
    expect(folder.prelinked.size).toBe(2);
    expect(folder.folders.has(join(folder.staging, "plaats", "x"))).toBe(true);
    expect(lstatSync(join(folder.staging, "artikel/a/index.html")).ino, "the live file itself").toBe(lstatSync(join(live, "artikel/a/index.html")).ino);
    // The statuses are the live files' own: what the page cache compares with its manifest.
    const { fileStatus } = await import("../../src/input/file-status.js");
    expect(links.get("plaats/x/index.html")).toBe(fileStatus(join(live, "plaats/x/index.html"), { changeTime: false }));
    folder.prelinked.delete("artikel/a/index.html");
    writeFileSync(join(folder.staging, "index.html"), "drie");
    expect(await folder.commit()).toBe(2);
    expect(readdirSync(output, { recursive: true }).sort()).toEqual(["artikel", "artikel/a", "artikel/a/index.html", "index.html"]);
    expect(readFileSync(join(live, "index.html"), "utf8"), "the old version as it was").toBe("twee");
    // A stage being made when the lock is given up (a build that failed first) is removed once the worker is done.
    lock.prepareStageInBackground(["artikel/a/index.html"]);
    lock.release();
    await until(() => !readdirSync(`${output}.draad`).some((n) => n.endsWith(".tmp")), 10_000);
  });

  it("right after a swap, makes the next build in a spare an earlier swap of the same lock replaced, past its grace period", async () => {
    const parent = freshParent();
    const output = join(parent, "site");
    const lock = OutputLock.take(output, "test");
    const finished = () => readdirSync(`${output}.draad`).filter((n) => /^v\d+-\d+$/.test(n)).sort();
    const commitWith = (files: Record<string, string>) => commitFiles(lock, files);
    await commitWith({ "index.html": "a", "artikel/a/index.html": "a" });
    const [a] = finished();
    await commitWith({ "index.html": "b" });
    // c is staged at once (a, just replaced, is no spare to build in yet) and swapped in 2 s
    // later: it replaces b now, and a was replaced 2 s ago.
    const staged = lock.stage();
    expect(staged.folders.size).toBe(0);
    writeFileSync(join(staged.staging, "index.html"), "c");
    await new Promise((r) => setTimeout(r, 2_100));
    await staged.commit();
    const [, b, c] = finished();
    expect(finished()).toEqual([a, b, c]);
    const folder = lock.stage();
    expect([...folder.folders].map((f) => f.slice(folder.staging.length)).sort(), "made in a, cleared").toEqual(["", "/artikel", "/artikel/a"]);
    expect(readdirSync(folder.staging, { recursive: true }).sort()).toEqual(["artikel", "artikel/a"]);
    expect(finished(), "b, within its grace period, is kept as it was").toEqual([b, c]);
    expect(readFileSync(join(`${output}.draad`, b!, "index.html"), "utf8")).toBe("b");
    writeFileSync(join(folder.staging, "index.html"), "d");
    expect(await folder.commit()).toBe(1);
    expect(readdirSync(output, { recursive: true })).toEqual(["index.html"]);
    expect(readFileSync(join(output, "index.html"), "utf8")).toBe("d");
    lock.release();
  }, 30_000);

  it("sets older versions and dead builds' stages aside at once and removes them in the background; the live site and its spare stay", async () => {
    const parent = freshParent();
    const output = join(parent, "site");
    const lock = OutputLock.take(output, "test");
    await commitFiles(lock, { "index.html": "een" });
    await commitFiles(lock, { "index.html": "twee" });
    await commitFiles(lock, { "index.html": "drie" });
    lock.release();
    const versionsFolder = `${output}.draad`;
    const finished = () => readdirSync(versionsFolder).filter((n) => /^v\d+-\d+$/.test(n)).sort();
    // A dead build's stage with files in it, beside the live version and two replaced ones.
    const dead = `v${String(Date.now()).padStart(13, "0")}-${deadPid()}.tmp`;
    mkdirSync(join(versionsFolder, dead, "artikel", "a"), { recursive: true });
    writeFileSync(join(versionsFolder, dead, "artikel", "a", "index.html"), "half");
    const [oldest, spare, live] = finished();
    expect(realpathSync(output)).toBe(realpathSync(join(versionsFolder, live!)));

    const next = OutputLock.take(output, "test");
    try {
      // At once: neither the oldest version nor the dead stage is there under its name.
      expect(finished()).toEqual([spare, live]);
      expect(readdirSync(versionsFolder)).not.toContain(dead);
      // Set aside, not removed while the lock was taken (the removal waits for the grace period).
      expect(readdirSync(versionsFolder).filter((n) => n.endsWith(".gone")).sort()).toEqual([`${oldest}.gone`, `${dead}.gone`].sort());
      expect(next.notes.join("\n")).toMatch(/removed 1 folder\(s\) left by interrupted builds/);
      expect(readFileSync(join(output, "index.html"), "utf8")).toBe("drie");
      expect(readFileSync(join(versionsFolder, spare!, "index.html"), "utf8")).toBe("twee");
      // Then, after the grace period, their trees are gone too.
      await until(() => !readdirSync(versionsFolder).some((n) => n.endsWith(".gone")), 15_000);
      expect(existsSync(join(versionsFolder, `${oldest}.gone`))).toBe(false);
    } finally {
      next.release();
    }
  }, 30_000);

  it("leaves the old or the new site at every instant: a reader polling through 300 swaps never finds none", async () => {
    const parent = freshParent();
    const output = join(parent, "site");
    const lock = OutputLock.take(output, "test");
    await commitSite(lock, "eerste");
    // The reader is another process, polling as fast as it can while the swaps run.
    const reader = spawn(
      process.execPath,
      ["-e", `const fs=require("fs");let misses=0,reads=0;const stop=Date.now()+60000;process.stdin.on("data",()=>{process.stdout.write(JSON.stringify({misses,reads}));process.exit(0)});(function poll(){for(let i=0;i<2000;i++){reads++;try{fs.readFileSync(${JSON.stringify(join(output, "index.html"))})}catch{misses++}}if(Date.now()<stop)setImmediate(poll)})();`],
      { stdio: ["pipe", "pipe", "inherit"] },
    );
    await new Promise((r) => setTimeout(r, 300));
    for (let i = 0; i < 300; i++) await commitSite(lock, `versie ${i}`);
    const report = new Promise<string>((resolve) => reader.stdout.on("data", (d) => resolve(String(d))));
    reader.stdin.write("stop\n");
    const { misses, reads } = JSON.parse(await report) as { misses: number; reads: number };
    lock.release();
    expect(reads).toBeGreaterThan(1000);
    expect(misses).toBe(0);
    expect(readFileSync(join(output, "index.html"), "utf8")).toBe("versie 299");
    expect(lstatSync(output).isSymbolicLink()).toBe(true);
  }, 90_000);

  it("after a crash between the two renames of a first swap (no output at all), the next build puts the last finished site back first", async () => {
    const parent = freshParent();
    const output = join(parent, "site");
    mkdirSync(output);
    writeFileSync(join(output, "index.html"), "oude map");
    const lock = OutputLock.take(output, "test");
    const folder = lock.stage();
    writeFileSync(join(folder.staging, "index.html"), "nieuwe site");
    // What commit() does up to the crash: the staged version finished, the old folder moved aside.
    const id = folder.staging.split("/").pop()!.replace(/\.tmp$/, "");
    renameSync(folder.staging, join(parent, "site.draad", id));
    renameSync(output, join(parent, "site.draad", `v0000000000000-${process.pid}`));
    lock.release();
    expect(existsSync(output)).toBe(false);
    const next = OutputLock.take(output, "test");
    expect(next.notes.join(" ")).toContain("was put back");
    expect(readFileSync(join(output, "index.html"), "utf8")).toBe("nieuwe site");
    next.release();
  });

  it("a build killed at any moment never costs the previous site", async () => {
    const { parent, output, wire, cache, build } = cachedSite();
    expect(build().status).toBe(0);
    const survived: number[] = [];
    for (const delay of [200, 500, 800, 1100, 1500]) {
      writeFileSync(join(wire, `b-${delay}.txt`), CAPTURE.replace("een week", `${delay} dagen`));
      const child = spawn(process.execPath, [DRAAD, "build", "--input", wire, "--output", output, "--cache", cache, "--no-search"], { stdio: "ignore" });
      const exited = new Promise((r) => child.on("exit", r));
      await new Promise((r) => setTimeout(r, delay));
      child.kill("SIGKILL");
      await exited;
      const page = readFileSync(join(output, "index.html"), "utf8");
      expect(page, `killed after ${delay} ms`).toContain("</html>");
      survived.push(delay);
    }
    expect(survived).toHaveLength(5);
    // The next build cleans up after all of them: its version, and the one it replaced as the spare.
    expect(build().status).toBe(0);
    await until(() => readdirSync(join(parent, "site.draad")).length === 2);
    const [spare, current] = readdirSync(join(parent, "site.draad")).sort();
    expect(readlinkSync(output)).toBe(`site.draad/${current}`);
    expect(spare).toMatch(/^v\d{13}-\d+$/);
  }, 240_000);

  it("makes a build in the version the last one replaced: every file written new, none shared with the live site changed", async () => {
    const { parent, output, wire, build } = cachedSite();
    const versions = () => readdirSync(join(parent, "site.draad")).filter((n) => /^v\d+-\d+$/.test(n)).sort();
    const filesOf = (root: string) =>
      Object.fromEntries(
        readdirSync(root, { recursive: true, withFileTypes: true })
          .filter((e) => e.isFile())
          .map((e) => [join(e.parentPath, e.name).slice(root.length + 1), readFileSync(join(e.parentPath, e.name), "utf8")]),
      );
    const foldersOf = (root: string) =>
      readdirSync(root, { recursive: true, withFileTypes: true })
        .filter((e) => e.isDirectory())
        .map((e) => join(e.parentPath, e.name).slice(root.length + 1))
        .sort();
    expect(build().status).toBe(0);
    // A second report: a version with more pages and folders, whose pages share files with the first by hard link.
    writeFileSync(join(wire, "b.txt"), CAPTURE.replace("Veerpont vaart weer", "Pontje ligt stil").replace("vaart weer na een week van onderhoud", "ligt een week stil voor onderhoud"));
    expect(build().status).toBe(0);
    const [first, second] = versions();
    expect(readlinkSync(output)).toBe(`site.draad/${second}`);
    const live = filesOf(join(parent, "site.draad", second!));
    // Past the grace period for readers of the replaced version: the next build is made in it.
    await new Promise((r) => setTimeout(r, 2_100));
    rmSync(join(wire, "b.txt"));
    expect(build().status).toBe(0);
    const [previous, third] = versions();
    expect(previous).toBe(second);
    expect(third).not.toBe(first);
    expect(existsSync(join(parent, "site.draad", first!)), "the spare was made the new version").toBe(false);
    // The version that was live while the build ran is as it was, byte for byte.
    expect(filesOf(join(parent, "site.draad", second!))).toEqual(live);
    // And the new one is what a clean build gives: the same files, and no folder the removed report left.
    const clean = join(parent, "clean");
    expect(build(clean, false).status).toBe(0);
    expect(filesOf(join(parent, "site.draad", third!))).toEqual(filesOf(join(parent, "clean.draad", readdirSync(join(parent, "clean.draad")).find((n) => /^v\d+-\d+$/.test(n))!)));
    expect(foldersOf(join(parent, "site.draad", third!))).toEqual(foldersOf(realpathSync(clean)));
    // Once more: now the spare is the version with the second report, whose folders (nested ones
    // among them) the new site does not use; they are removed, the rest kept, the files counted.
    await new Promise((r) => setTimeout(r, 2_100));
    const fourth = build();
    expect(fourth.status).toBe(0);
    const latest = versions().at(-1)!;
    expect(latest).not.toBe(third);
    expect(foldersOf(join(parent, "site.draad", latest))).toEqual(foldersOf(realpathSync(clean)));
    expect(filesOf(join(parent, "site.draad", latest))).toEqual(filesOf(realpathSync(clean)));
    expect(fourth.stdout).toContain(` ${Object.keys(filesOf(realpathSync(clean))).length} file(s) in `);
  }, 120_000);
});

describe("disk full", () => {
  const unshare = spawnSync("unshare", ["--user", "--map-root-user", "--mount", "true"]).status === 0 ? ["--user", "--map-root-user", "--mount"] : spawnSync("unshare", ["--mount", "true"]).status === 0 ? ["--mount"] : null;
  if (!unshare) console.log("[output] neither `unshare --user --mount` nor `unshare --mount` works here: the disk-full test cannot mount a small tmpfs and is skipped");

  it.skipIf(!unshare)("ENOSPC halfway through a build is one line naming the path and what to do; the previous site is intact", () => {
    const parent = freshParent();
    const disk = join(parent, "schijf");
    mkdirSync(disk);
    // A 4 MB disk: the first build (no search, about 2.5 MB) fits; the second, with search, does not fit beside it.
    const script = [
      `mount -t tmpfs -o size=4m tmpfs ${disk}`,
      `${process.execPath} ${DRAAD} build --output ${disk}/site --no-search --no-cache > ${parent}/first.out 2> ${parent}/first.err; echo $? > ${parent}/first.code`,
      `cp ${disk}/site/index.html ${parent}/before.html`,
      `${process.execPath} ${DRAAD} build --output ${disk}/site --no-cache > ${parent}/second.out 2> ${parent}/second.err; echo $? > ${parent}/second.code`,
      `cp ${disk}/site/index.html ${parent}/after.html; ls ${disk}/site.draad > ${parent}/versions`,
    ].join("\n");
    const result = spawnSync("unshare", [...unshare!, "sh", "-c", script], { encoding: "utf8", cwd: process.cwd() });
    expect(result.status, result.stderr).toBe(0);
    expect(readFileSync(join(parent, "first.code"), "utf8").trim(), readFileSync(join(parent, "first.err"), "utf8")).toBe("0");
    expect(readFileSync(join(parent, "second.code"), "utf8").trim()).toBe("2");
    const errors = readFileSync(join(parent, "second.err"), "utf8").split("\n").filter(Boolean);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^draad: cannot write \S*schijf\/site\.draad\/\S+: the disk is full \(ENOSPC\); free some space .* the previous site is unchanged$/);
    expect(readFileSync(join(parent, "after.html"))).toEqual(readFileSync(join(parent, "before.html")));
    // The failed build's staging folder is gone: only the previous version is left.
    expect(readFileSync(join(parent, "versions"), "utf8").trim().split("\n")).toHaveLength(1);
  }, 120_000);
});
