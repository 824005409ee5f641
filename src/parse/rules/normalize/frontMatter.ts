// Front matter (YAML between `---` lines) at the top of a file: a user's overrides.
import matter from 'gray-matter';
import { drop, type FrontMatter, type ParseState } from '../../state.ts';

function str(v: unknown): string | undefined {
  if (v instanceof Date)
    return v
      .toISOString()
      .replace(/T00:00:00\.000Z$/, '')
      .replace(/\.000Z$/, '');
  if (typeof v === 'string' && v.trim() !== '') return v.trim();
  if (typeof v === 'number') return String(v);
  return undefined;
}

function pick(data: Record<string, unknown>): FrontMatter {
  const front: FrontMatter = {};
  for (const key of ['title', 'date', 'source', 'byline', 'dateline'] as const) {
    const v = str(data[key]);
    if (v !== undefined) front[key] = v;
  }
  const author = str(data['author']);
  if (front.byline === undefined && author !== undefined) front.byline = author;
  const tags = data['tags'];
  if (Array.isArray(tags)) front.tags = tags.map((t) => str(t)).filter((t): t is string => !!t);
  else if (typeof tags === 'string')
    front.tags = tags
      .split(',')
      .map((t) => t.trim())
      .filter(Boolean);
  return front;
}

export function frontMatter(state: ParseState): void {
  const { lines } = state;
  if (lines[0]?.raw.trim() !== '---') return;
  const end = lines.findIndex((l, i) => i > 0 && l.raw.trim() === '---');
  if (end < 0) return;
  const yaml = lines
    .slice(0, end + 1)
    .map((l) => l.raw)
    .join('\n');
  try {
    state.front = pick(matter(`${yaml}\n`, {}).data);
  } catch (e) {
    state.warnings.push(`front matter ignored: ${(e as Error).message.split('\n')[0]}`);
    return;
  }
  // Read into the record's fields, so the lines themselves are reported as front matter.
  for (const line of lines.slice(0, end + 1)) drop(line, 'front-matter');
}
