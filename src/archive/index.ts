/** The archive stage: parsed captures -> deduplicated, dated, linked items. */
export { buildArchive, ArchiveBuilder, agencyId, type ArchiveOptions, type CaptureContribution } from "./build-archive.js";
export { readPlaceAliases, placeResolver, placeId } from "./places.js";
export { archivePart, itemsOfOtherYears, partWindow, partYearOfItem, PART_CONTEXT_DAYS, PART_YEARS } from "./partition.js";
export { slugify, comparisonText, headlineFromText } from "./normalise.js";
export type * from "./types.js";
