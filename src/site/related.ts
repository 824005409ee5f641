// "Related articles" by shared terms: each article's most distinctive words (title words count
// double), its language's stop words left out (stopwords-iso, 58 languages), scored by the idf
// of the words two articles share. Two articles are related only when they share
// MIN_SHARED_TERMS such words and the shared weight is a good part of both articles' own
// (MIN_SIMILARITY): an article with no true neighbour lists none, rather than the least
// unrelated ones. Candidates come from an inverted index that skips words common to many
// articles, so the work stays linear in archive size.
import stopwords from 'stopwords-iso' with { type: 'json' };

const MIN_WORD = 3;
/** The lead carries an article's topic; reading further costs time and adds noise. */
const LEAD_CHARS = 500;
const TERMS_PER_ARTICLE = 12;
/** A word in more articles than this says little about relatedness (and would cost time). */
const MAX_ARTICLES_PER_WORD = 100;
/** Distinctive words two related articles share, at least. */
const MIN_SHARED_TERMS = 2;
/** The shared weight over the geometric mean of the two articles' own weights, at least. */
const MIN_SIMILARITY = 0.2;

export interface RelatedInput {
  title: string;
  /** The text, or as much of it as the lead takes (leadText). */
  text: string;
  /** BCP 47; its primary subtag picks the stop words (none for a language the list lacks). */
  language: string | null;
}

const STOP_WORDS = new Map<string, ReadonlySet<string>>();
function stopWordsOf(language: string | null): ReadonlySet<string> {
  const code = (language ?? '').split('-')[0]!.toLowerCase();
  let set = STOP_WORDS.get(code);
  if (!set) {
    const list = (stopwords as Record<string, string[] | undefined>)[code] ?? [];
    STOP_WORDS.set(code, (set = new Set(list)));
  }
  return set;
}

/**
 * The blocks' texts joined by spaces, as far as the lead reaches: what relatedTerms reads of
 * the whole, without joining every body (at 50,000 articles, 175 MB of strings made to be cut).
 * @example leadText([{ text: '' }, { text: 'B' }]) // ' B', as join(' ') gives
 */
export function leadText(blocks: readonly { text: string }[]): string {
  let lead = blocks[0]?.text ?? '';
  for (let i = 1; i < blocks.length && lead.length < LEAD_CHARS; i++)
    lead = `${lead} ${blocks[i]!.text}`;
  return lead.slice(0, LEAD_CHARS);
}

const words = (s: string) => s.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? [];

/** An article's words and their counts, as relatedIndexes reads them (a build cache keeps them
 * by the article's input and language: they depend on nothing else). */
export type RelatedTerms = [string, number][];

/** An article's terms with its words as numbers of a WordNumbering, as a build cache keeps them
 * (numbers parse several times faster than words, and need no numbering again). */
export interface NumberedTerms {
  words: ArrayLike<number>;
  counts: ArrayLike<number>;
}

/** Articles' terms kept from earlier builds, by a key of what they were made from, numbered by
 * `numbering`. */
export interface KeptRelatedTerms {
  get(key: string): NumberedTerms | undefined;
  set(key: string, terms: NumberedTerms): void;
  numbering: WordNumbering;
  /** Articles' excerpts kept beside, by their input's key (site data made from the record). */
  excerpts?: { get(key: string): string | undefined; set(key: string, excerpt: string): void };
}

/** An article's words with their weights: title words twice, stop words and short words out. */
export function relatedTerms({ title, text, language }: RelatedInput): RelatedTerms {
  const stop = stopWordsOf(language);
  const m = new Map<string, number>();
  const add = (s: string, n: number) => {
    for (const w of words(s))
      if (w.length >= MIN_WORD && !stop.has(w)) m.set(w, (m.get(w) ?? 0) + n);
  };
  add(title, 2);
  add(text.slice(0, LEAD_CHARS), 1);
  return [...m];
}

/**
 * Words numbered once, for relatedIndexes: a process that builds again and again (`npm start`)
 * keeps one, so that an article's terms kept in memory between builds (the same array) are not
 * numbered again (at 10,000 articles, half of relatedIndexes' time). Which number a word gets
 * changes no result: ties go by the words' string order.
 */
export interface WordNumbering {
  ids: Map<string, number>;
  names: string[];
  numbered: WeakMap<RelatedTerms, Int32Array>;
  /** The words' ranks in string order, of the first `rank.length` words (rankWords extends it). */
  rank: Int32Array;
}

/** A numbering of `names` (none: empty), ranked by `rank` where given (of the first words). */
export function wordNumbering(names: string[] = [], rank = new Int32Array(0)): WordNumbering {
  return { ids: new Map(), names, numbered: new WeakMap(), rank };
}

/** `terms` with their words numbered (new words get the next numbers). */
export function numberTerms(terms: RelatedTerms, numbering: WordNumbering): NumberedTerms {
  return { words: wordIds(terms, numbering), counts: terms.map(([, n]) => n) };
}

function wordIds(m: RelatedTerms, numbering: WordNumbering): Int32Array {
  const { ids, names, numbered } = numbering;
  let words = numbered.get(m);
  if (!words) {
    // A numbering read back from a cache has its names only: their numbers are looked up once.
    if (ids.size < names.length) names.forEach((w, id) => ids.set(w, id));
    words = Int32Array.from(m, ([w]) => {
      let id = ids.get(w);
      if (id === undefined) ids.set(w, (id = names.push(w) - 1));
      return id;
    });
    numbered.set(m, words);
  }
  return words;
}

/**
 * The words' ranks in string order (ties between words' weights go by it), `numbering.rank`
 * extended to words numbered since: the new words sorted and merged in, not all sorted again.
 */
export function rankWords(numbering: WordNumbering): Int32Array {
  const { names, rank } = numbering;
  if (rank.length === names.length) return rank;
  const byName = (a: number, b: number) =>
    names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0;
  const known = new Int32Array(rank.length);
  rank.forEach((r, id) => (known[r] = id));
  const fresh = Array.from({ length: names.length - rank.length }, (_, i) => rank.length + i).sort(
    byName,
  );
  const next = new Int32Array(names.length);
  let [i, j] = [0, 0];
  for (let r = 0; r < names.length; r++) {
    const id =
      j >= fresh.length || (i < known.length && byName(known[i]!, fresh[j]!) < 0)
        ? known[i++]!
        : fresh[j++]!;
    next[id] = r;
  }
  return (numbering.rank = next);
}

/** For each article (its relatedTerms), the indexes of up to `k` related articles, best first
 * (ties: lower index). Words are numbered (`numbering`: kept from earlier calls) and the work
 * done on numbers in typed arrays: on strings, in a Map per article, it was a tenth of a
 * rebuild of 10,000 articles. */
export function relatedIndexes(
  given: readonly (RelatedTerms | NumberedTerms)[],
  k: number,
  numbering: WordNumbering = wordNumbering(),
): number[][] {
  const tf = given.map((m) =>
    Array.isArray(m) ? numberTerms(m, numbering) : (m as NumberedTerms),
  );
  const { names } = numbering;
  // Every article's words as numbers, flat: article i's are at from[i] .. from[i + 1].
  const from = new Int32Array(tf.length + 1);
  for (let i = 0; i < tf.length; i++) from[i + 1] = from[i]! + tf[i]!.words.length;
  const wordOf = new Int32Array(from[tf.length]!);
  const countOf = new Float64Array(from[tf.length]!);
  tf.forEach((m, i) => {
    wordOf.set(m.words, from[i]!);
    countOf.set(m.counts, from[i]!);
  });
  // Articles per word.
  const df = new Int32Array(names.length);
  for (const id of wordOf) df[id]!++;
  // Only words in 2..MAX articles can link articles (idf 0: no link); their idf, computed once.
  const idf = new Float64Array(names.length);
  for (let id = 0; id < names.length; id++) {
    const n = df[id]!;
    if (n > 1 && n <= MAX_ARTICLES_PER_WORD) idf[id] = Math.log(tf.length / n) + 1;
  }
  // Ties between words' weights go to the word first in string order (as `<` orders them).
  const rank = rankWords(numbering);
  // Each article's TERMS_PER_ARTICLE weightiest words, by insertion into a short list (a sort
  // of all its words per article cost more than the rest together).
  const before = (a: number, wa: number, b: number, wb: number) =>
    wa > wb || (wa === wb && rank[a]! < rank[b]!);
  const top = tf.map((_, i) => {
    const best: number[] = [];
    const weight: number[] = [];
    for (let at = from[i]!; at < from[i + 1]!; at++) {
      const id = wordOf[at]!;
      if (idf[id] === 0) continue;
      const w = countOf[at]! * idf[id]!;
      let to = best.length;
      while (to > 0 && before(id, w, best[to - 1]!, weight[to - 1]!)) to--;
      if (to >= TERMS_PER_ARTICLE) continue;
      best.splice(to, 0, id);
      weight.splice(to, 0, w);
      if (best.length > TERMS_PER_ARTICLE) {
        best.pop();
        weight.pop();
      }
    }
    return best;
  });
  const own = top.map((ws) => ws.reduce((sum, id) => sum + idf[id]!, 0));
  // Only the words some article's top holds (a kept numbering also has every word it met).
  const postings: number[][] = [];
  top.forEach((ws, i) => ws.forEach((id) => (postings[id] ??= []).push(i)));
  // Scores in reused arrays (a Map per article cost most of the time at 10,000 articles).
  const scores = new Float64Array(tf.length);
  const shared = new Uint16Array(tf.length);
  return top.map((ws, i) => {
    const touched: number[] = [];
    for (const id of ws) {
      const weight = idf[id]!;
      for (const j of postings[id]!) {
        if (j === i) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j]! += weight;
        shared[j]!++;
      }
    }
    const similar = (j: number) =>
      shared[j]! >= MIN_SHARED_TERMS && scores[j]! >= MIN_SIMILARITY * Math.sqrt(own[i]! * own[j]!);
    const best = touched
      .filter(similar)
      .sort((a, b) => scores[b]! - scores[a]! || a - b)
      .slice(0, k);
    for (const j of touched) {
      scores[j] = 0;
      shared[j] = 0;
    }
    return best;
  });
}
