/**
 * A site's own templates (`draad build --templates DIR`): `DIR/<name>.11ty.js`, a plain
 * JavaScript module that exports `render(data, tools)` (and optionally `data`, more Eleventy data
 * for a page template), replaces draad's template of that name, a page (`item`, `list`, ...) or a
 * part (`base`, `item-list`, ...) that the other templates then use too. `tools` gives it the
 * escaping `html` tag, the door for raw HTML, links with the path prefix, the routes and the
 * other parts (src/site/templates/template.ts).
 *
 * Templates are code: they run in the build with the rights of whoever builds, so a templates
 * folder is reviewed like code, never taken from a contributor unread. What a template returns
 * as a string is taken as its HTML; built with `tools.html`, it escapes what it shows.
 */
import { createHash } from "node:crypto";
import { readdirSync, readFileSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { isHtml, trustedHtml, type Html } from "./html.js";
import { BUILT_IN_TEMPLATES, type TemplateSet } from "./templates/index.js";

export const TEMPLATE_FILE_SUFFIX = ".11ty.js";

/** A templates folder that cannot be used; the build does not start. */
export class TemplateOverrideError extends Error {}

interface TemplateModule {
  render(data: unknown, tools: unknown): unknown;
  data?: Record<string, unknown>;
}

/** Keys of a page template's data that stay draad's: its pages and their URLs (src/site/routes.ts). */
const DRAAD_DATA_KEYS = ["pagination", "permalink"];

/** The template names a folder may override: every page template and every part. */
export function templateNames(): { pages: string[]; parts: string[] } {
  return { pages: Object.keys(BUILT_IN_TEMPLATES.pages), parts: Object.keys(BUILT_IN_TEMPLATES.parts) };
}

/** sha256 over every file of the folder (names and bytes), so that a changed template changes every page key that could show it. */
function folderFingerprint(dir: string): string {
  const hash = createHash("sha256");
  const files = (readdirSync(dir, { recursive: true, withFileTypes: true }) as import("node:fs").Dirent[])
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .sort();
  for (const file of files) hash.update(`${relative(dir, file).split("\\").join("/")}\0`).update(readFileSync(file)).update("\0");
  return hash.digest("hex");
}

/**
 * draad's templates with those of `dir` in their place. Throws TemplateOverrideError, naming the
 * file, for a file that is no template of draad's or does not export a render function.
 */
export async function loadTemplateSet(dir: string): Promise<TemplateSet> {
  const folder = resolve(dir);
  try {
    if (!statSync(folder).isDirectory()) throw new Error("not a folder");
  } catch (error) {
    throw new TemplateOverrideError(`--templates ${dir} is not a folder (${(error as NodeJS.ErrnoException).code ?? (error as Error).message})`);
  }
  const fingerprint = folderFingerprint(folder);
  const names = templateNames();
  const pages: Record<string, unknown> = { ...BUILT_IN_TEMPLATES.pages };
  const parts: Record<string, unknown> = { ...BUILT_IN_TEMPLATES.parts };
  const overridden: string[] = [];
  for (const file of readdirSync(folder).filter((f) => f.endsWith(TEMPLATE_FILE_SUFFIX)).sort()) {
    const name = file.slice(0, -TEMPLATE_FILE_SUFFIX.length);
    const path = join(folder, file);
    const isPage = names.pages.includes(name);
    if (!isPage && !names.parts.includes(name)) {
      throw new TemplateOverrideError(`${path}: draad has no template "${name}"; a templates folder can replace the pages ${names.pages.join(", ")} and the parts ${names.parts.join(", ")}`);
    }
    let loaded: Record<string, unknown>;
    try {
      // The fingerprint in the URL: draad serve loads a changed template again.
      loaded = (await import(`${pathToFileURL(path).href}?v=${fingerprint.slice(0, 16)}`)) as Record<string, unknown>;
    } catch (error) {
      throw Object.assign(new TemplateOverrideError(`${path} could not be loaded: ${(error as Error).message}`), { cause: error });
    }
    const module = (typeof loaded.render === "function" ? loaded : (loaded.default as Record<string, unknown> | undefined)) as Partial<TemplateModule> | undefined;
    if (typeof module?.render !== "function") throw new TemplateOverrideError(`${path} exports no render function: export function render(data, tools) { ... }`);
    const data = module.data;
    if (data !== undefined && (typeof data !== "object" || data === null || !isPage)) {
      throw new TemplateOverrideError(`${path}: \`data\` is for page templates, as an object of Eleventy data`);
    }
    const taken = DRAAD_DATA_KEYS.filter((key) => data && key in data);
    if (taken.length) throw new TemplateOverrideError(`${path}: ${taken.join(" and ")} stay draad's (its pages and their URLs); leave them out of \`data\``);
    const template = { data, render: userRender(module as TemplateModule, path) };
    if (isPage) pages[name] = template;
    else parts[name] = template;
    overridden.push(name);
  }
  return { pages: pages as TemplateSet["pages"], parts: parts as TemplateSet["parts"], fingerprint, overridden };
}

/** A user's render, whose result becomes HTML: an `html` value as it is, a string as the template's own markup. */
function userRender(module: TemplateModule, path: string): (data: unknown, tools: unknown) => Html {
  return (data, tools) => {
    let result: unknown;
    try {
      result = module.render(data, tools);
    } catch (error) {
      throw Object.assign(new Error(`the template ${path} failed: ${(error as Error).message}`), { cause: error });
    }
    if (isHtml(result)) return result;
    if (typeof result === "string") return trustedHtml(result);
    throw new TypeError(`the template ${path} returned ${result === null ? "null" : typeof result}, not a string or tools.html\`\``);
  };
}
