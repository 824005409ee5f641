// "Related articles" by shared terms: each article's most distinctive words (title words count
// double), scored by the idf of the words two articles share. Candidates come from an inverted
// index that skips words common to many articles, so the work stays linear in archive size.

const MIN_WORD = 4;
/** The lead carries an article's topic; reading further costs time and adds noise. */
const LEAD_CHARS = 500;
const TERMS_PER_ARTICLE = 12;
/** A word in more articles than this says little about relatedness (and would cost time). */
const MAX_ARTICLES_PER_WORD = 100;

export interface RelatedInput {
  title: string;
  text: string;
}

const words = (s: string) => s.toLowerCase().match(/\p{L}[\p{L}\p{N}'’-]*/gu) ?? [];

/** For each input, the indexes of up to `k` related inputs, best first (ties: lower index). */
export function relatedIndexes(items: readonly RelatedInput[], k: number): number[][] {
  const tf = items.map(({ title, text }) => {
    const m = new Map<string, number>();
    for (const w of words(title)) if (w.length >= MIN_WORD) m.set(w, (m.get(w) ?? 0) + 2);
    for (const w of words(text.slice(0, LEAD_CHARS)))
      if (w.length >= MIN_WORD) m.set(w, (m.get(w) ?? 0) + 1);
    return m;
  });
  const df = new Map<string, number>();
  for (const m of tf) for (const w of m.keys()) df.set(w, (df.get(w) ?? 0) + 1);
  // Only words in 2..MAX articles can link articles; their idf, computed once.
  const weights = new Map<string, number>();
  for (const [w, n] of df)
    if (n > 1 && n <= MAX_ARTICLES_PER_WORD) weights.set(w, Math.log(items.length / n));
  const idf = (w: string) => weights.get(w)!;
  const top = tf.map((m) =>
    [...m]
      .filter(([w]) => weights.has(w))
      .map(([w, n]) => [w, n * idf(w)] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, TERMS_PER_ARTICLE)
      .map(([w]) => w),
  );
  const postings = new Map<string, number[]>();
  top.forEach((ws, i) =>
    ws.forEach((w) => (postings.get(w) ?? postings.set(w, []).get(w)!).push(i)),
  );
  // Scores in one reused array (a Map per article cost most of the time at 10,000 articles).
  const scores = new Float64Array(items.length);
  return top.map((ws, i) => {
    const touched: number[] = [];
    for (const w of ws) {
      const weight = idf(w);
      for (const j of postings.get(w)!) {
        if (j === i) continue;
        if (scores[j] === 0) touched.push(j);
        scores[j]! += weight;
      }
    }
    const best = touched.sort((a, b) => scores[b]! - scores[a]! || a - b).slice(0, k);
    for (const j of touched) scores[j] = 0;
    return best;
  });
}
