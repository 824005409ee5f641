// The query engine, shared by the browser (search.js) and the terminal (npm run search).
// It asks lunr's own QueryParser what the query means, loads only the shards holding the terms
// that query can touch, expands its terms with lunr's TokenSet and ranks with score.ts, which
// replays lunr's Index#query over those terms' postings. Scoring is a sum over query terms of
// weight × boost, so the documents' other terms cannot change it: the ranking is the one a
// single lunr index over every document gives. Shards and decoded postings stay loaded, so a
// keystroke that adds a word only loads and decodes that word.
import { searchPipeline } from './fields.ts';
import {
  ALL_DOCS,
  docKeys,
  EXPORT_PER_FILE,
  exportKey,
  type ExportEntry,
  shardKey,
  TABLE,
  VOCABULARY,
  decodeTable,
  type DocTable,
  type DocTableFile,
  type Manifest,
  type ShardEntry,
} from './format.ts';
import type { SearchDoc } from './doc.ts';
import type { Lunr, LunrClause, LunrPipeline, LunrTokenSet } from './lunr-types.ts';
import { rank, type Hit, type Postings } from './score.ts';

/** Loads one data file by key and resolves to its data. */
export type Load = (key: string) => Promise<unknown>;

const TRAILING_ONLY = /^[^*]*\*+$/;

const isPlain = (c: LunrClause) => (c.editDistance ?? 0) === 0 && !c.term.includes('*');

export class SearchEngine {
  private readonly shards = new Map<number, Promise<ShardEntry[]>>();
  /** Every term of the shards loaded so far. */
  private readonly entries = new Map<string, ShardEntry>();
  private readonly postings = new Map<string, Postings>();
  private readonly docFiles = new Map<string, Promise<SearchDoc[]>>();
  private readonly exportFiles = new Map<number, Promise<ExportEntry[]>>();
  private vocabulary: Promise<LunrTokenSet> | null = null;
  private table: Promise<DocTable> | null = null;
  private keys: Promise<string[]> | null = null;
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
    // Each clause with one copy per term the pipeline makes of it, as Index#query runs them.
    const plan = query.clauses.map((clause) => ({
      clause,
      terms: (clause.usePipeline
        ? this.pipeline.runString(clause.term, { fields: clause.fields })
        : [clause.term]
      ).map((term): LunrClause => ({ ...clause, term })),
    }));
    const all = plan.flatMap((p) => p.terms);
    const wanted = [...new Set((await Promise.all(all.map((c) => this.shardsFor(c)))).flat())];
    const loaded = await Promise.all(wanted.sort((a, b) => a - b).map((i) => this.shard(i)));

    let expand = (c: LunrClause): string[] => (this.entries.has(c.term) ? [c.term] : []);
    if (!all.every(isPlain)) {
      // Expand against the terms the query reaches, as the index lunr searched did (a
      // superset of the query's terms gives lunr the same expansion).
      const loadedSet = lunr.TokenSet.fromArray(loaded.flat().map((e) => e[0]));
      const used = new Set<string>();
      for (const c of all)
        for (const t of loadedSet.intersect(lunr.TokenSet.fromClause(c)).toArray()) used.add(t);
      const usedSet = lunr.TokenSet.fromArray([...used].sort());
      expand = (c) => usedSet.intersect(lunr.TokenSet.fromClause(c)).toArray();
    }
    const clauses = plan.map(({ clause, terms }) => ({
      presence: clause.presence ?? 1,
      boost: clause.boost,
      fields: clause.fields.map((f) => manifest.fields.indexOf(f)),
      expansions: terms.map(expand),
    }));
    return rank(
      clauses,
      (term) => this.postingsOf(term),
      manifest.fields,
      manifest.docCount,
      query.isNegated(),
    );
  }

  /** The document with this ordinal. */
  async doc(ordinal: number): Promise<SearchDoc> {
    if (this.manifest.docsPerFile > 1) return (await this.docFile(ALL_DOCS))[ordinal]!;
    // Each document's file is named by its day (format.ts docKeys), which the table holds.
    this.keys ??= this.docTable().then((t) => docKeys(t.days));
    return (await this.docFile((await this.keys)[ordinal]!))[0]!;
  }

  /** The documents with these ordinals, in the same order. */
  docs(ordinals: readonly number[]): Promise<SearchDoc[]> {
    return Promise.all(ordinals.map((o) => this.doc(o)));
  }

  /** What an export shows of the document with this ordinal (export.ts). */
  async exportEntry(ordinal: number): Promise<ExportEntry> {
    const n = Math.floor(ordinal / EXPORT_PER_FILE);
    let p = this.exportFiles.get(n);
    if (!p) this.exportFiles.set(n, (p = this.load(exportKey(n)) as Promise<ExportEntry[]>));
    return (await p)[ordinal % EXPORT_PER_FILE]!;
  }

  /** Dates and sources of every document (for filters and date sort), loaded on first use. */
  docTable(): Promise<DocTable> {
    return (this.table ??= (this.load(TABLE) as Promise<DocTableFile>).then(decodeTable));
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
    if (!p) {
      p = (this.load(shardKey(i)) as Promise<ShardEntry[]>).then((entries) => {
        for (const e of entries) this.entries.set(e[0], e);
        return entries;
      });
      this.shards.set(i, p);
    }
    return p;
  }

  private docFile(key: string): Promise<SearchDoc[]> {
    let p = this.docFiles.get(key);
    if (!p) this.docFiles.set(key, (p = this.load(key) as Promise<SearchDoc[]>));
    return p;
  }

  private vocabularySet(): Promise<LunrTokenSet> {
    return (this.vocabulary ??= (this.load(VOCABULARY) as Promise<string[]>).then((terms) =>
      this.lunr.TokenSet.fromArray(terms),
    ));
  }

  /** A loaded term's postings, decoded once (a word typed on stays decoded). */
  private postingsOf(term: string): Postings {
    let p = this.postings.get(term);
    if (p) return p;
    const [, index, ...perField] = this.entries.get(term)!;
    p = { index, docs: [], weights: [] };
    for (const list of perField) {
      const n = list === 0 ? 0 : list.length / 2;
      const docs = new Int32Array(n);
      const weights = new Float64Array(n);
      for (let i = 0, d = 0; i < n; i++) {
        d += (list as number[])[2 * i]!;
        docs[i] = d;
        weights[i] = (list as number[])[2 * i + 1]! / 1000;
      }
      p.docs.push(docs);
      p.weights.push(weights);
    }
    this.postings.set(term, p);
    return p;
  }
}
