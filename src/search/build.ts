// Computes what lunr.Builder would compute, without its slow paths: the same tokens (lowercase,
// split on whitespace and hyphens), the same pipeline (run once per distinct raw token and
// memoised), term indexes in order of first appearance, and the same BM25 field weights
// (k1 = 1.2, b = 0.75, lunr.idf, field boosts, rounded to thousandths) evaluated with the same
// floating-point operations in the same order, so query scores come out bit-identical. No
// positions are kept: highlighting re-tokenises only the documents it shows.
import { BOOSTS, FIELDS, indexPipeline } from './fields.ts';
import type { Lunr } from './lunr-types.ts';
import type { SearchDoc } from './doc.ts';

const K1 = 1.2;
const B = 0.75;
const SEPARATOR = /[\s-]+/;

/** One term's postings: per field, ascending doc ordinals and weights × 1000 (integers). */
export interface TermPostings {
  term: string;
  /** lunr's `_index`: the order in which the term first appeared. */
  index: number;
  docs: Int32Array[];
  weights: Int32Array[];
}

export interface BuiltIndex {
  docCount: number;
  /** Every term, sorted as `Array.prototype.sort` sorts strings (UTF-16 code units). */
  terms: TermPostings[];
}

/** Growable Int32 column. */
class Column {
  data = new Int32Array(1 << 16);
  length = 0;
  push(v: number): void {
    if (this.length === this.data.length) {
      const next = new Int32Array(this.data.length * 2);
      next.set(this.data);
      this.data = next;
    }
    this.data[this.length++] = v;
  }
}

/** One field's terms as the index pipeline makes them, in order of first appearance, with how
 * often each appears and the field's length in terms; null for a field the document lacks. */
export type FieldTerms = readonly [
  terms: readonly string[],
  counts: readonly number[],
  length: number,
];

/** A document's terms, per field in FIELDS' order: all the index reads of a document. They
 * depend on its text and the code alone, so a build cache can keep them by the input's key. */
export type DocTerms = readonly (FieldTerms | null)[];

/**
 * A function giving a document's terms: lunr's tokenizer (lower case, split on whitespace and
 * hyphens) and the index pipeline, run once per distinct raw token (memoised).
 * @example termsOf(lunr)({ title: 'Oil prices', body: 'Prices rose.', … })[0] // [['oil', 'price'], [1, 1], 2]
 */
export function termsOf(lunr: Lunr): (doc: SearchDoc) => DocTerms {
  const pipeline = indexPipeline(lunr);
  // Terms are counted by number (a typed array, not a Map per field: the hot loop of a build).
  const ids = new Map<string, number>();
  const names: string[] = [];
  // Raw token → the numbers of the terms the pipeline makes of it (none for stop words).
  const memo = new Map<string, number[]>();
  const analyse = (raw: string): number[] =>
    pipeline.run([new lunr.Token(raw, {})]).map((t) => {
      const term = t.toString();
      let id = ids.get(term);
      if (id === undefined) {
        id = names.length;
        ids.set(term, id);
        names.push(term);
      }
      return id;
    });
  let counts = new Int32Array(1 << 16);
  const touched: number[] = [];
  return (doc) =>
    FIELDS.map((field) => {
      const text = doc[field];
      if (text === null || text === undefined) return null;
      let length = 0;
      for (const raw of String(text).toLowerCase().split(SEPARATOR)) {
        if (raw === '') continue;
        let termIds = memo.get(raw);
        if (termIds === undefined) memo.set(raw, (termIds = analyse(raw)));
        for (const id of termIds) {
          if (id >= counts.length) {
            const next = new Int32Array(counts.length * 2);
            next.set(counts);
            counts = next;
          }
          if (counts[id] === 0) touched.push(id);
          counts[id]! += 1;
          length++;
        }
      }
      const terms: FieldTerms = [
        touched.map((id) => names[id]!),
        touched.map((id) => counts[id]!),
        length,
      ];
      for (const id of touched) counts[id] = 0;
      touched.length = 0;
      return terms;
    });
}

/** Terms of documents kept from an earlier build, by document number: `get` gives what it has,
 * `set` is given the terms worked out for the others. */
export interface KeptTerms {
  get(d: number): DocTerms | undefined;
  set(d: number, terms: DocTerms): void;
}

/** The index of `docs`, with the terms of those `kept` has from it (the same as worked out). */
export function buildIndex(docs: readonly SearchDoc[], lunr: Lunr, kept?: KeptTerms): BuiltIndex {
  const fresh = termsOf(lunr);
  const termsOfDoc = (doc: SearchDoc, d: number): DocTerms => {
    const known = kept?.get(d);
    if (known) return known;
    const terms = fresh(doc);
    kept?.set(d, terms);
    return terms;
  };
  const F = FIELDS.length;
  // Term ids in order of first appearance (lunr's `_index`): documents, fields, then terms in
  // the order they first appear in the field, which is the order lunr meets them.
  const termIds = new Map<string, number>();
  const termNames: string[] = [];

  const pTerm = new Column();
  const pDoc = new Column();
  const pField = new Column();
  const pTf = new Column();
  const fieldLength = new Int32Array(docs.length * F);

  docs.forEach((doc, d) => {
    termsOfDoc(doc, d).forEach((field, f) => {
      if (field === null) return;
      const [names, counts, length] = field;
      fieldLength[d * F + f] = length;
      names.forEach((term, k) => {
        let id = termIds.get(term);
        if (id === undefined) {
          id = termNames.length;
          termIds.set(term, id);
          termNames.push(term);
        }
        pTerm.push(id);
        pDoc.push(d);
        pField.push(f);
        pTf.push(counts[k]!);
      });
    });
  });

  // lunr: average over every document (each has every field, null ones with length 0).
  const average = FIELDS.map((_, f) => {
    let sum = 0;
    for (let d = 0; d < docs.length; d++) sum += fieldLength[d * F + f]!;
    return sum / docs.length;
  });
  // lunr.idf counts a document once per field it has the term in.
  const T = termNames.length;
  const df = new Int32Array(T);
  for (let i = 0; i < pTerm.length; i++) df[pTerm.data[i]!]! += 1;
  const idf = Array.from(df, (n) => {
    const x = (docs.length - n + 0.5) / (n + 0.5);
    return Math.log(1 + Math.abs(x));
  });

  // Bucket postings by term and field (counting sort keeps doc order ascending).
  const slots = new Int32Array(T * F + 1);
  for (let i = 0; i < pTerm.length; i++) slots[pTerm.data[i]! * F + pField.data[i]! + 1]! += 1;
  for (let s = 1; s < slots.length; s++) slots[s]! += slots[s - 1]!;
  const start = slots.slice();
  const outDoc = new Int32Array(pTerm.length);
  const outWeight = new Int32Array(pTerm.length);
  for (let i = 0; i < pTerm.length; i++) {
    const t = pTerm.data[i]!;
    const f = pField.data[i]!;
    const d = pDoc.data[i]!;
    const tf = pTf.data[i]!;
    const len = fieldLength[d * F + f]!;
    // Same expression, same order as lunr.Builder#createFieldVectors.
    let score = (idf[t]! * ((K1 + 1) * tf)) / (K1 * (1 - B + B * (len / average[f]!)) + tf);
    score *= BOOSTS[FIELDS[f]!] || 1;
    score *= 1; // document boost
    const at = start[t * F + f]!++;
    outDoc[at] = d;
    outWeight[at] = Math.round(score * 1000);
  }

  const order = termNames.map((_, i) => i).sort((a, b) => cmp(termNames[a]!, termNames[b]!));
  const terms = order.map((t) => ({
    term: termNames[t]!,
    index: t,
    docs: FIELDS.map((_, f) => outDoc.subarray(slots[t * F + f]!, slots[t * F + f + 1]!)),
    weights: FIELDS.map((_, f) => outWeight.subarray(slots[t * F + f]!, slots[t * F + f + 1]!)),
  }));
  return { docCount: docs.length, terms };
}

/** String order of `Array.prototype.sort()` and of `<`: UTF-16 code units. */
export const cmp = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);
