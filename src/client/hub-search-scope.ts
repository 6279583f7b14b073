/**
 * The hub's search page: the list of communes to search in. Each choice is a
 * page of its own (/tim-kiem/ for every commune, /tim-kiem/<slug>/ for one,
 * src/routes-hub/tim-kiem/), so choosing one loads that page with the words
 * typed so far, and the search script there loads only that one index. The
 * list is hidden without JavaScript, where it could do nothing.
 */
const box = document.getElementById('pham-vi-tim');
const scope = document.getElementById('pham-vi') as HTMLSelectElement | null;
const query = document.getElementById('q-trang') as HTMLInputElement | null;

if (box && scope && query) {
  box.hidden = false;
  scope.addEventListener('change', () => {
    const search = box.dataset.search ?? '/tim-kiem/';
    const q = query.value.trim();
    location.assign(`${search}${scope.value ? `${scope.value}/` : ''}${q ? `?q=${encodeURIComponent(q)}` : ''}`);
  });
}
