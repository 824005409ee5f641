// The article's own featured/related stories: linked where the archive has the story, else
// listed with the date and byline the text printed.
import type { SidebarStory } from '../../../src/site/data.ts';
import { displayDate } from '../../../src/site/dates.ts';
import { html, type Html } from '../../../src/site/html.ts';
import type { View } from './view.ts';

function story(v: View, f: SidebarStory): Html {
  const title = f.url
    ? html`<a href="${v.href(f.url)}">${f.title}</a>`
    : html`<span class="title">${f.title}</span>`;
  const meta =
    (f.date || f.byline) &&
    html`<span class="meta">${f.date && html`<time datetime="${f.date}">${displayDate(f.date)}</time>`}${f.date && f.byline && ' · '}${f.byline}</span>`;
  return html`
    <li>${title}${meta}</li>`;
}

export function featuredSidebar(v: View, featured: readonly SidebarStory[]): Html | null {
  if (featured.length === 0) return null;
  return html`<section class="featured" aria-labelledby="featured-h">
  <h2 id="featured-h">Featured stories</h2>
  <ul>${featured.map((f) => story(v, f))}
  </ul>
</section>`;
}
