// lunr's Index#query, replayed over decoded postings. It visits clauses, terms, fields and
// postings in lunr's order and does the same float operations in the same order (query vector
// boosts summed per term, dot products in term-index order, `dot / magnitude || 0` per field,
// field scores summed in the order lunr first met each field of a document, a stable sort), so
// results, order and scores are lunr's. What it leaves out is lunr's per-posting objects
// (FieldRef strings, MatchData, lunr.Set, a Vector per field of every matching document): on
// a common word in a 10,000-article archive they took 40–200 ms of each keystroke.
import type { LunrMetadata } from './lunr-types.ts';

/** One term's postings, decoded: per field, ascending document ordinals and their weights. */
export interface Postings {
  /** lunr's `_index` of the term (the query vector's key). */
  index: number;
  docs: Int32Array[];
  weights: Float64Array[];
}

/** One query clause after lunr's pipeline and expansion. */
export interface ExpandedClause {
  presence: number;
  boost: number;
  /** Field numbers, in the clause's order. */
  fields: number[];
  /** Per term the pipeline made of the clause's term: the index terms it expands to. */
  expansions: string[][];
}

export interface Hit {
  /** The document's ordinal (its place in the list the index was built from). */
  doc: number;
  score: number;
  /** Matched index terms → fields they matched in (lunr.MatchData#metadata, no metadata keys). */
  matches: LunrMetadata;
}

/** lunr.Query.presence. */
export const REQUIRED = 2;
export const PROHIBITED = 3;

/** A lunr.Set of document ordinals: null is lunr.Set.complete. */
type DocSet = Uint8Array | null;

function intersect(a: DocSet, b: DocSet): DocSet {
  if (a === null) return b;
  if (b === null) return a;
  return a.map((x, d) => x & b[d]!);
}

function union(a: DocSet, b: DocSet): DocSet {
  if (a === null || b === null) return null;
  return a.map((x, d) => x | b[d]!);
}

function setOf(docs: Int32Array, into: Uint8Array): Uint8Array {
  for (const d of docs) into[d] = 1;
  return into;
}

/** Match data is put together when asked for, each time: a page shows 10 hits of thousands. */
class RankedHit implements Hit {
  constructor(
    readonly doc: number,
    readonly score: number,
    private readonly collect: (doc: number) => LunrMetadata,
  ) {}
  get matches(): LunrMetadata {
    return this.collect(this.doc);
  }
}

/**
 * Working arrays sized to the archive (per field × document), kept between queries: allocating
 * and zeroing them took a good part of each keystroke. After a query only the entries it set
 * are cleared again.
 */
class Scratch {
  readonly seen: Uint8Array;
  readonly order: Int32Array;
  readonly dots: Float64Array;
  readonly at: Int32Array;
  readonly hitDocs: Int32Array;
  readonly hitScores: Float64Array;
  constructor(
    readonly F: number,
    readonly N: number,
  ) {
    this.seen = new Uint8Array(F * N);
    this.order = new Int32Array(F * N);
    this.dots = new Float64Array(F * N);
    this.at = new Int32Array(N).fill(-1);
    this.hitDocs = new Int32Array(N);
    this.hitScores = new Float64Array(N);
  }
}
let scratch: Scratch | null = null;

export function rank(
  clauses: readonly ExpandedClause[],
  postingsOf: (term: string) => Postings,
  fieldNames: readonly string[],
  docCount: number,
  negated: boolean,
): Hit[] {
  const F = fieldNames.length;
  if (scratch?.F !== F || scratch.N !== docCount) scratch = new Scratch(F, docCount);
  try {
    return rankWith(scratch, clauses, postingsOf, fieldNames, negated);
  } catch (e) {
    scratch = null; // it may be left half cleared
    throw e;
  }
}

function rankWith(
  work: Scratch,
  clauses: readonly ExpandedClause[],
  postingsOf: (term: string) => Postings,
  fieldNames: readonly string[],
  negated: boolean,
): Hit[] {
  const { F, N, seen, dots, at, hitDocs, hitScores } = work;
  let { order } = work;
  const empty = () => new Uint8Array(N);
  // Per field: term index → summed boost (lunr's query vectors), and the postings behind it.
  const query = fieldNames.map(() => new Map<number, number>());
  const byIndex = new Map<number, Postings>();
  const required: (DocSet | undefined)[] = [];
  const prohibited: (DocSet | undefined)[] = [];
  const visited = new Set<string>(); // lunr's termFieldCache
  // (term, field) pairs that add matches, and field refs (f·N + d) in the order lunr first
  // matches them (typed arrays: a common word has thousands of postings per keystroke).
  const matched: { term: string; field: number; docs: Int32Array }[] = [];
  let refs = 0;

  for (const clause of clauses) {
    const isRequired = clause.presence === REQUIRED;
    const clauseMatches = isRequired ? empty() : null;
    for (const terms of clause.expansions) {
      if (terms.length === 0 && isRequired) {
        for (const f of clause.fields) required[f] = empty();
        break;
      }
      for (const term of terms) {
        const p = postingsOf(term);
        byIndex.set(p.index, p);
        for (const f of clause.fields) {
          const docs = p.docs[f]!;
          if (clauseMatches) {
            setOf(docs, clauseMatches);
            if (required[f] === undefined) required[f] = null;
          }
          if (clause.presence === PROHIBITED) {
            prohibited[f] = setOf(docs, prohibited[f] ?? empty());
            continue;
          }
          query[f]!.set(p.index, (query[f]!.get(p.index) ?? 0) + clause.boost);
          const key = `${term}/${f}`;
          if (visited.has(key)) continue;
          visited.add(key);
          matched.push({ term, field: f, docs });
          const base = f * N;
          for (let i = 0; i < docs.length; i++) {
            const ref = base + docs[i]!;
            if (seen[ref] === 0) {
              seen[ref] = 1;
              order[refs++] = ref;
            }
          }
        }
      }
    }
    if (clauseMatches)
      for (const f of clause.fields) required[f] = intersect(required[f] ?? null, clauseMatches);
  }
  for (let i = 0; i < refs; i++) seen[order[i]!] = 0;

  let allRequired: DocSet = null;
  let allProhibited: DocSet = empty();
  for (let f = 0; f < F; f++) {
    if (required[f] !== undefined) allRequired = intersect(allRequired, required[f]!);
    if (prohibited[f] !== undefined) allProhibited = union(allProhibited, prohibited[f]!);
  }

  // Dot products of the query vector with every matched field vector, summed in term-index
  // order as lunr.Vector#dot walks both vectors, and each query vector's magnitude.
  const magnitude = query.map((vector, f) => {
    const entries = [...vector].sort((a, b) => a[0] - b[0]);
    let sumOfSquares = 0;
    for (const [index, boost] of entries) {
      sumOfSquares += boost * boost;
      const p = byIndex.get(index)!;
      const docs = p.docs[f]!;
      const weights = p.weights[f]!;
      const base = f * N;
      for (let i = 0; i < docs.length; i++) dots[base + docs[i]!]! += boost * weights[i]!;
    }
    return Math.sqrt(sumOfSquares);
  });

  const matchedRefs = refs;
  if (negated) {
    // lunr then scores every field of every document, in the order they were indexed.
    order = new Int32Array(F * N);
    refs = 0;
    for (let d = 0; d < N; d++) for (let f = 0; f < F; f++) order[refs++] = f * N + d;
  }
  // Per document in order of its first scored field: its ordinal and summed score.
  let hits = 0;
  for (let i = 0; i < refs; i++) {
    const ref = order[i]!;
    const d = ref % N;
    if (allRequired !== null && allRequired[d] === 0) continue;
    if (allProhibited !== null && allProhibited[d] === 1) continue;
    const score = dots[ref]! / magnitude[(ref - d) / N]! || 0;
    if (at[d]! >= 0) hitScores[at[d]!]! += score;
    else {
      at[d] = hits;
      hitDocs[hits] = d;
      hitScores[hits++] = score;
    }
  }
  for (let i = 0; i < matchedRefs; i++) dots[work.order[i]!] = 0;
  for (let i = 0; i < hits; i++) at[hitDocs[i]!] = -1;

  const ranked = stableDescending(hitScores.subarray(0, hits));
  const collect = (d: number): LunrMetadata => {
    const matches = Object.create(null) as LunrMetadata;
    if (negated) return matches; // lunr gives a negated query's results no match data
    for (const { term, field, docs } of matched) {
      if (!contains(docs, d)) continue;
      (matches[term] ??= Object.create(null) as LunrMetadata[string])[fieldNames[field]!] =
        Object.create(null) as Record<string, unknown[]>;
    }
    return matches;
  };
  return Array.from(ranked, (i) => new RankedHit(hitDocs[i]!, hitScores[i]!, collect));
}

/**
 * Positions of `scores` sorted by descending score, ties in their order (lunr's stable sort):
 * a counting sort over the distinct scores, found with the engine's own numeric sort and a
 * binary search. A comparator called ~10⁵ times, or Maps keyed by scores, took most of the
 * ranking time.
 */
export function stableDescending(scores: Float64Array): Int32Array {
  const n = scores.length;
  const sorted = scores.slice().sort();
  const distinct = new Float64Array(n);
  let u = 0;
  for (let i = n - 1; i >= 0; i--)
    if (u === 0 || distinct[u - 1] !== sorted[i]) distinct[u++] = sorted[i]!;
  const slotOf = new Int32Array(n);
  const start = new Int32Array(u + 1);
  for (let i = 0; i < n; i++) {
    const s = scores[i]!;
    let lo = 0;
    let hi = u - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (distinct[mid]! > s) lo = mid + 1;
      else hi = mid;
    }
    slotOf[i] = lo;
    start[lo + 1]! += 1;
  }
  for (let k = 1; k <= u; k++) start[k]! += start[k - 1]!;
  const out = new Int32Array(n);
  for (let i = 0; i < n; i++) out[start[slotOf[i]!]!++] = i;
  return out;
}

/** Binary search of an ascending list. */
function contains(sorted: Int32Array, value: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (sorted[mid]! === value) return true;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}
