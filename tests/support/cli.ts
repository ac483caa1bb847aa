/**
 * The one way tests run the draad command line: in this process (main(), stdout and stderr
 * collected), or as a child process like a user runs it (DRAAD, with spawn/spawnSync).
 */
import { join } from "node:path";
import { main } from "../../src/cli/main.js";
import { projectRoot } from "./paths.js";

/** The `draad` command, for tests that run it as a child process. */
export const DRAAD = join(projectRoot, "src/cli/draad.mjs");

export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

export async function runCli(args: string[]): Promise<CliRun> {
  let stdout = "";
  let stderr = "";
  const code = await main(args, { stdout: (t) => void (stdout += t), stderr: (t) => void (stderr += t) });
  return { code, stdout, stderr };
}
