// The search page: the query box with filters and sort (the page's one search box), the
// results (filled in by search.js), how to write a query (hidden while there is one); without
// JavaScript, where to browse instead.
import { html } from '../src/site/html.ts';
import { pageFrame } from './_includes/views/page-frame.ts';
import { viewOf, type PageData } from './_includes/views/view.ts';

export const data = { permalink: '/search/' };

export function render(data: PageData): string {
  const v = viewOf(data);
  const main = html`<h1>Search</h1>
<form id="search-form" class="search-form" role="search" method="get" action="${v.href('search/')}">
  <p class="search-query">
    <label for="search-q">Words to find</label>
    <input id="search-q" name="q" type="search" autocomplete="off" aria-describedby="search-help">
  </p>
  <p id="search-compare" class="search-compare">
    <button type="button" id="compare-add">Compare with another query</button>
  </p>
  <p class="search-filters">
    <span class="field"><label for="search-source">Source</label>
    <select id="search-source" name="source"><option value="">All sources</option></select></span>
    <span class="field"><label for="search-from">From</label>
    <input id="search-from" name="from" type="date"></span>
    <span class="field"><label for="search-to">To</label>
    <input id="search-to" name="to" type="date"></span>
    <span class="field"><label for="search-sort">Sort by</label>
    <select id="search-sort" name="sort"><option value="relevance">Relevance</option><option value="date">Newest first</option></select></span>
    <button type="submit">Search</button>
  </p>
</form>
<p id="search-status" role="status" aria-live="polite"></p>
<ol id="search-results" class="search-results"></ol>
<section id="search-coverage" class="search-coverage" aria-labelledby="coverage-title" hidden>
  <h2 id="coverage-title">Matches over time</h2>
  <p class="coverage-controls">
    <span class="field"><label for="coverage-period">One bar per</label>
    <select id="coverage-period" name="period" form="search-form"><option value="">period chosen from the span</option><option value="day">day</option><option value="week">week</option><option value="month">month</option><option value="year">year</option></select></span>
    <button type="button" id="export-csv">Download every match (CSV)</button>
    <button type="button" id="export-json">Download every match (JSON)</button>
  </p>
  <ul id="coverage-legend" class="legend"></ul>
  <div id="coverage-chart" class="coverage-chart" role="group" aria-label="Matches per period; choose a bar to see its matches"></div>
  <p id="coverage-note" class="chart-figures"></p>
  <details class="chart-figures"><summary>The counts as a table</summary><table id="coverage-table"></table></details>
  <h3 id="coverage-sources-title">Top sources</h3>
  <table id="coverage-sources" class="coverage-sources chart-figures"></table>
</section>
<div id="search-help" class="search-help">
  <h2>How to search</h2>
  <ul>
    <li>Several words find articles with any of them; the best matches come first.</li>
    <li><code>+word</code> must appear, <code>-word</code> must not.</li>
    <li><code>title:word</code> searches one field: <code>title</code>, <code>body</code>, <code>source</code>, <code>byline</code> or <code>dateline</code>.</li>
    <li><code>word*</code> matches words that start with “word”; <code>word~1</code> allows one typo.</li>
  </ul>
</div>
<noscript><p class="notice">Search needs JavaScript. Without it, browse the <a href="${v.href('archive/')}">archive by date</a> or the <a href="${v.href('sources/')}">sources</a>.</p></noscript>`;
  // search-early.js runs before the first paint: with a query in the address, the results'
  // place is kept from the start, so nothing moves when they arrive (no layout shift).
  const head = html`<script src="${v.href('assets/search-early.js')}"></script>
<script src="${v.href('search/search.js')}" defer></script>`;
  return pageFrame(v, { title: 'Search', canonical: 'search/', head, headerSearch: false }, main)
    .markup;
}
