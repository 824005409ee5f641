// The header of every page: site title, the site's sections, a search box.
import { html, type Html } from '../../../src/site/html.ts';
import type { View } from './view.ts';

/** The header; `search: false` on the search page, whose own box is the one to use. */
export function siteHeader(v: View, search = true): Html {
  return html`<header class="site-header">
  <a class="site-title" href="${v.href('')}">${v.config.title}</a>
  <nav aria-label="Site">
    <ul>
      <li><a href="${v.href('archive/')}">Archive</a></li>
      <li><a href="${v.href('sources/')}">Sources</a></li>${
        v.site.tags.length > 0 && html`\n      <li><a href="${v.href('tags/')}">Tags</a></li>`
      }
      <li><a href="${v.href('search/')}">Search</a></li>
    </ul>
  </nav>${
    search &&
    html`
  <form class="site-search" role="search" method="get" action="${v.href('search/')}">
    <label class="visually-hidden" for="site-search-q">Search the archive</label>
    <input id="site-search-q" name="q" type="search" placeholder="Search articles">
    <button type="submit">Search</button>
  </form>`
  }
</header>`;
}
