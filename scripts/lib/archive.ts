// A generated archive as search documents (tests and benchmarks): seed-like texts from
// generateCorpus, parsed by the real parser, with the site's URL shape `YYYY/MM/DD/slug/`.
import { Parser } from '../../src/parse/parser.ts';
import { uniqueIds } from '../../src/model/slug.ts';
import { toSearchDoc, type SearchDoc } from '../../src/search/doc.ts';
import { articleUrl } from '../../src/site/urls.ts';
import { generateCorpus } from './corpus.ts';
import { displayDate } from '../../src/site/dates.ts';

export function generatedDocs(count: number, seed = 1): SearchDoc[] {
  const parser = new Parser();
  const articles = uniqueIds(
    generateCorpus(count, seed).map((g) => parser.parseText(g.text, g.name)),
  );
  return articles.map((a) => toSearchDoc(a, articleUrl(a), a.date && displayDate(a.date)));
}
