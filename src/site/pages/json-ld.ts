/**
 * A report's schema.org NewsArticle, as JSON for a `<script type="application/ld+json">`:
 * `datePublished` wherever the publication interval is at most an hour wide (its end: the latest
 * the report can have been published; a wider interval is no date), `dateModified` where
 * a captured copy states its update to the minute, the archive as `publisher`,
 * the agencies as authors, the places as `contentLocation`. `<` is written as \u003c (and U+2028,
 * U+2029 escaped), so that no text can close the script element.
 */
import type { ArchiveItem } from "../../archive/index.js";
import { epochOf } from "../dutch-dates.js";
import type { PlanContext } from "./context.js";

/** The widest publication interval still given as `datePublished` (its end). */
export const DATE_PUBLISHED_MAX_WIDTH_MS = 60 * 60_000;

export function jsonLd(item: ArchiveItem, context: PlanContext, agencyNames: Map<string, string>): string {
  const url = context.urls.absolute(item.url);
  const data: Record<string, unknown> = {
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: item.headline.slice(0, 110),
    url,
    mainEntityOfPage: url,
    inLanguage: item.language === "nld" ? "nl" : item.language,
    articleBody: item.paragraphs.join("\n\n"),
  };
  if (item.dateline?.placeRaw) data.dateline = [item.places.map((p) => context.placeName(p)).join("/"), item.dateline.agencies.length ? `(${item.dateline.agencies.join("/")})` : ""].join(" ").trim();
  if (item.publishedFrom && item.publishedTo && epochOf(item.publishedTo)! - epochOf(item.publishedFrom)! <= DATE_PUBLISHED_MAX_WIDTH_MS) data.datePublished = item.publishedTo;
  // The update time the page states, when it names the minute (a date alone is no dateModified).
  if (item.updatedFrom && item.updatedTo && epochOf(item.updatedTo)! - epochOf(item.updatedFrom)! < 60_000) data.dateModified = item.updatedFrom;
  data.publisher = { "@type": "Organization", name: context.t.siteName, url: context.urls.absolute("/") };
  if (item.section) data.articleSection = item.section;
  if (item.agencies.length) {
    data.author = item.agencies.map((code) => ({ "@type": "Organization", name: agencyNames.get(code) ?? code }));
    data.sourceOrganization = data.author;
  }
  if (item.places.length) data.contentLocation = item.places.map((p) => ({ "@type": "Place", name: context.placeName(p) }));
  return JSON.stringify(data).replace(/</g, "\\u003c").replace(/\u2028/g, "\\u2028").replace(/\u2029/g, "\\u2029");
}

/** Agency code -> its name (or the code), for the JSON-LD authors. */
export function agencyNamesOf(context: PlanContext): Map<string, string> {
  return new Map(context.archive.agencies.map((a) => [a.code, a.name ?? a.code]));
}
