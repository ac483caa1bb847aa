/**
 * Issue #11, the input boundary, tried as a contributor who controls every byte of a capture
 * folder and its file names (a git repository stores symbolic links): no file outside the input
 * folder is read, whatever the links say; the secret appears nowhere in the output; names never
 * forge log lines; folder names work on every file system; cache folders that came with the
 * checkout are never trusted.
 */
import { DRAAD, runCli } from "../support/cli.js";
import { spawnSync } from "node:child_process";
import { gunzipSync } from "node:zlib";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import type { Archive } from "../../src/archive/index.js";
import { folderSafeId, WINDOWS_RESERVED_NAMES } from "../../src/archive/identity.js";
import { ContentCache } from "../../src/cache/store.js";
import { printable } from "../../src/wire/diagnostics.js";

const SECRET = "GEHEIM-TOKEN-ghp_1234567890abcdefXYZ";
const CAPTURE = "Veerpont vaart weer\nHATTEM (ANP) - De veerpont tussen de oevers vaart weer na een week van onderhoud.\n";

const run = runCli;

/** Every file of a folder as text, Pagefind's gzipped index files unpacked, so a secret cannot hide in them. */
function allText(dir: string): string {
  let text = "";
  for (const name of readdirSync(dir, { recursive: true }) as string[]) {
    const path = join(dir, name);
    if (!statSync(path).isFile()) continue;
    const bytes = readFileSync(path);
    text += `\n${name}\n${bytes.toString("utf8")}`;
    try {
      text += gunzipSync(bytes).toString("utf8");
    } catch {
      // not gzip
    }
  }
  return text;
}

/** A capture folder whose links try every way out; the secret lies beside it. */
function hostileCheckout(): { root: string; wire: string } {
  const root = mkdtempSync(join(tmpdir(), "draad-boundary-"));
  const wire = join(root, "content", "wire");
  mkdirSync(join(root, ".git"), { recursive: true });
  mkdirSync(join(wire, "binnen"), { recursive: true });
  mkdirSync(join(root, "buiten", "diep"), { recursive: true });
  writeFileSync(join(root, ".git", "config"), `[remote "origin"]\n\turl = https://x-access-token:${SECRET}@github.com/o/r\n`);
  writeFileSync(join(root, "buiten", "geheim.txt"), `Geheim\nAMSTERDAM (ANP) - ${SECRET}\n`);
  writeFileSync(join(root, "buiten", "diep", "ook-geheim.txt"), `Geheim\nAMSTERDAM (ANP) - ${SECRET}\n`);
  writeFileSync(join(wire, "2025-11-22T1000-veerpont.txt"), CAPTURE);
  writeFileSync(join(wire, "binnen", "2025-11-22T1100-veerpont-twee.txt"), CAPTURE.replace("een week", "twee weken"));
  // Links out: to a file, up the tree, absolute, to a folder, to the root of the machine, to
  // a device and to /proc; a link to a folder inside that holds a link out; a link inside (fine).
  symlinkSync("../../.git/config", join(wire, "x.txt"));
  symlinkSync("../../buiten/geheim.txt", join(wire, "geheim.txt"));
  symlinkSync(join(root, "buiten", "geheim.txt"), join(wire, "absoluut.txt"));
  symlinkSync("../../buiten", join(wire, "map-buiten"));
  symlinkSync("/", join(wire, "root"));
  symlinkSync("/etc/passwd", join(wire, "passwd.txt"));
  symlinkSync("/dev/zero", join(wire, "nul.txt"));
  symlinkSync("/proc/self/environ", join(wire, "environ.txt"));
  symlinkSync("../../../buiten/diep/ook-geheim.txt", join(wire, "binnen", "diep-geheim.txt"));
  symlinkSync("binnen", join(wire, "alias-binnen"));
  symlinkSync("2025-11-22T1000-veerpont.txt", join(wire, "2025-11-22T1200-zelfde.txt"));
  return { root, wire };
}

describe("the input folder is a boundary", () => {
  const LINKS_OUT = ["x.txt", "geheim.txt", "absoluut.txt", "map-buiten", "root", "passwd.txt", "nul.txt", "environ.txt", "binnen/diep-geheim.txt"];

  it("follows no link out of it, at any depth: each is a link-outside-input error, and the secret is nowhere in the site", async () => {
    const { root, wire } = hostileCheckout();
    const output = join(root, "site");
    const env = { ...process.env, SECRET_FOR_ENVIRON: SECRET };
    const result = spawnSync(process.execPath, [DRAAD, "build", "--input", wire, "--output", output, "--no-cache", "--pages", join(root, "geen-pages")], { encoding: "utf8", env, timeout: 60_000 });
    expect(result.status, result.stderr).toBe(1);
    for (const name of LINKS_OUT) expect(result.stderr, name).toMatch(new RegExp(`^(alias-)?${name.replace(/[.]/g, "\\.")}:1:1  error  link-outside-input `, "m"));
    // The links inside the folder were followed: the linked folder once, the linked file under its own name.
    const exported = spawnSync(process.execPath, [DRAAD, "export", "--input", wire], { encoding: "utf8", env });
    const archive = JSON.parse(exported.stdout) as Archive;
    const read = new Set(archive.items.flatMap((i) => i.sightings.map((s) => s.capture)));
    expect([...read].sort()).toEqual(["2025-11-22T1000-veerpont.txt", "2025-11-22T1200-zelfde.txt", "alias-binnen/2025-11-22T1100-veerpont-twee.txt"]);
    expect(archive.diagnostics.find((d) => d.file === "binnen")?.code).toBe("symlink-loop");
    // What the links lead to was never read: not in the site, the search index, the feeds, the export or the messages.
    expect(existsSync(join(output, "index.html"))).toBe(true);
    expect(allText(output)).not.toContain(SECRET);
    expect(allText(output)).not.toContain("root:x:0:0");
    expect(exported.stdout).not.toContain(SECRET);
    expect(result.stderr + result.stdout).not.toContain(SECRET);
  }, 90_000);

  it("refuses an --input (or --pages, --places, --cache) reached through a link inside the working folder", () => {
    const { root } = hostileCheckout();
    // The checkout's own content/wire replaced by a link to the whole machine, and to the .git folder.
    const checkout = mkdtempSync(join(tmpdir(), "draad-checkout-"));
    mkdirSync(join(checkout, "content"));
    symlinkSync("/", join(checkout, "content", "wire"));
    const build = spawnSync(process.execPath, [DRAAD, "build", "--no-cache"], { cwd: checkout, encoding: "utf8" });
    expect(build.status).toBe(2);
    expect(build.stderr).toContain("--input content/wire goes through the symbolic link content/wire");
    expect(existsSync(join(checkout, "_site"))).toBe(false);
    symlinkSync(join(root, ".git"), join(checkout, "pages"));
    writeFileSync(join(checkout, "echt.txt"), "");
    mkdirSync(join(checkout, "wire"));
    copyFileSync(join(root, "content", "wire", "2025-11-22T1000-veerpont.txt"), join(checkout, "wire", "a.txt"));
    const pages = spawnSync(process.execPath, [DRAAD, "build", "--input", "wire", "--pages", "pages", "--no-cache"], { cwd: checkout, encoding: "utf8" });
    expect(pages.status).toBe(2);
    expect(pages.stderr).toContain("--pages pages goes through the symbolic link pages");
  }, 60_000);

  it("reads no place alias table and no Markdown page that is a link out of its folder", () => {
    const { root } = hostileCheckout();
    const checkout = mkdtempSync(join(tmpdir(), "draad-checkout-"));
    mkdirSync(join(checkout, "content", "wire"), { recursive: true });
    mkdirSync(join(checkout, "content", "pages"), { recursive: true });
    copyFileSync(join(root, "content", "wire", "2025-11-22T1000-veerpont.txt"), join(checkout, "content", "wire", "a.txt"));
    symlinkSync(join(root, ".git", "config"), join(checkout, "content", "places.yaml"));
    symlinkSync(join(root, "buiten", "geheim.txt"), join(checkout, "content", "pages", "over.md"));
    const build = spawnSync(process.execPath, [DRAAD, "build", "--no-cache", "--no-search"], { cwd: checkout, encoding: "utf8" });
    expect(build.stderr).toMatch(/^content\/places\.yaml:1:1  error  link-outside-input /m);
    expect(build.stderr).toMatch(/over\.md:1:1  error  link-outside-input /);
    expect(build.status).toBe(1);
    expect(allText(join(checkout, "_site"))).not.toContain(SECRET);
  }, 60_000);

  it("compares input, output and cache by real path: a link cannot make a build replace the captures", async () => {
    const parent = mkdtempSync(join(tmpdir(), "draad-overlap-"));
    mkdirSync(join(parent, "site", "wire"), { recursive: true });
    writeFileSync(join(parent, "site", "wire", "a.txt"), CAPTURE);
    symlinkSync(join(parent, "site", "wire"), join(parent, "wire-link"));
    const inside = await run(["build", "--input", join(parent, "wire-link"), "--output", join(parent, "site"), "--no-cache"]);
    expect(inside.code).toBe(2);
    expect(inside.stderr).toContain("holds --input");
    expect(readFileSync(join(parent, "site", "wire", "a.txt"), "utf8")).toBe(CAPTURE);
    // The output inside the input: its robots.txt would be read as a capture next time.
    const within = await run(["build", "--input", join(parent, "site"), "--output", join(parent, "wire-link", "uit"), "--no-cache"]);
    expect(within.code).toBe(2);
    expect(within.stderr).toContain("lies inside --input");
    // The cache inside the output through a link.
    symlinkSync(join(parent, "uit"), join(parent, "uit-link"));
    mkdirSync(join(parent, "uit"));
    const cache = await run(["build", "--input", join(parent, "site", "wire"), "--output", join(parent, "uit"), "--cache", join(parent, "uit-link", "cache")]);
    expect(cache.code).toBe(2);
    expect(cache.stderr).toContain("holds --cache");
  });
});

describe("files that are not regular files", () => {
  it("a FIFO and a link to a device in the input are never opened (no hang)", () => {
    const wire = mkdtempSync(join(tmpdir(), "draad-special-"));
    writeFileSync(join(wire, "a.txt"), CAPTURE);
    const fifo = spawnSync("mkfifo", [join(wire, "pijp.txt")]);
    if (fifo.status !== 0) console.log("[boundary] mkfifo unavailable: the FIFO is not in the folder");
    mkdirSync(join(wire, "dev"));
    symlinkSync("/dev/zero", join(wire, "dev", "zero.txt"));
    const result = spawnSync(process.execPath, [DRAAD, "export", "--input", wire], { encoding: "utf8", timeout: 30_000 });
    expect(result.signal).toBeNull();
    const archive = JSON.parse(result.stdout) as Archive;
    if (fifo.status === 0) expect(archive.diagnostics.find((d) => d.file === "pijp.txt")?.code).toBe("special-file");
    expect(archive.diagnostics.find((d) => d.file === "dev/zero.txt")?.code).toBe("link-outside-input");
    expect(archive.items).toHaveLength(1);
  }, 40_000);
});

describe("names are data", () => {
  it("a file name with a newline or terminal escapes is one escaped diagnostic line, never a forged one", async () => {
    const wire = mkdtempSync(join(tmpdir(), "draad-names-"));
    const forged = "a\nvals.txt:1:1  error  binary-content  vervalst\u001b[2J\u202e.txt";
    writeFileSync(join(wire, forged), "");
    writeFileSync(join(wire, "goed.txt"), CAPTURE);
    const output = join(mkdtempSync(join(tmpdir(), "draad-names-out-")), "site");
    const built = await run(["build", "--input", wire, "--output", output, "--no-cache", "--no-search"]);
    expect(built.code).toBe(1);
    const text = built.stderr + built.stdout;
    // No raw control character or bidi override reaches the terminal (the progress line aside, which is off here).
    expect(text).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f\u202e]/);
    expect(built.stderr.split("\n").filter((l) => l.startsWith("vals.txt"))).toEqual([]);
    const line = built.stderr.split("\n").find((l) => l.includes("empty-capture"))!;
    expect(line.startsWith(printable(forged) + ":1:1  error  empty-capture")).toBe(true);
    expect(line).toContain("a\\nvals.txt");
    expect(line).toContain("\\u001b[2J");
    expect(built.stdout).toContain(`skipped: ${printable(forged)}`);
    const checked = await run(["check", wire]);
    expect(checked.stdout.split("\n").filter((l) => l.startsWith("vals.txt"))).toEqual([]);
  });
});

describe("reserved names", () => {
  it("place, agency and section folders that Windows reserves get a suffix; no output path segment is one", async () => {
    const wire = mkdtempSync(join(tmpdir(), "draad-reserved-"));
    writeFileSync(
      join(wire, "2025-11-22T1000-con.txt"),
      "---\nsection: Nul\n---\nBericht uit Con\nCON (NUL) - Een bericht met een plaats en een persbureau die op Windows apparaten zijn.\nMeer uit Aux\nPRN (ANP) - Een kort bericht uit een plaats met een gereserveerde naam.\n32 minuten geleden\n",
    );
    const output = join(mkdtempSync(join(tmpdir(), "draad-reserved-out-")), "site");
    const built = await run(["build", "--input", wire, "--output", output, "--no-cache", "--no-search"]);
    expect(built.code, built.stderr).toBe(0);
    const segments = (readdirSync(output, { recursive: true }) as string[]).flatMap((p) => p.split(/[\\/]/));
    const reserved = segments.filter((s) => WINDOWS_RESERVED_NAMES.has(s.split(".")[0]!.toLowerCase()));
    expect(reserved).toEqual([]);
    expect(existsSync(join(output, "plaats", "con_", "index.html"))).toBe(true);
    expect(existsSync(join(output, "persbureau", "nul_", "index.html"))).toBe(true);
    expect(folderSafeId("com7")).toBe("com7_");
    expect(folderSafeId("lpt1.txt")).toBe("lpt1.txt_");
    expect(folderSafeId("console")).toBe("console");
  });
});

describe("cache folders are never trusted blindly", () => {
  it("a cache path that is a file, a FIFO or a link to /dev/zero: one warning line, built without it, no hang", async () => {
    const parent = mkdtempSync(join(tmpdir(), "draad-cache-fault-"));
    const wire = join(parent, "wire");
    mkdirSync(wire);
    writeFileSync(join(wire, "a.txt"), CAPTURE);
    writeFileSync(join(parent, "cache-file"), "geen map");
    symlinkSync("/dev/zero", join(parent, "cache-zero"));
    const fifo = spawnSync("mkfifo", [join(parent, "cache-fifo")]).status === 0;
    for (const name of ["cache-file", "cache-zero", ...(fifo ? ["cache-fifo"] : [])]) {
      const result = spawnSync(process.execPath, [DRAAD, "build", "--input", wire, "--output", join(parent, "site"), "--no-search", "--cache", join(parent, name)], { encoding: "utf8", timeout: 30_000 });
      expect(result.status, `${name}: ${result.stderr}`).toBe(0);
      const lines = result.stderr.split("\n").filter(Boolean);
      expect(lines, name).toHaveLength(1);
      expect(lines[0]).toMatch(new RegExp(`${name}:1:1  warning  cache-unusable  `));
      expect(result.stderr).not.toMatch(/\n\s+at /);
    }
    // A pack file inside the cache that is a link to /dev/zero is not read either.
    const cache = join(parent, "cache");
    mkdirSync(join(cache, "captures"), { recursive: true });
    const first = spawnSync(process.execPath, [DRAAD, "build", "--input", wire, "--output", join(parent, "site"), "--no-search", "--cache", cache], { encoding: "utf8", timeout: 30_000 });
    expect(first.status, first.stderr).toBe(0);
    const pack = readdirSync(join(cache, "captures"))[0]!;
    spawnSync("rm", [join(cache, "captures", pack)]);
    symlinkSync("/dev/zero", join(cache, "captures", pack));
    const again = spawnSync(process.execPath, [DRAAD, "build", "--input", wire, "--output", join(parent, "site"), "--no-search", "--cache", cache], { encoding: "utf8", timeout: 30_000 });
    expect(again.status, again.stderr).toBe(0);
    expect(again.stdout).toContain("captures: 0 of 1 reused");
  }, 90_000);

  it("keys depend on a secret kept outside the project: a cache made elsewhere (committed to the repository) never matches", () => {
    expect(new ContentCache("/c", "code", "a".repeat(64)).key("x")).not.toBe(new ContentCache("/c", "code", "b".repeat(64)).key("x"));
    const parent = mkdtempSync(join(tmpdir(), "draad-cache-secret-"));
    const wire = join(parent, "wire");
    mkdirSync(wire);
    writeFileSync(join(wire, "a.txt"), CAPTURE);
    const build = (secret: string) =>
      spawnSync(process.execPath, [DRAAD, "build", "--input", wire, "--output", join(parent, "site"), "--no-search", "--cache", join(parent, "cache")], {
        encoding: "utf8",
        env: { ...process.env, DRAAD_CACHE_SECRET: secret },
      });
    expect(build("geheim-van-de-bijdrager").status).toBe(0);
    const same = build("geheim-van-de-bijdrager");
    expect(same.stdout).toMatch(/captures: 1 of 1 reused; items: 1 of 1 reused; pages: [1-9]\d* of \d+ reused/);
    const other = build("geheim-van-de-ci");
    expect(other.stdout).toMatch(/captures: 0 of 1 reused; items: 0 of 1 reused; pages: 0 of \d+ reused/);
  }, 60_000);
});
