/**
 * draad serve reads only the captures its watcher named (src/input/capture-files.ts,
 * captureFilesAfterChanges; src/build/memory.ts): the files of the last walk with the reported
 * changes must be what a walk finds, in the same order, or there must be a walk; and a change
 * the watcher missed must be found by the check draad serve makes while it waits.
 */
import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { captureFilesAfterChanges, findCaptureFiles } from "../../src/input/capture-files.js";
import { loadArchive } from "../../src/build/ingest.js";
import { BuildMemory } from "../../src/build/memory.js";

const capture = (place: string, text: string) => `${text.split(" ").slice(0, 4).join(" ")}\n${place.toUpperCase()} (ANP) - ${text}\n`;

function folder(): string {
  const input = mkdtempSync(join(tmpdir(), "draad-watched-"));
  mkdirSync(join(input, "2025", "11"), { recursive: true });
  writeFileSync(join(input, "2025-11-20T1000-veerpont.txt"), capture("Hattem", "De veerpont tussen de oevers vaart weer na een week van onderhoud aan de motor."));
  writeFileSync(join(input, "2025", "11", "2025-11-21T0900-molen.txt"), capture("Kampen", "De molen aan de dijk draait sinds zaterdag weer voor publiek, meldt de stichting."));
  writeFileSync(join(input, "2025", "11", "2025-11-22T0900-markt.txt"), capture("Zwolle", "De kerstmarkt op het plein opent dit jaar een week eerder dan gewoonlijk."));
  return input;
}

const names = (files: { inFolder?: string }[]) => files.map((f) => f.inFolder);

describe("captureFilesAfterChanges", () => {
  it("gives what a walk finds after a file came, went or changed, in the walk's order", () => {
    const input = folder();
    let last = findCaptureFiles([input]);
    const steps: [string, () => void][] = [
      ["2025/11/2025-11-21T1200-brug.txt", () => writeFileSync(join(input, "2025/11/2025-11-21T1200-brug.txt"), capture("Deventer", "De brug over de rivier is na de inspectie weer open voor fietsers."))],
      // A file beside a folder of nearly its name: the walk puts the folder's files first.
      ["2025.txt", () => writeFileSync(join(input, "2025.txt"), capture("Epe", "Het bos bij het dorp krijgt honderd nieuwe eiken van de gemeente."))],
      ["2025/11/2025-11-21T0900-molen.txt", () => rmSync(join(input, "2025/11/2025-11-21T0900-molen.txt"))],
      ["2025-11-20T1000-veerpont.txt", () => writeFileSync(join(input, "2025-11-20T1000-veerpont.txt"), capture("Hattem", "De veerpont vaart weer, en nu ook op zondag."))],
    ];
    for (const [name, apply] of steps) {
      apply();
      const after = captureFilesAfterChanges(input, last, [join(input, name), "/elders/niet-hier.txt"]);
      expect(after, name).not.toBeNull();
      const walked = findCaptureFiles([input]);
      expect(names(after!.files), name).toEqual(names(walked.files));
      expect(after!.files.map((f) => f.path)).toEqual(walked.files.map((f) => f.path));
      expect([...after!.changed], name).toEqual(name.includes("molen") ? [] : [name]);
      last = after!;
    }
  });

  it("asks for a walk when a change needs the walk's rules", () => {
    const input = folder();
    const outside = mkdtempSync(join(tmpdir(), "draad-outside-"));
    writeFileSync(join(outside, "geheim.txt"), "niet lezen\n");
    symlinkSync(join(outside, "geheim.txt"), join(input, "naar-buiten.txt"));
    const last = findCaptureFiles([input]);
    expect(last.passedOver.map((p) => p.reason)).toEqual(["link-outside-input"]);
    const cases: [string, () => void][] = [
      [".verborgen.txt", () => writeFileSync(join(input, ".verborgen.txt"), "x\n")],
      ["notities.md", () => writeFileSync(join(input, "notities.md"), "x\n")],
      ["2026/nieuw.txt", () => (mkdirSync(join(input, "2026")), writeFileSync(join(input, "2026/nieuw.txt"), "x\n"))],
      ["link.txt", () => symlinkSync(join(input, "2025-11-20T1000-veerpont.txt"), join(input, "link.txt"))],
      ["fifo.txt", () => void spawnSync("mkfifo", [join(input, "fifo.txt")])],
      ["naar-buiten.txt", () => {}],
      ["2025", () => {}],
      ["", () => {}],
    ];
    for (const [name, apply] of cases) {
      apply();
      expect(captureFilesAfterChanges(input, last, [join(input, name)]), name || "the folder itself").toBeNull();
    }
  });
});

describe("a build that reads only what the watcher named", () => {
  const load = (input: string, memory?: BuildMemory) =>
    loadArchive(input, { placeAliases: {}, diagnostics: [], capturedAt: null, nowMs: Date.parse("2026-01-01T00:00:00Z"), memory }).then((r) => JSON.stringify(r.archive));

  it("merges what a clean merge does, reading the named files only; a change it was not told of is found by the check", async () => {
    const input = folder();
    const memory = new BuildMemory();
    await load(input, memory);
    expect(memory.stats.walked).toBe(true);
    // A capture added, told: nothing walked, one file read.
    const added = join(input, "2025/11/2025-11-23T0800-haven.txt");
    writeFileSync(added, capture("Urk", "De haven krijgt een nieuwe steiger voor de botters van de vissersvereniging."));
    memory.noteChanges([added]);
    expect(await load(input, memory)).toBe(await load(input));
    expect(memory.stats).toMatchObject({ walked: false, capturesRead: 1, capturesReused: 3 });
    expect(memory.inputChangedSince()).toBe(false);
    // A capture rewritten without a word from the watcher: the build trusts it, the check does not.
    writeFileSync(join(input, "2025-11-20T1000-veerpont.txt"), capture("Hattem", "De veerpont vaart weer, nu ook in de avond."));
    memory.noteChanges([]);
    expect(await load(input, memory)).not.toBe(await load(input));
    expect(memory.inputChangedSince()).toBe(true);
    // What draad serve then does: a build that walks.
    memory.noteChanges(null);
    expect(await load(input, memory)).toBe(await load(input));
    expect(memory.stats.walked).toBe(true);
    expect(memory.inputChangedSince()).toBe(false);
    // A file removed behind its back is found as well.
    rmSync(added);
    expect(memory.inputChangedSince()).toBe(true);
  });
});
