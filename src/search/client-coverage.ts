// The search page's research tools (bundled into search.js with client.ts): matches over time
// as bars, a bar per period (stacked by source for one query, side by side when queries are
// compared), its data table twin, the top sources, and downloads of every match as CSV or
// JSON. Counts come from coverage.ts over the hits and the date/source table: no document is
// loaded for the chart. Bars are buttons with one tab stop (arrow keys move between them);
// choosing one filters the results to its period, choosing a source filters to that source.
import { coverage, topSources, type Bin, type Period } from './coverage.ts';
import type { SearchEngine } from './engine.ts';
import { exportRows, toCsv, toJson } from './export.ts';
import type { Hit } from './score.ts';
import { timelineTable, type TimelineTable } from './timeline.ts';

export interface CoverageElements {
  section: HTMLElement;
  period: HTMLSelectElement | null;
  chart: HTMLElement;
  legend: HTMLElement;
  note: HTMLElement;
  table: HTMLTableElement;
  sources: HTMLTableElement;
  csv: HTMLButtonElement | null;
  json: HTMLButtonElement | null;
}

export interface CoverageActions {
  /** A period was chosen: filter the results to its days. */
  pickPeriod(bin: Bin): void;
  /** A source was chosen: filter the results to it. */
  pickSource(name: string): void;
  /** A site-relative URL as a full address (exports cite the archive's pages). */
  resolve(url: string): string;
}

export function coverageElements(): CoverageElements | null {
  const get = <T extends HTMLElement>(id: string) => document.getElementById(id) as T | null;
  const [section, chart, legend, note, table, sources] = [
    'search-coverage',
    'coverage-chart',
    'coverage-legend',
    'coverage-note',
    'coverage-table',
    'coverage-sources',
  ].map((id) => get(id));
  if (!section || !chart || !legend || !note || !table || !sources) return null;
  return {
    section,
    chart,
    legend,
    note,
    table: table as HTMLTableElement,
    sources: sources as HTMLTableElement,
    period: get<HTMLSelectElement>('coverage-period'),
    csv: get<HTMLButtonElement>('export-csv'),
    json: get<HTMLButtonElement>('export-json'),
  };
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  text?: string,
  className?: string,
): HTMLElementTagNameMap[K] {
  const e = document.createElement(tag);
  if (text !== undefined) e.textContent = text;
  if (className) e.className = className;
  return e;
}

const SVG = 'http://www.w3.org/2000/svg';

const plural = (n: number, one: string) => `${n} ${one}${n === 1 ? '' : 'es'}`;

/** Bars for the table's rows (its last row, undated, is told in words instead). */
/** Draws the bars; returns the count the tallest bar stands for. */
function drawBars(
  e: CoverageElements,
  t: TimelineTable,
  stacked: boolean,
  bins: Bin[],
  a: CoverageActions,
): number {
  const rows = t.rows.slice(0, -1);
  const sums = rows.map((r) => (r.slice(1) as number[]).reduce((x, y) => x + y, 0));
  const max = Math.max(
    1,
    ...rows.map((r, i) => (stacked ? sums[i]! : Math.max(...(r.slice(1) as number[])))),
  );
  const bars = rows.map((r, i) => {
    const counts = r.slice(1) as number[];
    const b = el('button', undefined, `bar${stacked ? ' stacked' : ''}`);
    b.type = 'button';
    b.tabIndex = i === rows.length - 1 ? 0 : -1;
    // Stacked: the total, then the sources that have any; compared: every query, zero too.
    const parts = counts.flatMap((n, k) => (stacked && n === 0 ? [] : [`${t.header[k + 1]} ${n}`]));
    b.setAttribute(
      'aria-label',
      stacked
        ? `${r[0]}: ${plural(sums[i]!, 'match')}${parts.length ? ` (${parts.join(', ')})` : ''}`
        : `${r[0]}: ${parts.join(', ')}`,
    );
    b.title = b.getAttribute('aria-label')!;
    // Each bar draws itself in SVG, heights as attributes (the site's CSP allows no inline
    // style): stacked from the bottom, or side by side, on a 1 × 100 canvas stretched to fit.
    const svg = document.createElementNS(SVG, 'svg');
    svg.setAttribute('viewBox', '0 0 1 100');
    svg.setAttribute('preserveAspectRatio', 'none');
    svg.setAttribute('aria-hidden', 'true');
    let bottom = 100;
    counts.forEach((n, k) => {
      if (n === 0) return;
      const h = (100 * n) / max;
      const rect = document.createElementNS(SVG, 'rect');
      rect.setAttribute('class', `s${k}`);
      rect.setAttribute('x', stacked ? '0' : String(k / counts.length));
      rect.setAttribute('width', stacked ? '1' : String(1 / counts.length));
      rect.setAttribute('y', String((bottom = stacked ? bottom - h : 100 - h)));
      rect.setAttribute('height', String(h));
      svg.append(rect);
    });
    b.append(svg);
    b.addEventListener('click', () => a.pickPeriod(bins[i]!));
    return b;
  });
  const box = el('div', undefined, 'coverage-bars');
  box.append(...bars);
  e.chart.onkeydown = (ev) => {
    const i = bars.indexOf(document.activeElement as HTMLButtonElement);
    if (i < 0) return;
    const to = { ArrowLeft: i - 1, ArrowRight: i + 1, Home: 0, End: bars.length - 1 }[ev.key];
    if (to === undefined || to < 0 || to >= bars.length) return;
    ev.preventDefault();
    bars[i]!.tabIndex = -1;
    bars[to]!.tabIndex = 0;
    bars[to]!.focus();
  };
  const axis = el('div', undefined, 'coverage-axis');
  if (rows.length > 0) axis.append(el('span', rows[0]![0]), el('span', rows.at(-1)![0]));
  e.chart.replaceChildren(box, axis);
  return max;
}

function drawTable(e: CoverageElements, t: TimelineTable, bins: Bin[], a: CoverageActions): void {
  const head = el('tr');
  for (const h of t.header) head.append(Object.assign(el('th', h), { scope: 'col' }));
  const body = t.rows.map((r, i) => {
    const tr = el('tr');
    const th = Object.assign(el('th'), { scope: 'row' });
    if (i < bins.length) {
      const pick = el('button', String(r[0]), 'link-button');
      pick.type = 'button';
      pick.addEventListener('click', () => a.pickPeriod(bins[i]!));
      th.append(pick);
    } else th.textContent = String(r[0]);
    tr.append(th, ...r.slice(1).map((n) => el('td', String(n))));
    return tr;
  });
  e.table.replaceChildren(el('thead'), el('tbody'));
  e.table.tHead!.append(head);
  e.table.tBodies[0]!.append(...body);
}

function download(name: string, type: string, text: string): void {
  const a = el('a');
  a.href = URL.createObjectURL(new Blob([text], { type }));
  a.download = name;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(a.href), 0);
}

/** A file name from the query: its words, lower case, joined by hyphens. */
function fileName(query: string, ext: string): string {
  const words = query.toLowerCase().match(/[\p{L}\p{N}]+/gu) ?? [];
  return `matches-${words.join('-').slice(0, 60) || 'query'}.${ext}`;
}

/**
 * Shows the coverage of `queries` (their hits, filtered as the results are) or hides it when
 * there is no query. The first query's matches are the ones exported.
 */
export async function showCoverage(
  e: CoverageElements,
  engine: SearchEngine,
  queries: readonly string[],
  hits: readonly Hit[][],
  a: CoverageActions,
): Promise<void> {
  if (queries.length === 0) {
    e.section.hidden = true;
    return;
  }
  const table = await engine.docTable();
  // From here to the drawn chart is the chart's time (a performance measure bench:search reads).
  const started = performance.now();
  const period = (e.period?.value || undefined) as Period | undefined;
  const c = coverage(
    table,
    hits.map((h) => h.map((x) => x.doc)),
    period,
  );
  const stacked = queries.length === 1;
  const names = engine.manifest.sources;
  const t = timelineTable(c, queries, names, stacked);
  e.section.hidden = false;
  e.legend.replaceChildren(
    ...t.header.slice(1).map((name, k) => {
      const li = el('li');
      li.append(el('span', undefined, `swatch s${k}`), name);
      return li;
    }),
  );
  const tallest = drawBars(e, t, stacked, c.bins, a);
  drawTable(e, t, c.bins, a);
  const undated = c.series.map(
    (s, k) => `${queries.length > 1 ? `${queries[k]}: ` : ''}${s.undated}`,
  );
  e.note.textContent =
    `${c.series.map((s, k) => `${queries.length > 1 ? `${queries[k]}: ` : ''}${plural(s.total, 'match')}`).join(', ')}` +
    ` · bars per ${c.period}, the tallest ${tallest} · undated, not in the bars: ${undated.join(', ')}`;
  const sourcesTitle = document.getElementById('coverage-sources-title');
  if (sourcesTitle)
    sourcesTitle.textContent = queries.length > 1 ? `Top sources for ${queries[0]}` : 'Top sources';

  const head = el('tr');
  head.append(
    Object.assign(el('th', 'Source'), { scope: 'col' }),
    Object.assign(el('th', 'Matches'), { scope: 'col' }),
  );
  const rows = topSources(c.series[0]!, names).map((r) => {
    const tr = el('tr');
    const th = Object.assign(el('th'), { scope: 'row' });
    if (r.source !== null) {
      const pick = el('button', r.source, 'link-button');
      pick.type = 'button';
      pick.addEventListener('click', () => a.pickSource(r.source!));
      th.append(pick);
    } else th.textContent = 'No source named';
    tr.append(th, el('td', String(r.count)));
    return tr;
  });
  e.sources.replaceChildren(el('thead'), el('tbody'));
  e.sources.tHead!.append(head);
  e.sources.tBodies[0]!.append(...rows);

  const first = hits[0]!;
  const exported = (format: 'csv' | 'json') => async () => {
    const rows = await exportRows(engine, first, a.resolve);
    if (format === 'csv') download(fileName(queries[0]!, 'csv'), 'text/csv', toCsv(rows));
    else download(fileName(queries[0]!, 'json'), 'application/json', toJson(queries[0]!, rows));
  };
  if (e.csv) e.csv.onclick = exported('csv');
  if (e.json) e.json.onclick = exported('json');
  e.section.dataset.query = queries.join(' | ');
  performance.clearMeasures('news-archive:chart'); // one entry, not one per keystroke
  performance.measure('news-archive:chart', { start: started });
}
