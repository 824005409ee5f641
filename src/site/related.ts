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

/** Articles' terms kept from earlier builds, by a key of what they were made from. */
export interface KeptRelatedTerms {
  get(key: string): RelatedTerms | undefined;
  set(key: string, terms: RelatedTerms): void;
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

/** For each article (its relatedTerms), the indexes of up to `k` related articles, best first
 * (ties: lower index). */
export function relatedIndexes(tf: readonly RelatedTerms[], k: number): number[][] {
  const df = new Map<string, number>();
  for (const m of tf) for (const [w] of m) df.set(w, (df.get(w) ?? 0) + 1);
  // Only words in 2..MAX articles can link articles; their idf, computed once.
  const weights = new Map<string, number>();
  for (const [w, n] of df)
    if (n > 1 && n <= MAX_ARTICLES_PER_WORD) weights.set(w, Math.log(tf.length / n) + 1);
  const idf = (w: string) => weights.get(w)!;
  const top = tf.map((m) =>
    m
      .filter(([w]) => weights.has(w))
      .map(([w, n]) => [w, n * idf(w)] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, TERMS_PER_ARTICLE)
      .map(([w]) => w),
  );
  const own = top.map((ws) => ws.reduce((sum, w) => sum + idf(w), 0));
  const postings = new Map<string, number[]>();
  top.forEach((ws, i) =>
    ws.forEach((w) => (postings.get(w) ?? postings.set(w, []).get(w)!).push(i)),
  );
  // Scores in reused arrays (a Map per article cost most of the time at 10,000 articles).
  const scores = new Float64Array(tf.length);
  const shared = new Uint16Array(tf.length);
  return top.map((ws, i) => {
    const touched: number[] = [];
    for (const w of ws) {
      const weight = idf(w);
      for (const j of postings.get(w)!) {
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
