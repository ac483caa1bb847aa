/**
 * Atom and JSON feeds (templates `feed-atom`, `feed-json`) of the newest FEED_ENTRIES reports:
 * one pair for the site, one for each section. An entry's HTML content is made here, escaped.
 */
import type { ArchiveItem } from "../../archive/index.js";
import { cutAtWord } from "../../archive/normalise.js";
import { epochOf } from "../dutch-dates.js";
import { ROUTES, type SiteUrls } from "../routes.js";
import type { PageFamily } from "./context.js";
import type { Feed, FeedEntry } from "./types.js";

export const FEED_ENTRIES = 50;

export const feedPages: PageFamily = {
  name: "feeds",
  plan(context) {
    const { t, urls } = context;
    const atom: Feed[] = [];
    const json: (Feed & { json: string })[] = [];
    const feedPair = (title: string, items: ArchiveItem[], atomUrl: string, jsonUrl: string, alternate: string) => {
      const entries = items.slice(0, FEED_ENTRIES).map((item) => feedEntry(item, urls));
      const updated = entries.map((e) => e.updated).sort((a, b) => epochOf(b)! - epochOf(a)!)[0] ?? "1970-01-01T00:00:00Z";
      const feed = (url: string, format: Feed["format"]): Feed => ({ url, format, title, selfUrl: urls.absolute(url), alternateUrl: urls.absolute(alternate), updated, entries });
      atom.push(feed(atomUrl, "atom"));
      const jsonData = feed(jsonUrl, "json");
      json.push({ ...jsonData, json: jsonFeed(jsonData) });
    };
    feedPair(t.feedTitle, context.reports, ROUTES.feedAtom, ROUTES.feedJson, ROUTES.home);
    for (const section of context.archive.sections) {
      feedPair(`${t.siteName}: ${section.name}`, context.reports.filter((i) => i.sectionId === section.id), ROUTES.sectionFeedAtom(section.id), ROUTES.sectionFeedJson(section.id), ROUTES.section(section.id));
    }
    return { "feed-atom": atom, "feed-json": json };
  },
};

function feedEntry(item: ArchiveItem, urls: SiteUrls): FeedEntry {
  const dateline = item.dateline?.placeRaw ? `${item.dateline.placeRaw}${item.dateline.agencies.length ? ` (${item.dateline.agencies.join("/")})` : ""} - ` : "";
  return {
    id: urls.absolute(item.url),
    url: urls.absolute(item.url),
    title: item.headline,
    updated: laterOf(item.publishedTo, item.updatedFrom) ?? item.sightings.find((s) => s.capturedAt)?.capturedAt ?? "1970-01-01T00:00:00Z",
    published: item.publishedTo,
    summary: cutAtWord(item.paragraphs[0] ?? "", 300),
    contentHtml: item.paragraphs.map((p, i) => `<p>${feedText(i === 0 ? dateline + p : p)}</p>`).join(""),
    section: item.section,
    author: item.agencies.join("/") || "ANP",
  };
}

/** An entry was last changed at the later of its publication and the update its page states. */
function laterOf(published: string | null, updated: string | null): string | null {
  if (published === null || updated === null) return published ?? updated;
  return epochOf(updated)! > epochOf(published)! ? updated : published;
}

/** The escaping feed content has always had (`'` left as it is); escapeHtml would change the feeds' bytes. */
const feedText = (text: string) => text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** JSON Feed 1.1. JSON.stringify escapes what JSON needs; `<` too, for browsers that sniff. */
export function jsonFeed(feed: Feed): string {
  const data = {
    version: "https://jsonfeed.org/version/1.1",
    title: feed.title,
    home_page_url: feed.alternateUrl,
    feed_url: feed.selfUrl,
    language: "nl",
    items: feed.entries.map((e) => ({
      id: e.id,
      url: e.url,
      title: e.title,
      content_html: e.contentHtml,
      summary: e.summary,
      ...(e.published ? { date_published: e.published } : {}),
      date_modified: e.updated,
      authors: [{ name: e.author }],
      ...(e.section ? { tags: [e.section] } : {}),
    })),
  };
  return JSON.stringify(data, null, 1).replace(/</g, "\\u003c");
}
