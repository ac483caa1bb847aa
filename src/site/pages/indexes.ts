/**
 * The indexes of sections (with their feeds), places (grouped A-Z) and agencies (templates
 * `sections`, `places`, `agencies`). Each count is what its list shows: reports, once each (a
 * lead brief counts as its article), as src/site/pages/lists.ts lists them.
 */
import { agencyId, slugify } from "../../archive/index.js";
import { ROUTES } from "../routes.js";
import { compare, type PageFamily } from "./context.js";
import { groupBy } from "../group-by.js";
import type { PlacesPage } from "./types.js";

/** The elided article before a Dutch place name (`'s-Hertogenbosch`, `'t Harde`), left out when sorting. */
const ELIDED_ARTICLE = /^['’‘](?:s|t)[- ]/i;

export const indexPages: PageFamily = {
  name: "indexes",
  plan({ archive, t, reports }) {
    const inSection = groupBy(reports, (i) => (i.sectionId ? [i.sectionId] : []));
    const atPlace = groupBy(reports, (i) => i.places);
    const byAgency = groupBy(reports, (i) => [...new Set(i.agencies.map(agencyId))]);
    const count = (groups: Map<string, unknown[]>, id: string) => groups.get(id)?.length ?? 0;
    const byLetter = new Map<string, PlacesPage["groups"][number]["places"]>();
    // Sorted and grouped by the name as Dutch sorts it: 's-Hertogenbosch under H, 't Zandt under Z.
    const sortKey = (name: string) => slugify(name.replace(ELIDED_ARTICLE, ""), 200);
    for (const place of [...archive.places].sort((a, b) => compare(sortKey(a.name), sortKey(b.name)) || compare(a.id, b.id))) {
      const key = sortKey(place.name);
      const letter = /^[a-z]/.test(key) ? key[0]!.toUpperCase() : "#";
      const list = byLetter.get(letter) ?? [];
      list.push({ name: place.name, url: ROUTES.place(place.id), count: count(atPlace, place.id) });
      byLetter.set(letter, list);
    }
    return {
      sections: [{ url: ROUTES.sections, sections: archive.sections.map((s) => ({ name: s.name, url: ROUTES.section(s.id), count: count(inSection, s.id), feed: ROUTES.sectionFeedAtom(s.id) })) }],
      places: [{ url: ROUTES.places, groups: [...byLetter.entries()].map(([letter, places]) => ({ letter, places })) }],
      agencies: [{ url: ROUTES.agencies, agencies: archive.agencies.map((a) => ({ name: a.name ?? t.lists.unknownAgency, code: a.code, url: ROUTES.agency(a.id), count: count(byAgency, a.id), known: a.known })) }],
    };
  },
};
