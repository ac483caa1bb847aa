/**
 * The demo site built once per test file (and per path prefix) into a temporary folder, through
 * the CLI as users run it. Shared by the whole-site and browser tests.
 */
import { mkdtempSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { main } from "../../src/cli/main.js";

export interface BuiltSite {
  output: string;
  stdout: string;
  stderr: string;
  code: number;
}

const builds = new Map<string, Promise<BuiltSite>>();

export function buildDemoSite(options: { pathPrefix?: string; search?: boolean; searchBundle?: number } = {}): Promise<BuiltSite> {
  const key = `${options.pathPrefix ?? "/"}|${options.search ?? true}|${options.searchBundle ?? ""}`;
  let build = builds.get(key);
  if (!build) {
    build = (async () => {
      const output = join(mkdtempSync(join(tmpdir(), "draad-site-")), "site");
      let stdout = "";
      let stderr = "";
      const args = ["build", "--output", output, "--base-url", "https://archief.example.nl", "--no-cache"];
      if (options.pathPrefix) args.push("--path-prefix", options.pathPrefix);
      if (options.search === false) args.push("--no-search");
      if (options.searchBundle) args.push("--search-bundle", String(options.searchBundle));
      const code = await main(args, { stdout: (t) => (stdout += t), stderr: (t) => (stderr += t) });
      return { output, stdout, stderr, code };
    })();
    builds.set(key, build);
  }
  return build;
}
