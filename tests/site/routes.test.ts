/**
 * The URL scheme (src/site/routes.ts): the paths it gives, the segments a Markdown page may not
 * take (derived from the routes, not listed by hand), and links with a path prefix.
 */
import { describe, expect, it } from "vitest";
import { inPart, listPageUrl, normalisePrefix, RESERVED_SEGMENTS, ROUTES, SiteUrls } from "../../src/site/routes.js";
import { itemUrl } from "../../src/archive/identity.js";

describe("the URL scheme", () => {
  it("gives every kind of page its path", () => {
    expect(ROUTES.day("2025-11-22")).toBe("/archief/2025/11/22/");
    expect(ROUTES.month(2025, 3)).toBe("/archief/2025/03/");
    expect(ROUTES.sectionFeedJson("binnenland")).toBe("/rubriek/binnenland/feed.json");
    expect([0, 1, 2].map(ROUTES.searchBundle)).toEqual(["/pagefind/", "/pagefind-2/", "/pagefind-3/"]);
    expect(listPageUrl("/plaats/x/", 0)).toBe("/plaats/x/");
    expect(listPageUrl("/plaats/x/", 1)).toBe("/plaats/x/pagina/1/");
    expect(listPageUrl("/plaats/x/", 3)).toBe("/plaats/x/pagina/3/");
    expect(inPart(2025, "/artikel/x-1/")).toBe("/2025/artikel/x-1/");
  });

  it("reserves the first segment of every route and report folder for the archive", () => {
    expect([...RESERVED_SEGMENTS].sort()).toEqual(
      ["404", "archief", "artikel", "assets", "feed", "kort", "pagefind", "persbureau", "persbureaus", "plaats", "plaatsen", "robots", "rubriek", "rubrieken", "sitemap", "vastleggen", "verhaal", "verhaallijnen", "zoeken"],
    );
    expect(RESERVED_SEGMENTS.has(itemUrl("article", "kop", "abc").split("/")[1]!)).toBe(true);
  });

  it("makes links with the path prefix, back to the whole site from a year's part, and absolute URLs", () => {
    expect(normalisePrefix("sub")).toBe("/sub/");
    expect(normalisePrefix("//")).toBe("/");
    const part = new SiteUrls({ baseUrl: "https://x.nl/", pathPrefix: "/sub/2025", siteRoot: "/sub/" });
    expect(part.link("/archief/")).toBe("/sub/2025/archief/");
    expect(part.link("~/")).toBe("/sub/");
    expect(part.absolute("/feed.xml")).toBe("https://x.nl/sub/2025/feed.xml");
  });
});
