/**
 * What draad hands to Pagefind is text, and stays text wherever it is shown (issue #11).
 *
 * Pagefind stores a custom record's meta and filter values exactly as given, and Pagefind's own
 * search interfaces put them into the page as HTML. So draad escapes them before indexing: a
 * third party who points Pagefind's UI at our bundles sees `<img src=x>` as text. Our own search
 * page (templates/assets/search.js) decodes them again (`unescapeHtml` there is the inverse of
 * `escapeHtml` here) and writes them with `textContent`.
 *
 * The record's `content` is given as it is: Pagefind never renders it (its excerpts escape `<`
 * and `>`), and our page builds its excerpts from it as text.
 *
 * Pagefind also indexes the words of every meta value for search. The display date of a report
 * is not meant to be found (`november` should find reports that say november, not every report
 * of that month), so it is stored `outOfIndex`: its UTF-8 bytes in hex after an `x`, one word no
 * one types, which search.js decodes (`fromOutOfIndex`).
 */

export { escapeHtml } from "./html-escape.js";

/** `22 november` -> `x3232206e6f76656d626572`. */
export function outOfIndex(text: string): string {
  return `x${Buffer.from(text, "utf8").toString("hex")}`;
}
