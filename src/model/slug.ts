// Slugs: the path segments of article, source and tag pages. Unicode slugs, as Hugo and
// WordPress make them: letters of every script stay (an Arabic and a Chinese outlet get two
// pages, not one called `source`), Latin accents go (`café` → `cafe`), and URLs percent-encode
// what they need (urls.ts). Words are found with Intl.Segmenter (ICU's word breaks), the one
// library that splits Chinese, Japanese and Thai, which print no spaces; slug libraries on npm
// either drop those scripts or transliterate them.
import { createHash } from 'node:crypto';

/** A slug's words beyond these many add nothing a reader needs in a URL. */
const MAX_SLUG_WORDS = 10;
/** File systems allow 255 bytes a name; an id adds a date and a `-N` suffix to the slug. */
const MAX_SLUG_BYTES = 100;
/** Enough text for any slug's words; the rest of a long text is never looked at. */
const SLUG_SOURCE_CHARS = 1000;
/** Names Windows cannot give a file or folder, whatever follows them. */
const WINDOWS_RESERVED = /^(?:con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/;
const LATIN_WITH_MARKS = /\p{Script=Latin}\p{M}+/gu;
const MARKS = /\p{M}/gu;
const APOSTROPHES = /['’]/g;
const NOT_SLUG_CHARS = /[^\p{L}\p{M}\p{N}]+/gu;
const ASCII = /^[\t\n\r -~]*$/;

const words = new Intl.Segmenter('und', { granularity: 'word' });
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });
const encoder = new TextEncoder();
const bytes = (s: string) => encoder.encode(s).length;

/** The longest prefix of `s` that fits in `max` UTF-8 bytes, cut between graphemes. */
function cutToBytes(s: string, max: number): string {
  let out = '';
  for (const { segment } of graphemes.segment(s)) {
    if (bytes(out + segment) > max) break;
    out += segment;
  }
  return out;
}

/** `s`'s first words, lowercase, joined by `-`; '' when it has no letter or digit. */
function slugWords(s: string): string {
  // The first words are all a slug takes: a long paragraph (an untitled text) is not read whole.
  const text = s
    .slice(0, SLUG_SOURCE_CHARS)
    .normalize('NFD')
    .replace(LATIN_WITH_MARKS, (m) => m.replace(MARKS, ''))
    .normalize('NFKC')
    .toLowerCase()
    .replace(APOSTROPHES, '');
  const parts: string[] = [];
  let size = 0;
  const full = () => parts.length === MAX_SLUG_WORDS || size >= MAX_SLUG_BYTES;
  // ASCII has its word breaks at what is not a letter or digit: no segmenter needed (hot path).
  const segments = ASCII.test(text)
    ? text.split(NOT_SLUG_CHARS).map((segment) => ({ segment, isWordLike: true }))
    : words.segment(text);
  for (const { segment, isWordLike } of segments) {
    if (full()) break;
    if (!isWordLike) continue;
    for (const part of segment.split(NOT_SLUG_CHARS)) {
      if (part === '' || full()) continue;
      const add = bytes(part) + (parts.length > 0 ? 1 : 0);
      // A first word longer than the budget (a token without spaces) is cut; later ones end it.
      if (size + add > MAX_SLUG_BYTES) {
        if (parts.length === 0) parts.push(cutToBytes(part, MAX_SLUG_BYTES));
        size = MAX_SLUG_BYTES;
        continue;
      }
      parts.push(part);
      size += add;
    }
  }
  return parts.join('-').normalize('NFC');
}

/** Windows cannot hold a folder named `con` or `nul`: such a slug takes the fallback word too. */
const safe = (slug: string, fallback: string) =>
  WINDOWS_RESERVED.test(slug) ? `${slug}-${fallback}` : slug;

/**
 * A lowercase, URL- and file-system-safe slug of `s`'s first words; `fallback` when `s` has
 * no letter or digit.
 * @example slugify('Café Owners Say “No”') // 'cafe-owners-say-no'
 * @example slugify('وزير الخارجية يزور دمشق') // 'وزير-الخارجية-يزور-دمشق'
 */
export function slugify(s: string, fallback = 'article'): string {
  return safe(slugWords(s) || fallback, fallback);
}

/**
 * A slug for a name that must not share its page with another name (sources, tags): a name with
 * no letter or digit (`🔥`, `***`) gets one made from its hash instead of the fallback.
 * @example nameSlug('Reuters', 'source') // 'reuters'
 * @example nameSlug('★★★', 'source') // 'source-' and 8 hex digits of the name's hash
 */
export function nameSlug(name: string, fallback: string): string {
  const slug = slugWords(name);
  if (slug !== '') return safe(slug, fallback);
  const hash = createHash('sha256').update(name.normalize('NFC')).digest('hex').slice(0, 8);
  return `${fallback}-${hash}`;
}

export function slugId(date: string | null, title: string): string {
  return `${date ? date.slice(0, 10) : 'undated'}-${slugify(title)}`;
}

/**
 * Makes ids unique across a batch, whatever the titles: later duplicates (in input order) get
 * the first free `-2`, `-3`, …, skipping ids that other items hold already (`Foo`, `Foo`,
 * `Foo 2` on one day: `foo`, `foo-3`, `foo-2`).
 */
export function uniqueIds<T extends { id: string }>(items: readonly T[]): T[] {
  const taken = new Set(items.map((item) => item.id));
  const first = new Set<string>();
  const next = new Map<string, number>();
  return items.map((item) => {
    if (!first.has(item.id)) {
      first.add(item.id);
      return item;
    }
    let n = next.get(item.id) ?? 2;
    while (taken.has(`${item.id}-${n}`)) n++;
    next.set(item.id, n + 1);
    const id = `${item.id}-${n}`;
    taken.add(id);
    return { ...item, id };
  });
}
