// The capture page: a click on the bookmarklet here does nothing but say what to do with it
// (drag it to the bookmarks bar); it is meant to be clicked on a news page.
const link = document.querySelector("[data-bookmarklet]");
const hint = document.getElementById("bookmarklet-hint");
if (link && hint) {
  link.addEventListener("click", (event) => {
    event.preventDefault();
    hint.textContent = link.getAttribute("data-clicked-here") || "";
  });
}
