// The 404 page's search box, filled in from the address that was not found: its last part
// (`/2020/02/aleppo-liberation/` → `aleppo liberation`) is most often the story's slug.
const box = document.getElementById('not-found-q');
if (box instanceof HTMLInputElement) {
  const last =
    location.pathname
      .replace(/\/(?:index\.html?)?$/, '')
      .split('/')
      .pop() ?? '';
  let words = last;
  try {
    words = decodeURIComponent(last);
  } catch {
    // A malformed escape: the part as it is.
  }
  box.value = words
    .replace(/\.html?$/, '')
    .replace(/[-_+]+/g, ' ')
    .trim();
}
