// The part of lunr's API the search code uses, typed structurally. @types/lunr leaves out the
// internals we need (TokenSet.fromClause, QueryParser, Index's constructor), and the browser
// gets lunr as a global, so both sides hand the engine a value of this shape.

export interface LunrToken {
  toString(): string;
  metadata: Record<string, unknown>;
}
export type LunrPipelineFn = (
  token: LunrToken,
  i: number,
  tokens: LunrToken[],
) => LunrToken | LunrToken[] | null | undefined;
export interface LunrPipeline {
  add(...fns: LunrPipelineFn[]): void;
  run(tokens: LunrToken[]): LunrToken[];
  runString(s: string, metadata?: object): string[];
}
export interface LunrVector {
  insert(index: number, value: number): void;
}
export interface LunrTokenSet {
  intersect(other: LunrTokenSet): LunrTokenSet;
  toArray(): string[];
}
export interface LunrClause {
  term: string;
  fields: string[];
  boost: number;
  editDistance?: number;
  usePipeline?: boolean;
  wildcard?: number;
  presence?: number;
}
export interface LunrQuery {
  clauses: LunrClause[];
  isNegated(): boolean;
}
/** term → field → metadata key → values (lunr.MatchData#metadata). */
export type LunrMetadata = Record<string, Record<string, Record<string, unknown[]>>>;
export interface LunrResult {
  ref: string;
  score: number;
  matchData: { metadata: LunrMetadata };
}
export interface LunrIndexAttrs {
  invertedIndex: object;
  fieldVectors: Record<string, LunrVector>;
  tokenSet: LunrTokenSet;
  fields: string[];
  pipeline: LunrPipeline;
}
export interface LunrIndex {
  search(query: string): LunrResult[];
}

export interface Lunr {
  Index: new (attrs: LunrIndexAttrs) => LunrIndex;
  Vector: new () => LunrVector;
  TokenSet: {
    fromArray(sorted: string[]): LunrTokenSet;
    fromClause(clause: LunrClause): LunrTokenSet;
  };
  Pipeline: new () => LunrPipeline;
  Query: new (fields: string[]) => LunrQuery;
  QueryParser: new (query: string, into: LunrQuery) => { parse(): LunrQuery };
  QueryParseError: new (message: string, start: number, end: number) => Error;
  Token: new (s: string, metadata: object) => LunrToken;
  tokenizer(text: string | null): LunrToken[];
  trimmer: LunrPipelineFn;
  stopWordFilter: LunrPipelineFn;
  stemmer: LunrPipelineFn;
}
