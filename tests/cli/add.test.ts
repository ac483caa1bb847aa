/**
 * `draad add` (issue #15): a capture from standard input, a file or the clipboard, stamped with
 * its capture time and source, named after time and headline, parsed at once; never a
 * duplicate, never an overwrite, never outside the input folder.
 */
import { spawnSync } from "node:child_process";
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { DRAAD } from "../support/cli.js";

const SEED = readFileSync("content/wire/2025-11-22T1000-minsk-seed.txt", "utf8");
const NAME = "2025/11/2025-11-22T1000-russische-defensieminister-sjoigoe-op-bezoek-in.txt";

function add(input: string, args: string[], stdin?: string, env: NodeJS.ProcessEnv = process.env) {
  return spawnSync(process.execPath, [DRAAD, "add", "--input", input, ...args], { input: stdin, encoding: "utf8", env });
}
const folder = () => {
  const dir = join(mkdtempSync(join(tmpdir(), "draad-add-")), "wire");
  mkdirSync(dir);
  return dir;
};
const files = (dir: string) => (readdirSync(dir, { recursive: true }) as string[]).filter((f) => f.endsWith(".txt")).map((f) => f.split("\\").join("/")).sort();

describe("draad add", () => {
  it("stamps the capture time and source, names the file after time and headline, and prints what it found", () => {
    const input = folder();
    const result = add(input, ["--captured-at", "2025-11-22T10:00:00+01:00", "--source", "https://example.nl/minsk"], SEED);
    expect(result.status, result.stderr).toBe(0);
    expect(files(input)).toEqual([NAME]);
    const written = readFileSync(join(input, NAME), "utf8");
    expect(written.startsWith('---\ncaptured: 2025-11-22T10:00:00+01:00\nsource: "https://example.nl/minsk"\n---\nRussische defensieminister Sjoigoe op bezoek in Minsk\n')).toBe(true);
    expect(result.stdout).toContain(`added ${input}/${NAME}`);
    expect(result.stdout).toContain("article: Russische defensieminister Sjoigoe op bezoek in Minsk — MINSK (ANP/DPA/RTR)");
    expect(result.stdout).toMatch(/6 brief\(s\), dated by this capture:\n {4}WASHINGTON \(ANP\) .* between 2025-11-22T09:27:00\+01:00 and 2025-11-22T09:28:00\+01:00/);
    // The archive reads it with that capture time.
    const exported = JSON.parse(spawnSync(process.execPath, [DRAAD, "export", "--input", input], { encoding: "utf8" }).stdout);
    expect(exported.items.find((i: { kind: string }) => i.kind === "article").sightings[0]).toMatchObject({ capture: NAME, capturedAt: "2025-11-22T10:00:00+01:00" });
  });

  it("prints the publication and the update an article's page states", () => {
    const input = folder();
    const page = "Zomerbrug weer open\n\ndinsdag 1 juli 2025 - 08:05 uur\n\nLaatste update: 1 juli 2025 11:15\n\nDEVENTER (ANP) - De Zomerbrug over de IJssel is weer opengegaan voor fietsers na twee weken onderhoud.\n";
    const result = add(input, ["--captured-at", "2025-07-01T12:00:00+02:00"], page);
    expect(result.status, result.stderr).toBe(0);
    expect(result.stdout).toContain("article: Zomerbrug weer open — DEVENTER (ANP), 1 paragraph(s), published between 2025-07-01T08:05:00+02:00 and 2025-07-01T08:05:59+02:00; the page says updated at 2025-07-01T11:15:00+02:00");
    const dayOnly = add(input, ["--captured-at", "2025-07-02T12:00:00+02:00"], page.replace("1 juli 2025 11:15", "1 juli 2025").replace("Zomerbrug weer open", "Zomerbrug weer dicht"));
    expect(dayOnly.stdout).toContain("; the page says updated on 2025-07-01");
  });

  it("takes capture time and source from the text's own front matter (the bookmarklet's), unless --captured-at says otherwise", () => {
    const input = folder();
    const clip = `---\ncaptured: 2025-11-22T10:00:00+01:00\nsource: https://example.nl/minsk\n---\n${SEED}`;
    expect(add(input, [], clip).status).toBe(0);
    expect(readFileSync(join(input, NAME), "utf8")).toContain('source: "https://example.nl/minsk"');
    const later = add(input, ["--captured-at", "2025-11-22T11:30:00+01:00"], clip);
    expect(later.status).toBe(0);
    expect(later.stdout).toContain("captured 2025-11-22T11:30:00+01:00 (from --captured-at)");
    expect(later.stdout).toContain(`the same text is in ${NAME} with another capture time: this is a later sighting of it`);
    expect(files(input)).toEqual([NAME, NAME.replace("T1000", "T1130")]);
  });

  it("without a time anywhere, stamps the build clock (SOURCE_DATE_EPOCH or now), in Amsterdam time", () => {
    const input = folder();
    const result = add(input, [], SEED, { ...process.env, SOURCE_DATE_EPOCH: String(Date.UTC(2025, 5, 1, 12, 34) / 1000), TZ: "Pacific/Chatham" });
    expect(result.status).toBe(0);
    expect(result.stdout).toContain("captured 2025-06-01T14:34:00+02:00 (now)");
    expect(files(input)).toEqual(["2025/06/2025-06-01T1434-russische-defensieminister-sjoigoe-op-bezoek-in.txt"]);
  });

  it("refuses the same capture twice, and never overwrites another file with a taken name", () => {
    const input = folder();
    expect(add(input, ["--captured-at", "2025-11-22T10:00:00+01:00"], SEED).status).toBe(0);
    const again = add(input, ["--captured-at", "2025-11-22T10:00:30+01:00"], SEED);
    expect(again.status).toBe(1);
    expect(again.stdout).toContain("not added");
    expect(again.stdout).toContain("already holds this capture");
    // Another text with the same headline and minute: a name of its own.
    const other = SEED.replace("Volgens staatspersbureau", "Volgens het staatspersbureau");
    expect(add(input, ["--captured-at", "2025-11-22T10:00:00+01:00"], other).status).toBe(0);
    expect(files(input)).toEqual([NAME, NAME.replace(".txt", "-2.txt")].sort());
    expect(readFileSync(join(input, NAME), "utf8")).not.toContain("Volgens het staatspersbureau");
  });

  it("adds nothing for an empty text, and nothing with --dry-run", () => {
    const input = folder();
    const empty = add(input, [], "\n\n");
    expect(empty.status).toBe(1);
    expect(empty.stdout).toContain("nothing to read");
    const dry = add(input, ["--dry-run", "--captured-at", "2025-11-22T10:00:00+01:00"], SEED);
    expect(dry.status).toBe(0);
    expect(dry.stdout).toContain("would add");
    expect(files(input)).toEqual([]);
  });

  it("reads the clipboard through the first clipboard tool there is, and says so when there is none", () => {
    const input = folder();
    const bin = mkdtempSync(join(tmpdir(), "draad-add-bin-"));
    writeFileSync(join(bin, "xclip"), `#!/bin/sh\nexec /bin/cat ${JSON.stringify(join(bin, "clip.txt"))}\n`);
    chmodSync(join(bin, "xclip"), 0o755);
    writeFileSync(join(bin, "clip.txt"), `---\ncaptured: 2025-11-22T10:00:00+01:00\n---\n${SEED}`);
    const withTool = add(input, ["--clipboard"], undefined, { ...process.env, PATH: bin });
    expect(withTool.status, withTool.stderr).toBe(0);
    expect(files(input)).toEqual([NAME]);
    const none = add(input, ["--clipboard"], undefined, { ...process.env, PATH: mkdtempSync(join(tmpdir(), "draad-add-empty-")) });
    expect(none.status).toBe(2);
    expect(none.stderr).toContain("no clipboard tool answered");
  });

  it("writes only inside the input folder: a link on the way out is refused and nothing is written", () => {
    const input = folder();
    const outside = mkdtempSync(join(tmpdir(), "draad-add-outside-"));
    symlinkSync(outside, join(input, "2025"));
    const result = add(input, ["--captured-at", "2025-11-22T10:00:00+01:00"], SEED);
    expect(result.status).toBe(2);
    expect(result.stderr).toContain("leads out of the input folder");
    expect(readdirSync(outside)).toEqual([]);
    expect(existsSync(join(input, NAME))).toBe(false);
  });
});
