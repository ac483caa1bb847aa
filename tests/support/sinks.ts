/**
 * The hostile sink captures (tests/fixtures/hostile/sinks/): markup, script and `javascript:`
 * text in section names (a `Meer uit` line, front matter `section:`), headlines, bodies, briefs
 * and a file name. Places and agencies cannot carry markup from a capture (a dateline place is
 * upper-case letters, apostrophes, dots, hyphens and slashes), so one record the parser would
 * never produce is added with markup in its place and agency: what reaches the search filters
 * must be safe whatever the archive holds. Shared by the search-record and browser tests.
 */
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildArchive, type Archive } from "../../src/archive/index.js";
import { parseCapture, type CaptureRecord } from "../../src/wire/index.js";

export const SINKS = "tests/fixtures/hostile/sinks";
export const SINK_PAGES = join(SINKS, "pages");

/** The pieces of markup the sinks are made of: none may become an element, attribute or link in a page. */
export const HOSTILE_MARKUP = [
  "<img src=x onerror=alert(1)>",
  "<img src=x onerror=alert(document.domain)>",
  "<svg onload=alert(1)>",
  "<b onmouseover=alert(1)>",
  "<details open ontoggle=alert(1)>",
  "</script><script>alert(1)</script>",
  "javascript:alert(1)",
];

/** A capture file name is contributor text too: it is shown in every report's dating table. */
export const HOSTILE_FILE_NAME = "2025-11-22T1000-<img src=x onerror=alert(1)>.txt";

export function sinkRecords(): CaptureRecord[] {
  const names = readdirSync(SINKS).filter((n) => n.endsWith(".txt")).sort();
  const records = names.map((name, i) => parseCapture(readFileSync(join(SINKS, name), "utf8"), { source: i === 0 ? HOSTILE_FILE_NAME : name }));
  const base = records[0]!;
  const article = base.article!;
  records.push({
    ...base,
    source: "2025-11-22T1300-plaats.txt",
    capturedAt: "2025-11-22T13:00:00+01:00",
    related: null,
    article: {
      ...article,
      headline: "Plaatsnaam <svg onload=alert(1)> onder de loep",
      dateline: { ...article.dateline!, place: "<img src=x onerror=alert(1)>", placeRaw: "<IMG SRC=X ONERROR=ALERT(1)>", agencies: ["<svg onload=alert(1)>", "javascript:alert(1)"] },
      paragraphs: ["Een plaats die geen plaats is: <details open ontoggle=alert(1)> en javascript:alert(1) als persbureau."],
      section: "<b onmouseover=alert(1)>Plaatselijk</b>",
    },
  });
  return records;
}

export function sinkArchive(): Archive {
  return buildArchive(sinkRecords());
}
