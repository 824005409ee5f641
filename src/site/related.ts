// "Related articles" by shared terms: each article's most distinctive words (title words count
// double), scored by the idf of the words two articles share. Candidates come from an inverted
// index that skips words common to many articles, so the work stays linear in archive size.

const MIN_WORD = 4;
/** The lead carries an article's topic; reading further costs time and adds noise. */
const LEAD_CHARS = 1200;
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
  const idf = (w: string) => Math.log(items.length / (df.get(w) ?? 1));
  const top = tf.map((m) =>
    [...m]
      .filter(([w]) => (df.get(w) ?? 0) > 1 && (df.get(w) ?? 0) <= MAX_ARTICLES_PER_WORD)
      .map(([w, n]) => [w, n * idf(w)] as const)
      .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
      .slice(0, TERMS_PER_ARTICLE)
      .map(([w]) => w),
  );
  const postings = new Map<string, number[]>();
  top.forEach((ws, i) =>
    ws.forEach((w) => (postings.get(w) ?? postings.set(w, []).get(w)!).push(i)),
  );
  return top.map((ws, i) => {
    const score = new Map<number, number>();
    for (const w of ws)
      for (const j of postings.get(w)!) if (j !== i) score.set(j, (score.get(j) ?? 0) + idf(w));
    return [...score]
      .sort((a, b) => b[1] - a[1] || a[0] - b[0])
      .slice(0, k)
      .map(([j]) => j);
  });
}
