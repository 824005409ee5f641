// The indexed fields, in lunr's order, with their boosts, and the pipelines lunr's defaults
// use (`lunr()` adds trimmer, stopWordFilter and stemmer to the index pipeline and only the
// stemmer to the search pipeline). Build, query and highlight all read them from here.
import type { Lunr, LunrPipeline } from './lunr-types.ts';

export const FIELDS = ['title', 'body', 'source', 'byline', 'dateline'] as const;
export type FieldName = (typeof FIELDS)[number];
/** Boosts as given to `builder.field(name, { boost })`; absent means 1. */
export const BOOSTS: Readonly<Record<FieldName, number>> = {
  title: 10,
  body: 1,
  source: 1,
  byline: 1,
  dateline: 1,
};

export function indexPipeline(lunr: Lunr): LunrPipeline {
  const p = new lunr.Pipeline();
  p.add(lunr.trimmer, lunr.stopWordFilter, lunr.stemmer);
  return p;
}

export function searchPipeline(lunr: Lunr): LunrPipeline {
  const p = new lunr.Pipeline();
  p.add(lunr.stemmer);
  return p;
}
