/**
 * Seeded, deterministic generator of synthetic captures for benchmarks: invented but
 * realistically shaped Dutch wire pages in the layouts draad reads (classic article pages, the
 * second layout with boilerplate and titled briefs, and section index pages).
 *
 *   npx tsx bench/generate-corpus.ts --captures 1000 --seed 1 --out .cache/bench/corpus-1000
 *
 * The world behind the pages is simulated, not sampled: every section has a stream of reports
 * published at a steady rate (slower at night), and each capture shows the latest 5-8 reports of
 * its section in its sidebar, so the same brief recurs in later captures with ages that grow
 * consistently (age = floor(capture - published) in the largest unit). Some reports belong to
 * story lines (3-5 reports from one place within a day that differ only in a number and one
 * sentence); many article pages carry the full text of a report that recurs in sidebars (same
 * dateline; the brief is the first two sentences of the article's first paragraph).
 *
 * Everything comes from our own PRNG (mulberry32) seeded by `seed`: never Math.random, never
 * the clock. Captures are generated one at a time, so any number fits in memory.
 */
import { mkdir, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { amsterdamLocalToEpoch, amsterdamOffsetMinutes, amsterdamParts, formatAmsterdamIso } from "../src/wire/amsterdam-time.js";

// ---------------------------------------------------------------------------------------------
// Options

export interface GenerateOptions {
  seed: number;
  captures: number;
  /** First capture time, ISO 8601 with offset; default "2024-01-01T06:00:00+01:00". */
  start?: string;
}

export interface GeneratedCapture {
  /** `YYYY-MM-DDTHHMM-<slug>.txt`, Europe/Amsterdam local time of the capture. */
  name: string;
  text: string;
}

export const DEFAULT_START = "2024-01-01T06:00:00+01:00";

// ---------------------------------------------------------------------------------------------
// PRNG

/** 32-bit mix of a list of integers (murmur3 finaliser over a running hash). */
export function hash32(...parts: number[]): number {
  let h = 0x9e3779b9;
  for (const part of parts) {
    // Fold numbers beyond 32 bits in as two words.
    const lo = part >>> 0;
    const hi = Math.floor(part / 4294967296) >>> 0;
    for (const word of [lo, hi]) {
      let k = Math.imul(word, 0xcc9e2d51);
      k = (k << 15) | (k >>> 17);
      k = Math.imul(k, 0x1b873593);
      h ^= k;
      h = (h << 13) | (h >>> 19);
      h = (Math.imul(h, 5) + 0xe6546b64) | 0;
    }
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** mulberry32: small, fast, good enough for text generation. */
export class Rng {
  private state: number;
  constructor(seed: number) {
    this.state = seed >>> 0;
  }
  /** Uniform in [0, 1). */
  next(): number {
    this.state = (this.state + 0x6d2b79f5) | 0;
    let t = Math.imul(this.state ^ (this.state >>> 15), 1 | this.state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  }
  /** Integer in [min, max], both inclusive. */
  int(min: number, max: number): number {
    return min + Math.floor(this.next() * (max - min + 1));
  }
  chance(p: number): boolean {
    return this.next() < p;
  }
  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.next() * items.length)]!;
  }
  /** Weighted pick: `weights[i]` for `items[i]`. */
  weighted<T>(items: readonly T[], weights: readonly number[]): T {
    let total = 0;
    for (const w of weights) total += w;
    let x = this.next() * total;
    for (let i = 0; i < items.length; i++) {
      x -= weights[i]!;
      if (x < 0) return items[i]!;
    }
    return items[items.length - 1]!;
  }
  shuffle<T>(items: T[]): T[] {
    for (let i = items.length - 1; i > 0; i--) {
      const j = Math.floor(this.next() * (i + 1));
      [items[i], items[j]] = [items[j]!, items[i]!];
    }
    return items;
  }
}

// ---------------------------------------------------------------------------------------------
// Europe/Amsterdam time: the wire stage's own helpers (src/wire/amsterdam-time.ts), so the
// corpus and the parser agree on every DST switch.

const MINUTE = 60_000;
const DAY = 86_400_000;

/** Minutes east of UTC in Amsterdam: 60 in winter, 120 in summer. */
export function amsterdamOffset(epochMs: number): 60 | 120 {
  return amsterdamOffsetMinutes(epochMs) === 120 ? 120 : 60;
}

const localTime = amsterdamParts;
const localToEpoch = amsterdamLocalToEpoch;
const pad2 = (n: number) => String(n).padStart(2, "0");

/** `2024-01-01T06:00:00+01:00` (capture and publication times are whole minutes). */
export function amsterdamIso(epochMs: number): string {
  return formatAmsterdamIso(Math.floor(epochMs / MINUTE) * MINUTE);
}

/** Days between the Amsterdam calendar dates of two instants (b later). */
function calendarDaysBetween(a: number, b: number): number {
  const ta = localTime(a);
  const tb = localTime(b);
  return Math.round((Date.UTC(tb.year, tb.month - 1, tb.day) - Date.UTC(ta.year, ta.month - 1, ta.day)) / DAY);
}

// ---------------------------------------------------------------------------------------------
// Age labels

/** Age label as the sites print it: floor of the age in the largest unit. */
export function relativeAgeLabel(ageMinutes: number): string {
  if (ageMinutes < 1) return "zojuist";
  if (ageMinutes < 60) return ageMinutes === 1 ? "1 minuut geleden" : `${ageMinutes} minuten geleden`;
  const hours = Math.floor(ageMinutes / 60);
  if (hours < 24) return `${hours} uur geleden`;
  const days = Math.floor(ageMinutes / 1440);
  return days === 1 ? "1 dag geleden" : `${days} dagen geleden`;
}

/** The edition page's labels: relative today, `Gisteren 22:56` yesterday, days before that. */
function editionAgeLabel(published: number, captured: number): string {
  const days = calendarDaysBetween(published, captured);
  if (days === 0) return relativeAgeLabel(Math.floor((captured - published) / MINUTE));
  if (days === 1) {
    const t = localTime(published);
    return `Gisteren ${pad2(t.hour)}:${pad2(t.minute)}`;
  }
  return relativeAgeLabel(Math.floor((captured - published) / MINUTE));
}

// ---------------------------------------------------------------------------------------------
// Vocabulary

export const SECTIONS = ["Binnenland", "Buitenland", "Economie", "Sport", "Politiek", "Cultuur", "Opmerkelijk"] as const;
export type Section = (typeof SECTIONS)[number];

/** Share of captures per section, and the mean minutes between two reports of the section by day. */
const SECTION_WEIGHT: Record<Section, number> = { Binnenland: 25, Buitenland: 22, Economie: 12, Sport: 14, Politiek: 10, Cultuur: 8, Opmerkelijk: 9 };
const SECTION_GAP: Record<Section, number> = { Binnenland: 55, Buitenland: 55, Economie: 95, Sport: 85, Politiek: 125, Cultuur: 150, Opmerkelijk: 140 };

const WEEKDAYS = ["zondag", "maandag", "dinsdag", "woensdag", "donderdag", "vrijdag", "zaterdag"] as const;
const MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "augustus", "september", "oktober", "november", "december"] as const;
const NUMBER_WORDS = ["nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen", "tien", "elf", "twaalf", "dertien", "veertien", "vijftien", "zestien", "zeventien", "achttien", "negentien", "twintig"] as const;
const ORDINAL_WORDS = ["", "eerste", "tweede", "derde", "vierde", "vijfde", "zesde", "zevende", "achtste", "negende", "tiende", "elfde", "twaalfde", "dertiende", "veertiende", "vijftiende", "zestiende", "zeventiende", "achttiende", "negentiende", "twintigste"] as const;

interface NlPlace {
  name: string;
  province: string;
}
interface WorldPlace {
  name: string;
  upper: string;
  country: string;
  adj: string;
  agencies: readonly string[];
}

const PROVINCES: Record<string, { adj: string; capital: string }> = {
  Groningen: { adj: "Groningse", capital: "Groningen" },
  Friesland: { adj: "Friese", capital: "Leeuwarden" },
  Drenthe: { adj: "Drentse", capital: "Assen" },
  Overijssel: { adj: "Overijsselse", capital: "Zwolle" },
  Flevoland: { adj: "Flevolandse", capital: "Lelystad" },
  Gelderland: { adj: "Gelderse", capital: "Arnhem" },
  Utrecht: { adj: "Utrechtse", capital: "Utrecht" },
  "Noord-Holland": { adj: "Noord-Hollandse", capital: "Haarlem" },
  "Zuid-Holland": { adj: "Zuid-Hollandse", capital: "Den Haag" },
  Zeeland: { adj: "Zeeuwse", capital: "Middelburg" },
  "Noord-Brabant": { adj: "Brabantse", capital: "Den Bosch" },
  Limburg: { adj: "Limburgse", capital: "Maastricht" },
};

const NL_PLACES_BY_PROVINCE: Record<string, string[]> = {
  Groningen: ["Groningen", "Delfzijl", "Winschoten", "Veendam", "Appingedam", "Leens", "Ter Apel", "Zoutkamp"],
  Friesland: ["Leeuwarden", "Harlingen", "Sneek", "Workum", "Heerenveen", "Dokkum", "Terschelling", "Ameland", "Vlieland", "Bolsward", "Franeker"],
  Drenthe: ["Assen", "Emmen", "Dwingeloo", "Meppel", "Hoogeveen", "Coevorden", "Nieuw-Buinen", "Orvelte", "Westerbork"],
  Overijssel: ["Zwolle", "Deventer", "Kampen", "Enschede", "Hengelo", "Almelo", "Giethoorn", "Ommen", "Raalte", "Oldenzaal"],
  Flevoland: ["Almere", "Lelystad", "Urk", "Dronten", "Emmeloord", "Zeewolde"],
  Gelderland: ["Apeldoorn", "Arnhem", "Nijmegen", "Hattem", "Zutphen", "Ede", "Tiel", "Harderwijk", "Doetinchem", "Winterswijk", "Elburg"],
  Utrecht: ["Utrecht", "Amersfoort", "Zeist", "Veenendaal", "Woerden", "Houten", "Nieuwegein", "Wijk bij Duurstede"],
  "Noord-Holland": ["Amsterdam", "Haarlem", "Alkmaar", "Hoorn", "IJmuiden", "Den Helder", "Zaandam", "Enkhuizen", "Wijk aan Zee", "Texel", "Zandvoort", "Egmond aan Zee", "Edam", "Callantsoog"],
  "Zuid-Holland": ["Rotterdam", "Den Haag", "Leiden", "Delft", "Gouda", "Dordrecht", "Schiedam", "Katwijk", "Gorinchem", "Brielle", "Scheveningen"],
  Zeeland: ["Middelburg", "Vlissingen", "Goes", "Zierikzee", "Terneuzen", "Bruinisse", "Kapelle", "Domburg", "Cadzand", "Yerseke", "Veere"],
  "Noord-Brabant": ["Eindhoven", "Tilburg", "Breda", "Den Bosch", "Bergen op Zoom", "Oss", "Helmond", "Roosendaal", "Waalwijk", "Oisterwijk", "'s-Hertogenbosch"],
  Limburg: ["Maastricht", "Venlo", "Roermond", "Sittard", "Heerlen", "Weert", "Valkenburg", "Thorn", "Venray"],
};
const NL_PLACES: NlPlace[] = Object.entries(NL_PLACES_BY_PROVINCE).flatMap(([province, names]) => names.map((name) => ({ name, province })));
const nlPlace = (name: string): NlPlace => NL_PLACES.find((p) => p.name === name) ?? { name, province: "Zuid-Holland" };
const COAST = ["Terschelling", "Ameland", "Vlieland", "Texel", "Katwijk", "Domburg", "Cadzand", "Zandvoort", "Egmond aan Zee", "Wijk aan Zee", "Callantsoog", "Scheveningen", "Vlissingen"];
const HARBOURS = ["IJmuiden", "Harlingen", "Den Helder", "Vlissingen", "Urk", "Delfzijl", "Terneuzen", "Rotterdam", "Zierikzee"];
const BIG_CITIES = ["Amsterdam", "Rotterdam", "Den Haag", "Utrecht", "Eindhoven", "Groningen", "Zwolle", "Arnhem", "Tilburg", "Breda", "Nijmegen", "Apeldoorn", "Leeuwarden", "Maastricht", "Almere"];

const A_FR = ["ANP/AFP", "ANP/AFP", "ANP/RTR"];
const A_DE = ["ANP/DPA", "ANP/DPA", "ANP/DPA/RTR"];
const A_BE = ["ANP/Belga", "ANP/Belga", "ANP"];
const A_US = ["ANP/AP", "ANP/RTR", "ANP/AFP"];
const A_ANY = ["ANP/AFP", "ANP/RTR", "ANP/AP", "ANP/RTR/AFP", "ANP"];
const w = (name: string, country: string, adj: string, agencies: readonly string[], upper = name.toUpperCase()): WorldPlace => ({ name, upper, country, adj, agencies });
const WORLD_PLACES: WorldPlace[] = [
  w("Parijs", "Frankrijk", "Franse", A_FR), w("Lyon", "Frankrijk", "Franse", A_FR), w("Marseille", "Frankrijk", "Franse", A_FR), w("Bordeaux", "Frankrijk", "Franse", A_FR),
  w("Berlijn", "Duitsland", "Duitse", A_DE), w("Hamburg", "Duitsland", "Duitse", A_DE), w("Keulen", "Duitsland", "Duitse", A_DE), w("München", "Duitsland", "Duitse", A_DE), w("Dresden", "Duitsland", "Duitse", A_DE),
  w("Wenen", "Oostenrijk", "Oostenrijkse", A_DE), w("Salzburg", "Oostenrijk", "Oostenrijkse", A_DE), w("Innsbruck", "Oostenrijk", "Oostenrijkse", A_DE),
  w("Brussel", "België", "Belgische", A_BE), w("Antwerpen", "België", "Belgische", A_BE), w("Gent", "België", "Belgische", A_BE), w("Luik", "België", "Belgische", A_BE), w("Brugge", "België", "Belgische", A_BE),
  w("Rome", "Italië", "Italiaanse", A_ANY), w("Napels", "Italië", "Italiaanse", A_ANY), w("Milaan", "Italië", "Italiaanse", A_ANY), w("Venetië", "Italië", "Italiaanse", A_ANY), w("Bologna", "Italië", "Italiaanse", A_ANY),
  w("Madrid", "Spanje", "Spaanse", A_ANY), w("Barcelona", "Spanje", "Spaanse", A_ANY), w("Sevilla", "Spanje", "Spaanse", A_ANY), w("Valencia", "Spanje", "Spaanse", A_ANY),
  w("Lissabon", "Portugal", "Portugese", A_FR), w("Porto", "Portugal", "Portugese", A_FR),
  w("Londen", "Groot-Brittannië", "Britse", ["ANP/RTR", "ANP/AP", "ANP"]), w("Edinburgh", "Schotland", "Schotse", ["ANP/RTR", "ANP/AP"]), w("Dublin", "Ierland", "Ierse", ["ANP/RTR", "ANP/AFP"]),
  w("Kopenhagen", "Denemarken", "Deense", A_ANY), w("Stockholm", "Zweden", "Zweedse", A_ANY), w("Oslo", "Noorwegen", "Noorse", A_ANY), w("Helsinki", "Finland", "Finse", A_ANY), w("Reykjavik", "IJsland", "IJslandse", ["ANP/RTR", "ANP/AFP"]), w("Tromsø", "Noorwegen", "Noorse", ["ANP/RTR", "ANP/AFP"]),
  w("Praag", "Tsjechië", "Tsjechische", A_ANY), w("Warschau", "Polen", "Poolse", A_ANY), w("Krakau", "Polen", "Poolse", A_ANY), w("Boedapest", "Hongarije", "Hongaarse", A_ANY), w("Athene", "Griekenland", "Griekse", A_ANY),
  w("Genève", "Zwitserland", "Zwitserse", A_ANY), w("Zürich", "Zwitserland", "Zwitserse", A_DE), w("Luzern", "Zwitserland", "Zwitserse", A_DE),
  w("Tokio", "Japan", "Japanse", ["ANP/AFP", "ANP/RTR"]), w("Kyoto", "Japan", "Japanse", ["ANP/AFP", "ANP/RTR"]), w("Seoul", "Zuid-Korea", "Zuid-Koreaanse", ["ANP/AFP", "ANP/RTR"]),
  w("Sydney", "Australië", "Australische", ["ANP/AP", "ANP/RTR"]), w("Melbourne", "Australië", "Australische", ["ANP/AP", "ANP/RTR"]), w("Wellington", "Nieuw-Zeeland", "Nieuw-Zeelandse", ["ANP/AP", "ANP/AFP"]),
  w("Toronto", "Canada", "Canadese", A_US), w("Montreal", "Canada", "Canadese", A_US), w("New York", "de Verenigde Staten", "Amerikaanse", A_US), w("Boston", "de Verenigde Staten", "Amerikaanse", A_US), w("San Francisco", "de Verenigde Staten", "Amerikaanse", A_US), w("West Palm Beach", "de Verenigde Staten", "Amerikaanse", A_US),
  w("São Paulo", "Brazilië", "Braziliaanse", A_FR), w("Rio de Janeiro", "Brazilië", "Braziliaanse", A_FR), w("Buenos Aires", "Argentinië", "Argentijnse", A_FR), w("Montevideo", "Uruguay", "Uruguayaanse", A_FR),
  w("Kaapstad", "Zuid-Afrika", "Zuid-Afrikaanse", ["ANP/AFP", "ANP/RTR"]), w("Nairobi", "Kenia", "Keniaanse", ["ANP/AFP", "ANP/RTR"]), w("Singapore", "Singapore", "Singaporese", ["ANP/AFP", "ANP/RTR"]),
];
const worldPlace = (name: string): WorldPlace => WORLD_PLACES.find((p) => p.name === name) ?? WORLD_PLACES[0]!;
const NORTH = ["Reykjavik", "Tromsø", "Oslo", "Helsinki", "Stockholm"];
const SNOWY = ["Innsbruck", "Salzburg", "Oslo", "Helsinki", "Stockholm", "Zürich", "Luzern", "München", "Toronto", "Montreal", "Tromsø"];
const HOT = ["Sevilla", "Madrid", "Athene", "Rome", "Napels", "Valencia", "Marseille", "Lissabon"];

const FEMALE = ["Annelies", "Hilde", "Wietske", "Lotte", "Marieke", "Femke", "Ingrid", "Sanne", "Joke", "Els", "Anouk", "Esther", "Karin", "Mirjam", "Noor", "Petra", "Ria", "Tessa", "Yvonne", "Grietje", "Lieke", "Jolanda", "Marloes", "Sietske", "Hanneke", "Ilse", "Marit", "Rianne"];
const MALE = ["Gerrit", "Tom", "Ruud", "Bas", "Jeroen", "Henk", "Kees", "Pieter", "Sjoerd", "Wouter", "Jan", "Koen", "Maarten", "Arjen", "Dirk", "Frank", "Hans", "Joost", "Lucas", "Niels", "Thijs", "Willem", "Gijs", "Harm", "Jelle", "Rutger", "Stijn", "Teun"];
const SURNAMES = ["Mulderij", "Brinkhorst", "Haverkamp", "Wagenaar", "Kalkhoven", "Wesselink", "Verhage", "Bosman", "Kuipers", "Veldkamp", "van Dalen", "Tuinstra", "Schippers", "Lindeboom", "Hofstede", "Meijering", "Oosterhuis", "Bakema", "ter Horst", "van Wijk", "Rozendaal", "Zwartkruis", "Hulsbos", "Ploeg", "Stegeman", "Koopmans", "Nijenhuis", "Eggink", "Wolters", "Kortekaas", "Smeenk", "Brandsma", "Huisman", "Hoogland", "van der Veen", "Dijkhuis", "Roelofsen", "Bleeker", "Tempelman", "Kloosterboer", "Wiersma", "Haaksma", "van Houten", "Rijnders", "Vermeulen", "Steenbergen", "Oudshoorn", "Molenaar", "Verbeek", "Lammertink"];
const FOREIGN_FIRST: [string, boolean][] = [["Joana", false], ["Luca", true], ["Marta", false], ["Pierre", true], ["Anna", false], ["Henrik", true], ["Sofia", false], ["Mateo", true], ["Camille", false], ["Tomasz", true], ["Elena", false], ["Jonas", true], ["Freya", false], ["Diego", true], ["Hiro", true], ["Aiko", false], ["Niamh", false], ["Stefan", true]];
const FOREIGN_LAST = ["Meireles", "Bianchi", "Novak", "Lindqvist", "Moreau", "Schneider", "Kowalczyk", "Fernández", "Hansen", "Papadakis", "Okafor", "Tanaka", "Dubois", "Castillo", "Berger", "Horvat", "Gallagher", "Virtanen", "Sørensen", "Rossetti"];

const COMPANY_HEAD = ["Polder", "Delta", "Rijn", "Maas", "Duin", "Wad", "Zilver", "Noorder", "Ooster", "Kust", "Veen", "Heide", "Linde", "Eiken", "Berken", "Kade", "Dijk", "Molen", "Vaart", "Lage"];
const COMPANY_TAIL = ["staal", "vast", "tech", "bouw", "zorg", "werk", "stroom", "lijn", "fiets", "logistiek", "energie", "pack", "glas", "keuken", "vloer", "zuivel", "print", "metaal"];
const SCHOOLS = ["De Windroos", "De Regenboog", "De Klimop", "De Zonnewijzer", "De Vlinderboom", "De Meander", "Het Wilgenhof", "De Sterrenkijker", "De Kameleon", "De Duizendpoot", "Het Kompas", "De Springplank"];
const WIJKEN = ["De Hoven", "Vlietzicht", "Molenkamp", "De Brink", "Weidehof", "Akkerland", "Hofstede-Oost", "De Meent", "Bogaardwijk", "Zuiderpark", "Noorderhaven", "Westerveld", "De Wetering", "Oosterhout-Noord"];
const WATERS = ["Hoge Vaart", "Dieze", "Vecht", "Linge", "Berkel", "Schipbeek", "Zoom", "Kromme Rijn", "Ringvaart", "Dommel", "Reest", "Spaarne"];
const ROLES_NL = ["woordvoerder", "directeur", "voorzitter", "projectleider", "wethouder", "coördinator", "organisator", "eigenaar", "medewerker", "beheerder"];
const ROLES_WORLD = ["woordvoerder", "directeur", "voorzitter", "organisator", "burgemeester", "conservator", "beheerder", "onderzoeker"];
const SECTION_ROLES: Record<Section, readonly string[]> = {
  Binnenland: ROLES_NL,
  Buitenland: ROLES_WORLD,
  Economie: ["woordvoerder", "directeur", "topman", "financieel directeur", "analist", "bestuursvoorzitter"],
  Sport: ["trainer", "aanvoerder", "voorzitter", "woordvoerder", "technisch directeur", "wedstrijdleider"],
  Politiek: ["wethouder", "woordvoerder", "raadslid", "fractievoorzitter", "gedeputeerde", "burgemeester"],
  Cultuur: ["directeur", "conservator", "organisator", "woordvoerder", "voorzitter", "programmeur"],
  Opmerkelijk: ["woordvoerder", "eigenaar", "organisator", "voorzitter", "medewerker", "buurtbewoner"],
};

/** Who told the news: a clause before the closing period of a sentence. */
const ATTRIBUTIONS: Record<Section, readonly string[]> = {
  Binnenland: ["meldt de gemeente", "laat een woordvoerder van de gemeente weten", "meldt de veiligheidsregio", "meldt de regionale omroep", "schrijft de lokale krant", "staat in een persbericht", "zegt een woordvoerder"],
  Buitenland: ["meldt het persbureau", "melden lokale media", "schrijft een regionale krant", "meldt de openbare omroep van het land", "zo bevestigt het stadsbestuur", "aldus de lokale autoriteiten", "meldt een woordvoerder van de stad"],
  Economie: ["meldt het bedrijf", "staat in een persbericht", "meldt een woordvoerder", "blijkt uit cijfers die zijn gepubliceerd", "zo bevestigt de directie", "schrijft een vakblad"],
  Sport: ["meldt de club", "laat de organisatie weten", "meldt de bond", "staat op de website van de club", "zegt een woordvoerder", "meldt de regionale omroep"],
  Politiek: ["staat in een brief aan de gemeenteraad", "laat de griffie weten", "meldt de regionale omroep", "zo bevestigt een woordvoerder", "blijkt uit stukken voor de raadsvergadering"],
  Cultuur: ["meldt de organisatie", "laat het museum weten", "staat in een persbericht", "zegt een woordvoerder", "meldt een vakblad", "schrijft de lokale krant"],
  Opmerkelijk: ["meldt de regionale omroep", "schrijft de lokale krant", "laat de gemeente weten", "zegt een woordvoerder", "melden omstanders", "meldt een lokale nieuwssite"],
};

/** Pieces of compositional body sentences: subject, verb phrase, opening adverbial (thousands of sentences). */
const SUBJECTS: Record<Section, readonly string[]> = {
  Binnenland: ["de gemeente", "de organisatie", "de provincie", "het bestuur van de vereniging", "de dorpsraad", "de ondernemersvereniging", "de wijkraad", "een woordvoerder van de gemeente", "de burgemeester", "de wethouder", "de initiatiefnemer", "de stichting"],
  Buitenland: ["het stadsbestuur", "de lokale politie", "de organisatie", "de burgemeester", "een woordvoerder van de stad", "de regionale overheid", "het plaatselijke toeristenbureau", "de initiatiefnemer", "het ministerie"],
  Economie: ["het bedrijf", "de directie", "de ondernemingsraad", "de branchevereniging", "de bank", "het concern", "de topman", "een analist"],
  Sport: ["de club", "de trainer", "de bond", "het bestuur", "de organisatie", "de aanvoerder", "de technische staf", "de supportersvereniging"],
  Politiek: ["de gemeente", "het college", "de oppositie", "de grootste fractie", "de wethouder", "de burgemeester", "de provincie", "de gemeenteraad"],
  Cultuur: ["het museum", "de organisatie", "de stichting", "de directeur", "de programmeur", "het theater", "de vereniging", "de curator"],
  Opmerkelijk: ["de gemeente", "de eigenaar", "de organisatie", "een buurtbewoner", "de vereniging", "de initiatiefnemer", "de dierenambulance", "de brandweer"],
};
const VERB_PHRASES: readonly (readonly [string, string])[] = [
  ["wil", "de komende tijd extra aandacht besteden aan de omgeving"],
  ["verwacht", "dat de belangstelling de komende weken verder toeneemt"],
  ["houdt", "de ontwikkelingen nauwlettend in de gaten"],
  ["overweegt", "een informatieavond te organiseren voor iedereen die vragen heeft"],
  ["gaat", "de komende weken in gesprek met omwonenden en ondernemers"],
  ["heeft", "nog geen besluit genomen over de volgende stappen"],
  ["laat", "weten dat de kosten voorlopig binnen de begroting blijven"],
  ["hoopt", "dat het voorbeeld navolging krijgt in andere plaatsen"],
  ["roept", "iedereen op om ideeën en suggesties in te sturen"],
  ["bekijkt", "of de aanpak ook elders in de regio kan worden toegepast"],
  ["benadrukt", "dat de veiligheid van bezoekers altijd voorop staat"],
  ["stuurt", "binnenkort een brief aan alle betrokkenen"],
  ["noemt", "de eerste reacties bemoedigend"],
  ["denkt", "dat er op termijn nog meer mogelijk is"],
  ["wacht", "eerst de uitkomst van een onderzoek af"],
  ["maakt", "zich weinig zorgen over de gevolgen op de lange termijn"],
  ["belooft", "de betrokkenen goed op de hoogte te houden"],
  ["kijkt", "met tevredenheid terug op de afgelopen periode"],
  ["werkt", "aan een plan om herhaling in de toekomst te voorkomen"],
  ["spreekt", "van een leerzame ervaring voor alle betrokkenen"],
];
/** Clauses that lengthen a generic or topic sentence without changing what it says. */
const NEUTRAL_TAILS = ["al is nog niet alles duidelijk", "zo blijkt uit een rondgang langs betrokkenen", "en dat wordt in de omgeving breed gewaardeerd", "zo werd tijdens een toelichting duidelijk", "ook al kwam dat voor sommigen als een verrassing", "zo vertelden verschillende betrokkenen", "wat volgens kenners niet vaak voorkomt", "zo bleek tijdens een bijeenkomst met belangstellenden", "en daar is niet iedereen even blij mee", "wat al snel het gesprek van de dag werd"];
const TAILS = ["in de loop van de komende maanden", "voordat er een definitief besluit valt", "nu de eerste resultaten bekend zijn", "in overleg met alle betrokken partijen", "net als in eerdere jaren", "zeker nu de belangstelling zo groot is", "ook al is nog lang niet alles duidelijk", "zo is de verwachting"];
const OPENERS = ["Volgens ingewijden", "Inmiddels", "Daarnaast", "Ondertussen", "In een reactie", "Voorlopig", "Na afloop", "Op korte termijn", "Intussen", "Later deze week", "Naar eigen zeggen", "Desgevraagd"];
const SHIPS_A = ["Marit", "Anna", "Noordster", "Wadden", "Hendrika", "Zeemeeuw", "Stella", "Johanna", "Alida", "Zeester"];
const SHIPS_B = ["Helena", "Maria", "Express", "Trader", "Carrier", "Bianca", "Louise", "Pride", "Spirit"];

function numberWord(n: number): string {
  return NUMBER_WORDS[n] ?? String(n);
}
function ordinal(n: number): string {
  return ORDINAL_WORDS[n] ?? `${n}e`;
}
/** Dutch wire style: 9000, 20.000, 1.250.000. */
function fmt(n: number): string {
  if (n < 10000) return String(n);
  return String(n).replace(/\B(?=(\d{3})+(?!\d))/g, ".");
}
/** Round to two significant digits, as counts in reports are. */
function roundish(n: number): number {
  if (n < 100) return Math.round(n);
  const magnitude = 10 ** (Math.floor(Math.log10(n)) - 1);
  return Math.round(n / magnitude) * magnitude;
}
const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

// ---------------------------------------------------------------------------------------------
// Text templates

interface Ctx {
  r: Rng;
  /** Place name as written in text: `Dwingeloo`. */
  P: string;
  /** `in Dwingeloo` or `in het Drentse Dwingeloo`. */
  inP: string;
  /** Province (nl) or country (world). */
  region: string;
  /** `Drentse` or `Oostenrijkse`. */
  regionAdj: string;
  /** Another place of the same kind. */
  other: string;
  day: string;
  prev: string;
  /** `vrijdagochtend`, or `in de nacht van donderdag op vrijdag`. */
  dp: string;
  /** The last evening before publication: `vrijdagavond` (from 18:00) or `donderdagavond`. */
  evening: string;
  /** Local hour of publication. */
  hour: number;
  month: string;
  nextMonth: string;
  year: number;
  person: string;
  last: string;
  pron: string;
  his: string;
  person2: string;
  role: string;
  world: boolean;
  /** The report's main number (the one a story line changes). */
  n: number;
  /** Variables a topic chose in `setup`. */
  v: Record<string, string>;
  q: (s: string) => string;
}

type T = (c: Ctx) => string;

interface Topic {
  key: string;
  sections: readonly Section[];
  world?: boolean;
  /** Place names to choose from; default all places of the domain. */
  places?: readonly string[];
  /** Months (1-12) in which the topic can be reported; default all. */
  months?: readonly number[];
  setup?: (c: Ctx) => void;
  /** Story-line capable: first number and how it grows. */
  story?: { start: (r: Rng) => number; next: (n: number, r: Rng) => number };
  headline: readonly T[];
  lead: readonly T[];
  second: readonly T[];
  details: readonly T[];
  quotes?: readonly string[];
  crossheads?: readonly string[];
  /** Agencies for the dateline; default by domain. */
  agencies?: readonly string[];
}

const WINTER = [11, 12, 1, 2, 3];
const grow = (low: number, high: number) => (n: number, r: Rng) => roundish(n * (low + r.next() * (high - low)));

const TOPICS: Topic[] = [
  // ---- Binnenland
  {
    key: "aangespoeld",
    sections: ["Binnenland", "Opmerkelijk"],
    places: COAST,
    setup: (c) => {
      const [thing, short] = c.r.pick([["rubberen badeendjes", "eendjes"], ["tennisballen", "ballen"], ["sportschoenen", "schoenen"], ["kokosnoten", "noten"], ["speelgoedautootjes", "autootjes"], ["houten planken", "planken"], ["rollen behang", "rollen"], ["flessen zonnebrandcrème", "flessen"], ["knuffelbeesten", "knuffels"], ["regenlaarzen", "laarzen"], ["plastic emmertjes", "emmertjes"], ["gele badmutsen", "badmutsen"]] as const);
      c.v.thing = thing;
      c.v.short = short;
      c.v.ship = `${c.r.pick(SHIPS_A)} ${c.r.pick(SHIPS_B)}`;
      c.n = c.r.int(3, 12) * 100;
      c.v.total = fmt(c.r.int(8, 40) * 1000);
      c.v.km = numberWord(c.r.int(3, 15));
    },
    story: { start: (r) => r.int(4, 15) * 100, next: grow(1.5, 2.6) },
    headline: [(c) => `Al ${fmt(c.n)} ${c.v.short} aangespoeld op ${c.P}`, (c) => `Teller op ${c.P} staat op ${fmt(c.n)} ${c.v.short}`, (c) => `Strand van ${c.P} bezaaid met ${c.v.thing}`, (c) => `${cap(c.v.thing!)} spoelen aan op ${c.P}`],
    lead: [(c) => `Op het strand van ${c.P} zijn ${c.dp} ${c.r.pick(["al zeker", "zeker", "ruim", "inmiddels"])} ${fmt(c.n)} ${c.v.thing} aangespoeld.`, (c) => `Op ${c.P} zijn ${c.dp} ${c.r.pick(["al zeker", "ruim", "meer dan"])} ${fmt(c.n)} ${c.v.thing} op het strand gevonden.`],
    second: [
      (c) => `Ze komen waarschijnlijk uit een container die in zwaar weer van het vrachtschip ${c.v.ship} is geslagen, meldt de gemeente.`,
      (c) => `Vrijwilligers helpen bij het opruimen tussen de strandpalen ${c.r.int(2, 9)} en ${c.r.int(10, 19)}.`,
      (c) => `Strandgangers wordt gevraagd de ${c.v.short} niet mee naar huis te nemen.`,
      (c) => `De ${c.v.short} liggen verspreid over ruim ${c.v.km} kilometer strand.`,
      (c) => `Bij de strandopgangen staan inmiddels containers waarin de ${c.v.short} kunnen worden ingeleverd.`,
      (c) => `Volgens de gemeente loopt de telling bij elk tij verder op.`,
    ],
    details: [
      (c) => `Ze komen waarschijnlijk uit een container die in zwaar weer van het vrachtschip ${c.v.ship} is geslagen.`,
      (c) => `Volgens de rederij van de ${c.v.ship} zaten er in totaal ongeveer ${c.v.total} ${c.v.short} in de container.`,
      () => `Of ook andere stranden langs de kust lading kunnen verwachten, is nog niet duidelijk.`,
      (c) => `Ruim ${c.r.int(3, 30) * 10} vrijwilligers, onder wie veel schoolkinderen, helpen bij het opruimen.`,
      (c) => `De gemeente heeft een bedrijf ingehuurd om de ${c.v.short} af te voeren.`,
      () => `Rijkswaterstaat onderzoekt of er meer containers overboord zijn geslagen.`,
      (c) => `Een deel van de ${c.v.short} wordt na een schoonmaakbeurt geschonken aan kinderopvang in de regio.`,
    ],
    quotes: ["Bij elk tij komen er nieuwe bij", "We tellen ze per zak van honderd, anders raken we de tel kwijt", "Mijn kleinkinderen vinden het prachtig, maar het blijft gewoon afval", "Zoveel heb ik in al die jaren op het strand nog nooit gezien"],
    crossheads: ["Vrijwilligers op het strand", "Container overboord", "Telling loopt op"],
  },
  {
    key: "dieren-ontsnapt",
    sections: ["Binnenland", "Opmerkelijk"],
    setup: (c) => {
      c.v.animals = c.r.pick(["alpaca's", "geiten", "schapen", "koeien", "lama's", "pauwen", "ezels", "varkens", "struisvogels", "pony's", "kalkoenen", "ganzen"]);
      c.n = c.r.int(5, 19);
      c.v.clock = `${c.r.int(6, 10)}.${c.r.pick(["00", "15", "30", "45"])}`;
    },
    headline: [(c) => `Groep ${c.v.animals} ontsnapt in ${c.P}`, (c) => `${cap(c.v.animals!)} lopen door centrum van ${c.P}`, (c) => `Alle ${c.v.animals} in ${c.P} weer terug in de wei`, (c) => `Ontsnapte ${c.v.animals} zorgen voor opschudding in ${c.P}`],
    lead: [(c) => `Een groep van ${numberWord(c.n)} ${c.v.animals} is in de nacht van ${c.prev} op ${c.day} ontsnapt uit een wei bij ${c.P}.`, (c) => `In ${c.inP.slice(3)} zijn ${c.dp} ${numberWord(c.n)} ${c.v.animals} ontsnapt uit een weiland aan de rand van de bebouwde kom.`],
    second: [
      (c) => `De dieren liepen ${c.hour >= 6 ? `${c.day}ochtend` : "in de vroege uren"} door het centrum, waar ze zich tegoed deden aan de plantenbakken bij de kerk.`,
      (c) => `Buurtbewoners zagen de dieren rond ${c.v.clock} uur over de ${c.r.pick(["Dorpsstraat", "Kerkstraat", "Molenweg", "Markt", "Stationsweg", "Brink"])} lopen.`,
      () => `De politie vraagt automobilisten in de omgeving voorzichtig te rijden.`,
      () => `Volgens de eigenaar is een hek door de harde wind opengewaaid.`,
    ],
    details: [
      (c) => `Eigenaar ${c.person} vermoedt dat een hek door de harde wind is opengewaaid.`,
      () => `Buurtbewoners hielpen met het bijeendrijven van de dieren.`,
      (c) => `Rond ${c.v.clock} uur stonden nog ${numberWord(c.r.int(2, 5))} ${c.v.animals} op het schoolplein van de basisschool.`,
      () => `Volgens de politie leverde de groep geen gevaar op voor het verkeer, wel moesten enkele automobilisten even wachten.`,
      (c) => `${c.last} verwacht de laatste dieren in de loop van de dag terug te hebben.`,
      () => `Een boer uit de buurt bood een veewagen aan om de dieren terug te brengen.`,
    ],
    quotes: ["Ze zijn nieuwsgierig en blijven bij elkaar. Dat maakt het zoeken wel makkelijker", "Ik schrok me rot toen ik ze door de straat zag lopen", "Het hek wordt morgen meteen vervangen"],
    crossheads: ["Hek opengewaaid", "Hulp van buurtbewoners"],
  },
  {
    key: "stroomstoring",
    sections: ["Binnenland"],
    setup: (c) => {
      c.v.net = `${c.r.pick(["Energienet", "Stroomnet", "Netwerk", "Kabelnet"])} ${c.r.pick(["Noord", "Oost", "Zuid", "West", "Midden", "Delta"])}`;
      c.n = c.r.int(3, 15) * 100;
      c.v.hour = String(c.r.int(14, 22));
    },
    story: { start: (r) => r.int(2, 9) * 100, next: grow(1.4, 2.2) },
    headline: [(c) => `Honderden huishoudens in ${c.P} zonder stroom`, (c) => `Stroomstoring in ${c.P} treft ${fmt(c.n)} huishoudens`, (c) => `Graafmachine raakt kabel, ${c.P} zonder stroom`],
    lead: [(c) => `Ruim ${fmt(c.n)} huishoudens ${c.inP} zitten sinds ${c.dp} zonder stroom.`, (c) => `Door een stroomstoring ${c.inP} zitten ${c.dp} ${c.r.pick(["zeker", "ruim", "ongeveer"])} ${fmt(c.n)} huishoudens zonder elektriciteit.`],
    second: [
      (c) => `Een graafmachine raakte bij werkzaamheden een ondergrondse kabel, meldt netbeheerder ${c.v.net}.`,
      (c) => `De storing is naar verwachting rond ${c.v.hour}.00 uur verholpen.`,
      () => `Monteurs zijn bezig met het leggen van een tijdelijke kabel.`,
      () => `Ook enkele winkels en een school in de wijk hebben geen stroom.`,
      (c) => `Netbeheerder ${c.v.net} zet een aggregaat in om een deel van de wijk weer van stroom te voorzien.`,
    ],
    details: [
      (c) => `Volgens ${c.v.net} gaat het om een kabel van ruim ${c.r.int(25, 60)} jaar oud.`,
      () => `Bewoners kunnen voor een warme kop koffie terecht in het buurthuis.`,
      () => `De gemeente houdt contact met zorginstellingen in het getroffen gebied.`,
      (c) => `Het is de ${ordinal(c.r.int(2, 4))} storing in de wijk dit jaar.`,
      () => `Verkeerslichten in de buurt staan op knipperen.`,
      (c) => `Wanneer alle huishoudens weer stroom hebben, kan ${c.v.net} nog niet zeggen.`,
    ],
    quotes: ["We doen er alles aan om iedereen zo snel mogelijk weer aan te sluiten", "Gelukkig is het niet koud, anders was het een ander verhaal", "Ik zat net met mijn laptop te werken toen alles uitviel"],
    crossheads: ["Graafwerk", "Aggregaat", "Verkeerslichten uit"],
  },
  {
    key: "opening-infra",
    sections: ["Binnenland"],
    setup: (c) => {
      const [long, short, art] = c.r.pick([["fiets- en voetgangersbrug", "brug", "de"], ["fietstunnel", "tunnel", "de"], ["veerpont", "pont", "de"], ["sluis", "sluis", "de"], ["busbaan", "busbaan", "de"], ["fietsenstalling", "stalling", "de"], ["parkeergarage", "garage", "de"], ["kademuur", "kade", "de"], ["voetgangersbrug", "brug", "de"], ["natuurbrug", "brug", "de"]] as const);
      c.v.long = long;
      c.v.short = short;
      c.v.art = art;
      c.v.wijk = c.r.pick(WIJKEN);
      c.n = c.r.int(24, 180);
    },
    headline: [(c) => `Nieuwe ${c.v.short} in ${c.P} geopend`, (c) => `${c.P} krijgt eindelijk nieuwe ${c.v.short}`, (c) => `${cap(c.v.short!)} in ${c.P} na ${c.r.int(4, 18)} maanden weer open`, (c) => `Wethouder opent nieuwe ${c.v.long} in ${c.P}`],
    lead: [(c) => `In ${c.P} is ${c.day} een nieuwe ${c.v.long} geopend.`, (c) => `De nieuwe ${c.v.long} ${c.inP} is ${c.dp} officieel in gebruik genomen.`],
    second: [
      (c) => `De ${c.v.short} van ${c.n} meter verbindt de binnenstad met de wijk ${c.v.wijk} en vervangt een oude ${c.v.short} uit ${c.r.int(1955, 1989)}.`,
      (c) => `Aan de bouw werd ruim ${c.r.int(6, 30)} maanden gewerkt.`,
      (c) => `Wethouder ${c.person} verrichtte de openingshandeling samen met leerlingen van een basisschool uit de buurt.`,
    ],
    details: [
      (c) => `De bouw kostte ongeveer ${c.r.int(2, 19)} miljoen euro, waarvan de provincie ${c.region} een deel betaalde.`,
      (c) => `Volgens de gemeente maken dagelijks zo'n ${fmt(c.r.int(8, 90) * 100)} mensen gebruik van de route.`,
      (c) => `Tijdens de bouw moesten fietsers een omweg van ruim ${numberWord(c.r.int(2, 6))} kilometer maken.`,
      (c) => `De oude ${c.v.short} wordt de komende weken gesloopt.`,
      () => `Omwonenden mochten vooraf meebeslissen over de kleur van de leuningen.`,
      (c) => `In de wijk ${c.v.wijk} werd de opening gevierd met een kleine markt.`,
    ],
    quotes: ["Dit is een verbinding waar de wijk al jaren op wacht", "Je merkt meteen hoe druk het hier is", "We zijn binnen het budget gebleven, en dat is knap"],
    crossheads: ["Omweg voorbij", "Lange voorbereiding"],
  },
  {
    key: "openingstijden",
    sections: ["Binnenland"],
    setup: (c) => {
      const [fac, art] = c.r.pick([["centrale bibliotheek", "de"], ["bibliotheek", "de"], ["zwembad", "het"], ["stadsmuseum", "het"], ["stadskantoor", "het"], ["ijsbaan", "de"], ["sporthal", "de"], ["milieustraat", "de"], ["kinderboerderij", "de"], ["speeltuin", "de"]] as const);
      c.v.fac = fac;
      c.v.art = art;
      c.v.until = String(c.r.int(20, 23));
      c.v.was = String(c.r.int(17, 19));
    },
    headline: [(c) => `${cap(c.v.fac!)} ${c.P} gaat 's avonds langer open`, (c) => `${cap(c.v.fac!)} in ${c.P} verruimt openingstijden`, (c) => `${cap(c.v.fac!)} ${c.P} ook op zondag open`],
    lead: [(c) => `${cap(c.v.art!)} ${c.v.fac} in ${c.P} gaat vanaf 1 ${c.nextMonth} op doordeweekse dagen tot ${c.v.until}.00 uur open.`, (c) => `${cap(c.v.art!)} ${c.v.fac} ${c.inP} is vanaf ${c.nextMonth} ook op zondag en op doordeweekse avonden open.`],
    second: [(c) => `Tot nu toe sloot ${c.v.art} ${c.v.fac} om ${c.v.was}.00 uur.`, (c) => `De gemeenteraad stemde ${c.prev}avond in met extra geld voor het personeel.`],
    details: [
      (c) => `Volgens directeur ${c.person} is er veel vraag naar ruimere openingstijden.`,
      () => `De verruiming geldt voorlopig voor een proefperiode van een jaar.`,
      () => `Daarna besluit de gemeente of de extra uren blijven.`,
      () => `In de avonduren worden er ook activiteiten voor ouderen en scholieren georganiseerd.`,
      (c) => `Er worden ${numberWord(c.r.int(2, 8))} extra medewerkers aangenomen.`,
      (c) => `Ook de vestigingen in de wijken ${c.r.pick(WIJKEN)} en ${c.r.pick(WIJKEN)} krijgen mogelijk later langere openingstijden.`,
    ],
    quotes: ["We zien elke middag mensen die eigenlijk nog niet naar huis willen", "Dit is precies waar bezoekers al jaren om vragen", "Een rustige plek om te lezen of te werken is voor veel mensen geen vanzelfsprekendheid"],
    crossheads: ["Proefperiode", "Extra personeel"],
  },
  {
    key: "gladheid",
    sections: ["Binnenland"],
    months: WINTER,
    places: Object.values(PROVINCES).map((p) => p.capital),
    headline: [(c) => `Eerste strooiwagens van de winter op pad in ${c.region}`, (c) => `Gladheid in ${c.region}, strooiwagens rukken uit`, (c) => `Automobilisten in ${c.region} gewaarschuwd voor gladde wegen`],
    lead: [(c) => `In ${c.region} zijn in de nacht van ${c.prev} op ${c.day} voor het eerst deze winter strooiwagens uitgereden.`, (c) => `Strooiwagens van de provincie ${c.region} zijn ${c.dp} de weg op gegaan vanwege kans op gladheid.`],
    second: [() => `De provincie waarschuwt automobilisten en fietsers voor gladde wegen tijdens de ochtendspits.`, (c) => `Volgens de provincie is er ${c.r.int(40, 300)} ton zout gestrooid.`],
    details: [
      () => `Vooral op bruggen en viaducten kan het glad zijn.`,
      (c) => `Rond ${c.P} gebeurden ${c.dp} enkele kleine ongelukken, waarbij niemand gewond raakte.`,
      () => `Scholieren wordt aangeraden iets eerder van huis te gaan.`,
      (c) => `De provincie heeft ${c.r.int(12, 60)} strooiwagens en ruim ${fmt(c.r.int(2, 9) * 1000)} ton zout klaarstaan voor de rest van de winter.`,
    ],
    quotes: ["We rijden liever een keer te vaak dan een keer te weinig", "Het wegdek koelt 's nachts sneller af dan mensen denken"],
    crossheads: ["Bruggen en viaducten"],
  },
  {
    key: "mist-veerboot",
    sections: ["Binnenland"],
    months: [10, 11, 12, 1, 2, 3, 4],
    places: HARBOURS,
    setup: (c) => {
      c.v.ship = `${c.r.pick(SHIPS_A)}`;
      c.v.line = `${c.r.pick(["Zee", "Wad", "Noord", "Kust", "Golf"])}${c.r.pick(["wolf", "lijn", "vaart", "dienst"])}`;
      c.n = c.r.int(2, 9) * 100;
    },
    headline: [(c) => `Veerboot ${c.v.ship} door mist vast in ${c.P}`, (c) => `Dichte mist legt veerdienst ${c.P} stil`],
    lead: [(c) => `De veerboot ${c.v.ship} van rederij ${c.v.line} kan door dichte mist ${c.dp} voorlopig niet uit ${c.P} vertrekken.`, (c) => `Door dichte mist ligt de veerdienst vanuit ${c.P} ${c.dp} stil.`],
    second: [(c) => `De rederij verwacht minstens ${numberWord(c.r.int(2, 5))} uur vertraging.`, (c) => `Aan boord zijn ongeveer ${c.n} passagiers.`],
    details: [
      (c) => `Aan boord zijn ongeveer ${c.n} passagiers, die koffie en soep krijgen aangeboden.`,
      () => `Het zicht op het water is op sommige plekken minder dan vijftig meter.`,
      (c) => `Rederij ${c.v.line} houdt reizigers via de website op de hoogte.`,
      () => `Ook de vrachtvaart in de haven ligt grotendeels stil.`,
    ],
    quotes: ["Veiligheid gaat altijd voor", "We hopen dat de mist in de loop van de middag optrekt"],
  },
  {
    key: "harde-wind",
    sections: ["Binnenland", "Opmerkelijk"],
    setup: (c) => {
      c.v.object = c.r.pick(["een grote eik", "een reclamezuil", "een steiger", "de tent van de kermis", "een bushokje", "een oude lindeboom", "een muur van een schuur", "een hek rond een bouwplaats"]);
    },
    headline: [(c) => `Harde wind zorgt voor schade in ${c.P}`, (c) => `Boom omgewaaid in centrum van ${c.P}`, (c) => `Storm laat sporen na in ${c.P}`],
    lead: [(c) => `Door de harde wind is ${c.dp} ${c.inP} ${c.v.object} omgewaaid.`, (c) => `In ${c.P} is ${c.dp} door windstoten ${c.v.object} omgegaan.`],
    second: [() => `Niemand raakte gewond, meldt de veiligheidsregio.`, () => `De brandweer heeft de straat tijdelijk afgezet.`, (c) => `De windstoten haalden volgens het weerstation in de buurt snelheden van ${c.r.int(75, 110)} kilometer per uur.`],
    details: [
      () => `Een geparkeerde auto raakte licht beschadigd.`,
      () => `De gemeente verwacht dat de straat in de loop van de dag weer open kan.`,
      () => `Omwonenden hielpen de brandweer met het opruimen van takken.`,
      (c) => `Elders in ${c.region} bleef de schade beperkt tot losgewaaide dakpannen.`,
    ],
    quotes: ["Het was een enorme klap", "We hebben de straat voor de zekerheid helemaal afgezet"],
    crossheads: ["Windstoten"],
  },
  {
    key: "school-planten",
    sections: ["Binnenland"],
    setup: (c) => {
      const [obj, verb] = c.r.pick([["jonge bomen", "geplant"], ["bloembollen", "geplant"], ["nestkastjes", "opgehangen"], ["zakken zwerfvuil", "opgehaald"], ["insectenhotels", "gebouwd"], ["fruitbomen", "geplant"], ["vogelhuisjes", "getimmerd"]] as const);
      c.v.obj = obj;
      c.v.verb = verb;
      c.v.school = c.r.pick(SCHOOLS);
      c.v.water = c.r.pick(WATERS);
      c.n = c.r.int(4, 60) * 10;
    },
    headline: [(c) => `Leerlingen in ${c.P} zetten zich in voor de wijk`, (c) => `Schoolkinderen ${c.P} hebben ${c.n} ${c.v.obj} ${c.v.verb}`, (c) => `Basisschool ${c.v.school} in actie langs de ${c.v.water}`],
    lead: [(c) => `Leerlingen van basisschool ${c.v.school} in ${c.P} hebben ${c.day} ${c.n} ${c.v.obj} ${c.v.verb} langs de ${c.v.water}.`, (c) => `Ruim ${c.r.int(60, 300)} kinderen van basisschool ${c.v.school} ${c.inP} hebben ${c.dp} ${c.n} ${c.v.obj} ${c.v.verb}.`],
    second: [() => `Elke leerling kreeg een eigen plek, met een naambordje erbij.`, () => `De kinderen blijven de komende jaren zelf zorgen voor onderhoud.`, () => `De actie is onderdeel van een project over natuur in de eigen omgeving.`],
    details: [
      (c) => `Het idee kwam van leerlingen uit groep ${c.r.int(5, 8)}.`,
      () => `Een hoveniersbedrijf uit de buurt leverde gereedschap en hulp.`,
      () => `Ouders en grootouders kwamen kijken en hielpen mee.`,
      (c) => `Volgend jaar wil de school het project herhalen langs de ${c.r.pick(WATERS)}.`,
    ],
    quotes: ["De kinderen waren al weken aan het aftellen", "Over twintig jaar kunnen ze hier met hun eigen kinderen komen kijken"],
  },
  {
    key: "schuurbrand",
    sections: ["Binnenland"],
    setup: (c) => {
      c.v.stuff = c.r.pick(["hooibalen", "stro", "oude meubels", "kerstversiering", "fietsen", "brandhout", "landbouwmachines"]);
    },
    headline: [(c) => `Schuur met ${c.v.stuff} afgebrand in ${c.P}`, (c) => `Grote brand in schuur bij ${c.P}`, (c) => `Brandweer laat schuur bij ${c.P} uitbranden`],
    lead: [(c) => `Een schuur vol ${c.v.stuff} aan de rand van ${c.P} is ${c.dp} volledig afgebrand.`, (c) => `Bij ${c.P} is ${c.dp} een schuur met ${c.v.stuff} in vlammen opgegaan.`],
    second: [() => `De brandweer liet het vuur gecontroleerd uitbranden.`, () => `Niemand raakte gewond, meldt de veiligheidsregio.`, () => `Door de rookontwikkeling kregen omwonenden het advies ramen en deuren te sluiten.`],
    details: [
      () => `Hoe de brand is ontstaan, wordt onderzocht.`,
      (c) => `Het vuur was tot in ${c.other} te zien.`,
      () => `De eigenaar had de dieren die in een stal naast de schuur stonden, op tijd naar buiten gebracht.`,
      () => `Het nablussen duurde tot diep in de nacht.`,
    ],
    quotes: ["Gelukkig is er niemand gewond geraakt, dat is het belangrijkste", "Het ging ontzettend snel"],
  },
  {
    key: "file",
    sections: ["Binnenland"],
    setup: (c) => {
      c.v.road = String(c.r.pick([1, 2, 4, 7, 12, 15, 27, 28, 58, 67, 73]));
      c.v.road2 = String(c.r.pick([6, 9, 10, 16, 20, 32, 35, 50]));
      c.n = c.r.int(4, 12);
    },
    story: { start: (r) => r.int(3, 7), next: (n, r) => n + r.int(2, 5) },
    headline: [(c) => `File op A${c.v.road} bij ${c.P} groeit tot ${c.n} kilometer`, (c) => `Lange file op A${c.v.road} bij ${c.P}`],
    lead: [(c) => `De file op de A${c.v.road} bij ${c.P} is ${c.dp} opgelopen tot ${c.n} kilometer.`, (c) => `Op de A${c.v.road} richting ${c.other} staat ${c.dp} een file van ${c.n} kilometer.`],
    second: [
      () => `Oorzaak is een vrachtwagen met pech op de rechterrijstrook.`,
      () => `Weginspecteurs zijn ter plaatse om het verkeer te begeleiden.`,
      (c) => `Rijkswaterstaat adviseert weggebruikers om te rijden via de A${c.v.road2}.`,
      () => `Ook op de omliggende wegen staat het inmiddels vast.`,
      () => `De berger verwacht de vrachtwagen binnen een uur weg te hebben.`,
    ],
    details: [
      () => `De vertraging loopt op tot ruim een uur.`,
      (c) => `Op de A${c.v.road2} is het ook drukker dan normaal.`,
      () => `Volgens Rijkswaterstaat is het wegdek niet beschadigd.`,
      () => `Automobilisten wordt gevraagd de vluchtstrook vrij te houden voor hulpdiensten.`,
    ],
    quotes: ["We doen ons best om de weg zo snel mogelijk vrij te krijgen"],
  },
  // ---- Buitenland
  {
    key: "massa-evenement",
    sections: ["Buitenland"],
    world: true,
    setup: (c) => {
      const [who, what, hl] = c.r.pick([
        ["dansers", `een dansrij gevormd van bijna ${numberWord(c.r.int(2, 6))} kilometer lang`, "vormen lange dansrij"],
        ["fietsers", "een rondje om het oude centrum gereden", "fietsen samen rond het centrum"],
        ["zangers", "tegelijk hetzelfde lied gezongen op het centrale plein", "zingen samen op het plein"],
        ["hardlopers", "in pyjama een rondje door de stad gelopen", "rennen in pyjama door de stad"],
        ["bewoners", "aan een lange tafel door de hoofdstraat gegeten", "eten aan een tafel door de hoofdstraat"],
        ["kinderen", "tegelijk een vlieger opgelaten op het strand", "laten samen vliegers op"],
        ["muzikanten", "met elkaar een mars door de oude binnenstad gespeeld", "spelen samen door de binnenstad"],
      ] as const);
      c.v.who = who;
      c.v.what = what;
      c.v.hl = hl;
      c.n = c.r.int(12, 90) * 100;
    },
    story: { start: (r) => r.int(10, 40) * 100, next: grow(1.3, 2.0) },
    headline: [(c) => `Duizenden ${c.v.who} ${c.v.hl} in ${c.P}`, (c) => `${cap(c.v.who!)} in ${c.P} zetten record neer`, (c) => `Recordpoging met ${fmt(c.n)} ${c.v.who} in ${c.P}`],
    lead: [(c) => `In ${c.inP.slice(3)} hebben ${c.day} ruim ${fmt(c.n)} ${c.v.who} ${c.v.what}.`, (c) => `Ruim ${fmt(c.n)} ${c.v.who} hebben ${c.dp} ${c.inP} ${c.v.what}.`],
    second: [
      (c) => `Volgens de organisatoren is dat ${c.r.pick(["een record", "het grootste aantal ooit", "ruim twee keer zo veel als vorig jaar"])}.`,
      (c) => `Het evenement wordt dit jaar voor de ${ordinal(c.r.int(2, 20))} keer gehouden.`,
      () => `Langs de route stonden duizenden toeschouwers.`,
      () => `De organisatie had op de helft van het aantal deelnemers gerekend.`,
      () => `Een onafhankelijke jury hield het aantal deelnemers bij.`,
    ],
    details: [
      () => `Het initiatief kwam van een buurtvereniging die geld ophaalt voor een nieuw speelplein.`,
      (c) => `Deelnemers kwamen uit heel ${c.region} en uit de buurlanden.`,
      () => `Het stadsbestuur had een deel van het centrum voor verkeer afgesloten.`,
      () => `Na afloop werd er tot laat in de avond gefeest op het plein.`,
    ],
    quotes: ["We hadden nooit gedacht dat er zoveel mensen zouden komen", "Het is een feest voor de hele stad"],
    crossheads: ["Record", "Feest op het plein"],
  },
  {
    key: "oude-tram",
    sections: ["Buitenland", "Cultuur"],
    world: true,
    setup: (c) => {
      const [veh, verb] = c.r.pick([["tram", "rijdt"], ["stoomtrein", "rijdt"], ["kabelbaan", "rijdt"], ["raderboot", "vaart"], ["dubbeldekker", "rijdt"], ["trolleybus", "rijdt"]] as const);
      c.v.veh = veh;
      c.v.verb = verb;
      c.v.year = String(c.r.int(1905, 1960));
      c.v.wijk = c.r.pick(["de oude wijk", "het havenkwartier", "de benedenstad", "de oude binnenstad", "de vissersbuurt"]);
    },
    headline: [(c) => `Oude ${c.v.veh} ${c.v.verb} weer door ${c.P}`, (c) => `${cap(c.v.veh!)} uit ${c.v.year} terug in ${c.P}`],
    lead: [(c) => `In ${c.P} ${c.v.verb} sinds ${c.day} weer een ${c.v.veh} uit ${c.v.year} door ${c.v.wijk}.`],
    second: [(c) => `Het voertuig stond bijna ${c.r.pick(["twintig", "dertig", "veertig", "vijftig", "zestig"])} jaar in een loods en is door een groep vrijwilligers in ${numberWord(c.r.int(2, 6))} jaar tijd opgeknapt.`],
    details: [
      (c) => `De ${c.v.veh} maakt tot eind ${c.nextMonth} elk weekend drie ritten.`,
      () => `Kaartjes zijn niet te koop: passagiers worden geloot uit de inschrijvingen van bewoners van de wijk.`,
      (c) => `De vrijwilligers zochten onderdelen bij verzamelaars in ${c.region}, Spanje en Nederland.`,
      () => `De houten banken zijn nagemaakt op basis van oude afbeeldingen.`,
      (c) => `Volgens de vereniging staan er in de stad nog zeker ${numberWord(c.r.int(2, 4))} oude voertuigen die voor restauratie in aanmerking komen.`,
    ],
    quotes: ["Alleen de bel is nog helemaal origineel", "Mijn opa reed er vroeger elke dag mee naar zijn werk"],
    crossheads: ["Houten banken", "Loting"],
  },
  {
    key: "dier-in-gebouw",
    sections: ["Buitenland", "Opmerkelijk"],
    world: true,
    setup: (c) => {
      c.v.animal = c.r.pick(["vos", "ree", "zeehond", "wasbeer", "eekhoorn", "bever", "das", "reiger", "geit", "hert"]);
      c.v.building = c.r.pick(["supermarkt", "bibliotheek", "hotellobby", "bakkerij", "treinstation", "kapsalon", "boekwinkel", "schoolkantine"]);
    },
    headline: [(c) => `${cap(c.v.animal!)} wandelt ${c.v.building} binnen in ${c.P}`, (c) => `Onverwachte klant in ${c.v.building} ${c.P}`],
    lead: [(c) => `Een ${c.v.animal} is ${c.dp} een ${c.v.building} binnengewandeld ${c.inP}.`, (c) => `In ${c.P} heeft een ${c.v.animal} ${c.dp} een bezoek gebracht aan een ${c.v.building}.`],
    second: [(c) => `Het dier ${c.r.pick(["klom in een rek met kamerplanten", "verstopte zich onder een bank", "liep rustig langs de kassa's", "ging in de etalage liggen"])} en liet zich pas na een uur door dierenartsen weghalen.`, (c) => `De ${c.v.animal} is ongedeerd teruggezet in een nabijgelegen natuurgebied.`],
    details: [
      (c) => `De ${c.v.animal} is ongedeerd teruggezet in een nabijgelegen natuurgebied.`,
      () => `Klanten en personeel maakten filmpjes die op sociale media snel rondgingen.`,
      () => `Volgens dierenartsen zocht het dier waarschijnlijk beschutting tegen de kou.`,
      () => `Het is niet de eerste keer dat een wild dier de stad in loopt.`,
    ],
    quotes: ["Hij keek ons aan alsof hij hier elke dag boodschappen doet", "We hebben de deuren opengezet en rustig gewacht"],
  },
  {
    key: "natuur-waarneming",
    sections: ["Buitenland"],
    world: true,
    setup: (c) => {
      c.v.rare = c.r.pick(["witte wisent", "zwarte vos", "witte eekhoorn", "wolf met drie welpen", "lynx", "witte eland", "zeldzame zeearend", "bruine beer met jongen"]);
    },
    headline: [(c) => `${cap(c.v.rare!)} gefilmd bij ${c.P}`, (c) => `Boswachters bij ${c.P} filmen ${c.v.rare}`],
    lead: [(c) => `Boswachters bij ${c.P} hebben een ${c.v.rare} gefilmd in de bossen ten noorden van de stad.`, (c) => `In de bossen bij ${c.P} is ${c.dp} een ${c.v.rare} vastgelegd.`],
    second: [() => `Volgens de boswachters is het de eerste keer dat zo'n dier in het gebied is vastgelegd.`, () => `De beelden werden gemaakt met een wildcamera.`],
    details: [
      () => `Het gaat om een jong dier, dat volgens de boswachters gezond oogt.`,
      () => `De precieze plek wordt geheimgehouden om het dier rust te gunnen.`,
      (c) => `Natuurorganisaties in ${c.region} reageren enthousiast op de beelden.`,
      () => `Wandelaars wordt gevraagd op de paden te blijven.`,
    ],
    quotes: ["We konden onze ogen niet geloven", "Dit laat zien hoe belangrijk rust in het bos is"],
  },
  {
    key: "noorderlicht",
    sections: ["Buitenland"],
    world: true,
    places: NORTH,
    months: [9, 10, 11, 12, 1, 2, 3],
    headline: [(c) => `Fel noorderlicht verrast bezoekers in ${c.P}`, (c) => `Noorderlicht kleurt lucht boven ${c.P}`],
    lead: [(c) => `${cap(c.r.pick(["bezoekers van een lichtfestival", "inwoners en toeristen", "schaatsers op een ijsbaan", "passagiers van een veerboot", "deelnemers aan een avondwandeling"]))} in ${c.P} hebben ${c.evening} een ${c.r.pick(["uitzonderlijk fel", "opvallend helder", "zeldzaam kleurrijk", "urenlang zichtbaar"])} noorderlicht gezien.`],
    second: [() => `Terwijl een groot deel van de straatverlichting uit stond, kleurde de lucht boven de haven urenlang groen en paars.`, (c) => `De organisatie schat dat ruim ${fmt(c.r.int(5, 40) * 1000)} mensen op straat waren.`],
    details: [() => `Weerkundigen hadden al gewaarschuwd voor verhoogde activiteit van de zon.`, () => `Ook in kleinere plaatsen langs de kust was het licht goed te zien.`, () => `Het festival duurt nog tot het einde van de week.`],
    quotes: ["Zo fel heb ik het in jaren niet gezien"],
  },
  {
    key: "sneeuw",
    sections: ["Buitenland"],
    world: true,
    places: SNOWY,
    months: WINTER,
    setup: (c) => {
      c.n = c.r.int(10, 30);
    },
    story: { start: (r) => r.int(8, 20), next: (n, r) => n + r.int(4, 12) },
    headline: [(c) => `Al ${c.n} centimeter sneeuw in ${c.P}`, (c) => `Flink pak sneeuw in ${c.P}`],
    lead: [(c) => `In ${c.P} is ${c.dp} al ${c.n} centimeter sneeuw gevallen.`, (c) => `Sinds ${c.dp} ligt er ${c.inP} ${c.n} centimeter sneeuw.`],
    second: [
      () => `Het openbaar vervoer rijdt met een aangepaste dienstregeling.`,
      () => `Sneeuwschuivers zijn de hele nacht in touw geweest.`,
      () => `Het vliegveld heeft een deel van de vluchten geschrapt.`,
      () => `Volgens de weerdienst houdt de sneeuwval tot in de avond aan.`,
      () => `Kinderen bouwden in de parken al de eerste sneeuwpoppen.`,
    ],
    details: [() => `Scholen in de regio gaan gewoon open.`, () => `Automobilisten wordt geadviseerd winterbanden te gebruiken.`, (c) => `Ook elders in ${c.region} valt veel sneeuw.`],
    quotes: ["Dit is echt een ouderwetse winter"],
  },
  {
    key: "hitte",
    sections: ["Buitenland"],
    world: true,
    places: HOT,
    months: [6, 7, 8],
    setup: (c) => {
      c.n = c.r.int(33, 38);
    },
    story: { start: (r) => r.int(31, 35), next: (n, r) => n + r.int(1, 2) },
    headline: [(c) => `${c.n} graden gemeten in ${c.P}`, (c) => `Hitte houdt ${c.P} in greep`],
    lead: [(c) => `In ${c.P} is ${c.dp} een temperatuur van ${c.n} graden gemeten.`],
    second: [() => `Het stadsbestuur heeft extra drinkwaterpunten geplaatst.`, () => `Musea en bibliotheken zijn langer open als koele plek.`, () => `Ouderen wordt aangeraden binnen te blijven tijdens het heetste deel van de dag.`, () => `Volgens de weerdienst wordt het morgen nog iets warmer.`, () => `Zwembaden in de stad zijn tot middernacht open.`],
    details: [() => `De hitte houdt naar verwachting tot het einde van de week aan.`, (c) => `Ook elders in ${c.region} is het uitzonderlijk warm.`, () => `Parken blijven 's avonds langer open.`],
    quotes: ["Je kunt hier 's middags niet op straat lopen"],
  },
  {
    key: "archeologie",
    sections: ["Buitenland", "Cultuur"],
    world: true,
    setup: (c) => {
      const [what, is] = c.r.pick([["een munt uit de Romeinse tijd", "is"], ["de resten van een middeleeuwse molen", "zijn"], [`een schat van ${c.r.int(30, 400)} zilveren munten`, "is"], ["een houten kano van duizenden jaren oud", "is"], ["een goed bewaard gebleven mozaïekvloer", "is"], ["een stenen waterput uit de middeleeuwen", "is"], ["de fundamenten van een stadspoort", "zijn"], [`${c.r.int(12, 90)} aardewerken kruiken`, "zijn"]] as const);
      c.v.what = what;
      c.v.is = is;
      c.v.infra = c.r.pick(["parkeergarage", "metrolijn", "school", "woonwijk", "fietsbrug"]);
    },
    headline: [(c) => `Bijzondere vondst bij graafwerk in ${c.P}`, (c) => `Archeologen ${c.P} verrast door vondst`],
    lead: [(c) => `Archeologen hebben bij ${c.P} ${c.v.what} gevonden.`, (c) => `Bij graafwerk ${c.inP} ${c.v.is} ${c.v.what} gevonden.`],
    second: [(c) => `De vondst werd gedaan tijdens graafwerk voor een nieuwe ${c.v.infra}.`, () => `De stukken worden de komende maanden onderzocht in een museum in de stad.`],
    details: [() => `Het werk aan de bouwplaats ligt voorlopig stil.`, () => `Volgens de onderzoekers is de vondst in uitzonderlijk goede staat.`, () => `Later dit jaar is de vondst te zien voor publiek.`, (c) => `Het is volgens deskundigen een van de belangrijkste vondsten in ${c.region} van de afgelopen jaren.`],
    quotes: ["Zoiets vind je maar een keer in je loopbaan", "De grond heeft alles heel goed bewaard"],
    crossheads: ["Goed bewaard"],
  },
  {
    key: "ludieke-race",
    sections: ["Buitenland", "Opmerkelijk"],
    world: true,
    setup: (c) => {
      const [who, event, rule] = c.r.pick([
        ["obers", "een hardloopwedstrijd met een vol dienblad", "Op het blad staan een kop koffie, een glas water en een stuk taart, die alle drie heel over de finish moeten komen."],
        ["bouwvakkers", "een race met kruiwagens", "Elke kruiwagen moet met een volle zak zand over de finish komen."],
        ["studenten", "een race in zelfgebouwde zeepkisten", "De karren mogen niet meer dan vijftig euro aan onderdelen kosten."],
        ["bakkers", "een estafette met verse broden", "Een brood dat de grond raakt, kost de ploeg tien seconden straftijd."],
        ["roeiers", "een race in badkuipen op de rivier", "De badkuipen moeten zonder hulp van buitenaf blijven drijven."],
      ] as const);
      c.v.who = who;
      c.v.event = event;
      c.v.rule = rule;
      c.n = c.r.int(4, 30) * 10;
    },
    headline: [(c) => `${cap(c.v.who!)} racen door ${c.P}`, (c) => `Bijzondere wedstrijd voor ${c.v.who} in ${c.P}`],
    lead: [(c) => `In ${c.P} doen ${c.day} ruim ${c.n} ${c.v.who} mee aan ${c.v.event}.`],
    second: [(c) => c.v.rule!, (c) => `De race wordt dit jaar voor de ${ordinal(c.r.int(2, 20))} keer gehouden.`],
    details: [(c) => `De race wordt dit jaar voor de ${ordinal(c.r.int(2, 20))} keer gehouden.`, () => `De winnaar krijgt een beker en een jaar lang gratis koffie.`, () => `Honderden toeschouwers moedigden de deelnemers aan.`],
    quotes: ["Het gaat om de eer, niet om de prijs"],
  },
  {
    key: "bouwproject",
    sections: ["Buitenland", "Economie"],
    world: true,
    setup: (c) => {
      c.v.what = c.r.pick([`een houten woontoren van ${c.r.int(12, 30)} verdiepingen`, "een nieuwe kabelbaan over de rivier", "een drijvend zwembad in de haven", "de langste fietsbrug van het land", "een overdekte markthal", "een nieuw station voor nachttreinen"]);
      c.n = c.r.int(20, 400);
    },
    headline: [(c) => `${c.P} begint aan opvallend bouwproject`, (c) => `Eerste paal voor nieuw project in ${c.P}`],
    lead: [(c) => `In ${c.P} is ${c.day} begonnen met de bouw van ${c.v.what}.`],
    second: [(c) => `Het project moet over ${numberWord(c.r.int(2, 5))} jaar klaar zijn.`, (c) => `De kosten worden geschat op ${c.n} miljoen euro.`],
    details: [(c) => `De kosten worden geschat op ${c.n} miljoen euro.`, () => `Een deel van het geld komt uit Europese subsidies.`, () => `Omwonenden maken zich zorgen over de overlast tijdens de bouw.`, () => `Het ontwerp werd gekozen uit ruim honderd inzendingen.`],
    quotes: ["Dit wordt het nieuwe visitekaartje van de stad"],
  },
  // ---- Economie
  {
    key: "kwartaalcijfers",
    sections: ["Economie"],
    places: BIG_CITIES,
    agencies: ["ANP", "AFN", "AFN", "ANP"],
    setup: (c) => {
      c.v.company = `${c.r.pick(COMPANY_HEAD)}${c.r.pick(COMPANY_TAIL)}`;
      c.v.q = c.r.pick(["eerste", "tweede", "derde", "vierde"]);
      c.v.dir = c.r.pick(["meer", "minder"]);
      c.n = c.r.int(40, 900);
      c.v.pct = String(c.r.int(2, 19));
      c.v.driver = c.r.pick(["een sterke vraag uit Duitsland", "lagere energiekosten", "de verkoop van nieuwe producten", "een goed seizoen in de bouw", "hogere prijzen", "de overname van een concurrent"]);
    },
    headline: [(c) => `${c.v.company} boekt ${c.v.dir} omzet`, (c) => `Omzet ${c.v.company} ${c.v.dir === "meer" ? "stijgt" : "daalt"} met ${c.v.pct} procent`, (c) => `${c.v.company} ${c.v.dir === "meer" ? "groeit" : "krimpt"} in ${c.v.q} kwartaal`],
    lead: [(c) => `${c.v.company} heeft in het ${c.v.q} kwartaal een omzet geboekt van ${c.n} miljoen euro.`, (c) => `De omzet van ${c.v.company} uit ${c.P} kwam in het ${c.v.q} kwartaal uit op ${c.n} miljoen euro.`],
    second: [(c) => `Dat is ${c.v.pct} procent ${c.v.dir} dan een jaar eerder.`, (c) => `Het bedrijf uit ${c.P} profiteerde vooral van ${c.v.driver}.`],
    details: [
      (c) => `Topman ${c.person} spreekt van een ${c.r.pick(["goed", "lastig", "wisselend", "sterk"])} kwartaal.`,
      (c) => `Voor het hele jaar houdt ${c.v.company} vast aan de eerder afgegeven verwachting.`,
      (c) => `Het aantal medewerkers bleef stabiel op ongeveer ${fmt(c.r.int(4, 60) * 100)}.`,
      (c) => `Het bedrijf uit ${c.P} profiteerde vooral van ${c.v.driver}.`,
      () => `De winst wordt pas bij de jaarcijfers bekendgemaakt.`,
      () => `Analisten hadden op een iets beter resultaat gerekend.`,
    ],
    quotes: ["We liggen goed op koers", "De markt blijft onvoorspelbaar, maar we staan er goed voor"],
    crossheads: ["Verwachting", "Personeel"],
  },
  {
    key: "fabriek",
    sections: ["Economie"],
    agencies: ["ANP", "ANP", "AFN"],
    setup: (c) => {
      c.v.company = `${c.r.pick(COMPANY_HEAD)}${c.r.pick(COMPANY_TAIL)}`;
      c.v.product = c.r.pick(["fietsframes", "zonnepanelen", "isolatiemateriaal", "verpakkingen van karton", "onderdelen voor warmtepompen", "plantaardige zuivel", "houten speelgoed", "laadpalen", "keukens"]);
      c.n = c.r.int(4, 40) * 10;
    },
    headline: [(c) => `${c.v.company} opent fabriek in ${c.P}`, (c) => `${c.n} nieuwe banen in ${c.P}`, (c) => `Nieuwe fabriek brengt werk naar ${c.P}`],
    lead: [(c) => `${c.v.company} opent ${c.dp} een nieuwe fabriek ${c.inP}, waar ${c.n} mensen aan de slag gaan.`, (c) => `In ${c.P} komen ${c.n} nieuwe banen bij door de komst van een fabriek van ${c.v.company}.`],
    second: [(c) => `Het bedrijf maakt er ${c.v.product}.`, (c) => `De investering bedraagt ruim ${c.r.int(10, 90)} miljoen euro.`],
    details: [
      (c) => `${c.v.company} kiest voor ${c.P} vanwege de ligging aan het water en de goede verbindingen.`,
      () => `Het bedrijf zoekt vooral technici en logistiek medewerkers.`,
      () => `De productie start naar verwachting in het voorjaar.`,
      (c) => `De gemeente ${c.P} is blij met de komst van het bedrijf.`,
    ],
    quotes: ["We vinden hier de mensen die we nodig hebben", "Dit is goed nieuws voor de hele regio"],
  },
  {
    key: "winkelketen",
    sections: ["Economie"],
    agencies: ["ANP", "AFN"],
    places: BIG_CITIES,
    setup: (c) => {
      c.v.company = `${c.r.pick(COMPANY_HEAD)}${c.r.pick(["winkels", "markt", "bazaar", "wonen", "mode", "boek"])}`;
      c.n = c.r.int(20, 140);
      c.v.k = String(c.r.int(3, 18));
    },
    headline: [(c) => `${c.v.company} sluit ${c.v.k} winkels`, (c) => `${c.v.company} opent ${c.v.k} nieuwe winkels`],
    lead: [(c) => `Winkelketen ${c.v.company} ${c.r.pick(["sluit", "opent"])} dit jaar ${c.v.k} vestigingen, meldt het bedrijf uit ${c.P}.`],
    second: [(c) => `De keten heeft nu ${c.n} winkels in Nederland en België.`, () => `Het personeel krijgt een plek in andere vestigingen aangeboden.`],
    details: [() => `Vooral winkels in kleinere plaatsen zijn getroffen.`, () => `De webwinkel groeit wel flink.`, () => `Vakbonden willen snel in gesprek met de directie.`],
    quotes: ["Het winkellandschap verandert, en wij veranderen mee"],
  },
  {
    key: "haven",
    sections: ["Economie"],
    places: ["Rotterdam", "Amsterdam", "Vlissingen", "Terneuzen", "Delfzijl", "Harlingen", "IJmuiden", "Den Helder"],
    agencies: ["ANP", "AFN"],
    setup: (c) => {
      c.n = c.r.int(3, 90);
      c.v.pct = String(c.r.int(1, 12));
      c.v.cargo = c.r.pick(["containers", "graan", "hout", "staal", "bouwmaterialen", "fruit"]);
    },
    headline: [(c) => `Haven ${c.P} verwerkt meer goederen`, (c) => `Groei in haven van ${c.P}`],
    lead: [(c) => `Door de haven van ${c.P} is vorig jaar ${c.n} miljoen ton goederen gegaan.`],
    second: [(c) => `Dat is ${c.v.pct} procent meer dan een jaar eerder, meldt het havenbedrijf.`, (c) => `Vooral de overslag van ${c.v.cargo} nam toe.`],
    details: [(c) => `Vooral de overslag van ${c.v.cargo} nam toe.`, () => `Het havenbedrijf investeert de komende jaren in nieuwe kades.`, () => `Het aantal zeeschepen dat de haven aandeed, bleef ongeveer gelijk.`],
    quotes: ["We zijn tevreden, maar de concurrentie zit niet stil"],
  },
  {
    key: "statistiek",
    sections: ["Economie"],
    places: ["Den Haag"],
    agencies: ["ANP"],
    setup: (c) => {
      const [things, dir] = c.r.pick([["verkochte elektrische fietsen", "gestegen"], ["nieuwe bedrijven", "gestegen"], ["overnachtingen in hotels", "gestegen"], ["verkochte woningen", "gedaald"], ["bezoekers van musea", "gestegen"], ["verkochte kerstbomen", "gedaald"], ["gebouwde woningen", "gestegen"]] as const);
      c.v.things = things;
      c.v.dir = dir;
      c.v.pct = `${c.r.int(1, 14)},${c.r.int(1, 9)}`;
      c.v.reg = c.r.pick(Object.keys(PROVINCES));
    },
    headline: [(c) => `Aantal ${c.v.things} ${c.v.dir}`, (c) => `Statistiekbureau: ${c.v.pct} procent ${c.v.dir === "gestegen" ? "meer" : "minder"} ${c.v.things}`],
    lead: [(c) => `Het aantal ${c.v.things} in Nederland is in ${c.month} met ${c.v.pct} procent ${c.v.dir}, meldt het statistiekbureau.`],
    second: [(c) => `Vooral in ${c.v.reg} was de verandering groot.`, () => `Het is de derde maand op rij met een vergelijkbaar beeld.`],
    details: [(c) => `Vooral in ${c.v.reg} was de verandering groot.`, () => `Economen wijzen op het gunstige weer en de lagere rente.`, () => `In de grote steden was het verschil kleiner dan op het platteland.`],
  },
  {
    key: "beurs",
    sections: ["Economie"],
    places: ["Amsterdam"],
    agencies: ["AFN", "AFN", "ANP"],
    setup: (c) => {
      c.n = c.r.int(2, 9);
      c.v.dir = c.r.pick(["hoger", "lager"]);
      c.v.sector = c.r.pick(["chipbedrijven", "banken", "verzekeraars", "vastgoedfondsen", "techbedrijven", "supermarktconcerns"]);
      c.v.when = c.r.pick(["kort na de opening", "halverwege de ochtend", "aan het begin van de middag", "halverwege de middag", "een uur voor het slot"]);
      c.v.level = `${c.r.int(720, 990)},${pad2(c.r.int(0, 99))}`;
    },
    story: { start: (r) => r.int(2, 6), next: (n, r) => n + r.int(1, 4) },
    headline: [(c) => `Beurs Amsterdam ${c.v.dir} door ${c.v.sector}`, (c) => `Damrak ${c.v.dir === "hoger" ? "stijgt" : "daalt"} ${c.n} tiende procent`],
    lead: [(c) => `De AEX stond ${c.v.when} op ${c.v.level} punten, ${c.n} tiende procent ${c.v.dir} dan bij het slot van de vorige handelsdag.`, (c) => `De beurs in Amsterdam stond ${c.v.when} ${c.n} tiende procent ${c.v.dir}, met de hoofdindex AEX op ${c.v.level} punten.`],
    second: [
      (c) => `Vooral ${c.v.sector} deden van zich spreken.`,
      () => `Beleggers wachten op nieuwe cijfers uit de Verenigde Staten.`,
      () => `Ook de andere Europese beurzen lieten een vergelijkbaar beeld zien.`,
      () => `De handel was rustig.`,
      () => `De euro was iets meer waard tegenover de dollar.`,
    ],
    details: [(c) => `Vooral ${c.v.sector} deden van zich spreken.`, () => `Op het Damrak was het verder een rustige handelsdag.`, () => `De olieprijs bleef ongeveer gelijk.`],
  },
  // ---- Sport
  {
    key: "voetbal",
    sections: ["Sport"],
    setup: (c) => {
      c.v.clubA = `${c.r.pick(["SC", "VV", "SV", "FC", "RKVV"])} ${c.P}`;
      c.v.clubB = `${c.r.pick(["SC", "VV", "SV", "FC", "RKVV"])} ${c.other}`;
      const a = c.r.int(1, 5);
      c.v.score = `${a}-${c.r.int(0, a - 1)}`;
      c.n = c.r.int(2, 12);
    },
    headline: [(c) => `${c.v.clubA} wint van ${c.v.clubB}`, (c) => `${c.v.clubA} te sterk voor ${c.v.clubB}`, (c) => `Spits ${c.last} beslist duel voor ${c.v.clubA}`],
    lead: [(c) => `${c.v.clubA} heeft ${c.day} met ${c.v.score} gewonnen van ${c.v.clubB}.`, (c) => `De voetballers van ${c.v.clubA} hebben ${c.dp} met ${c.v.score} gewonnen van ${c.v.clubB}.`],
    second: [(c) => `De winnende treffer viel ${c.r.pick(["vlak voor rust", "in de slotminuut", "kort na de pauze", "uit een strafschop"])}.`, (c) => `Door de zege stijgt de ploeg naar de ${ordinal(c.n)} plaats.`, (c) => `Spits ${c.person} was twee keer trefzeker.`],
    details: [
      (c) => `Spits ${c.person} was twee keer trefzeker.`,
      (c) => `Door de zege stijgt de ploeg naar de ${ordinal(c.n)} plaats.`,
      (c) => `Er waren ruim ${fmt(c.r.int(3, 40) * 100)} toeschouwers.`,
      (c) => `${c.v.clubB} speelde het laatste kwartier met tien man na een tweede gele kaart.`,
      () => `Volgende week wacht een uitwedstrijd tegen de koploper.`,
    ],
    quotes: ["We hebben hard gewerkt voor deze overwinning", "De jongens hebben laten zien wat ze kunnen"],
    crossheads: ["Tien man", "Koploper"],
  },
  {
    key: "record-sport",
    sections: ["Sport"],
    setup: (c) => {
      const [she, he, what] = c.r.pick([["Zwemster", "Zwemmer", `het clubrecord op de ${c.r.pick([100, 200, 400])} meter vrije slag`], ["Zwemster", "Zwemmer", "het clubrecord op de 100 meter rugslag"], ["Schaatsster", "Schaatser", `het baanrecord op de ${c.r.pick([500, 1000, 1500, 3000, 5000])} meter`], ["Atlete", "Atleet", `het regiorecord op de ${c.r.pick([400, 800, 1500])} meter`], ["Atlete", "Atleet", "het regiorecord hoogspringen"]] as const);
      c.v.who = c.pron === "hij" ? he : she;
      c.v.what = what;
      c.n = c.r.int(2, 40);
    },
    headline: [(c) => `${c.v.who} ${c.last} verbetert record`, (c) => `Record voor ${c.person} in ${c.P}`],
    lead: [(c) => `${c.v.who} ${c.person} heeft ${c.day} in ${c.P} ${c.v.what} verbeterd.`],
    second: [(c) => `${cap(c.pron)} bleef ${c.n} honderdste van een seconde onder de oude tijd.`, () => `Het oude record stond al sinds de jaren negentig.`],
    details: [(c) => `${c.last} traint sinds ${c.his} ${c.r.pick(["achtste", "tiende", "elfde", "twaalfde"])} bij de vereniging in ${c.P}.`, () => `Het volgende doel is een plek in de nationale selectie.`, () => `Zowel trainer als ploeggenoten stonden langs de kant te juichen.`],
    quotes: ["Ik voelde vanaf de start dat het een goede dag was", "Hier heb ik een jaar lang naartoe gewerkt"],
  },
  {
    key: "hardloop",
    sections: ["Sport"],
    setup: (c) => {
      c.v.event = `${c.r.pick(["Maasoever", "Dijken", "Singel", "Duinen", "Polder", "Vestingstad", "Kustlijn", "Heide", "Bruggen"])}${c.r.pick(["marathon", "loop", "run", "halve marathon"])}`.replace("halve marathon", " halve marathon");
      c.n = c.r.int(15, 120) * 100;
      c.v.time = `${c.r.int(1, 2)} uur, ${c.r.int(2, 59)} minuten en ${c.r.int(1, 59)} seconden`;
    },
    story: { start: (r) => r.int(20, 60) * 100, next: grow(1.15, 1.5) },
    headline: [(c) => `${fmt(c.n)} lopers bij ${c.v.event} in ${c.P}`, (c) => `Drukte bij ${c.v.event} in ${c.P}`],
    lead: [(c) => `Voor de ${c.v.event} in ${c.P} hebben zich ${c.dp} al ${fmt(c.n)} lopers ingeschreven.`, (c) => `Aan de ${c.v.event} in ${c.P} deden ${c.day} ruim ${fmt(c.n)} lopers mee.`],
    second: [(c) => `De winnaar legde het parcours af in ${c.v.time}.`, () => `De organisatie overweegt een maximum aantal deelnemers in te voeren.`, () => `Het parcours loopt dit jaar voor het eerst door het centrum.`, () => `Langs de route staan tientallen muziekpodia.`, () => `Vorig jaar waren er minder deelnemers.`],
    details: [(c) => `De winnaar legde het parcours af in ${c.v.time}.`, () => `Langs de route stonden duizenden toeschouwers.`, () => `Een deel van de opbrengst gaat naar een goed doel.`, () => `Het was droog en koel, ideaal loopweer volgens de organisatie.`],
    quotes: ["Het publiek droeg me naar de finish"],
  },
  {
    key: "wielrennen",
    sections: ["Sport"],
    setup: (c) => {
      c.v.race = `Ronde van ${c.P}`;
      c.n = c.r.int(80, 210);
    },
    headline: [(c) => `${c.person} wint ${c.v.race}`, (c) => `Sprintzege voor ${c.last} in ${c.v.race}`],
    lead: [(c) => `${c.pron === "hij" ? "Wielrenner" : "Wielrenster"} ${c.person} heeft ${c.day} de ${c.v.race} gewonnen.`, (c) => `${c.person} heeft ${c.dp} de ${c.v.race} op haar naam geschreven.`.replace("haar", c.his)],
    second: [(c) => `${cap(c.pron)} was in de sprint sneller dan ${c.person2}.`, (c) => `De koers ging over ${c.n} kilometer.`],
    details: [(c) => `De koers ging over ${c.n} kilometer.`, () => `Een kopgroep van vijf renners werd pas op de laatste kilometer ingelopen.`, () => `Het was de eerste overwinning van het seizoen.`],
    quotes: ["Ik heb de sprint precies goed getimed"],
  },
  {
    key: "zaalsport",
    sections: ["Sport"],
    setup: (c) => {
      c.v.sport = c.r.pick(["korfballers", "volleybalsters", "handballers", "hockeysters", "basketballers", "zaalvoetballers"]);
      c.v.club = `${c.r.pick(["Zaanse", "Drentse", "Friese", "Brabantse", "Zeeuwse"])} ${c.r.pick(["Wind", "Golf", "Vogels", "Meeuwen", "Kracht"])}`;
      const a = c.r.int(18, 30);
      c.v.score = `${a}-${a - c.r.int(1, 6)}`;
    },
    headline: [(c) => `${cap(c.v.sport!)} ${c.v.club} winnen topper`, (c) => `${c.v.club} blijft ongeslagen`],
    lead: [(c) => `De ${c.v.sport} van ${c.v.club} hebben ${c.day} in ${c.P} met ${c.v.score} gewonnen.`],
    second: [() => `Daardoor blijft de ploeg ongeslagen dit seizoen.`, () => `Het verschil werd pas in de laatste minuten gemaakt.`],
    details: [() => `De sporthal was uitverkocht.`, (c) => `Trainer ${c.person} was tevreden met het spel.`, () => `Over twee weken volgt de return.`],
    quotes: ["We bleven rustig, ook toen we achter stonden"],
  },
  {
    key: "trainer",
    sections: ["Sport"],
    setup: (c) => {
      c.v.club = `${c.r.pick(["SC", "VV", "FC", "SV"])} ${c.P}`;
      c.n = c.r.int(1, 3);
      c.v.since = String(c.r.int(2012, 2023));
    },
    headline: [(c) => `${c.v.club} verlengt contract trainer ${c.last}`, (c) => `${c.last} blijft langer trainer van ${c.v.club}`],
    lead: [(c) => `${c.v.club} heeft het contract van trainer ${c.person} met ${numberWord(c.n)} jaar verlengd.`],
    second: [(c) => `${c.last} werkt sinds ${c.v.since} bij de club.`, (c) => `Onder ${c.his} leiding promoveerde de ploeg ${c.r.pick(["twee keer", "een keer", "drie keer"])}.`],
    details: [() => `De club wil de komende jaren meer eigen jeugd laten doorstromen.`, () => `Ook de assistent-trainer blijft aan.`, () => `Het bestuur noemt de verlenging een logische stap.`],
    quotes: ["Ik voel me hier thuis en er ligt nog veel werk"],
  },
  // ---- Politiek
  {
    key: "raad-stemt",
    sections: ["Politiek"],
    setup: (c) => {
      const [proposal, short] = c.r.pick([["een proef met gratis busvervoer voor ouderen", "gratis bus voor ouderen"], ["extra geld voor speeltuinen in de wijken", "extra geld voor speeltuinen"], ["een autovrije zondag in de binnenstad", "autovrije zondag"], ["meer bankjes langs de wandelroutes", "meer bankjes"], ["een verbod op reclameborden langs de dijk", "verbod op reclameborden"], [`de aanleg van ${c.r.int(3, 12)} nieuwe fietsenstallingen`, "nieuwe fietsenstallingen"], ["een proef met wijkbudgetten", "proef met wijkbudgetten"], ["een gratis schoolontbijt op alle basisscholen", "gratis schoolontbijt"], ["het vergroenen van schoolpleinen", "groene schoolpleinen"]] as const);
      c.v.proposal = proposal;
      c.v.short = short;
      c.n = c.r.int(2, 12) * 10000;
    },
    headline: [(c) => `Raad ${c.P} stemt in met ${c.v.short}`, (c) => `${c.P} kiest voor ${c.v.short}`, (c) => `Ja van gemeenteraad ${c.P} voor ${c.v.short}`],
    lead: [(c) => `De gemeenteraad van ${c.P} heeft ${c.dp} ingestemd met ${c.v.proposal}.`],
    second: [(c) => `Per wijk is ${fmt(c.n)} euro beschikbaar.`, () => `Alleen een kleine fractie stemde tegen.`, (c) => `De proef duurt ${numberWord(c.r.int(1, 3))} jaar.`],
    details: [(c) => `Wethouder ${c.person} noemt het besluit een goed begin.`, () => `De oppositie had liever gezien dat het geld naar onderhoud van wegen was gegaan.`, () => `Na een jaar volgt een evaluatie.`, () => `Inwoners kunnen ideeën aandragen via de website van de gemeente.`],
    quotes: ["Dit is geld dat direct bij de inwoners terechtkomt", "We gaan goed kijken wat werkt en wat niet"],
  },
  {
    key: "jongerenraad",
    sections: ["Politiek"],
    setup: (c) => {
      const [raad, kids, lo, hi] = c.r.pick([["Kinderraad", "kinderen", 9, 12], ["Jongerenraad", "jongeren", 14, 18], ["Studentenraad", "studenten", 18, 25]] as const);
      c.v.raad = raad;
      c.v.kids = kids;
      c.v.ages = `${lo} tot ${hi}`;
      const [wish, short] = c.r.pick([["er in elke wijk een speeltuin met water komt", "speeltuinen met water"], ["scholieren gratis met de bus kunnen reizen", "gratis bus voor scholieren"], ["er meer watertappunten in de stad komen", "meer watertappunten"], ["de schoolpleinen in het weekend opengaan", "open schoolpleinen in het weekend"], ["er een overdekte skatebaan komt", "een overdekte skatebaan"], ["de bibliotheek in de examenperiode langer opengaat", "langere openingstijden in examentijd"]] as const);
      c.v.wish = wish;
      c.v.short = short;
      c.n = c.r.int(12, 30);
    },
    headline: [(c) => `${c.v.raad} ${c.P} komt met plan`, (c) => `${c.v.raad} ${c.P} wil ${c.v.short}`, (c) => `${c.v.raad} pleit voor ${c.v.short}`],
    lead: [(c) => `De ${c.v.raad} van ${c.P} wil dat ${c.v.wish}.`],
    second: [(c) => `De raad, die bestaat uit ${c.n} ${c.v.kids} van ${c.v.ages} jaar, bood ${c.day} een plan met die wens aan op het stadhuis.`, () => `Het college belooft het plan serieus te bekijken.`],
    details: [(c) => `Voorzitter ${c.person} (${c.r.int(11, 22)}) mocht het plan toelichten in de raadszaal.`, () => `De raad adviseert de gemeente gevraagd en ongevraagd.`, () => `Het college reageert binnen drie maanden.`],
    quotes: ["We merken dat veel leeftijdsgenoten hiermee zitten", "Als je het niet vraagt, gebeurt er niks"],
  },
  {
    key: "petitie",
    sections: ["Politiek"],
    setup: (c) => {
      c.v.plan = c.r.pick(["het sluiten van het zwembad", "de kap van bomen in het stadspark", "hogere parkeertarieven", "het verplaatsen van de weekmarkt", "het sluiten van de bibliotheek in het dorp"]);
      c.n = c.r.int(5, 20) * 100;
    },
    story: { start: (r) => r.int(4, 15) * 100, next: grow(1.4, 2.2) },
    headline: [(c) => `Petitie in ${c.P} al ${fmt(c.n)} keer getekend`, (c) => `Verzet in ${c.P} tegen ${c.v.plan}`],
    lead: [(c) => `Een petitie tegen ${c.v.plan} in ${c.P} is ${c.dp} al ${fmt(c.n)} keer ondertekend.`],
    second: [() => `De initiatiefnemers willen de handtekeningen volgende week aanbieden aan de gemeenteraad.`, () => `Ook lokale ondernemers steunen de actie.`, () => `Het college wil nog niet op de petitie reageren.`, () => `Op de markt werden ook handtekeningen op papier opgehaald.`, () => `De gemeenteraad praat volgende maand over het plan.`],
    details: [(c) => `Initiatiefnemer ${c.person} is verrast door het aantal reacties.`, () => `Volgens de gemeente is het plan nodig om geld te besparen.`, () => `Een besluit valt naar verwachting voor de zomer.`],
    quotes: ["Dit laat zien hoeveel mensen erom geven"],
  },
  {
    key: "raad-verzet",
    sections: ["Politiek"],
    setup: (c) => {
      c.v.reason = c.r.pick(["naar een belangrijke wedstrijd van de plaatselijke club te willen", "op de jaarlijkse dorpsmarkt te moeten helpen", "bij een concert van de harmonie te spelen", "de opening van het nieuwe dorpshuis bij te wonen"]);
      c.v.date = `${c.r.int(2, 27)} ${c.nextMonth}`;
    },
    headline: [(c) => `Raad ${c.P} verzet vergadering`, (c) => `Gemeenteraad ${c.P} schuift vergadering een dag op`],
    lead: [(c) => `De gemeenteraad van ${c.P} verplaatst de vergadering van ${c.v.date} naar een dag later.`],
    second: [(c) => `Verschillende raadsleden gaven aan die avond ${c.v.reason}, meldt griffier ${c.person}.`, () => `Het is de eerste keer dat de raad om die reden een vergadering verzet.`],
    details: [() => `Op de agenda staat onder meer de begroting voor volgend jaar.`, () => `Inwoners die willen inspreken, moeten zich opnieuw aanmelden.`, () => `De vergadering is ook live te volgen via internet.`],
    quotes: ["We zijn ook gewoon inwoners van dit dorp"],
  },
  {
    key: "provincie-geld",
    sections: ["Politiek"],
    places: Object.values(PROVINCES).map((p) => p.capital),
    setup: (c) => {
      const [goal, short] = c.r.pick([["het opknappen van fietspaden", "fietspaden"], ["extra laadpalen in dorpen", "laadpalen in dorpen"], ["het herstel van oude dijkhuisjes", "oude dijkhuisjes"], ["meer groen op schoolpleinen", "groene schoolpleinen"], ["het behoud van dorpswinkels", "dorpswinkels"], ["betere busverbindingen op het platteland", "busverbindingen"]] as const);
      c.v.goal = goal;
      c.v.short = short;
      c.n = c.r.int(2, 40);
    },
    headline: [(c) => `Provincie ${c.region} trekt ${c.n} miljoen uit`, (c) => `Geld van ${c.region} voor ${c.v.short}`, (c) => `${c.n} miljoen euro voor ${c.v.short} in ${c.region}`],
    lead: [(c) => `De provincie ${c.region} trekt ${c.n} miljoen euro uit voor ${c.v.goal}.`],
    second: [() => `Provinciale Staten stemden daar deze week mee in.`, () => `Gemeenten kunnen vanaf volgend jaar een aanvraag indienen.`],
    details: [(c) => `Gedeputeerde ${c.person} verwacht dat vooral kleinere gemeenten gebruikmaken van de regeling.`, () => `De regeling loopt vier jaar.`, () => `Een deel van het geld komt uit een meevaller op de begroting.`],
    quotes: ["Dit is geld voor de hele provincie, niet alleen voor de steden"],
  },
  {
    key: "kamer-motie",
    sections: ["Politiek"],
    places: ["Den Haag"],
    setup: (c) => {
      const [wish, short] = c.r.pick([["het kabinet onderzoekt hoe treinkaartjes voor jongeren goedkoper kunnen", "goedkopere treinkaartjes voor jongeren"], ["er meer geld komt voor de restauratie van molens", "meer geld voor molens"], ["gemeenten sneller vergunningen afgeven voor buurtbatterijen", "snellere vergunning voor buurtbatterij"], ["scholen een vast budget krijgen voor schoolreisjes", "vast budget voor schoolreisjes"], ["bibliotheken in kleine dorpen open blijven", "behoud van dorpsbibliotheken"], ["er meer watertappunten langs fietsroutes komen", "watertappunten langs fietsroutes"]] as const);
      c.v.wish = wish;
      c.v.short = short;
    },
    headline: [(c) => `Kamer wil ${c.v.short}`, (c) => `Kamermeerderheid voor ${c.v.short}`, (c) => `Motie over ${c.v.short} aangenomen`],
    lead: [(c) => `Een meerderheid van de Tweede Kamer wil dat ${c.v.wish}.`],
    second: [(c) => `Een motie daarover werd ${c.day} aangenomen.`, (c) => `De motie werd ingediend door Kamerlid ${c.person}.`],
    details: [() => `De staatssecretaris laat weten de motie uit te voeren.`, () => `Het kabinet komt voor de zomer met een plan.`, () => `Een paar fracties stemden tegen vanwege de kosten.`],
    quotes: ["Het gaat om een kleine ingreep met veel effect"],
  },
  {
    key: "onderzoek-gemeente",
    sections: ["Politiek", "Binnenland"],
    setup: (c) => {
      const [idea, short] = c.r.pick([["de binnenstad op zaterdagen autovrij kan worden", "autovrije zaterdag"], ["er een pont over de rivier kan terugkomen", "terugkeer van de pont"], ["lantaarnpalen 's nachts gedimd kunnen worden", "gedimde lantaarnpalen"], ["er een stadsstrand kan komen", "een stadsstrand"], ["het oude postkantoor een cultureel centrum kan worden", "cultuur in het oude postkantoor"], ["er een pendelbus naar het station kan gaan rijden", "een pendelbus naar het station"]] as const);
      c.v.idea = idea;
      c.v.short = short;
    },
    headline: [(c) => `${c.P} onderzoekt ${c.v.short}`, (c) => `Gemeente ${c.P} denkt na over ${c.v.short}`],
    lead: [(c) => `De gemeente ${c.P} onderzoekt of ${c.v.idea}.`],
    second: [(c) => `Het college wil daarover in ${c.nextMonth} een besluit nemen, staat in een brief aan de gemeenteraad.`, () => `Ondernemers worden eerst om hun mening gevraagd.`],
    details: [() => `Ondernemers worden eerst om hun mening gevraagd.`, () => `Een soortgelijk plan strandde tien jaar geleden op de kosten.`, () => `Er komt een inloopavond voor bewoners.`],
    quotes: ["We willen eerst goed luisteren voordat we iets besluiten"],
  },
  // ---- Cultuur
  {
    key: "schilderij",
    sections: ["Cultuur"],
    setup: (c) => {
      c.v.painter = `${c.r.pick(["Aert", "Jacobus", "Cornelia", "Hendrik", "Judith", "Willem", "Geertruyd", "Barend"])} ${c.r.pick(["van der Lely", "Ooms", "Stellingwerf", "de Ruijter", "Hoogstraet", "Vermeersch", "van Loon"])}`;
      c.v.museum = `${c.r.pick(["museum Het Pakhuis", "museum De Waag", "het Koetshuismuseum", "museum Het Weeshuis", "het Streekmuseum"])}`;
      c.n = c.r.int(30, 120);
    },
    headline: [(c) => `Verloren schilderij van ${c.v.painter} terecht`, (c) => `Schilderij duikt op in ${c.P}`],
    lead: [(c) => `Een schilderij van de schilder ${c.v.painter} dat ${c.n} jaar zoek was, is teruggevonden op een zolder in ${c.P}.`],
    second: [(c) => `Het doek hangt vanaf ${c.nextMonth} in ${c.v.museum}.`, () => `Deskundigen hebben bevestigd dat het om het echte werk gaat.`],
    details: [() => `Het schilderij toont een winters stadsgezicht met schaatsers.`, () => `De vinder wil anoniem blijven.`, () => `Het werk wordt eerst schoongemaakt en gerestaureerd.`, (c) => `Het werd voor het laatst gezien op een tentoonstelling in ${c.other}.`],
    quotes: ["Je houdt je adem in als je zoiets onder een laken vandaan haalt"],
    crossheads: ["Zolder", "Restauratie"],
  },
  {
    key: "orgel",
    sections: ["Cultuur"],
    setup: (c) => {
      c.v.instr = c.r.pick(["orgel", "carillon", "kabinetorgel", "draaiorgel", "kerkorgel"]);
      c.v.church = c.r.pick(["Grote Kerk", "Sint-Janskerk", "Nicolaaskerk", "Oude Kerk", "Lutherse Kerk"]);
      c.n = c.r.int(8, 90) * 10000;
    },
    headline: [(c) => `Gerestaureerd ${c.v.instr} klinkt weer in ${c.P}`, (c) => `${cap(c.v.instr!)} ${c.P} na restauratie weer bespeeld`],
    lead: [(c) => `In de ${c.v.church} van ${c.P} is ${c.day} het gerestaureerde ${c.v.instr} voor het eerst weer bespeeld.`],
    second: [(c) => `De restauratie duurde ${numberWord(c.r.int(2, 5))} jaar en kostte ruim ${fmt(c.n)} euro.`, () => `Honderden bezoekers luisterden naar het eerste concert.`],
    details: [() => `Een deel van het geld werd opgehaald met benefietconcerten.`, (c) => `Organist ${c.person} speelde werk van componisten uit de achttiende eeuw.`, () => `Het instrument is tot het einde van het jaar elke zaterdag te horen.`],
    quotes: ["Het klinkt weer zoals het bedoeld is"],
  },
  {
    key: "boekprijs",
    sections: ["Cultuur"],
    setup: (c) => {
      c.v.prize = c.r.pick(["Zilveren Vulpen", "Gouden Boekenlegger", "Kleine Uil-prijs", "Lantaarnprijs", "Blauwe Inktpot"]);
      c.v.genre = c.r.pick(["kinderboek", "debuut", "verhalenbundel", "jeugdboek", "reisboek"]);
      c.v.title = `${c.r.pick(["De", "Het"])} ${c.r.pick(["zomer", "vuurtoren", "koffer", "eiland", "zolder", "kompas", "brug", "rivier"])} ${c.r.pick(["van de", "achter de", "bij de", "onder de"])} ${c.r.pick(["molen", "dijk", "zee", "heuvel", "stad", "haven"])}`;
      c.n = c.r.int(2, 10) * 1000;
    },
    headline: [(c) => `${c.v.prize} naar ${c.person}`, (c) => `${c.person} wint ${c.v.prize}`],
    lead: [(c) => `De ${c.v.prize} voor het beste ${c.v.genre} van het jaar gaat naar ${c.person} voor ${c.his} boek ${c.q(c.v.title!)}.`],
    second: [(c) => `De prijs bestaat uit een oorkonde en ${fmt(c.n)} euro.`, (c) => `De prijs werd ${c.day} uitgereikt in ${c.P}.`],
    details: [(c) => `De jury noemt het boek ${c.q(c.r.pick(["ontroerend en grappig tegelijk", "een feest om voor te lezen", "knap opgebouwd"]))}.`, (c) => `${c.last} schreef eerder ${numberWord(c.r.int(2, 9))} boeken.`, () => `Er waren ruim zestig boeken ingezonden.`],
    quotes: ["Ik had dit echt niet verwacht"],
  },
  {
    key: "festival",
    sections: ["Cultuur"],
    setup: (c) => {
      c.v.fest = `${c.r.pick(["Lichtjes", "Straattheater", "Jazz", "Zomer", "Film", "Kunst", "Verhalen"])}festival ${c.P}`;
      c.n = c.r.int(5, 60) * 1000;
    },
    story: { start: (r) => r.int(5, 20) * 1000, next: grow(1.2, 1.6) },
    headline: [(c) => `${c.v.fest} trekt ${fmt(c.n)} bezoekers`, (c) => `Drukte bij ${c.v.fest}`],
    lead: [(c) => `Het ${c.v.fest} heeft ${c.dp} al ruim ${fmt(c.n)} bezoekers getrokken.`],
    second: [() => `De organisatie spreekt van een succes.`, () => `Sommige voorstellingen waren binnen een uur uitverkocht.`, () => `Het weer werkte goed mee.`, () => `Op het marktplein werd tot laat gedanst.`, () => `Er komt een extra voorstelling op zondagmiddag.`],
    details: [() => `Het festival duurt nog tot en met zondag.`, () => `Er treden ruim honderd artiesten op.`, (c) => `Bezoekers kwamen uit heel ${c.region}.`],
    quotes: ["Zo druk is het nog nooit geweest"],
  },
  {
    key: "filmopnames",
    sections: ["Cultuur"],
    setup: (c) => {
      c.v.kind = c.r.pick(["jeugdserie", "speelfilm over de binnenvaart", "documentaire over de polder", "historische serie", "kerstfilm"]);
      c.v.until = String(c.r.int(17, 22));
    },
    headline: [(c) => `Filmopnames in centrum ${c.P}`, (c) => `${c.P} decor voor nieuwe ${c.v.kind!.split(" ")[0]}`],
    lead: [(c) => `In ${c.P} worden ${c.dp} opnames gemaakt voor een nieuwe ${c.v.kind}.`],
    second: [(c) => `Een deel van het centrum is daarom tot ${c.v.until}.00 uur afgesloten.`, () => `Bewoners van de straat spelen als figurant mee.`],
    details: [() => `De opnames duren nog twee weken.`, () => `De serie is volgend jaar te zien.`, (c) => `Regisseur ${c.person} koos voor ${c.P} vanwege de oude gevels.`],
    quotes: ["Je hoeft hier bijna niets aan te passen"],
  },
  {
    key: "tentoonstelling",
    sections: ["Cultuur"],
    setup: (c) => {
      c.v.subject = c.r.pick(["de geschiedenis van de fiets", "oude ansichtkaarten van de kust", "speelgoed uit de jaren vijftig", "de bouw van de dijken", "reclameborden van vroeger", "het dagelijks leven op een boerderij"]);
      c.n = c.r.int(80, 600);
    },
    headline: [(c) => `Tentoonstelling over ${c.v.subject} in ${c.P}`, (c) => `Museum ${c.P} toont ${c.v.subject}`],
    lead: [(c) => `In het museum ${c.inP} is ${c.day} een tentoonstelling geopend over ${c.v.subject}.`],
    second: [(c) => `Er zijn ruim ${c.n} voorwerpen te zien, waarvan een groot deel nooit eerder werd getoond.`, () => `Veel stukken komen uit particuliere collecties.`],
    details: [() => `De tentoonstelling is tot het voorjaar te zien.`, () => `Voor kinderen is er een speurtocht.`, (c) => `Conservator ${c.person} werkte er twee jaar aan.`],
    quotes: ["Iedereen herkent wel iets van vroeger"],
  },
  // ---- Opmerkelijk
  {
    key: "groente-record",
    sections: ["Opmerkelijk"],
    months: [8, 9, 10, 11],
    setup: (c) => {
      const [veg, unit] = c.r.pick([["pompoen", "kilo"], ["zonnebloem", "centimeter"], ["courgette", "kilo"], ["koolraap", "kilo"], ["pompoen", "kilo"]] as const);
      c.v.veg = veg;
      c.v.unit = unit;
      c.n = unit === "kilo" ? c.r.int(30, 700) : c.r.int(300, 480);
    },
    headline: [(c) => `Record${c.v.veg} uit ${c.P}`, (c) => `Zwaarste ${c.v.veg} komt uit ${c.P}`],
    lead: [(c) => `Een ${c.v.veg} van ${c.n} ${c.v.unit} uit ${c.P} is ${c.day} uitgeroepen tot de grootste van het land.`],
    second: [(c) => `Kweker ${c.person} won daarmee de jaarlijkse wedstrijd.`, () => `Het vorige record werd ruim verbroken.`],
    details: [(c) => `${c.last} begon in het voorjaar met zaaien in de kas.`, () => `Het geheim zit volgens de kweker in veel water en geduld.`, () => `De winnaar krijgt een wisselbeker.`],
    quotes: ["Elke ochtend ging ik als eerste naar de moestuin"],
  },
  {
    key: "vogel-sluis",
    sections: ["Opmerkelijk"],
    setup: (c) => {
      c.v.bird = c.r.pick(["zwaan", "reiger", "ooievaar", "gans", "meerkoet", "eend"]);
      c.n = c.r.int(2, 9);
    },
    headline: [(c) => `${cap(c.v.bird!)} houdt sluis in ${c.P} bezet`, (c) => `Schippers wachten op ${c.v.bird} in ${c.P}`],
    lead: [(c) => `Een ${c.v.bird} houdt al ${numberWord(c.n)} dagen de sluis in ${c.P} bezet.`],
    second: [() => `Schippers moeten wachten tot het dier uit zichzelf opzij gaat.`, () => `De sluiswachter heeft het dier een naam gegeven.`],
    details: [() => `Pogingen om het dier te verjagen, hadden geen effect.`, () => `Dierenbescherming houdt een oogje in het zeil.`, () => `Volgens een vogelkenner voelt het dier zich er gewoon thuis.`],
    quotes: ["Hij kijkt elke boot streng aan"],
  },
  {
    key: "ansichtkaart",
    sections: ["Opmerkelijk"],
    setup: (c) => {
      c.n = c.r.int(1952, 1994);
    },
    headline: [(c) => `Ansichtkaart uit ${c.n} alsnog bezorgd in ${c.P}`, (c) => `Kaart doet ${c.year - c.n} jaar over bezorging`],
    lead: [(c) => `Een ansichtkaart die in ${c.n} werd verstuurd vanuit ${c.other}, is ${c.day} alsnog bezorgd bij een adres in ${c.P}.`],
    second: [(c) => `De kaart was bestemd voor ${c.r.pick(["een vrouw", "een gezin", "een man"])} die er al lang niet meer woont.`, () => `Hoe de kaart zo lang onderweg kon zijn, is een raadsel.`],
    details: [() => `De huidige bewoners willen de kaart bij de familie van de geadresseerde bezorgen.`, () => `Op de kaart staat een zonnig strand met strandstoelen.`, () => `Het postbedrijf spreekt van een uitzonderlijk geval.`],
    quotes: ["We dachten eerst dat het een grap was"],
  },
  {
    key: "verloren-voorwerp",
    sections: ["Opmerkelijk"],
    setup: (c) => {
      c.v.item = c.r.pick(["trouwring", "gouden horloge", "zilveren armband", "medaille", "sleutelbos", "portemonnee"]);
      c.v.where = c.r.pick(["in de tuin", "op het strand", "in een weiland", "bij het schaatsen", "tijdens een wandeling"]);
      c.v.finder = c.r.pick(["een man met een metaaldetector", "een boer", "spelende kinderen", "een hovenier", "een duiker"]);
      c.n = c.r.int(3, 40);
    },
    headline: [(c) => `Verloren ${c.v.item} na ${c.n} jaar terecht`, (c) => `${cap(c.v.item!)} teruggevonden in ${c.P}`],
    lead: [(c) => `Een ${c.v.item} die een inwoner van ${c.P} ${c.n} jaar geleden ${c.v.where} kwijtraakte, is teruggevonden door ${c.v.finder}.`],
    second: [(c) => `De eigenaar kreeg het voorwerp ${c.day} terug.`, () => `Een naam aan de binnenkant bracht de vinder op het goede spoor.`],
    details: [() => `De eigenaar had de hoop al lang opgegeven.`, () => `De vinder wilde geen beloning.`, () => `Het voorwerp is nog in goede staat.`],
    quotes: ["Ik kon het gewoon niet geloven"],
  },
  {
    key: "dier-gered",
    sections: ["Opmerkelijk", "Binnenland"],
    setup: (c) => {
      c.v.animal = c.r.pick(["kat", "kitten", "jonge hond", "eekhoorn", "kauw", "konijn"]);
      c.v.where = c.r.pick(["een regenpijp", "de hoogste boom van het park", "een schoorsteen", "een kelderput", "een afvoerbuis", "een smalle spleet tussen twee muren"]);
    },
    headline: [(c) => `Brandweer ${c.P} redt ${c.v.animal} uit ${c.v.where}`, (c) => `Reddingsactie voor ${c.v.animal} in ${c.P}`],
    lead: [(c) => `De brandweer in ${c.P} heeft ${c.dp} een ${c.v.animal} gered uit ${c.v.where}.`],
    second: [(c) => `Het dier zat daar vermoedelijk al sinds ${c.prev}.`, () => `Buurtbewoners hoorden het dier piepen en belden de brandweer.`],
    details: [() => `De reddingsactie duurde ruim een uur.`, () => `Het dier is onderzocht door een dierenarts en maakt het goed.`, () => `De eigenaar was dolblij.`],
    quotes: ["Het was even passen en meten, maar het is gelukt"],
  },
  {
    key: "record-ludiek",
    sections: ["Opmerkelijk"],
    setup: (c) => {
      c.v.record = c.r.pick([`de langste rij strandstoelen van het land neergezet`, `een taart van ${c.r.int(12, 80)} meter lang gebakken`, `een ketting van ${fmt(c.r.int(5, 60) * 1000)} paperclips gemaakt`, `de grootste zandtekening van het land gemaakt`, `een toren van ${fmt(c.r.int(3, 20) * 1000)} bekertjes gebouwd`]);
      c.n = c.r.int(10, 200);
    },
    headline: [(c) => `${c.P} zet opvallend record neer`, (c) => `Recordpoging in ${c.P} geslaagd`],
    lead: [(c) => `In ${c.P} is ${c.day} ${c.v.record}.`],
    second: [(c) => `Ruim ${c.n} vrijwilligers werkten er ${numberWord(c.r.int(2, 8))} weken aan.`, () => `Een notaris was aanwezig om het record te bevestigen.`],
    details: [() => `De opbrengst gaat naar de plaatselijke ijsclub.`, () => `Het vorige record stond op naam van een dorp in België.`, () => `Na afloop mochten bezoekers een stukje meenemen.`],
    quotes: ["Niemand geloofde dat we het zouden halen"],
  },
];

const GENERIC_NL: readonly T[] = [
  (c) => `Volgens de gemeente is het de eerste keer dat zoiets ${c.inP} gebeurt.`,
  () => `Het is nog niet bekend wanneer de situatie weer helemaal normaal is.`,
  () => `Omwonenden zijn per brief op de hoogte gebracht.`,
  (c) => `De gemeente laat weten dat er ${c.r.pick(["volgende week", "na de zomer", "begin volgend jaar", "over een maand"])} een evaluatie volgt.`,
  () => `Wie vragen heeft, kan terecht bij het informatienummer van de gemeente.`,
  (c) => `Op sociale media werd ${c.r.pick(["enthousiast", "wisselend", "vooral positief", "met verbazing"])} gereageerd op het nieuws.`,
  (c) => `Een deel van de kosten wordt betaald uit een fonds van de provincie ${c.region}.`,
  (c) => `Eerder dit jaar gebeurde iets vergelijkbaars in ${c.other}.`,
  (c) => `${cap(c.role)} ${c.person} spreekt van ${c.r.pick(["een bijzondere dag", "een mooie mijlpaal", "een leerzame ervaring", "een flinke klus"])}.`,
  (c) => `De plannen werden ${c.r.pick(["twee", "drie", "vier"])} jaar geleden voor het eerst gepresenteerd.`,
  (c) => `Het nieuws werd ${c.day} bekendgemaakt tijdens een bijeenkomst in het ${c.r.pick(["dorpshuis", "stadhuis", "buurthuis", "gemeentehuis"])}.`,
  () => `De politie hield toezicht, maar hoefde niet in te grijpen.`,
  (c) => `Volgens ${c.role} ${c.person} hebben de voorbereidingen ruim ${numberWord(c.r.int(2, 11))} maanden geduurd.`,
  (c) => `In de komende weken volgen nog ${numberWord(c.r.int(2, 5))} bijeenkomsten voor bewoners.`,
  () => `Hoeveel het precies gaat kosten, is nog niet bekend.`,
  (c) => `De regionale omroep was er ${c.day} als eerste bij.`,
  (c) => `Bewoners kunnen tot eind ${c.nextMonth} hun mening geven via de website van de gemeente.`,
  (c) => `Het initiatief kwam van een groep bewoners uit de wijk ${c.r.pick(WIJKEN)}.`,
  (c) => `Ook in ${c.other} wordt de ontwikkeling met belangstelling gevolgd.`,
  () => `De dorpsraad is blij met de snelle aanpak.`,
  (c) => `Burgemeester en wethouders van ${c.P} willen er ${c.r.pick(["binnenkort", "na de zomer", "later dit jaar"])} op terugkomen.`,
  () => `Een woordvoerder van de veiligheidsregio bevestigt het nieuws.`,
  () => `Volgens ingewijden is er al langer over gesproken.`,
  (c) => `Lokale ondernemers ${c.r.pick(["zijn blij met de aandacht", "hopen op meer klanten", "maken zich zorgen over de drukte", "denken graag mee"])}.`,
];

const GENERIC_WORLD: readonly T[] = [
  (c) => `Volgens lokale media is het de eerste keer dat zoiets in ${c.P} gebeurt.`,
  (c) => `Het stadsbestuur van ${c.P} spreekt van een bijzondere gebeurtenis.`,
  (c) => `Op sociale media gingen filmpjes ${c.r.pick(["massaal", "snel", "al snel"])} rond.`,
  (c) => `Een ${c.regionAdj} krant wijdde er ${c.day} een groot artikel aan.`,
  () => `Toeristen bleven massaal staan om het tafereel vast te leggen.`,
  () => `De lokale autoriteiten verwachten dat de belangstelling de komende dagen groot blijft.`,
  (c) => `Een vergelijkbaar initiatief in ${c.other} trok vorig jaar ook veel bekijks.`,
  (c) => `Het ${c.regionAdj} ministerie van Cultuur heeft laten weten het project te steunen.`,
  (c) => `Volgens ${c.role} ${c.person} is de belangstelling groter dan verwacht.`,
  (c) => `In de stad wonen ongeveer ${fmt(c.r.int(5, 900) * 1000)} mensen.`,
  () => `De organisatie hoopt het evenement volgend jaar te herhalen.`,
  () => `Het weer werkte volgens de organisatoren goed mee.`,
  (c) => `Ook elders in ${c.region} wordt het nieuws met belangstelling gevolgd.`,
  () => `De burgemeester van de stad kwam persoonlijk een kijkje nemen.`,
  (c) => `Lokale journalisten spreken van ${c.r.pick(["een opvallend verhaal", "het gesprek van de dag", "een zeldzaam gezicht"])}.`,
];

const GENERIC_QUOTES: readonly string[] = [
  "Het was een lange dag, maar het was het waard",
  "We hebben veel geleerd van de afgelopen weken",
  "Ik ben vooral trots op alle vrijwilligers",
  "Niemand had verwacht dat het zo snel zou gaan",
  "We doen dit niet voor onszelf, maar voor de hele buurt",
  "Er komen nog veel meer plannen aan",
  "Je moet het gewoon een keer proberen",
  "Ik hoop dat we dit elk jaar kunnen doen",
  "Dit hadden we niet zien aankomen",
  "We zijn hier ontzettend blij mee",
  "Het is een bijzonder moment voor iedereen die eraan heeft meegewerkt",
  "We hopen dat dit navolging krijgt",
  "Het was even puzzelen, maar het is gelukt",
  "We kijken vooral vooruit",
  "Zoiets heb ik nog nooit meegemaakt",
  "Iedereen heeft keihard gewerkt",
  "We gaan het rustig evalueren en dan kijken we verder",
  "Je ziet dat mensen er echt behoefte aan hebben",
  "Het blijft spannend tot het laatste moment",
  "Dit is pas het begin",
  "We wisten dat het druk zou worden, maar dit is echt bijzonder",
  "De reacties zijn overweldigend",
];
const SHORT_QUOTES = ["een mooie dag", "een flinke klus", "heel bijzonder", "een kwestie van geduld", "een cadeautje", "best spannend"];

const GENERIC_CROSSHEADS = ["Grote belangstelling", "Eerste keer", "Vrijwilligers", "Volgend jaar", "Kosten", "Reacties", "Onderzoek", "Plannen", "Geschiedenis", "Veel vragen", "Extra maatregelen", "Trots", "Onverwacht", "Nieuwe poging", "Evaluatie", "Hulp uit de buurt"];

/** Crossheads in quotes, as some sites print them. */
const QUOTED_CROSSHEADS = ["Heel bijzonder", "Nooit meegemaakt", "Een cadeautje", "Even schrikken"];

const TOPICS_BY_SECTION = new Map<Section, Topic[]>(SECTIONS.map((s) => [s, TOPICS.filter((t) => t.sections.includes(s))]));

// ---------------------------------------------------------------------------------------------
// Reports: one news item, with its full article; the brief is derived from it.

/** A story line, shared by its reports. */
interface StoryLine {
  seed: number;
  /** Publication time of the first report: its day words are kept by all. */
  startMs: number;
  /** Set by the first report of the line that is written out; the others follow it. */
  salt: number | null;
}

interface Report {
  section: Section;
  published: number;
  contentSeed: number;
  story: StoryLine | null;
  /** Step in the story line (0 for reports without one). */
  step: number;
  content?: ReportContent;
}

interface ReportContent {
  headline: string;
  /** `PLACE (ANP/AFP) - `. */
  dateline: string;
  /** Body paragraphs; the first follows the dateline. */
  paragraphs: string[];
  /** Crosshead printed before `paragraphs[crossheadBefore]`. */
  crosshead: { before: number; text: string } | null;
  /** First two sentences of the first paragraph. */
  brief: string;
  /** A sentence added to the last paragraph from `updateAfter` minutes after publication. */
  update: { afterMinutes: number; sentence: string } | null;
  slug: string;
}

function quoteMarks(r: Rng): (s: string) => string {
  const style = r.next();
  if (style < 0.82) return (s) => `"${s}"`;
  if (style < 0.93) return (s) => `“${s}”`;
  return (s) => `„${s}”`;
}

function dayPart(epochMs: number): { day: string; prev: string; dp: string; evening: string; hour: number; month: string; nextMonth: string; year: number } {
  const t = localTime(epochMs);
  const day = WEEKDAYS[t.weekday]!;
  const prev = WEEKDAYS[(t.weekday + 6) % 7]!;
  const dp = t.hour < 6 ? `in de nacht van ${prev} op ${day}` : t.hour < 12 ? `${day}ochtend` : t.hour < 18 ? `${day}middag` : `${day}avond`;
  const evening = t.hour >= 18 ? `${day}avond` : `${prev}avond`;
  return { day, prev, dp, evening, hour: t.hour, month: MONTHS[t.month - 1]!, nextMonth: MONTHS[t.month % 12]!, year: t.year };
}

function slugify(text: string): string {
  const words = text
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/['’‘]/g, "")
    .replace(/[^a-z0-9]+/g, " ")
    .trim()
    .split(" ")
    .filter((word) => word.length > 2 || /\d/.test(word));
  return words.slice(0, 5).join("-").slice(0, 48).replace(/-+$/, "") || "bericht";
}

/** FNV-1a of a string: a 32-bit key for the collision guard. */
function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return h >>> 0;
}

/**
 * The full report, written out the first time a page shows it. Its text follows from its seed
 * (and story step) alone; when its dateline and brief happen to equal those of an earlier report,
 * it is written again from a salted seed, so two reports never share a brief.
 */
function buildReport(report: Report, briefKeys: Set<number>): ReportContent {
  if (report.content) return report.content;
  const story = report.story;
  const base = story ? story.seed : report.contentSeed;
  let salt = story?.salt ?? 0;
  for (;;) {
    const content = composeReport(report, salt === 0 ? base : hash32(base, 0x5a17, salt));
    // Keyed on place and text, not agencies: briefs that differ only in `(ANP/AFP)` look alike.
    const key = fnv1a(content.dateline.slice(0, content.dateline.indexOf(" (")) + content.brief);
    if (!briefKeys.has(key) || salt >= 12 || (story && story.salt !== null)) {
      briefKeys.add(key);
      if (story) story.salt = salt;
      report.content = content;
      return content;
    }
    salt++;
  }
}

function composeReport(report: Report, seed: number): ReportContent {
  const story = report.story;
  const r = new Rng(seed);
  const wordsAt = story ? story.startMs : report.published;
  const month = localTime(wordsAt).month;
  const candidates = (TOPICS_BY_SECTION.get(report.section) ?? []).filter((t) => (!t.months || t.months.includes(month)) && (!story || t.story));
  const topic = r.pick(candidates.length > 0 ? candidates : TOPICS_BY_SECTION.get(report.section)!);

  // place, agencies, person
  let P: string, inP: string, region: string, regionAdj: string, other: string, upper: string, agencies: string;
  if (topic.world) {
    const place = topic.places ? worldPlace(r.pick(topic.places)) : r.pick(WORLD_PLACES);
    P = place.name;
    upper = place.upper;
    region = place.country;
    regionAdj = place.adj;
    inP = r.chance(0.5) ? `in de ${place.adj} stad ${place.name}` : `in ${place.name}`;
    other = r.pick(WORLD_PLACES.filter((p) => p !== place)).name;
    agencies = topic.agencies ? r.pick(topic.agencies) : r.pick(place.agencies);
  } else {
    const place = topic.places ? nlPlace(r.pick(topic.places)) : r.pick(NL_PLACES);
    P = place.name;
    upper = place.name.toUpperCase();
    region = place.province;
    regionAdj = PROVINCES[place.province]!.adj;
    inP = r.chance(0.5) && place.name !== PROVINCES[place.province]!.capital ? `in het ${regionAdj} ${place.name}` : `in ${place.name}`;
    other = r.pick(NL_PLACES.filter((p) => p !== place)).name;
    agencies = topic.agencies ? r.pick(topic.agencies) : r.chance(0.97) ? "ANP" : r.pick(["ANP/RTR", "ANP/AFP"]);
  }
  let person: string, last: string, he: boolean;
  if (topic.world) {
    const [first, male] = r.pick(FOREIGN_FIRST);
    last = r.pick(FOREIGN_LAST);
    person = `${first} ${last}`;
    he = male;
  } else {
    he = r.chance(0.5);
    const first = r.pick(he ? MALE : FEMALE);
    const surname = r.pick(SURNAMES);
    person = `${first} ${surname}`;
    last = cap(surname);
  }
  const person2 = topic.world ? `${r.pick(FOREIGN_FIRST)[0]} ${r.pick(FOREIGN_LAST)}` : `${r.pick(r.chance(0.5) ? MALE : FEMALE)} ${r.pick(SURNAMES)}`;
  const c: Ctx = {
    r,
    P,
    inP,
    region,
    regionAdj,
    other,
    ...dayPart(wordsAt),
    person,
    last,
    pron: he ? "hij" : "ze",
    his: he ? "zijn" : "haar",
    person2,
    role: r.pick(SECTION_ROLES[report.section]),
    world: !!topic.world,
    n: 0,
    v: {},
    q: quoteMarks(r),
  };
  topic.setup?.(c);
  // A story line keeps every choice and changes its number step by step.
  if (story && topic.story) {
    const counts = new Rng(hash32(seed, 77));
    let n = topic.story.start(counts);
    for (let i = 0; i < report.step; i++) n = topic.story.next(n, counts);
    c.n = n;
  }

  const attributions = ATTRIBUTIONS[report.section];
  const attribute = (sentence: string, rng: Rng, p: number) => (rng.chance(p) ? withAttribution(sentence, rng.pick(attributions)) : sentence);
  const headline = r.pick(topic.headline)(c);
  const lead = attribute(r.pick(topic.lead)(c), r, 0.35);
  // The second sentence is the one a story line changes: drawn from its own stream.
  const secondIndex = story ? report.step % topic.second.length : Math.floor(r.next() * topic.second.length);
  const secondRng = story ? new Rng(hash32(seed, 91, report.step)) : r;
  let second = topic.second[secondIndex]!({ ...c, r: secondRng });
  if (secondRng.chance(0.3) && second.endsWith(".") && !second.includes(",")) {
    const [verb, rest] = secondRng.pick(VERB_PHRASES);
    second = `${second.slice(0, -1)}, ${secondRng.pick(["en", "maar"])} ${secondRng.pick(SUBJECTS[report.section])} ${verb} ${rest}.`;
  } else second = attribute(second, secondRng, 0.2);

  // Body sentences: topic details first, then quotes and generic sentences, never twice.
  const secondStart = firstWords(second);
  const details = r.shuffle(topic.details.filter((d) => firstWords(d(probeCtx(c))) !== secondStart));
  const generic = r.shuffle([...(topic.world ? GENERIC_WORLD : GENERIC_NL)]);
  const quotes = r.shuffle([...(topic.quotes ?? []), ...GENERIC_QUOTES.filter(() => r.chance(0.3))]);
  const subjects = SUBJECTS[report.section];
  let quotesUsed = 0;
  let personNamed = false;
  const used = new Set<string>([lead, second]);
  const usedPhrases = new Set<number>();
  const phrase = (): readonly [string, string] => {
    let index = r.int(0, VERB_PHRASES.length - 1);
    while (usedPhrases.has(index) && usedPhrases.size < VERB_PHRASES.length) index = (index + 1) % VERB_PHRASES.length;
    usedPhrases.add(index);
    return VERB_PHRASES[index]!;
  };
  const composed = (): string => {
    const [verb, rest] = phrase();
    const subject = r.pick(subjects);
    if (r.chance(0.6)) {
      // Two main clauses: `De gemeente wil ..., maar de dorpsraad wacht ...`.
      const [verb2, rest2] = phrase();
      const subject2 = r.pick(subjects.filter((x) => x !== subject));
      return `${cap(subject)} ${verb} ${rest}, ${r.pick(["maar", "en", "en ook"])} ${subject2} ${verb2} ${rest2}.`;
    }
    const tail = r.chance(0.45) ? `, ${r.pick(TAILS)}` : "";
    return r.chance(0.5) ? `${r.pick(OPENERS)} ${verb} ${subject} ${rest}${tail}.` : `${cap(subject)} ${verb} ${rest}${tail}.`;
  };
  const lengthen = (sentence: string): string =>
    r.chance(0.45) && sentence.endsWith(".") && !sentence.includes(", ") ? `${sentence.slice(0, -1)}, ${r.pick(NEUTRAL_TAILS)}.` : attribute(sentence, r, 0.1);
  const nextSentence = (): string => {
    for (let attempt = 0; attempt < 6; attempt++) {
      const x = r.next();
      let s: string | undefined;
      if (x < 0.28 && details.length > 0) s = lengthen(details.pop()!(c));
      else if (x < 0.44 && quotesUsed < 3 && quotes.length > 0) {
        quotesUsed++;
        const quote = quotes.length > 1 && r.chance(0.5) ? `${quotes.pop()!}. ${quotes.pop()!}` : quotes.pop()!;
        s = frameQuote(quote, c, personNamed);
        personNamed = true;
      } else if (x < 0.62 && generic.length > 0) s = lengthen(generic.pop()!(c));
      else s = composed();
      if (s && !used.has(s)) {
        used.add(s);
        return s;
      }
    }
    return composed();
  };

  const paragraphCount = r.pick([3, 4, 5, 6, 6, 7, 7, 7]);
  const paragraphs: string[] = [];
  const first = [lead, second];
  if (r.chance(0.5)) first.push(nextSentence());
  paragraphs.push(first.join(" "));
  for (let i = 1; i < paragraphCount; i++) {
    const count = r.pick([3, 4, 4, 4, 5]);
    const sentences: string[] = [];
    for (let j = 0; j < count; j++) sentences.push(nextSentence());
    paragraphs.push(sentences.join(" "));
  }
  let crosshead: ReportContent["crosshead"] = null;
  if (r.chance(0.4) && paragraphCount >= 3) {
    const pool = [...(topic.crossheads ?? []), ...GENERIC_CROSSHEADS];
    const text = r.chance(0.1) ? c.q(r.pick(QUOTED_CROSSHEADS)).replace(/["“„”]/g, "'") : r.pick(pool);
    crosshead = { before: r.int(2, paragraphCount - 1), text };
  }
  const update = r.chance(0.3) ? { afterMinutes: r.int(45, 300), sentence: nextSentence() } : null;

  return {
    headline,
    dateline: `${upper} (${agencies}) - `,
    paragraphs,
    crosshead,
    brief: `${lead} ${second}`,
    update,
    slug: slugify(headline),
  };
}

/** `Het dier is gered.` + `meldt de brandweer` -> `Het dier is gered, meldt de brandweer.` */
function withAttribution(sentence: string, attribution: string): string {
  if (!sentence.endsWith(".") || /[,"”] *(?:zegt|meldt|melden|aldus|staat)\b|, (?:meldt|melden|zegt|laat|schrijft|zo)\b/.test(sentence)) return sentence;
  return `${sentence.slice(0, -1)}, ${attribution}.`;
}

function firstWords(sentence: string): string {
  return sentence.split(" ").slice(0, 4).join(" ");
}

/** A context whose random draws are fixed, to compare template texts without consuming `c.r`. */
function probeCtx(c: Ctx): Ctx {
  return { ...c, v: { ...c.v }, r: new Rng(0) };
}

function frameQuote(quote: string, c: Ctx, personNamed: boolean): string {
  const name = personNamed ? c.last : c.person;
  const x = c.r.next();
  if (x < 0.45) return `${c.q(quote)}, zegt ${c.role} ${name}.`;
  if (x < 0.7) return `${c.q(quote)}, zegt ${personNamed ? c.pron : `${c.role} ${name}`}.`;
  if (x < 0.85) return `${c.q(quote)}, aldus ${name}.`;
  return `${cap(c.role)} ${name} noemt het ${c.q(c.r.pick(SHORT_QUOTES))}.`;
}

// ---------------------------------------------------------------------------------------------
// The simulated world: a stream of reports per section.

const WINDOW = 16;
const STORY_CHANCE = 0.035;

class SectionStream {
  readonly window: Report[] = [];
  private readonly pending: Report[] = [];
  private readonly rng: Rng;
  private nextAt: number;
  private count = 0;

  constructor(
    readonly section: Section,
    private readonly index: number,
    private readonly seed: number,
    startMs: number,
  ) {
    this.rng = new Rng(hash32(seed, 11, index));
    this.nextAt = startMs + this.rng.int(0, 60) * MINUTE;
  }

  /** Publish every report up to and including `t`. */
  advanceTo(t: number): void {
    for (;;) {
      const story = this.pending[0];
      if (story && story.published <= t && story.published <= this.nextAt) {
        this.pending.shift();
        this.push(story);
        continue;
      }
      if (this.nextAt > t) return;
      const published = this.nextAt;
      const contentSeed = hash32(this.seed, 13, this.index, this.count++);
      const report: Report = { section: this.section, published, contentSeed, story: null, step: 0 };
      if (this.pending.length === 0 && this.rng.chance(STORY_CHANCE)) {
        const steps = this.rng.int(3, 5);
        const story: StoryLine = { seed: contentSeed, startMs: published, salt: null };
        report.story = story;
        let at = published;
        for (let step = 1; step < steps; step++) {
          at += this.rng.int(40, 200) * MINUTE;
          this.pending.push({ section: this.section, published: at, contentSeed, story, step });
        }
      }
      this.push(report);
      this.nextAt = published + this.gap(published) * MINUTE;
    }
  }

  private push(report: Report): void {
    this.window.push(report);
    if (this.window.length > WINDOW) this.window.shift();
  }

  /** Minutes to the next report: around the section's mean by day, three times slower at night. */
  private gap(at: number): number {
    const base = SECTION_GAP[this.section] * (0.3 + 1.4 * this.rng.next());
    const hour = localTime(at).hour;
    return Math.max(3, Math.round(hour < 6 ? base * 3 : base));
  }

  /** The latest `k` reports, newest first, leaving out `except`. */
  latest(k: number, except: Report | null = null): Report[] {
    const out: Report[] = [];
    for (let i = this.window.length - 1; i >= 0 && out.length < k; i--) {
      const report = this.window[i]!;
      if (report !== except) out.push(report);
    }
    return out;
  }
}

// ---------------------------------------------------------------------------------------------
// Pages

type Build = (report: Report) => ReportContent;

const WEBMAIL_BLOCK = ["Webmail", "", "Kies je webmail", "", "Omdat ZeelandNet ook DELTA webmail aanbiedt, vragen we je eenmalig je voorkeur op te geven.", ""];
const BODY_BOILERPLATE = ["Lees verder", "Deel dit artikel", "Advertentie", "Lees meer", "Delen"];

function frontMatter(captured: number, slug: string, section: Section | null): string[] {
  const lines = ["---", `captured: ${amsterdamIso(captured)}`, `source: https://www.example.nl/nieuws/${slug}`];
  if (section) lines.push(`section: ${section}`);
  lines.push("---");
  return lines;
}

function ageMinutes(report: Report, t: number): number {
  return Math.floor((t - report.published) / MINUTE);
}

function articleParagraphs(content: ReportContent, report: Report, t: number): string[] {
  const paragraphs = [...content.paragraphs];
  if (content.update && ageMinutes(report, t) >= content.update.afterMinutes) {
    paragraphs[paragraphs.length - 1] = `${paragraphs[paragraphs.length - 1]} ${content.update.sentence}`;
  }
  return paragraphs;
}

/** Body lines after the headline: dateline + first paragraph, the others, the crosshead. */
function bodyLines(content: ReportContent, report: Report, t: number, r: Rng): string[] {
  const paragraphs = articleParagraphs(content, report, t);
  const lines: string[] = [];
  paragraphs.forEach((paragraph, i) => {
    if (content.crosshead && content.crosshead.before === i) lines.push(content.crosshead.text);
    lines.push(i === 0 ? `${content.dateline}${paragraph}` : paragraph);
  });
  // Now and then a line of site chrome between two paragraphs.
  if (r.chance(0.06) && lines.length > 2) lines.splice(r.int(1, lines.length - 1), 0, r.pick(BODY_BOILERPLATE));
  return lines;
}

function classicPage(build: Build, t: number, section: Section, article: Report, briefs: Report[], r: Rng, withSection: boolean): { slug: string; lines: string[] } {
  const content = build(article);
  const lines = frontMatter(t, content.slug, withSection ? section : null);
  lines.push(content.headline);
  if (r.chance(0.03)) lines.push(content.headline);
  lines.push(...bodyLines(content, article, t, r));
  lines.push(`Meer uit ${section}`);
  lines.push(...gluedBriefs(build, briefs, t));
  return { slug: content.slug, lines };
}

/** Classic list: each brief's age glued before the next brief's dateline; the last age alone. */
function gluedBriefs(build: Build, briefs: Report[], t: number): string[] {
  const lines: string[] = [];
  let previousAge = "";
  for (const report of briefs) {
    const content = build(report);
    lines.push(`${previousAge}${content.dateline}${content.brief}`);
    previousAge = relativeAgeLabel(ageMinutes(report, t));
  }
  lines.push(previousAge);
  return lines;
}

function secondLayoutPage(build: Build, t: number, section: Section, article: Report, briefs: Report[], r: Rng, withSection: boolean): { slug: string; lines: string[] } {
  const content = build(article);
  const lines = frontMatter(t, content.slug, withSection ? section : null);
  lines.push(...WEBMAIL_BLOCK);
  lines.push(content.headline, "");
  if (r.chance(0.9)) lines.push(content.headline, "");
  for (const line of bodyLines(content, article, t, r)) lines.push(line, "");
  lines.push(`Meer uit ${section}`, "");
  for (const report of briefs) {
    const brief = build(report);
    lines.push(brief.headline, "", `${brief.dateline}${brief.brief}`, "", relativeAgeLabel(ageMinutes(report, t)));
  }
  return { slug: content.slug, lines };
}

function tickerIndexPage(build: Build, t: number, section: Section, briefs: Report[], ticker: Report[]): { slug: string; lines: string[] } {
  const slug = `${section.toLowerCase()}-net-binnen`;
  const lines = frontMatter(t, slug, section);
  lines.push(section, "Net binnen");
  for (const report of ticker) {
    const time = localTime(report.published);
    lines.push(`- ${report.section} ${pad2(time.hour)}:${pad2(time.minute)} ${build(report).headline}`);
  }
  lines.push(...gluedBriefs(build, briefs, t));
  return { slug, lines };
}

function editionIndexPage(build: Build, t: number, section: Section, briefs: Report[]): { slug: string; lines: string[] } {
  const slug = `${section.toLowerCase()}-editie`;
  const lines = frontMatter(t, slug, section);
  const now = localTime(t);
  lines.push(...WEBMAIL_BLOCK);
  lines.push(`${WEEKDAYS[now.weekday]} ${now.day} ${MONTHS[now.month - 1]} ${now.year}`, "Editie: NL & Wereld | Zeeland", "", section, "");
  for (const report of briefs) {
    const brief = build(report);
    lines.push(`ANP ${brief.headline}`, "", `${brief.dateline}${brief.brief}`, "", editionAgeLabel(report.published, t));
  }
  return { slug, lines };
}

// ---------------------------------------------------------------------------------------------
// Captures

function parseStart(start: string): number {
  const ms = Date.parse(start);
  if (!Number.isFinite(ms)) throw new Error(`start "${start}" is not an ISO 8601 date-time`);
  return Math.floor(ms / MINUTE) * MINUTE;
}

/** The next capture: a few minutes later, between 06:00 and 23:59 Amsterdam time. */
function nextCaptureTime(t: number, r: Rng): number {
  const next = t + (r.chance(0.01) ? r.int(30, 120) : r.int(2, 7)) * MINUTE;
  const local = localTime(next);
  // Past midnight (captures start at 06:00, gaps are at most two hours): the first capture of
  // the new day comes shortly after 06:00.
  if (local.hour < 6) return localToEpoch(local.year, local.month, local.day, 6, r.int(0, 12));
  return next;
}

/** Streams synthetic captures, one at a time; same options, same bytes. */
export function* generateCaptures(options: GenerateOptions): Generator<GeneratedCapture> {
  const { seed, captures } = options;
  if (!Number.isFinite(seed)) throw new Error("seed must be a finite number");
  if (!Number.isInteger(captures) || captures < 0) throw new Error("captures must be a non-negative integer");
  const main = new Rng(hash32(seed, 1));
  let t = parseStart(options.start ?? DEFAULT_START);
  const first = localTime(t);
  if (first.hour < 6) t = localToEpoch(first.year, first.month, first.day, 6, 0);

  // Streams start three days early so the first sidebars are full.
  const streams = SECTIONS.map((section, index) => new SectionStream(section, index, seed, t - 3 * DAY));
  const byName = new Map(streams.map((s) => [s.section, s]));
  const weights = SECTIONS.map((s) => SECTION_WEIGHT[s]);
  const briefKeys = new Set<number>();
  const build: Build = (report) => buildReport(report, briefKeys);

  for (let i = 0; i < captures; i++) {
    if (i > 0) t = nextCaptureTime(t, main);
    for (const stream of streams) stream.advanceTo(t);
    const section = main.weighted(SECTIONS, weights);
    const stream = byName.get(section)!;
    const k = main.weighted([5, 6, 7, 8], [1, 2, 3, 3]);
    const layout = main.next();
    let page: { slug: string; lines: string[] };

    if (layout < 0.1) {
      const briefs = stream.latest(Math.max(k, main.int(6, 8)));
      if (main.chance(0.5)) {
        const all = streams.flatMap((s) => s.latest(9));
        all.sort((a, b) => b.published - a.published || a.contentSeed - b.contentSeed);
        page = tickerIndexPage(build, t, section, briefs, all.slice(0, main.int(5, 9)));
      } else {
        page = editionIndexPage(build, t, section, briefs);
      }
    } else {
      // The article: mostly a recent report that recurs in sidebars, else one seen only here.
      let article: Report;
      if (main.chance(0.7) && stream.window.length > 0) {
        const recent = stream.latest(6);
        article = recent[Math.floor(main.next() ** 2 * recent.length)]!;
      } else {
        article = { section, published: t - main.int(2, 180) * MINUTE, contentSeed: hash32(seed, 17, i), story: null, step: 0 };
      }
      const briefs = stream.latest(k, article);
      const withSection = main.chance(0.35);
      page = layout < 0.7 ? classicPage(build, t, section, article, briefs, main, withSection) : secondLayoutPage(build, t, section, article, briefs, main, withSection);
    }

    const local = localTime(t);
    const name = `${local.year}-${pad2(local.month)}-${pad2(local.day)}T${pad2(local.hour)}${pad2(local.minute)}-${page.slug}.txt`;
    yield { name, text: page.lines.join("\n") + "\n" };
  }
}

/** Writes the captures into `dir` (created if needed; files of the same name are overwritten). */
export async function writeCorpus(dir: string, options: GenerateOptions): Promise<{ files: number; bytes: number }> {
  await mkdir(dir, { recursive: true });
  let files = 0;
  let bytes = 0;
  const inFlight = new Set<Promise<void>>();
  for (const capture of generateCaptures(options)) {
    const data = Buffer.from(capture.text, "utf8");
    const write = writeFile(join(dir, capture.name), data).then(() => {
      inFlight.delete(write);
    });
    inFlight.add(write);
    files++;
    bytes += data.length;
    if (inFlight.size >= 32) await Promise.race(inFlight);
  }
  await Promise.all(inFlight);
  return { files, bytes };
}

// ---------------------------------------------------------------------------------------------
// CLI

function usage(): string {
  return "usage: npx tsx bench/generate-corpus.ts --captures N --seed S --out DIR [--start ISO]";
}

async function main(argv: string[]): Promise<number> {
  const args = new Map<string, string>();
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--help" || arg === "-h") {
      console.log(usage());
      return 0;
    }
    const m = /^--(captures|seed|out|start)(?:=(.*))?$/.exec(arg);
    if (!m) {
      console.error(`unknown argument "${arg}"\n${usage()}`);
      return 2;
    }
    const value = m[2] ?? argv[++i];
    if (value === undefined) {
      console.error(`--${m[1]} needs a value\n${usage()}`);
      return 2;
    }
    args.set(m[1]!, value);
  }
  const captures = Number(args.get("captures") ?? "1000");
  const seed = Number(args.get("seed") ?? "1");
  const out = args.get("out") ?? `.cache/bench/corpus-${captures}`;
  if (!Number.isInteger(captures) || captures < 0 || !Number.isFinite(seed)) {
    console.error(`--captures must be a non-negative integer and --seed a number\n${usage()}`);
    return 2;
  }
  const startedAt = process.hrtime.bigint();
  const result = await writeCorpus(out, { seed, captures, ...(args.has("start") ? { start: args.get("start")! } : {}) });
  const seconds = Number(process.hrtime.bigint() - startedAt) / 1e9;
  console.log(`wrote ${result.files} files, ${(result.bytes / 1e6).toFixed(1)} MB (mean ${(result.bytes / Math.max(1, result.files) / 1024).toFixed(2)} KiB) to ${out} in ${seconds.toFixed(1)} s`);
  return 0;
}

const entry = process.argv[1];
if (entry && import.meta.url === pathToFileURL(resolve(entry)).href) {
  main(process.argv.slice(2)).then(
    (code) => {
      process.exitCode = code;
    },
    (error: unknown) => {
      console.error(error);
      process.exitCode = 1;
    },
  );
}
