/** Rendered pages written by src/site/page-writer.ts: folders made once, every page written, a write error kept for done(). */
import { mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { PageWriter } from "../../src/site/page-writer.js";

describe("the page writer", () => {
  it("writes every page of every batch into its folder", async () => {
    const root = mkdtempSync(join(tmpdir(), "draad-writer-"));
    const writer = new PageWriter(root);
    const pages = (n: number) => Array.from({ length: 50 }, (_, i) => ({ outputPath: join(root, "kort", `k-${n}-${i}`, "index.html"), content: `<p>${n} ${i}</p>` }));
    writer.write(pages(1));
    writer.write([{ outputPath: join(root, "index.html"), content: "home" }, ...pages(2)]);
    await writer.done();
    expect(writer.failed).toBe(false);
    expect(readFileSync(join(root, "kort", "k-2-49", "index.html"), "utf8")).toBe("<p>2 49</p>");
    expect(readFileSync(join(root, "index.html"), "utf8")).toBe("home");
  });

  it("keeps the first write error for done(), and writes nothing more", async () => {
    const root = mkdtempSync(join(tmpdir(), "draad-writer-"));
    writeFileSync(join(root, "artikel"), "a file where a folder should be");
    const writer = new PageWriter(root);
    writer.write([{ outputPath: join(root, "artikel", "x", "index.html"), content: "x" }]);
    writer.write([{ outputPath: join(root, "later", "index.html"), content: "later" }]);
    await expect(writer.done()).rejects.toMatchObject({ code: "ENOTDIR" });
    expect(writer.failed).toBe(true);
    expect(() => readFileSync(join(root, "later", "index.html"))).toThrow();
  });

  it("writes nothing outside its folder", async () => {
    const root = mkdtempSync(join(tmpdir(), "draad-writer-"));
    const writer = new PageWriter(join(root, "site"));
    writer.write([{ outputPath: join(root, "elders", "index.html"), content: "x" }]);
    await expect(writer.done()).rejects.toThrow(/not inside the folder/);
  });
});
