// Related stories dumped as data: a JSON array of objects with a `title` (often inside a
// PHP var_dump `string(N) "..."`). A `/YYYY/MM/DD/` in any path of an item gives its date.
import type { FeaturedStory } from '../../../model/article.ts';
import { drop, isOpen, type ParseRule, type ParseState } from '../../state.ts';

/** PHP var_dump of a JSON string: `string(1938) "[{...}]"`. */
const PHP_DUMPED_JSON = /^string\(\d+\)\s*"(\[[\s\S]*\])"\s*$/;

const BARE_JSON_ARRAY = /^\[\s*\{[\s\S]*\}\s*\]$/;

/** A `/YYYY/MM/DD/` segment in an image or page path. */
const PATH_DATE = /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//;

export const relatedData: ParseRule = {
  name: 'relatedData',
  purpose: 'Related stories dumped as JSON (maybe in a PHP var_dump) become featured stories.',
  reads: ['open lines'],
  sets: ['featured', 'dropped: featured-data'],
  run,
};

function itemDate(item: Record<string, unknown>): string | null {
  for (const v of Object.values(item)) {
    if (typeof v !== 'string') continue;
    const m = PATH_DATE.exec(v);
    if (m) return `${m[1]}-${m[2]}-${m[3]}`;
  }
  return null;
}

function toStories(json: string): FeaturedStory[] | null {
  let data: unknown;
  try {
    data = JSON.parse(json);
  } catch {
    return null;
  }
  if (!Array.isArray(data)) return null;
  const stories: FeaturedStory[] = [];
  for (const item of data) {
    if (typeof item !== 'object' || item === null) continue;
    const rec = item as Record<string, unknown>;
    const title = typeof rec['title'] === 'string' ? rec['title'].trim() : '';
    if (title === '') continue;
    stories.push({ title, date: itemDate(rec), byline: null });
  }
  return stories.length > 0 ? stories : null;
}

function run(state: ParseState): void {
  for (const line of state.lines) {
    if (!isOpen(line)) continue;
    const m = PHP_DUMPED_JSON.exec(line.text);
    const json = m ? m[1]! : BARE_JSON_ARRAY.test(line.text) ? line.text : null;
    if (json === null) continue;
    const stories = toStories(json);
    if (!stories) continue;
    state.featured.push(...stories);
    // The stories are in the record; the rest of the data (ids, paths) is not.
    drop(line, 'featured-data');
  }
}
