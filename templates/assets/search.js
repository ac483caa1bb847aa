// Starts Pagefind's search interface (Dutch, from <html lang="nl">) on the search page.
// The bundle path comes from the page, so the search works under any --path-prefix.
(function () {
  var element = document.getElementById("zoeken");
  if (!element || typeof PagefindUI === "undefined") return;
  var bundlePath = element.getAttribute("data-bundle");
  var ui = new PagefindUI({ element: "#zoeken", bundlePath: bundlePath, showSubResults: false, showImages: false, resetStyles: false, sort: { datum: "desc" } });
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
})();
