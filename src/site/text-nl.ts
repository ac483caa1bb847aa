/**
 * Every piece of interface text of the site, in Dutch, in one place. Templates read it as `t`;
 * the filters in dutch-dates.ts use the month and weekday names from src/wire/vocabulary.ts.
 */
export const TEXT_NL = {
  siteName: "draad",
  siteTagline: "Nieuwsarchief van het ANP-draadnieuws",
  siteDescription: "Een doorzoekbaar archief van Nederlandse persbureauberichten, per dag, rubriek, plaats en persbureau.",
  skipLink: "Naar de inhoud",
  navigationLabel: "Hoofdmenu",
  nav: {
    home: "Voorpagina",
    archive: "Archief",
    sections: "Rubrieken",
    places: "Plaatsen",
    agencies: "Persbureaus",
    stories: "Verhaallijnen",
    search: "Zoeken",
    about: "Over dit archief",
    allYears: "Alle jaren",
  },
  home: {
    title: "Het laatste nieuws",
    dayHeading: "Het nieuws van", // + "zaterdag 22 november 2025"
    undatedHeading: "Berichten zonder bekende datum",
    more: "Meer nieuws in het archief",
    empty: "Er staan nog geen berichten in dit archief. Voeg vastgelegde pagina's toe aan content/wire en bouw opnieuw.",
  },
  item: {
    article: "Artikel",
    brief: "Kort bericht",
    /** In lists, after a report whose captures show more than one version of its text. */
    updated: "bijgewerkt",
    updatedTitle: "De vastgelegde pagina's tonen meer dan één versie van dit bericht",
    section: "Rubriek",
    published: "Gepubliceerd",
    /** Before the update time the captured page itself states. */
    pageUpdated: "Volgens de pagina bijgewerkt",
    moreFrom: "Meer uit", // + section name
    related: "Gerelateerde berichten",
    story: "Verhaallijn",
    storyIntro: "Dit bericht hoort bij een verhaal dat zich in de loop van de tijd ontwikkelde:",
    storyLink: "Het hele verhaal volgen",
    current: "dit bericht",
    fullArticle: "Lees het volledige artikel",
    briefOf: "Dit bericht verscheen ook als kort bericht:",
    evidence: "Hoe dit bericht is gedateerd",
    evidenceIntro: "Elke vastgelegde pagina waarop dit bericht stond, met de leeftijd die de pagina toen noemde. De publicatietijd bovenaan is de doorsnede van al die aanwijzingen.",
    evidenceIntroLinked: "Het korte bericht en het artikel zijn één plaatsing: ook de pagina's waarop het andere stond, tellen mee.",
    evidenceIntroReposted: "Van een bericht dat meer dan eens is geplaatst, tellen alleen de aanwijzingen van de eerste plaatsing.",
    /** Heading rows of the dating table when it also has the other report's rows: this report's, then the other's. */
    evidenceOwnHeading: { brief: "Pagina's met dit korte bericht", article: "Pagina's met dit artikel" } as Record<"brief" | "article", string>,
    evidenceViaHeading: { brief: "Pagina's met het korte bericht", article: "Pagina's met het artikel" } as Record<"brief" | "article", string>,
    evidenceCapture: "Vastgelegde pagina",
    evidenceCapturedAt: "Vastgelegd op",
    evidenceAge: "Leeftijd op de pagina",
    evidenceInterval: "Dus gepubliceerd",
    evidenceRole: { page: "als artikel", sidebar: "in de zijbalk", list: "in een rubriekslijst", ticker: "in de tickerregel" } as Record<string, string>,
    reposted: "Dit bericht is meer dan eens geplaatst; het is gedateerd naar de eerste plaatsing.",
    posting: "plaatsing",
    captureUnknown: "onbekend",
    noAge: "geen",
    source: "Bron",
    byline: "Auteur",
    captions: "Bijschriften",
    agenciesLabel: "Persbureaus",
    placeLabel: "Plaats",
    variant: "(afwijkende kopie)",
    versions: "Versies van dit bericht",
    versionsIntro: "De vastgelegde pagina's tonen dit bericht niet overal gelijk: het is in de loop van de tijd bijgewerkt. Hierboven staat de laatste versie; hieronder per versie wat er veranderde.",
    version: "Versie",
    versionSeenOnce: "gezien op",
    versionSeenFrom: "gezien van",
    versionSeenTo: "tot",
    versionCaptures: (n: number) => (n === 1 ? "(1 vastgelegde pagina)" : `(${n} vastgelegde pagina's)`),
    versionFirst: "De eerste vastgelegde versie.",
    removed: "verwijderd:",
    added: "toegevoegd:",
    omitted: "…",
  },
  dates: {
    unknown: "datum onbekend",
    at: "om",
    between: "tussen",
    and: "en",
    notAfter: "uiterlijk",
    notBefore: "na",
    /** In a list under a day's heading, a report known only to that day (a date line without clock). */
    wholeDay: "die dag",
    /** How a screen reader reads the dash of `11:05–11:34`. */
    rangeSpoken: " tot ",
    /** Shown once on a page whose lists have a time that is not known to the minute. */
    legend: "Tijden in Nederlandse tijd. De meeste zijn afgeleid uit de leeftijd van een bericht op een vastgelegde pagina: ‘11:05–11:34’ betekent ergens tussen 11:05 en 11:34 geplaatst, ‘uiterlijk 10:00’ dat het bericht er om 10:00 al stond, toen de pagina werd vastgelegd.",
    /** Added to the legend where lists stand under a day's heading. */
    legendDay: "Een tijd zonder datum valt op de dag in de kop erboven.",
    legendLabel: "Over de tijden",
  },
  lists: {
    section: "Rubriek",
    place: "Plaats",
    agency: "Persbureau",
    items: "berichten",
    item: "bericht",
    allSections: "Alle rubrieken",
    allPlaces: "Alle plaatsen",
    allAgencies: "Alle persbureaus",
    allStories: "Alle verhaallijnen",
    unknownAgency: "onbekend persbureau",
    storyItems: "berichten in deze verhaallijn",
    feed: "Volg deze rubriek (Atom)",
    jsonFeed: "JSON Feed",
  },
  pagination: {
    label: "Paginering",
    newer: "Nieuwer",
    older: "Ouder",
    /** The front page of a list, in its pagination. */
    front: "Nieuwste",
    page: "Pagina",
    /** Under the front page, and under a numbered page (`{n}` of `{total}`): pages are counted from the oldest. */
    frontStatus: "De nieuwste berichten. Oudere staan op {total} pagina's; pagina 1 heeft de oudste.",
    frontStatusOne: "De nieuwste berichten. Oudere staan op pagina 1.",
    pageStatus: "Pagina {n} van {total}; pagina 1 heeft de oudste berichten.",
    oldestStatus: "Pagina 1 van {total}: de oudste berichten.",
  },
  archive: {
    title: "Archief",
    intro: "Blader per jaar, maand en dag door alle gedateerde berichten.",
    year: "Jaar",
    month: "Maand",
    previousDay: "Vorige dag",
    nextDay: "Volgende dag",
    previousMonth: "Vorige maand",
    nextMonth: "Volgende maand",
    previousYear: "Vorig jaar",
    nextYear: "Volgend jaar",
    calendarCaption: "Dagen met nieuws in",
    undated: "Zonder datum",
    undatedIntro: "Berichten uit pagina's zonder bekend vastlegmoment: hun publicatiedatum is niet te bepalen.",
    newsOn: "Het nieuws van",
  },
  search: {
    title: "Zoeken",
    intro: "Zoek in alle berichten. Filter op rubriek, plaats of persbureau.",
    noScript: "Zoeken werkt met JavaScript. Zonder JavaScript vindt u alle berichten via het archief, de rubrieken en de plaatsen.",
    label: "Zoek in alle berichten",
    placeholder: "Bijvoorbeeld: veerpont",
    submit: "Zoeken",
    /** The disclosure over the filters (closed until opened: their data is loaded only then). */
    filtersSummary: "Filteren op rubriek, plaats, persbureau",
    // `{n}` is the number of reports, `{q}` what was searched for.
    foundMany: "{n} berichten gevonden voor ‘{q}’",
    foundOne: "1 bericht gevonden voor ‘{q}’",
    foundNone: "Geen berichten gevonden voor ‘{q}’",
    filteredMany: "{n} berichten met deze keuze",
    filteredOne: "1 bericht met deze keuze",
    filteredNone: "Geen berichten met deze keuze",
    more: "Meer berichten tonen",
    /**
     * A large archive's search index comes in bundles, newest reports first, and a search reads
     * an older bundle only when it needs more results. Until every bundle is read, the status
     * says how far the search went (`{m}` reports, back to `{date}`), and the button reads on.
     */
    reachDated: "Nog niet alles doorzocht: alleen de nieuwste {m} berichten, tot {date} terug.",
    reachUndated: "Nog niet alles doorzocht: alleen de nieuwste {m} berichten.",
    moreOlder: "Ook oudere berichten doorzoeken",
    unavailable: "Het zoeken kon niet worden gestart. U vindt alle berichten ook via het archief, de rubrieken en de plaatsen.",
    /**
     * The filters, in the order the search page shows them. `key` is the filter's name in the
     * search index and in a shared search's URL (`?q=veerpont&rubriek=Binnenland`).
     */
    filters: {
      section: { key: "rubriek", label: "Rubriek", all: "Alle rubrieken" },
      place: { key: "plaats", label: "Plaats", all: "Alle plaatsen" },
      agency: { key: "persbureau", label: "Persbureau", all: "Alle persbureaus" },
    },
  },
  notFound: {
    title: "Pagina niet gevonden",
    body: "Deze pagina bestaat niet (meer). Misschien vindt u wat u zoekt via het archief of de zoekfunctie.",
  },
  capture: {
    title: "Zelf berichten vastleggen",
    intro: "Leest u een nieuwspagina met berichten van het ANP? Met deze bladwijzer legt u vast wat u ziet, met het adres van de pagina en het moment, klaar om aan het archief toe te voegen.",
    howTitle: "Zo werkt het",
    /** Between backquotes: a command, shown as code. */
    steps: [
      "Sleep de knop hieronder naar de bladwijzerbalk van uw browser (of kies met de rechtermuisknop: als bladwijzer opslaan).",
      "Open een nieuwspagina en klik op de bladwijzer. Hij kopieert de zichtbare tekst van de pagina (of wat u hebt geselecteerd), met het adres en het tijdstip, naar het klembord.",
      "Voeg het toe aan het archief met `draad add --clipboard` (of plak het in een bestand en gebruik `draad add bestand.txt`). draad zet het op de goede plaats, met de goede naam, en laat meteen zien wat het erin vond.",
      "Met `npm start` (`draad serve`) staat het bericht een paar tellen later op de site.",
    ],
    button: "Vastleggen voor draad",
    buttonHint: "Sleep deze knop naar uw bladwijzerbalk; hier klikken doet niets.",
    clickedHere: "Sleep de knop naar uw bladwijzerbalk en klik er daar op, op een nieuwspagina.",
    privacyTitle: "Wat de bladwijzer doet",
    privacy: "Hij leest alleen de pagina waarop u hem aanklikt en zet de tekst op uw klembord. Hij verstuurt niets, laadt niets en doet niets als u hem niet aanklikt.",
    footerLink: "Zelf berichten vastleggen",
  },
  footer: "Gemaakt met draad. Berichten van het ANP en andere persbureaus, zoals vastgelegd van nieuwssites; tijden in Nederlandse tijd.",
  feedTitle: "draad: het laatste nieuws",
} as const;

export type SiteText = typeof TEXT_NL;
