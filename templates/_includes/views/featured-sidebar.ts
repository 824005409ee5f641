// The stories the outlet showed beside the article, as the text listed them: each links to
// its page where the archive holds it; one it does not hold says so and links to a search for
// its title. A long list folds after FOLD_AFTER stories (a <details>, no script needed).
import type { SidebarStory } from '../../../src/site/data.ts';
import { html, type Html } from '../../../src/site/html.ts';
import { titlePhrase, type View } from './view.ts';

/** Stories shown before the list folds: a sidebar about as tall as a short article. */
export const FOLD_AFTER = 8;

function story(v: View, f: SidebarStory): Html {
  const title = f.url
    ? html`<a href="${v.href(f.url)}">${f.title}</a>`
    : html`<span class="title">${f.title}</span>`;
  const meta =
    (f.date || f.byline) &&
    html`<span class="meta">${f.date && html`<time datetime="${f.date}">${v.dates.date(f.date)}</time>`}${f.date && f.byline && ' · '}${f.byline}</span>`;
  const missing =
    !f.url &&
    html`<span class="not-archived">Not in this archive · <a href="${v.searchHref(titlePhrase(f.title))}">search for it</a></span>`;
  return html`
    <li>${title}${meta}${missing}</li>`;
}

function list(v: View, stories: readonly SidebarStory[]): Html {
  return html`<ul>${stories.map((f) => story(v, f))}
  </ul>`;
}

export function featuredSidebar(
  v: View,
  featured: readonly SidebarStory[],
  outlet: string | null,
): Html | null {
  if (featured.length === 0) return null;
  const held = featured.filter((f) => f.url !== null).length;
  const rest = featured.slice(FOLD_AFTER);
  return html`<section class="featured" aria-labelledby="featured-h">
  <h2 id="featured-h">Featured stories</h2>
  <p class="explain">Stories ${outlet ?? 'the page'} showed beside this article; ${
    held === 0
      ? 'none is'
      : held === featured.length
        ? 'all are'
        : `${held} of ${featured.length} are`
  } in this archive.</p>
  ${list(v, featured.slice(0, FOLD_AFTER))}${
    rest.length > 0 &&
    html`
  <details class="more-featured">
    <summary>Show ${rest.length} more (all ${featured.length})</summary>
    ${list(v, rest)}
  </details>`
  }
  <p class="cited-link"><a href="${v.href('cited/')}">All stories cited but not archived</a></p>
</section>`;
}
