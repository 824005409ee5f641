// The query engine, shared by the browser (search.js) and the terminal (npm run search).
// It asks lunr's own QueryParser what the query means, loads only the shards holding the terms
// that query can touch, rebuilds from them a small lunr.Index (those terms' postings and
// weights, under their original term indexes) and lets lunr's own Index#query rank it. Scoring
// is a sum over query terms of weight × boost, so the documents' other terms cannot change it:
// the ranking is the one a single lunr index over every document gives.
import { searchPipeline } from './fields.ts';
import {
  docsKey,
  shardKey,
  TABLE,
  VOCABULARY,
  type DocTable,
  type Manifest,
  type ShardEntry,
} from './format.ts';
import type { SearchDoc } from './doc.ts';
import type {
  Lunr,
  LunrClause,
  LunrMetadata,
  LunrPipeline,
  LunrTokenSet,
  LunrVector,
} from './lunr-types.ts';

/** Loads one data file by key and resolves to its data. */
export type Load = (key: string) => Promise<unknown>;

export interface Hit {
  /** The document's ordinal (its place in the list the index was built from). */
  doc: number;
  score: number;
  /** Matched index terms → fields they matched in. */
  matches: LunrMetadata;
}

const TRAILING_ONLY = /^[^*]*\*+$/;

export class SearchEngine {
  private readonly shards = new Map<number, Promise<ShardEntry[]>>();
  private readonly docFiles = new Map<number, Promise<SearchDoc[]>>();
  private vocabulary: Promise<LunrTokenSet> | null = null;
  private table: Promise<DocTable> | null = null;
  private readonly pipeline: LunrPipeline;

  constructor(
    private readonly lunr: Lunr,
    readonly manifest: Manifest,
    private readonly load: Load,
  ) {
    this.pipeline = searchPipeline(lunr);
  }

  /** Ranks every matching document as lunr would; throws lunr.QueryParseError on bad syntax. */
  async search(queryString: string): Promise<Hit[]> {
    const { lunr, manifest } = this;
    const query = new lunr.QueryParser(queryString, new lunr.Query(manifest.fields)).parse();
    // What each clause's terms can expand to, as sets of shards to load.
    const needs: { clause: LunrClause; shards: number[] }[] = [];
    for (const clause of query.clauses) {
      const terms = clause.usePipeline
        ? this.pipeline.runString(clause.term, { fields: clause.fields })
        : [clause.term];
      for (const term of terms) {
        const c = { ...clause, term };
        needs.push({ clause: c, shards: await this.shardsFor(c) });
      }
    }
    const loaded = new Map<string, ShardEntry>();
    const wanted = [...new Set(needs.flatMap((n) => n.shards))].sort((a, b) => a - b);
    for (const entries of await Promise.all(wanted.map((i) => this.shard(i))))
      for (const e of entries) loaded.set(e[0], e);

    // Expand each clause against the loaded terms exactly as Index#query will, and keep only
    // the terms it reaches (a superset of the query's terms gives lunr the same expansion).
    const loadedSet = lunr.TokenSet.fromArray([...loaded.keys()].sort());
    const used = new Set<string>();
    for (const { clause } of needs)
      for (const t of loadedSet.intersect(lunr.TokenSet.fromClause(clause)).toArray()) used.add(t);
    const index = this.partialIndex(
      [...used].sort().map((t) => loaded.get(t)!),
      query.isNegated(),
    );
    return index.search(queryString).map((r) => ({
      doc: Number(r.ref),
      score: r.score,
      matches: r.matchData.metadata,
    }));
  }

  /** The documents with these ordinals, in the same order. */
  async docs(ordinals: readonly number[]): Promise<SearchDoc[]> {
    const per = this.manifest.docsPerFile;
    return Promise.all(
      ordinals.map(async (o) => (await this.docFile(Math.floor(o / per)))[o % per]!),
    );
  }

  /** Dates and sources of every document (for filters and date sort), loaded on first use. */
  docTable(): Promise<DocTable> {
    return (this.table ??= this.load(TABLE) as Promise<DocTable>);
  }

  /** Shard numbers that can hold the terms this clause expands to. */
  private async shardsFor(clause: LunrClause): Promise<number[]> {
    const term = clause.term;
    const fuzzy = (clause.editDistance ?? 0) > 0;
    if (!fuzzy && !term.includes('*')) return [this.shardOf(term)];
    if (!fuzzy && TRAILING_ONLY.test(term)) {
      const prefix = term.replace(/\*+$/, '');
      const first = this.shardOf(prefix);
      const last = this.shardOf(`${prefix}\uffff`);
      return Array.from({ length: last - first + 1 }, (_, k) => first + k);
    }
    // Fuzzy or leading/inner wildcard: expand against the whole vocabulary.
    const vocabulary = await this.vocabularySet();
    const terms = vocabulary.intersect(this.lunr.TokenSet.fromClause(clause)).toArray();
    return [...new Set(terms.map((t) => this.shardOf(t)))];
  }

  private shardOf(term: string): number {
    const firsts = this.manifest.shards;
    let lo = 0;
    let hi = firsts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (firsts[mid]! <= term) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }

  private shard(i: number): Promise<ShardEntry[]> {
    let p = this.shards.get(i);
    if (!p) this.shards.set(i, (p = this.load(shardKey(i)) as Promise<ShardEntry[]>));
    return p;
  }

  private docFile(n: number): Promise<SearchDoc[]> {
    let p = this.docFiles.get(n);
    if (!p) this.docFiles.set(n, (p = this.load(docsKey(n)) as Promise<SearchDoc[]>));
    return p;
  }

  private vocabularySet(): Promise<LunrTokenSet> {
    return (this.vocabulary ??= (this.load(VOCABULARY) as Promise<string[]>).then((terms) =>
      this.lunr.TokenSet.fromArray(terms),
    ));
  }

  /** A lunr.Index over only these terms, with refs = document ordinals. */
  private partialIndex(entries: ShardEntry[], negated: boolean) {
    const { lunr, manifest } = this;
    const fields = manifest.fields;
    const invertedIndex: Record<string, Record<string, unknown>> = Object.create(null);
    const fieldVectors: Record<string, LunrVector> = Object.create(null);
    if (negated) {
      // Index#query then scores every field of every document, in the order lunr built them.
      for (let d = 0; d < manifest.docCount; d++)
        for (const f of fields) fieldVectors[`${f}/${d}`] = new lunr.Vector();
    }
    for (const [term, termIndex, ...perField] of entries) {
      const posting: Record<string, unknown> = Object.create(null);
      posting._index = termIndex;
      perField.forEach((list, k) => {
        const field = fields[k]!;
        // Ordinal refs are array-index keys, so they enumerate ascending: lunr's insertion order.
        const docs: Record<string, object> = Object.create(null);
        if (list !== 0) {
          for (let i = 0, d = 0; i < list.length; i += 2) {
            d += list[i]!;
            docs[d] = Object.create(null);
            const ref = `${field}/${d}`;
            (fieldVectors[ref] ??= new lunr.Vector()).insert(termIndex, list[i + 1]! / 1000);
          }
        }
        posting[field] = docs;
      });
      invertedIndex[term] = posting;
    }
    return new lunr.Index({
      invertedIndex,
      fieldVectors,
      tokenSet: lunr.TokenSet.fromArray(entries.map((e) => e[0])),
      fields,
      pipeline: this.pipeline,
    });
  }
}
