/**
 * A render worker (render-pool.ts): a batch of pages in, rendered by Eleventy with the same
 * templates and written into the staging folder; the written files and their sha256 (for the
 * page cache) out.
 */
import { createHash } from "node:crypto";
import { parentPort } from "node:worker_threads";
import { renderWithEleventy } from "./build.js";
import { PageWriter } from "./page-writer.js";
import { loadTemplateSet } from "./template-overrides.js";
import { BUILT_IN_TEMPLATES } from "./templates/index.js";
import { TEXT_NL } from "./text-nl.js";
import type { TemplateSet } from "./templates/index.js";
import type { RenderJob, RenderResult } from "./render-pool.js";

// Loaded now, while the main thread reads and merges the captures.
void import("@11ty/eleventy");
const templateSets = new Map<string, Promise<TemplateSet>>();
const templatesOf = (dir: string | null) => {
  if (dir === null) return Promise.resolve(BUILT_IN_TEMPLATES);
  let set = templateSets.get(dir);
  if (!set) templateSets.set(dir, (set = loadTemplateSet(dir)));
  return set;
};
/** One writer per staging folder (a pool may outlive a build: draad serve). */
const writers = new Map<string, PageWriter>();
const writerOf = (staging: string) => {
  let writer = writers.get(staging);
  if (!writer) writers.set(staging, (writer = new PageWriter(staging)));
  return writer;
};

const describe = (error: unknown) =>
  error instanceof Error ? { message: error.message, stack: error.stack, code: (error as NodeJS.ErrnoException).code, path: (error as NodeJS.ErrnoException).path } : { message: String(error) };

// A batch is answered as soon as it is rendered and written in the background while the next
// one renders; "finish" is answered when every page is on disk (or with the first write error).
parentPort!.on("message", (job: RenderJob | { id: number; finish: string }) => {
  void (async (): Promise<RenderResult> => {
    try {
      if ("finish" in job) {
        const writer = writers.get(job.finish);
        writers.delete(job.finish);
        await writer?.done();
        return { id: job.id, pages: [] };
      }
      const { settings } = job;
      const writer = writerOf(settings.staging);
      if (writer.failed) await writer.done();
      const rendered = await renderWithEleventy({ site: { ...job.site, t: TEXT_NL }, pages: job.pages }, settings.staging, { pathPrefix: settings.pathPrefix, baseUrl: settings.baseUrl, templates: await templatesOf(settings.templatesDir) });
      writer.write(rendered);
      return { id: job.id, pages: rendered.map((p) => ({ outputPath: p.outputPath, sha256: createHash("sha256").update(p.content).digest("hex") })) };
    } catch (error) {
      return { id: job.id, error: describe(error) };
    }
  })().then((result) => parentPort!.postMessage(result));
});
