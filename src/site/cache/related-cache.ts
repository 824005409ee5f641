// The related articles' terms a build keeps for the next (related.ts), by their article's input
// and language (and beside them each article's excerpt, by its input): each as its words' numbers and counts, beside one table of the words in the
// same file (so the two are always of one build: a file is written whole). Numbers parse several
// times faster than the words, and a new process then numbers only the words of new articles:
// at 10,000 articles reading the words back and numbering them was a tenth of a rebuild. The
// table grows with the words of edited and deleted articles; when it holds more than twice the
// words still used, it is made again of those.
import type { CacheMemory } from './jsonl-cache.ts';
import { JsonlCache } from './jsonl-cache.ts';
import {
  rankWords,
  wordNumbering,
  type KeptRelatedTerms,
  type NumberedTerms,
  type WordNumbering,
} from '../related.ts';

/** The table's key (no input's key starts so: they are hexadecimal digests). */
const WORDS_KEY = '#words';
/** Where an article's excerpt is kept: its input's key after this (site data of the record, as
 * its terms are; a list page shows its articles' excerpts). */
const EXCERPT_PREFIX = 'excerpt ';
/** Where a process that builds again keeps the numbering, with the table it was read from. */
const MEMORY_KEY = 'related words';
/** The table is made again when it has this many times the words used, and this many more. */
const STALE_FACTOR = 2;
const STALE_SLACK = 10_000;

/** The table as kept: the words by number, and their ranks in string order. */
type Table = [string[], number[]];
/** An article's terms as kept: its words' numbers and their counts. */
type Kept = [number[], number[]];

export interface RelatedCache {
  kept: KeptRelatedTerms;
  /** Writes the terms this build used, and the table when it changed (JsonlCache.finish). */
  finish(): void;
}

export function relatedCache(
  dir: string,
  version: string,
  memory: CacheMemory | null,
): RelatedCache {
  const cache = new JsonlCache<unknown>(dir, version, memory);
  const table = asTable(cache.get(WORDS_KEY));
  const remembered = memory?.get(MEMORY_KEY) as [Table, WordNumbering] | undefined;
  let numbering =
    remembered && table && remembered[0] === table
      ? remembered[1]
      : wordNumbering(table?.[0].slice() ?? [], Int32Array.from(table?.[1] ?? []));
  // Numbers of the table as read: a kept article's are all below it.
  const known = table?.[0].length ?? 0;
  const used = new Map<string, NumberedTerms>();
  const kept: KeptRelatedTerms = {
    get(key) {
      const v = cache.get(key) as Kept | undefined;
      if (!isKept(v, known)) return undefined;
      const terms = { words: v[0], counts: v[1] };
      used.set(key, terms);
      return terms;
    },
    set(key, terms) {
      used.set(key, terms);
      cache.setJson(key, JSON.stringify([Array.from(terms.words), Array.from(terms.counts)]));
    },
    get numbering() {
      return numbering;
    },
    excerpts: {
      get(key) {
        const v = cache.get(`${EXCERPT_PREFIX}${key}`);
        return typeof v === 'string' ? v : undefined;
      },
      set: (key, excerpt) => cache.setJson(`${EXCERPT_PREFIX}${key}`, JSON.stringify(excerpt)),
    },
  };
  return {
    kept,
    finish() {
      let changed = !table || numbering.names.length !== known;
      if (isStale(numbering, used)) {
        numbering = renumbered(numbering, used, (key, terms) => kept.set(key, terms));
        changed = true;
      }
      if (changed) {
        const next: Table = [numbering.names, Array.from(rankWords(numbering))];
        cache.set(WORDS_KEY, next);
        memory?.set(MEMORY_KEY, [next, numbering]);
      } else if (table) memory?.set(MEMORY_KEY, [table, numbering]);
      cache.finish();
    },
  };
}

function asTable(v: unknown): Table | null {
  if (!Array.isArray(v) || v.length !== 2) return null;
  const [names, rank] = v as unknown[];
  return Array.isArray(names) && Array.isArray(rank) && names.length === rank.length
    ? (v as Table)
    : null;
}

/** Whether `v` is an article's kept terms in a table of `size` words. */
function isKept(v: unknown, size: number): v is Kept {
  if (!Array.isArray(v) || v.length !== 2) return false;
  const [words, counts] = v as unknown[];
  if (!Array.isArray(words) || !Array.isArray(counts) || words.length !== counts.length)
    return false;
  return words.every((id) => Number.isInteger(id) && id >= 0 && id < size);
}

function isStale(numbering: WordNumbering, used: Map<string, NumberedTerms>): boolean {
  const inUse = new Uint8Array(numbering.names.length);
  let count = 0;
  for (const { words } of used.values())
    for (let i = 0; i < words.length; i++)
      if (inUse[words[i]!] === 0) {
        inUse[words[i]!] = 1;
        count++;
      }
  return numbering.names.length > STALE_FACTOR * count + STALE_SLACK;
}

/** A numbering of the words `used` has only, in their old order, every article's terms given
 * anew to `set`. */
function renumbered(
  old: WordNumbering,
  used: Map<string, NumberedTerms>,
  set: (key: string, terms: NumberedTerms) => void,
): WordNumbering {
  const next = new Int32Array(old.names.length).fill(-1);
  for (const { words } of used.values()) for (let i = 0; i < words.length; i++) next[words[i]!] = 0;
  const names: string[] = [];
  next.forEach((mark, id) => {
    if (mark === 0) next[id] = names.push(old.names[id]!) - 1;
  });
  for (const [key, { words, counts }] of [...used])
    set(key, { words: Array.from(words, (id) => next[id]!), counts });
  return wordNumbering(names);
}
