// Stable, URL-safe ids from the date and the title.
const MAX_SLUG_WORDS = 10;

export function slugify(s: string): string {
  const slug = s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[’']/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .slice(0, MAX_SLUG_WORDS)
    .join('-');
  return slug || 'article';
}

export function slugId(date: string | null, title: string): string {
  return `${date ? date.slice(0, 10) : 'undated'}-${slugify(title)}`;
}

/** Makes ids unique across a batch: later duplicates (in input order) get -2, -3, … */
export function uniqueIds<T extends { id: string }>(items: T[]): T[] {
  const seen = new Map<string, number>();
  return items.map((item) => {
    const n = (seen.get(item.id) ?? 0) + 1;
    seen.set(item.id, n);
    return n === 1 ? item : { ...item, id: `${item.id}-${n}` };
  });
}
