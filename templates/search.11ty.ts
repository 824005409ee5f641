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
