// Front matter (YAML between `---` lines at the top of a file): a user's overrides. A block is
// front matter only when it reads as a YAML mapping with at least one key we know; anything
// else (a text framed by two rule lines, a YAML list) is text and stays for the other rules.
// Values are read as printed: YAML's core schema has no timestamps, so `date: 2020-02-17T01:30
// +05:00` stays that string instead of becoming a UTC instant (js-yaml's default schema would
// move it to the 16th, and roll `2020-02-30` over to 1 March).
import matter from 'gray-matter';
import { CORE_SCHEMA, load } from 'js-yaml';
import { cleanText } from '../../input/clean.ts';
import { drop, type FrontMatter, type ParseRule, type ParseState } from '../../state.ts';

export const frontMatter: ParseRule = {
  name: 'frontMatter',
  purpose:
    "A YAML mapping with a known key between `---` lines at the top is read as the user's overrides; its lines are dropped.",
  reads: ['raw lines'],
  sets: ['front', 'dropped: front-matter'],
  run,
};

/** The keys a front-matter block may set; `author` is another name for `byline`. */
const KNOWN_KEYS = [
  'title',
  'date',
  'source',
  'byline',
  'author',
  'dateline',
  'url',
  'language',
  'tags',
] as const;
/** The fence line that opens and closes a block. */
const FENCE = /^---\s*$/;

const yaml = (text: string): object => load(text, { schema: CORE_SCHEMA }) as object;

function isMapping(data: unknown): data is Record<string, unknown> {
  return typeof data === 'object' && data !== null && !Array.isArray(data);
}

function run(state: ParseState): void {
  const { lines } = state;
  if (!FENCE.test(lines[0]?.raw ?? '')) return;
  const end = lines.findIndex((l, i) => i > 0 && FENCE.test(l.raw));
  if (end < 0) return;
  const block = lines.slice(0, end + 1);
  let data: unknown;
  try {
    data = matter(`${block.map((l) => l.raw).join('\n')}\n`, { engines: { yaml } }).data;
  } catch (e) {
    // Not YAML: a text that opens with a rule line. Only say so when it looked like a mapping.
    if (block.some((l) => /^\w+:/.test(l.raw)))
      state.warnings.push(`front matter ignored: ${(e as Error).message.split('\n')[0]}`);
    return;
  }
  if (!isMapping(data) || !KNOWN_KEYS.some((k) => k in data)) return;
  let removed = 0;
  const str = (v: unknown): string | undefined => {
    const s = typeof v === 'number' || typeof v === 'boolean' ? String(v) : v;
    if (typeof s !== 'string') return undefined;
    const c = cleanText(s);
    removed += c.removed;
    return c.text.replace(/\s+/g, ' ').trim() || undefined;
  };
  state.front = pick(data, str);
  if (removed > 0)
    state.warnings.push(`front matter: removed ${removed} character(s) that HTML and XML forbid`);
  for (const line of block) drop(line, 'front-matter');
}

function pick(data: Record<string, unknown>, str: (v: unknown) => string | undefined) {
  const front: FrontMatter = {};
  for (const key of ['title', 'date', 'source', 'byline', 'dateline', 'url', 'language'] as const) {
    const v = str(data[key]);
    if (v !== undefined) front[key] = v;
  }
  front.byline ??= str(data['author']);
  if (front.byline === undefined) delete front.byline;
  const tags = data['tags'];
  const list = Array.isArray(tags) ? tags : typeof tags === 'string' ? tags.split(',') : [];
  const named = list.map(str).filter((t): t is string => t !== undefined);
  if (tags !== undefined) front.tags = named;
  return front;
}
