// The search page's script (bundled into search.js, a classic script: file:// blocks modules).
// It binds to this markup, which the site renders on <output>/search/index.html:
//
//   <form id="search-form" role="search" method="get" action="./">
//     <label for="search-q">…</label><input id="search-q" name="q" type="search">
//     <select id="search-source" name="source"><option value="">All sources</option></select>
//     <input id="search-from" name="from" type="date"> <input id="search-to" name="to" type="date">
//     <select id="search-sort" name="sort"><option value="relevance">Relevance</option>
//       <option value="date">Newest first</option></select>
//   </form>
//   <p id="search-status" role="status" aria-live="polite"></p>
//   <ol id="search-results"></ol>
//   <div id="search-help">…</div>
//   <noscript>…</noscript>
//
// On pages without #search-form it does nothing. Everything it loads (lunr.min.js, manifest,
// shards, documents) is a classic script next to search.js, found from its own src. Strict-CSP
// safe: no inline script or style, no eval, document text only ever set as textContent.
// Each result: <li class="search-result"><a class="search-title" href="../url">title with
// <mark></a><p class="search-meta">date · source</p><p class="search-snippet">…<mark>…</p></li>.
// #search-results gets data-state="loading|done|error" and data-query once results are shown.
import { SearchEngine, type Load } from './engine.ts';
import { fileOf, MANIFEST, REGISTER, type Manifest } from './format.ts';
import { Highlighter, type Segment } from './highlight.ts';
import type { Lunr } from './lunr-types.ts';
import { filterHits, presentEach, type Filters, type Shown } from './results.ts';

/** Results per page: each needs its own document file, and their requests are most of what a
 * keystroke waits for (a browser opens about six at a time to a host); ten fill a screen. */
const PAGE = 10;

const here = document.currentScript as HTMLScriptElement | null;
const base = here?.src ? new URL('.', here.src).href : new URL('.', location.href).href;
const fromDisk = location.protocol === 'file:';

function injectScript(src: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const s = document.createElement('script');
    s.src = src;
    s.async = true;
    // Dynamically inserted scripts get low priority; the page is waiting for these ones.
    s.setAttribute('fetchpriority', 'high');
    s.onload = () => resolve();
    s.onerror = () => reject(new Error(`could not load ${src}`));
    document.head.appendChild(s);
  });
}

/** Data files call window[REGISTER](key, data); each load waits for its key. */
function dataLoader(): Load {
  const waiting = new Map<string, (data: unknown) => void>();
  (window as unknown as Record<string, unknown>)[REGISTER] = (key: string, data: unknown) => {
    waiting.get(key)?.(data);
    waiting.delete(key);
  };
  const cache = new Map<string, Promise<unknown>>();
  return (key) => {
    let p = cache.get(key);
    if (!p) {
      p = new Promise((resolve, reject) => {
        waiting.set(key, resolve);
        injectScript(base + fileOf(key)).catch((e: Error) => {
          waiting.delete(key);
          cache.delete(key);
          reject(e);
        });
      });
      cache.set(key, p);
    }
    return p;
  };
}

async function openEngine(): Promise<{ engine: SearchEngine; highlighter: Highlighter }> {
  const load = dataLoader();
  const win = window as unknown as { lunr?: Lunr };
  const [manifest] = await Promise.all([
    load(MANIFEST) as Promise<Manifest>,
    win.lunr ? Promise.resolve() : injectScript(`${base}lunr.min.js`),
  ]);
  const lunr = win.lunr!;
  return { engine: new SearchEngine(lunr, manifest, load), highlighter: new Highlighter(lunr) };
}

function byId<T extends HTMLElement>(id: string): T | null {
  return document.getElementById(id) as T | null;
}

function startSearchPage(): void {
  const form = byId<HTMLFormElement>('search-form');
  const q = byId<HTMLInputElement>('search-q');
  const results = byId<HTMLOListElement>('search-results');
  const status = byId<HTMLElement>('search-status');
  if (!form || !q || !results || !status) return;
  const source = byId<HTMLSelectElement>('search-source');
  const from = byId<HTMLInputElement>('search-from');
  const to = byId<HTMLInputElement>('search-to');
  const sort = byId<HTMLSelectElement>('search-sort');
  const more = document.createElement('button');
  more.type = 'button';
  more.className = 'search-more';
  more.hidden = true;
  results.after(more);

  const opened = openEngine();
  opened.then(
    ({ engine }) => {
      for (const name of engine.manifest.sources) {
        if (!source || [...source.options].some((o) => o.value === name)) continue;
        source.append(new Option(name, name));
      }
      fromUrl(); // the source option now exists
    },
    () => setStatus('error', 'The search index could not be loaded.'),
  );

  const filters = (): Filters => ({
    source: source?.value ?? '',
    from: from?.value ?? '',
    to: to?.value ?? '',
    sort: sort?.value === 'date' ? 'date' : 'relevance',
  });
  function setStatus(state: string, text: string): void {
    results!.dataset.state = state;
    status!.textContent = text;
  }

  let run = 0;
  async function search(): Promise<void> {
    const mine = ++run;
    const query = q!.value.trim();
    const f = filters();
    // The results take the help's place (style.css keeps room for them).
    document.documentElement.classList.toggle('has-query', query !== '');
    if (!query) {
      results!.replaceChildren();
      more.hidden = true;
      setStatus('done', '');
      delete results!.dataset.query;
      return;
    }
    setStatus('loading', 'Searching…');
    try {
      const { engine, highlighter } = await opened;
      const hits = await filterHits(engine, await engine.search(query), f);
      let shown = 0;
      const showMore = async (replace: boolean) => {
        const page = presentEach(engine, highlighter, hits.slice(shown, shown + PAGE));
        // Results appear in order as their documents arrive (on a large archive each is its
        // own request). One that fails still fails the search below; the others' failures are
        // then not left unhandled.
        for (const p of page) p.catch(() => {});
        if (replace && page.length === 0) results!.replaceChildren();
        for (const [i, p] of page.entries()) {
          const item = resultItem(await p);
          if (mine !== run) return;
          if (replace && i === 0) results!.replaceChildren(item);
          else results!.append(item);
        }
        shown += page.length;
        more.hidden = shown >= hits.length;
        more.textContent = `Show more (${hits.length - shown} left)`;
        more.onclick = () => void showMore(false);
      };
      await showMore(true);
      if (mine !== run) return;
      results!.dataset.query = query;
      setStatus(
        'done',
        hits.length === 0
          ? `No results for “${query}”.`
          : `${hits.length} result${hits.length === 1 ? '' : 's'} for “${query}”.`,
      );
    } catch (e) {
      if (mine !== run) return;
      results!.replaceChildren();
      more.hidden = true;
      setStatus('error', `Cannot search for “${query}”: ${(e as Error).message}`);
    }
  }

  /** The query and filters live in the URL: typing replaces the entry, submitting adds one. */
  function toUrl(push: boolean): void {
    const params = new URLSearchParams();
    const f = filters();
    if (q!.value) params.set('q', q!.value);
    if (f.source) params.set('source', f.source);
    if (f.from) params.set('from', f.from);
    if (f.to) params.set('to', f.to);
    if (f.sort !== 'relevance') params.set('sort', f.sort);
    const url = `${location.pathname}${params.toString() ? `?${params}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
  function fromUrl(): void {
    const params = new URLSearchParams(location.search);
    q!.value = params.get('q') ?? '';
    if (source) source.value = params.get('source') ?? '';
    if (from) from.value = params.get('from') ?? '';
    if (to) to.value = params.get('to') ?? '';
    if (sort) sort.value = params.get('sort') === 'date' ? 'date' : 'relevance';
    void search();
  }

  // As you type: search at once when idle; keystrokes during a search leave one more search
  // for the latest text when it ends (no fixed debounce delay before the first results).
  let busy = false;
  let pending = false;
  q.addEventListener('input', async () => {
    if (busy) {
      pending = true;
      return;
    }
    busy = true;
    do {
      pending = false;
      await search();
      afterPaint(() => toUrl(false)); // replacing the history entry can take milliseconds
    } while (pending);
    busy = false;
  });
  for (const control of [source, from, to, sort])
    control?.addEventListener('change', () => {
      toUrl(true);
      void search();
    });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    toUrl(true);
    void search();
  });
  window.addEventListener('popstate', fromUrl);
  fromUrl();
}

/** Runs `fn` once the browser has painted what is on the page now. */
function afterPaint(fn: () => void): void {
  requestAnimationFrame(() => setTimeout(fn, 0));
}

/** `../` + url from the search page; directory links get index.html when opened from disk. */
function hrefOf(url: string): string {
  return `../${url}${fromDisk && (url === '' || url.endsWith('/')) ? 'index.html' : ''}`;
}

function marked(parent: HTMLElement, segments: Segment[]): HTMLElement {
  for (const s of segments) {
    if (s.mark) {
      const m = document.createElement('mark');
      m.textContent = s.text;
      parent.append(m);
    } else parent.append(s.text);
  }
  return parent;
}

function resultItem(r: Shown): HTMLLIElement {
  const li = document.createElement('li');
  li.className = 'search-result';
  const a = document.createElement('a');
  a.className = 'search-title';
  a.href = hrefOf(r.url);
  li.append(marked(a, r.title));
  const meta = document.createElement('p');
  meta.className = 'search-meta';
  if (r.date) {
    const time = document.createElement('time');
    time.dateTime = r.date;
    time.textContent = r.shownDate ?? r.date.slice(0, 10);
    meta.append(time);
  }
  if (r.source) meta.append(r.date ? ` · ${r.source}` : r.source);
  const snippet = document.createElement('p');
  snippet.className = 'search-snippet';
  li.append(meta, marked(snippet, r.snippet));
  return li;
}

if (document.readyState === 'loading')
  document.addEventListener('DOMContentLoaded', startSearchPage);
else startSearchPage();
