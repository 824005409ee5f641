// Small, named cases for one parser rule, readable as its documentation: a few lines of text,
// where some of them end (`title`, `body`, `dropped: caption`, …) and which rule put them there,
// and record fields. The whole parser runs, so a case shows the rule among the others as it is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { Article } from '../../src/model/article.ts';
import { Parser, type LineTrace } from '../../src/parse/parser.ts';

export interface RuleCase {
  name: string;
  /** The text, one string a line. */
  text: string[];
  /** Line number → where it ends; the rule under test must be the one that put it there. */
  lines?: Record<number, string>;
  /** Line number → where it ends, put there by another rule (context for the case). */
  others?: Record<number, string>;
  /** Line number → parts cut off it: `reason: text`. */
  cut?: Record<number, string[]>;
  /** Warnings the record must carry. */
  warnings?: RegExp[];
  /** Fields of the record. */
  record?: Partial<
    Pick<
      Article,
      'title' | 'date' | 'dateText' | 'byline' | 'source' | 'dateline' | 'url' | 'tags' | 'language'
    >
  > & {
    body?: string[];
    featured?: { title: string; date?: string | null; byline?: string | null }[];
  };
}

const where = (l: LineTrace) =>
  l.role === null ? 'blank' : l.role === 'dropped' ? `dropped: ${l.reason}` : l.role;

/** A prose sentence long enough to be a paragraph, for cases that need a body. */
export const PROSE = 'The first paragraph says what happened and is long enough to be prose.';

/** Three paragraphs as a text browser or mail client wraps them at 72 columns. */
export const WRAPPED = [
  'The county council has approved a plan to rebuild the old harbour wall,',
  'which was badly damaged in the winter storms, at a cost of about four',
  'million pounds.',
  '',
  'Work will start in the spring and is expected to take eighteen months,',
  'the council said, with the harbour staying open to fishing boats for',
  'most of that time.',
  '',
  'Local fishermen welcomed the decision but said they would need a safe',
  'place to land their catch while the southern part of the wall is closed.',
];
export function ruleCases(rule: string, cases: readonly RuleCase[]): void {
  for (const c of cases)
    test(`${rule}: ${c.name}`, () => {
      const { article, lines } = new Parser().explain(c.text.join('\n'), 'case.txt');
      const at = (no: number) => lines[no - 1]!;
      for (const [no, want] of Object.entries(c.lines ?? {})) {
        const l = at(Number(no));
        assert.equal(where(l), want, `line ${no} ${JSON.stringify(l.raw)}`);
        assert.equal(l.rule, rule, `line ${no} was decided by ${l.rule}, not ${rule}`);
      }
      for (const [no, want] of Object.entries(c.others ?? {}))
        assert.equal(
          where(at(Number(no))),
          want,
          `line ${no} ${JSON.stringify(at(Number(no)).raw)}`,
        );
      for (const [no, want] of Object.entries(c.cut ?? {}))
        assert.deepEqual(
          at(Number(no)).cut.map((x) => `${x.reason}: ${x.text}`),
          want,
          `parts cut off line ${no}`,
        );
      for (const w of c.warnings ?? [])
        assert.ok(
          article.warnings.some((x) => w.test(x)),
          `a warning ${w}: ${article.warnings}`,
        );
      const { body, featured, ...fields } = c.record ?? {};
      for (const [k, v] of Object.entries(fields))
        assert.deepEqual(article[k as keyof Article], v, k);
      if (body)
        assert.deepEqual(
          article.body.map((b) => b.text),
          body,
          'body',
        );
      if (featured)
        assert.deepEqual(
          article.featured.map((f, i) => ({
            title: f.title,
            ...('date' in (featured[i] ?? {}) ? { date: f.date } : {}),
            ...('byline' in (featured[i] ?? {}) ? { byline: f.byline } : {}),
          })),
          featured,
          'featured',
        );
    });
}
