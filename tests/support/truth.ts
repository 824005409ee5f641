// A record against its hand-checked truth, field by field, as the corpus scorer reads the fields
// (../shared/tools/score-parse.mjs): title exact, date to the day, byline without case, the body
// paragraph by paragraph, the featured titles and dates; whitespace and Unicode forms aside.
import type { Article } from '../../src/model/article.ts';

export interface Truth {
  title: string | null;
  date: string | null;
  date_accept?: string[];
  byline?: string | null;
  body: string[];
  featured: { title: string; date?: string | null }[];
  featured_labelled?: boolean;
  skip?: string[];
  /** Set by `npm run fixtures -- --add`: the truth was written from the output, not checked. */
  unchecked?: string;
}

export type Field = 'title' | 'date' | 'byline' | 'body' | 'featured';

const norm = (s: string | null | undefined) =>
  s == null
    ? null
    : s
        .normalize('NFKC')
        .replace(/[\u00ad\u200b-\u200d\u2060\ufeff]/g, '')
        .replace(/\s+/g, ' ')
        .trim();

/** The fields where `a` differs from `truth`, with what each has. */
export function differences(a: Article, truth: Truth): Map<Field, string> {
  const out = new Map<Field, string>();
  const skip = new Set(truth.skip ?? []);
  const say = (field: Field, got: unknown, want: unknown) =>
    out.set(field, `got ${JSON.stringify(got)}, truth ${JSON.stringify(want)}`);
  if (!skip.has('title') && norm(a.title) !== norm(truth.title)) say('title', a.title, truth.title);
  const day = a.date?.slice(0, 10) ?? null;
  if (!skip.has('date') && day !== truth.date && !(truth.date_accept ?? []).includes(day ?? ''))
    say('date', day, truth.date);
  if (
    !skip.has('byline') &&
    truth.byline !== undefined &&
    norm(a.byline)?.toLowerCase() !== norm(truth.byline)?.toLowerCase()
  )
    say('byline', a.byline, truth.byline);
  const body = a.body.map((b) => norm(b.text));
  const want = truth.body.map(norm);
  if (!skip.has('body') && JSON.stringify(body) !== JSON.stringify(want)) {
    const missing = want.filter((p) => !body.includes(p)).length;
    const extra = body.filter((p) => !want.includes(p)).length;
    out.set('body', `${missing} of ${want.length} paragraphs not found, ${extra} not in the truth`);
  }
  if (!skip.has('featured') && truth.featured_labelled !== false) {
    const got = a.featured.map((f) => `${norm(f.title)} (${f.date ?? '—'})`);
    const wanted = truth.featured.map((f) => `${norm(f.title)} (${f.date ?? '—'})`);
    if (JSON.stringify(got) !== JSON.stringify(wanted)) {
      const missing = wanted.filter((t) => !got.includes(t));
      const extra = got.filter((t) => !wanted.includes(t));
      out.set(
        'featured',
        `missing ${JSON.stringify(missing)}, not in the truth ${JSON.stringify(extra)}`,
      );
    }
  }
  return out;
}
