// A generated archive as search documents (tests and benchmarks): seed-like texts from
// generateCorpus, parsed by the real parser, with the site's URL shape `YYYY/MM/DD/slug/`.
import { Parser } from '../../src/parse/parser.ts';
import { uniqueIds } from '../../src/parse/slug.ts';
import { toSearchDoc, type SearchDoc } from '../../src/search/doc.ts';
import { generateCorpus } from './corpus.ts';

export function generatedDocs(count: number, seed = 1): SearchDoc[] {
  const parser = new Parser();
  const articles = uniqueIds(
    generateCorpus(count, seed).map((g) => parser.parseText(g.text, g.name)),
  );
  return articles.map((a) => toSearchDoc(a, urlOf(a.id)));
}

/** `2020-02-17-some-slug` → `2020/02/17/some-slug/`; `undated-x` → `undated/x/`. */
export function urlOf(id: string): string {
  const m = /^(\d{4})-(\d\d)-(\d\d)-(.*)$/.exec(id);
  return m ? `${m[1]}/${m[2]}/${m[3]}/${m[4]}/` : `${id.replace(/^undated-/, 'undated/')}/`;
}
