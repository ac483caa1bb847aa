/**
 * Report pages (template `item`): one per article and brief, made when it is rendered (lazy
 * entries), since a large archive's report pages do not fit in memory at once. A page shows the
 * report with its dateline linked, the `Meer uit` sidebar of the page it was captured from, its
 * lead brief or full article, related reports (each report once), its story line and the
 * evidence it was dated by.
 */
import type { ArchiveItem } from "../../archive/index.js";
import { agencyId } from "../../archive/index.js";
import { cutAtWord } from "../../archive/normalise.js";
import { amsterdamDay, dutchDateTime, publicationParts, statedTimeParts } from "../dutch-dates.js";
import { ROUTES } from "../routes.js";
import { needsTimeLegend, yearContext, type PageFamily, type PlanContext } from "./context.js";
import { agencyNamesOf, jsonLd } from "./json-ld.js";
import { storyMembers } from "./stories.js";
import { ARRAY, InputValues, PageInputs, type InputVisitor } from "./inputs.js";
import type { EvidenceRow, ItemPage, ItemSummary, LazyEntries, StoryBox } from "./types.js";

export const itemPages: PageFamily = {
  name: "items",
  plan: (context) => ({ item: itemEntries(context) }),
};

export function itemEntries(context: PlanContext): LazyEntries<ArchiveItem, ItemPage> {
  const { t, byId } = context;
  const agencyNames = agencyNamesOf(context);

  // Sidebars: which briefs each capture listed under `Meer uit`, in page order.
  const sidebarEntries = new Map<string, { line: number; id: string; section: string | null }[]>();
  for (const item of context.archive.items) {
    for (const s of item.sightings) {
      if (s.role !== "sidebar") continue;
      const list = sidebarEntries.get(s.capture) ?? [];
      list.push({ line: s.line, id: item.id, section: s.section });
      sidebarEntries.set(s.capture, list);
    }
  }
  for (const list of sidebarEntries.values()) list.sort((a, b) => a.line - b.line);
  // One sidebar object per captured page (and section to fall back on), shared by its reports' pages.
  const sidebars = new Map<string, ItemPage["sidebar"]>();
  const sidebarOf = (item: ArchiveItem): ItemPage["sidebar"] => {
    // The last page sighting's capture (a loop from the end: no copy of the list per report).
    let capture: string | undefined;
    for (let i = item.sightings.length - 1; i >= 0 && capture === undefined; i--) if (item.sightings[i]!.role === "page") capture = item.sightings[i]!.capture;
    const entries = capture ? sidebarEntries.get(capture) : undefined;
    if (!capture || !entries?.length) return null;
    const key = `${capture}\0${item.section ?? ""}`;
    let sidebar = sidebars.get(key);
    if (sidebar === undefined) {
      sidebar = { heading: `${t.item.moreFrom} ${entries[0]!.section ?? item.section ?? ""}`.trim(), items: entries.map((e) => context.summary(byId.get(e.id)!)) };
      sidebars.set(key, sidebar);
    }
    return sidebar;
  };
  // One story box per story line, shared by its reports' pages.
  const storyBoxes = new Map<string, StoryBox>();
  const storyOf = (item: ArchiveItem): StoryBox | null => {
    const story = item.storyId ? context.storyById.get(item.storyId) : undefined;
    if (!story) return null;
    let box = storyBoxes.get(story.id);
    if (!box) {
      box = { url: ROUTES.story(story.id), headline: story.headline, items: storyMembers(story, context).map((m) => context.summary(m)) };
      storyBoxes.set(story.id, box);
    }
    return box;
  };

  // draad serve: the last build's entries. One whose inputs are all the same object or value is
  // handed out again, so its page key is kept at once (src/cache/page-cache.ts) and nothing of it
  // is made: at 10,000 captures that was 0.5 s of a rebuild, and comparing the new entries with
  // the last build's another 0.3 s. A one-off build keeps nothing.
  const remembered = context.options.itemPages;
  const root = context.urls.absolute("/");
  if (remembered) for (const id of remembered.keys()) if (!byId.has(id)) remembered.delete(id);

  // The inputs of each item are compared with the last build's as they are read (an array that
  // is the very one of the last build is not read again), and recorded anew only for an item
  // that changed: at 10,000 captures, recording and comparing every item's inputs was 0.18 s of
  // a rebuild after one new capture, and a new list per item 10,000 lists for the collector.
  const inputs = new PageInputs();
  const entryOf = (item: ArchiveItem): ItemPage => {
    if (!remembered) return makeEntry(item);
    const kept = remembered.get(item.id);
    if (kept && kept.root === root) {
      inputs.compareWith(kept.inputs);
      inputsOf(item, inputs);
      if (inputs.same) return kept.entry;
    }
    inputs.record();
    inputsOf(item, inputs);
    const entry = makeEntry(item);
    remembered.set(item.id, { root, inputs: inputs.recorded(), entry });
    return entry;
  };

  /**
   * Everything makeEntry reads, in a fixed order: every field of the item, arrays and plain
   * objects one level deep (texts, sightings and versions are shared with the last merge when
   * its reports did not change, src/archive/item-memo.ts; what linking and relating write is
   * copied, so it is compared by value), and what it reads through the context: the names of its
   * places and agencies, its article, the summaries it shows (one object per report while it does
   * not change, PlanContext.summary), its sidebar and story line, and the items of its linked
   * sightings. A new read of the context in makeEntry must be added here; tests/build/memory.test.ts
   * checks the pages against a clean build, byte for byte, through a series of edits.
   */
  const inputsOf = (item: ArchiveItem, inputs: InputVisitor): void => {
    for (const key in item) {
      inputs.value(key);
      if (key === "linkedSightings") inputs.derived(item.linkedSightings, () => linkedSightingsFrom(item));
      else inputs.shallow(item[key as keyof ArchiveItem]);
    }
    // The names of its places and agencies, each list as its length and names (no array made for them).
    inputs.value(ARRAY);
    inputs.value(item.places.length);
    for (const p of item.places) inputs.value(context.placeName(p));
    inputs.value(ARRAY);
    inputs.value(item.agencies.length);
    for (const code of item.agencies) inputs.value(agencyNames.get(code));
    const article = context.articleOf(item);
    inputs.value(article?.id);
    inputs.value(article?.headline);
    inputs.value(article?.url);
    const sidebar = sidebarOf(item);
    inputs.value(sidebar?.heading);
    inputs.shallow(sidebar?.items ?? []);
    inputs.shallow(relatedReports(item, context));
    const story = storyOf(item);
    inputs.value(story?.url);
    inputs.value(story?.headline);
    inputs.shallow(story?.items ?? []);
    inputs.shallow(item.briefIds.map((id) => (byId.has(id) ? context.summary(byId.get(id)!) : null)));
    for (const s of item.linkedSightings) {
      const other = byId.get(s.item);
      inputs.value(other?.kind);
      inputs.value(other?.headline);
      inputs.value(other?.url);
    }
  };

  /**
   * What an item's linked sightings are made of (src/archive/link.ts, firstPostingSightings):
   * for each item it was dated together with, in order, that item's id, URL and sightings (the
   * same array as the item's, keyed by its group in a build with the cache, src/cache/item-cache.ts).
   */
  const linkedSightingsFrom = (item: ArchiveItem): unknown[] => {
    const from: unknown[] = [];
    let last: string | null = null;
    for (const s of item.linkedSightings) {
      if (s.item === last) continue;
      last = s.item;
      const other = byId.get(s.item);
      // Not an item of this archive: only the sightings themselves say what they are.
      if (other === undefined || other.url !== s.url) return [item.linkedSightings];
      from.push(other.id, other.url, other.sightings);
    }
    return from;
  };

  const makeEntry = (item: ArchiveItem): ItemPage => {
    const dateline = item.dateline
      ? {
          places: splitPlaces(item.dateline.placeRaw).map((raw, i) => ({ name: raw, url: ROUTES.place(item.places[i] ?? item.places[0] ?? "") })),
          placeSeparator: "/",
          agencies: item.dateline.agencies.map((code) => ({ name: code, url: ROUTES.agency(agencyId(code)) })),
          clock: item.dateline.clock,
          date: item.dateline.date,
        }
      : null;
    const blocks: ItemPage["blocks"] = [];
    item.paragraphs.forEach((text, index) => {
      for (const crosshead of item.crossheads) if (crosshead.beforeParagraph === index) blocks.push({ kind: "h2", text: crosshead.text });
      blocks.push({ kind: "p", text });
    });
    const article = context.articleOf(item);
    const publication = publicationParts(item.publishedFrom, item.publishedTo);
    const sidebar = sidebarOf(item);
    const related = relatedReports(item, context);
    const story = storyOf(item);
    const briefs = item.briefIds.flatMap((id) => (byId.has(id) ? [context.summary(byId.get(id)!)] : []));
    const row = (s: ArchiveItem["sightings"][number], via: EvidenceRow["via"]): EvidenceRow => ({
      capture: s.capture,
      capturedAt: s.capturedAt,
      role: s.role,
      age: s.age,
      publishedFrom: s.publishedFrom,
      publishedTo: s.publishedTo,
      posting: s.posting + 1,
      variant: s.variant,
      via,
    });
    // The sightings of the lead brief or article it was dated with bound its time as well (issue #14).
    const linkedRows = item.linkedSightings.map((s) => {
      const other = byId.get(s.item);
      const kind = other?.kind ?? (item.kind === "article" ? "brief" : "article");
      return row(s, { name: other?.headline ?? s.item, url: other ? other.url : s.url, kind });
    });
    return {
      id: item.id,
      url: item.url,
      kind: item.kind,
      kindLabel: item.kind === "article" ? t.item.article : t.item.brief,
      headline: item.headline,
      description: cutAtWord(item.paragraphs[0] ?? item.headline, 160),
      dateline,
      publicationParts: publication,
      pageUpdatedParts: item.updatedFrom && item.updatedTo ? statedTimeParts(item.updatedFrom, item.updatedTo) : null,
      datetime: item.publishedTo,
      dayUrl: item.sortTime ? ROUTES.day(amsterdamDay(item.sortTime).key) : null,
      blocks,
      section: context.sectionLink(item),
      // Beside the report no list names a day: every time there is dated.
      timeContext: yearContext(item.sortTime),
      timeLegend: needsTimeLegend(sidebar?.items ?? [], related, story?.items ?? [], briefs),
      sidebar,
      related,
      story,
      article: article && { id: article.id, name: article.headline, url: article.url },
      briefs,
      evidence: [...item.sightings.map((s) => row(s, null)), ...linkedRows],
      versions: versionBlocks(item, t),
      reposted: item.reposted,
      byline: item.byline,
      captions: item.captions,
      sourceUrls: item.sourceUrls,
      jsonLd: jsonLd(item, context, agencyNames),
    };
  };
  // A one-off build with the cache keys a report page by these inputs, by value, before its
  // entry is made (src/cache/page-cache.ts, DeferredEntry): a page whose key matches the last
  // build's is linked from it and its entry never made (at 10,000 captures 0.24 s of a rebuild,
  // and the inputs' JSON is a fifth smaller than the entry's). draad serve compares them by
  // identity instead (entryOf above).
  const keyInputsOf = (item: ArchiveItem): unknown[] => {
    const list = new InputValues();
    list.value(root);
    inputsOf(item, list);
    return list.values;
  };
  return { sources: context.archive.items, urlOf: (item) => item.url, entryOf, keyInputsOf: remembered ? undefined : keyInputsOf };
}

/** Words of context kept at each end of an unchanged run between changes; the middle is left out. */
const CONTEXT_WORDS = 12;

/** The versions as the page shows them: what changed, with long unchanged runs cut to their ends. */
function versionBlocks(item: ArchiveItem, t: PlanContext["t"]): ItemPage["versions"] {
  return item.versions.map((version, index) => {
    const seen =
      version.firstSeen === null
        ? ""
        : version.firstSeen === version.lastSeen
          ? `${t.item.versionSeenOnce} ${dutchDateTime(version.firstSeen)}`
          : `${t.item.versionSeenFrom} ${dutchDateTime(version.firstSeen)} ${t.item.versionSeenTo} ${dutchDateTime(version.lastSeen!)}`;
    const changes = version.changes?.map((change, i, all) => {
      if (change.kind !== "same") return change;
      const words = change.text.split(" ");
      if (words.length <= 2 * CONTEXT_WORDS + 1) return change;
      const head = i === 0 ? [] : words.slice(0, CONTEXT_WORDS);
      const tail = i === all.length - 1 ? [] : words.slice(-CONTEXT_WORDS);
      return { kind: "same" as const, text: [...head, t.item.omitted, ...tail].join(" ") };
    });
    return { label: `${t.item.version} ${index + 1}`, seen: `${seen} ${t.item.versionCaptures(version.captures.length)}`.trim(), changes: changes ?? null };
  });
}

/** Related items, one per report: an article and its own lead brief count once (as the article). */
function relatedReports(item: ArchiveItem, context: PlanContext): ItemSummary[] {
  const seen = new Set<string>();
  const out: ItemSummary[] = [];
  for (const id of item.related) {
    const related = context.byId.get(id);
    if (!related) continue;
    const report = context.reportOf(related);
    if (seen.has(report.id)) continue;
    seen.add(report.id);
    out.push(context.summary(report));
  }
  return out;
}

function splitPlaces(placeRaw: string | null): string[] {
  return placeRaw ? placeRaw.split("/").map((p) => p.trim()).filter(Boolean) : [];
}
