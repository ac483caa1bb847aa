// Starts Pagefind's search interface (Dutch, from <html lang="nl">) on the search page.
// The bundle path comes from the page, so the search works under any --path-prefix.
(function () {
  var element = document.getElementById("zoeken");
  if (!element || typeof PagefindUI === "undefined") return;
  var bundlePath = element.getAttribute("data-bundle");
  // Result URLs in the index are site-relative; the UI puts the site's path prefix before them.
  var baseUrl = element.getAttribute("data-base") || "/";
  // A large archive is indexed in several bundles; the first holds this interface, the others are merged in.
  var merge = (element.getAttribute("data-merge") || "").split(" ").filter(Boolean).map(function (path) {
    return { bundlePath: path, baseUrl: baseUrl };
  });
  var ui = new PagefindUI({
    element: "#zoeken",
    bundlePath: bundlePath,
    baseUrl: baseUrl,
    mergeIndex: merge,
    showSubResults: false,
    showImages: false,
    resetStyles: false,
    sort: { datum: "desc" },
    translations: { clear_search: "Wissen", placeholder: "Zoek in alle berichten" },
  });
  // Pagefind labels its input only with a title; give it an accessible name of its own.
  var input = element.querySelector(".pagefind-ui__search-input");
  if (input) input.setAttribute("aria-label", "Zoek in alle berichten");
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
})();
