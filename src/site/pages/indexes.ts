/** The indexes of sections (with their feeds), places (grouped A-Z) and agencies (templates `sections`, `places`, `agencies`). */
import { ROUTES } from "../routes.js";
import { compare, type PageFamily } from "./context.js";
import type { PlacesPage } from "./types.js";

export const indexPages: PageFamily = {
  name: "indexes",
  plan({ archive, t }) {
    const byLetter = new Map<string, PlacesPage["groups"][number]["places"]>();
    for (const place of [...archive.places].sort((a, b) => compare(a.id, b.id))) {
      const letter = /^[a-z]/.test(place.id) ? place.id[0]!.toUpperCase() : "#";
      const list = byLetter.get(letter) ?? [];
      list.push({ name: place.name, url: ROUTES.place(place.id), count: place.items });
      byLetter.set(letter, list);
    }
    return {
      sections: [{ url: ROUTES.sections, sections: archive.sections.map((s) => ({ name: s.name, url: ROUTES.section(s.id), count: s.items, feed: ROUTES.sectionFeedAtom(s.id) })) }],
      places: [{ url: ROUTES.places, groups: [...byLetter.entries()].map(([letter, places]) => ({ letter, places })) }],
      agencies: [{ url: ROUTES.agencies, agencies: archive.agencies.map((a) => ({ name: a.name ?? t.lists.unknownAgency, code: a.code, url: ROUTES.agency(a.id), count: a.items, known: a.known })) }],
    };
  },
};
