/**
 * The only script on the search page, and the only one that runs before a
 * search: it loads the search code and Pagefind when there is something to
 * search for, either in the address (?q=… or a filter) or typed in the box.
 * Until then nothing else is fetched. If loading fails, the form still
 * submits as a plain GET and the page shows the procedure list.
 */
const root = document.getElementById('tim-kiem');
const form = document.getElementById('form-tim-kiem') as HTMLFormElement | null;
const input = document.getElementById('q-trang') as HTMLInputElement | null;

if (root && form && input) {
  let loading: Promise<void> | null = null;
  const start = (typing: boolean) => {
    loading ??= import('./search-ui.ts').then((ui) => ui.start({ root, form, input, typing }));
    return loading;
  };
  const params = new URLSearchParams(location.search);
  const asked = [...params.entries()].some(([, value]) => value.trim() !== '');
  if (asked) void start(false);
  else {
    input.addEventListener('input', () => void start(true), { once: true });
    form.addEventListener(
      'submit',
      (event) => {
        if (input.value.trim() === '') return;
        event.preventDefault();
        void start(false);
      },
      { once: true },
    );
  }
}
