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
// Below the results, the research tools (client-coverage.ts: #search-coverage with the chart,
// its table, the top sources and the downloads; #search-compare for queries to compare).
// On pages without #search-form it does nothing. Everything it loads (lunr.min.js, manifest,
// shards, documents) is a classic script next to search.js, found from its own src. Strict-CSP
// safe: no inline script or style, no eval, document text only ever set as textContent.
// Each result: <li class="search-result"><a class="search-title" href="../url">title with
// <mark></a><p class="search-meta">date · source</p><p class="search-snippet">…<mark>…</p></li>.
// #search-results gets data-state="loading|done|error" and data-query once results are shown.
import { SearchEngine, type Load } from './engine.ts';
import type { Hit } from './score.ts';
import { fileOf, MANIFEST, REGISTER, type Manifest } from './format.ts';
import { Highlighter, type Segment } from './highlight.ts';
import type { Lunr } from './lunr-types.ts';
import { filterHits, presentEach, type Filters, type Shown } from './results.ts';
import { coverageElements, showCoverage } from './client-coverage.ts';

/** Queries side by side in the chart: the main one and up to three to compare with. */
const MAX_QUERIES = 4;

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
  const period = byId<HTMLSelectElement>('coverage-period');
  const compare = byId<HTMLElement>('search-compare');
  const compareAdd = byId<HTMLButtonElement>('compare-add');
  const cov = coverageElements();
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
  const compareInputs = () => [...document.querySelectorAll<HTMLInputElement>('.compare-q')];
  const compared = () =>
    compareInputs()
      .map((i) => i.value.trim())
      .filter(Boolean);
  function addCompare(value: string): HTMLInputElement | null {
    if (!compare || compareInputs().length >= MAX_QUERIES - 1) return null;
    // The lowest number free: a removed query's may be taken again.
    let k = 2;
    while (document.getElementById(`search-q${k}`)) k++;
    const field = document.createElement('span');
    field.className = 'field compare-field';
    const label = document.createElement('label');
    label.htmlFor = `search-q${k}`;
    label.textContent = `Compare with (${k})`;
    const input = document.createElement('input');
    input.id = `search-q${k}`;
    input.name = 'q';
    input.type = 'search';
    input.className = 'compare-q';
    input.autocomplete = 'off';
    input.value = value;
    input.addEventListener('input', onType);
    const remove = document.createElement('button');
    remove.type = 'button';
    remove.textContent = 'Remove';
    remove.setAttribute('aria-label', `Remove query ${k}`);
    remove.addEventListener('click', () => {
      field.remove();
      if (compareAdd) compareAdd.hidden = false;
      toUrl(true);
      void search();
      compareAdd?.focus();
    });
    field.append(label, input, remove);
    compare.insertBefore(field, compareAdd);
    if (compareAdd) compareAdd.hidden = compareInputs().length >= MAX_QUERIES - 1;
    return input;
  }
  compareAdd?.addEventListener('click', () => addCompare('')?.focus());
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
      if (cov) cov.section.hidden = true;
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
      // The chart comes after the results, which do not wait for it (nor for the table).
      if (cov) await coverageOf(mine, engine, query, hits, f);
    } catch (e) {
      if (mine !== run) return;
      results!.replaceChildren();
      more.hidden = true;
      if (cov) cov.section.hidden = true;
      setStatus('error', `Cannot search for “${query}”: ${(e as Error).message}`);
    }
  }

  /** Draws the chart of `query` and the queries compared with it, filtered as the results. */
  async function coverageOf(
    mine: number,
    engine: SearchEngine,
    query: string,
    hits: Hit[],
    f: Filters,
  ): Promise<void> {
    const others = compared();
    try {
      const otherHits = await Promise.all(
        others.map(async (o) => filterHits(engine, await engine.search(o), f)),
      );
      if (mine !== run) return;
      await showCoverage(cov!, engine, [query, ...others], [hits, ...otherHits], {
        pickPeriod: (bin) => {
          if (from) from.value = bin.from;
          if (to) to.value = bin.to;
          toUrl(true);
          void search();
        },
        pickSource: (name) => {
          if (source) source.value = name;
          toUrl(true);
          void search();
        },
        resolve: (url) => new URL(hrefOf(url), location.href).href,
      });
    } catch (e) {
      if (mine !== run) return;
      cov!.section.hidden = false;
      cov!.chart.replaceChildren();
      const what = others.length ? others.map((o) => `“${o}”`).join(', ') : 'the matches';
      cov!.note.textContent = `Cannot chart ${what}: ${(e as Error).message}`;
    }
  }

  /** The query and filters live in the URL: typing replaces the entry, submitting adds one. */
  function toUrl(push: boolean): void {
    const params = new URLSearchParams();
    const f = filters();
    if (q!.value) params.set('q', q!.value);
    for (const c of compared()) params.append('q', c);
    if (f.source) params.set('source', f.source);
    if (f.from) params.set('from', f.from);
    if (f.to) params.set('to', f.to);
    if (f.sort !== 'relevance') params.set('sort', f.sort);
    if (period?.value) params.set('period', period.value);
    const url = `${location.pathname}${params.toString() ? `?${params}` : ''}`;
    if (url === `${location.pathname}${location.search}`) return;
    if (push) history.pushState(null, '', url);
    else history.replaceState(null, '', url);
  }
  function fromUrl(): void {
    const params = new URLSearchParams(location.search);
    const [first = '', ...others] = params.getAll('q');
    q!.value = first;
    for (const i of compareInputs()) i.closest('.compare-field')?.remove();
    if (compareAdd) compareAdd.hidden = false;
    for (const o of others.slice(0, MAX_QUERIES - 1)) addCompare(o);
    if (period) period.value = params.get('period') ?? '';
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
  async function onType(): Promise<void> {
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
  }
  q.addEventListener('input', onType);
  for (const control of [source, from, to, sort, period])
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
