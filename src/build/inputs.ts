/**
 * What a build reads besides the captures, and the checks on every path a build is given:
 * before anything is read or written, each folder is checked against the trust boundary
 * (src/input/input-folder.ts), and the output against the folders it must never replace.
 */
import { statSync } from "node:fs";
import { dirname, relative, resolve } from "node:path";
import { isInside, linkOnTheWay, readInside, realPathOrNull, realPathToBe } from "../input/input-folder.js";
import { readPlaceAliases, type ArchiveDiagnostic, type PlaceAliases } from "../archive/index.js";
import { versionsFolderOf } from "../output/site-folder.js";
import { passedOverDiagnostic } from "./ingest.js";

/**
 * A build that cannot start: a path it must not use, another build holding the output. The CLI
 * prints the message (exit 2); nothing was read or written.
 */
export class BuildRefusal extends Error {
  override name = "BuildRefusal";
}

/** The build's "now": SOURCE_DATE_EPOCH when set (reproducible builds), else the clock. */
export function buildNowMs(): number {
  const epoch = Number(process.env.SOURCE_DATE_EPOCH);
  return Number.isFinite(epoch) && epoch > 0 ? epoch * 1000 : Date.now();
}

export const DEFAULTS = {
  input: "content/wire",
  output: "_site",
  pages: "content/pages",
  places: "content/places.yaml",
  cache: ".cache/draad",
  baseUrl: "http://localhost:8080",
} as const;

export function forHumans(path: string): string {
  const rel = relative(process.cwd(), path);
  return rel === "" || rel.startsWith("..") ? path : rel;
}

/**
 * A folder or file named by a flag (or its default) must not be reached through a symbolic link
 * inside the working folder: the checkout is contributors' ground, and a committed link
 * (`content/wire -> /`) would move the boundary. Name the real folder instead.
 */
export function refuseLinkOnTheWay(path: string, flag: string): void {
  const link = linkOnTheWay(path);
  if (link !== null) {
    throw new BuildRefusal(`${flag} ${path} goes through the symbolic link ${forHumans(link)}, which draad does not follow for ${flag}; name the real folder (${realPathOrNull(path) ?? "it does not resolve"}) if you mean it`);
  }
}

/** The input folder, checked: no link on the way, and a folder. */
export function checkedInputFolder(input: string): string {
  refuseLinkOnTheWay(input, "--input");
  let isFolder = false;
  try {
    isFolder = statSync(input).isDirectory();
  } catch {
    // reported below
  }
  if (!isFolder) throw new BuildRefusal(`--input ${input} is not a folder`);
  return input;
}

/**
 * The place alias table: `path` when `given` (it must be readable), else the default when it
 * exists. Read within its own folder: a places.yaml that is a link out of content/ is not read.
 */
export function readPlaceTable(path: string, given: boolean): { aliases: PlaceAliases; diagnostics: ArchiveDiagnostic[] } {
  refuseLinkOnTheWay(dirname(resolve(path)), "--places");
  const read = readInside(path, realPathOrNull(dirname(resolve(path))));
  if ("bytes" in read) return readPlaceAliases(read.bytes.toString("utf8"), path);
  if (!given && read.problem === "unreadable") return { aliases: {}, diagnostics: [] };
  const diagnostic = passedOverDiagnostic({ name: path, reason: read.problem, detail: read.detail });
  if (given) throw new BuildRefusal(`cannot read --places ${path}: ${diagnostic.message}`);
  return { aliases: {}, diagnostics: [diagnostic] };
}

/**
 * The output folder is replaced whole: never the current folder, the project, a folder that holds
 * the input, pages or cache, nor a folder inside the input (its .txt files would be read as
 * captures). Compared by real path, so a link cannot hide an overlap.
 */
export function refuseDangerousOutput(output: string, projectRoot: string, guarded: { flag: string; path: string }[]): void {
  const outputs = [resolve(output), realPathToBe(output), realPathToBe(versionsFolderOf(output))];
  const project = [realPathToBe("."), realPathToBe(projectRoot), realPathToBe("content"), realPathToBe("src")];
  for (const out of outputs) {
    if (out === dirname(out) || project.some((p) => isInside(p, out))) {
      throw new BuildRefusal(`--output ${output} would replace the project or its content; choose an empty or generated folder such as _site`);
    }
    for (const { flag, path } of guarded) {
      const real = realPathToBe(path);
      if (isInside(real, out)) throw new BuildRefusal(`--output ${output} holds ${flag} ${path}, and every build replaces the output; keep ${flag} outside the site`);
      if (flag === "--input" && isInside(out, real)) throw new BuildRefusal(`--output ${output} lies inside --input ${path}, so its files would be read as captures; build into a folder outside the input`);
    }
  }
}
