/**
 * The search page's word matching (templates/assets/search.js, run here in Node): a query finds
 * a report only when each of its words begins a word of the report, or its Dutch stem begins the
 * stem of one, as Pagefind matches; never through Pagefind's fallback to a shorter indexed word
 * (issue #14: `xyzzyq` found the word "X", `asdfgh` found "ASSEN").
 */
import { describe, expect, it } from "vitest";

interface SearchPageModule {
  looseWord(word: string): string;
  queryWords(query: string): string[];
  dutchStem(word: string): string;
  textWords(text: string): Set<string>;
  wordMatches(queryWord: string, word: string): boolean;
  matchesEveryWord(query: string, text: string): boolean;
}
const searchPage = (await import("../../templates/assets/search.js" as string)) as SearchPageModule;

describe("dutchStem: the Snowball Dutch stemmer Pagefind uses for lang=nl", () => {
  // Pairs from the sample vocabulary of snowballstem.org/algorithms/dutch (word -> stem).
  const sample: [string, string][] = [
    ["lichamelijk", "licham"], ["lichamelijke", "licham"], ["lichamelijkheden", "licham"], ["lichamen", "licham"],
    ["lichere", "licher"], ["lichtdoorlatende", "lichtdoorlat"], ["lichte", "licht"], ["lichten", "licht"],
    ["lichtende", "lichtend"], ["lichters", "lichter"], ["lichtgevoeligheid", "lichtgevoel"], ["lichthoeveelheid", "lichthoevel"],
    ["lichtje", "lichtj"], ["lichtjes", "lichtjes"], ["lichtkranten", "lichtkrant"], ["lichtkringen", "lichtkring"],
    ["lichtregelsystemen", "lichtregelsystem"], ["lichtste", "lichtst"], ["lichtte", "licht"], ["lichtten", "licht"],
    ["lichttoetreding", "lichttoetred"], ["lichtzinnige", "lichtzinn"], ["lidstaten", "lidstat"], ["lidvereniging", "lidveren"],
    ["opgingen", "opging"], ["opglanzingen", "opglanz"], ["opglimpende", "opglimp"], ["opgroeiplaats", "opgroeiplat"],
    ["ophaal", "ophal"], ["ophaalkosten", "ophaalkost"], ["ophalers", "ophaler"], ["opheffende", "opheff"],
    ["opheldering", "ophelder"], ["ophemelde", "ophemeld"], ["ophieven", "ophiev"], ["ophoog", "ophog"], ["ophouden", "ophoud"],
  ];
  it.each(sample)("%s -> %s", (word, stem) => expect(searchPage.dutchStem(word)).toBe(stem));

  it("gives singular and plural the same stem, and leaves a word without an ending alone", () => {
    expect(searchPage.dutchStem("gemeenten")).toBe(searchPage.dutchStem("gemeente"));
    expect(searchPage.dutchStem("badeendjes")).toBe("badeendjes");
    expect(searchPage.dutchStem("xyzzyq")).toBe("xyzzyq");
    expect(searchPage.dutchStem("asdfgh")).toBe("asdfgh");
  });
});

describe("looseWord, queryWords, textWords: words as Pagefind compares them", () => {
  it("lower case, no diacritics, no punctuation", () => {
    expect(searchPage.looseWord("Café")).toBe("cafe");
    expect(searchPage.looseWord("'s-Hertogenbosch,")).toBe("shertogenbosch");
    expect(searchPage.queryWords("  Badeendjes   ASSEN! ")).toEqual(["badeendjes", "assen"]);
    expect(searchPage.queryWords(" ‘ ’ ")).toEqual([]);
  });

  it("a text's words whole and in their parts between punctuation", () => {
    expect([...searchPage.textWords("'s-Hertogenbosch (ANP) - Eén")].sort()).toEqual(["anp", "een", "hertogenbosch", "s", "shertogenbosch"]);
  });
});

describe("wordMatches and matchesEveryWord", () => {
  const matches: [string, string][] = [
    ["badeendje", "badeendjes"], // a word being typed: its beginning
    ["badeendjes", "badeendjes"],
    ["gemeenten", "gemeente"], // plural finds singular through the stem
    ["gemeente", "gemeenten"],
    ["wandelingen", "wandeling"],
    ["ass", "assen"],
  ];
  it.each(matches)("%s matches %s", (q, w) => expect(searchPage.wordMatches(q, w)).toBe(true));

  // Must not match: Pagefind's fallback from a word no indexed word begins with to the longest
  // indexed word that begins it (xyzzyq -> x, asdfgh -> as).
  const nonMatches: [string, string][] = [
    ["xyzzyq", "x"],
    ["asdfgh", "as"],
    ["asdfgh", "assen"],
    ["gemeentehuisx", "gemeentehuis"],
    ["badeendjesvijver", "badeendjes"],
    ["assen", "as"],
  ];
  it.each(nonMatches)("%s does not match %s", (q, w) => expect(searchPage.wordMatches(q, w)).toBe(false));

  it("needs every query word in the text, case and diacritics aside", () => {
    expect(searchPage.matchesEveryWord("xyzzyq", "Het kabinet X wil de wet in ASSEN aanpassen")).toBe(false);
    expect(searchPage.matchesEveryWord("asdfgh", "Het kabinet X wil de wet in ASSEN aanpassen")).toBe(false);
    expect(searchPage.matchesEveryWord("assen kabinet", "Het kabinet X wil de wet in ASSEN aanpassen")).toBe(true);
    expect(searchPage.matchesEveryWord("assen xyzzyq", "Het kabinet X wil de wet in ASSEN aanpassen")).toBe(false);
    expect(searchPage.matchesEveryWord("cafe", "Het Café sluit")).toBe(true);
    expect(searchPage.matchesEveryWord("hertogenbosch", "'S-HERTOGENBOSCH (ANP) - De gemeente")).toBe(true);
    expect(searchPage.matchesEveryWord("gemeenten", "'S-HERTOGENBOSCH (ANP) - De gemeente")).toBe(true);
  });
});
