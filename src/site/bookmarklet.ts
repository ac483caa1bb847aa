/**
 * The capture bookmarklet (issue #15): on a news page, one click copies what the reader sees,
 * with the page's address and the time of the click as front matter, ready for `draad add`:
 *
 *   ---
 *   captured: 2025-11-22T09:00:00.000Z
 *   source: "https://www.example.nl/artikel"
 *   ---
 *   <the visible text of the page>
 *
 * It reads the page and writes the clipboard, nothing else: no request, no element added to the
 * page beyond a moment's hidden text area where the clipboard API is missing, and it runs only
 * when clicked (a bookmarklet is a `javascript:` URL in a bookmark). The time is UTC; `draad add`
 * writes it in Europe/Amsterdam time.
 */

/** The bookmarklet's code, readable. It must stay one expression without `//` comments. */
export const BOOKMARKLET_SOURCE = `(function () {
  var selection = String(window.getSelection ? window.getSelection() : "");
  var text = selection.trim() ? selection : document.body.innerText;
  var capture = "---\\ncaptured: " + new Date().toISOString() + "\\nsource: " + JSON.stringify(location.href) + "\\n---\\n" + text + "\\n";
  function done() { alert("Gekopieerd voor draad add: " + text.length + " tekens van " + location.hostname); }
  function fallback() {
    var area = document.createElement("textarea");
    area.value = capture;
    area.setAttribute("readonly", "");
    area.style.position = "fixed";
    area.style.opacity = "0";
    document.body.appendChild(area);
    area.select();
    var copied = document.execCommand("copy");
    document.body.removeChild(area);
    if (copied) done(); else prompt("Kopieer deze tekst voor draad add:", capture);
  }
  if (navigator.clipboard && navigator.clipboard.writeText) navigator.clipboard.writeText(capture).then(done, fallback);
  else fallback();
})();`;

/** The `javascript:` URL a reader drags to the bookmarks bar. */
export function bookmarkletUrl(): string {
  const compact = BOOKMARKLET_SOURCE.replace(/\n\s*/g, " ");
  return `javascript:${encodeURIComponent(compact)}`;
}
