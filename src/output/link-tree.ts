/** Copying a site folder cheaply: hard links where the file system allows them (site versions lie side by side). */
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { cp } from "node:fs/promises";
import { removeTree } from "./site-folder.js";

/**
 * A folder tree hard-linked (cp -al) where possible, else copied. `to` may be a folder that
 * exists (of a recycled staging version, src/output/site-folder.ts): the tree is then linked
 * into it, not below it.
 */
export async function linkTree(from: string, to: string): Promise<void> {
  if (process.platform !== "win32") {
    const into = existsSync(to);
    const code = await new Promise<number | null>((done) => {
      const child = spawn("cp", into ? ["-al", "--", `${from}/.`, to] : ["-al", "--", from, to], { stdio: "ignore" });
      child.on("error", () => done(null));
      child.on("exit", (status) => done(status));
    });
    if (code === 0) return;
    await removeTree(to);
  }
  await cp(from, to, { recursive: true });
}
