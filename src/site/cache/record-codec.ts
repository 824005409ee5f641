// How the build cache keeps a parse record: its small fields as one JSON text and its body and
// dropped lines (nine tenths of its bytes) as another, after a tab and the other's length in
// bytes (a line cut short is told at once, not when its body is read). A record read back parses
// the small part only; its body and dropped lines are parsed when something first reads them.
// A rebuild of 10,000 articles reads every record for the site's data (titles, dates, sources,
// featured links) but shows the body of the few pages it renders: parsing every body was a
// tenth of that rebuild, and holding them all made the collector's work. The record reads as
// the parser's in every way (the same keys in the same order, JSON.stringify, spread), so no
// consumer can tell; one that must not make it parse asks `bodyPending` first.
import type { Article } from '../../model/article.ts';
import type { Codec } from './jsonl-cache.ts';

const TAB = 0x09;
/** The record's unparsed body and dropped lines, on the record, neither enumerable nor copied. */
const TAIL = Symbol('unparsed body and dropped lines');
type Lazy = Article & { [TAIL]?: Buffer };
type Tail = [Article['body'], Article['dropped']];

/** The cached form: the record with placeholders where body and dropped go (so that their places
 * among the keys are kept), a tab, the length of the rest, a tab, then the two as JSON (JSON
 * text holds no raw tab).
 * @example encodeRecord(a) // '{"id":"…",…,"body":0,…,"dropped":0,…}\t4711\t[[…],[…]]' */
export function encodeRecord(a: Article): string {
  const tail = JSON.stringify([a.body, a.dropped] satisfies Tail);
  const head = JSON.stringify({ ...a, body: 0, dropped: 0 });
  return `${head}\t${Buffer.byteLength(tail)}\t${tail}`;
}

/** The record `encodeRecord` wrote at `bytes[start..end)`; throws on anything else. */
export function decodeRecord(bytes: Buffer, start: number, end: number): Article {
  const tab = bytes.indexOf(TAB, start);
  const second = tab < 0 ? -1 : bytes.indexOf(TAB, tab + 1);
  if (tab < 0 || second < 0 || second >= end) throw new Error('not a cached record');
  if (Number(bytes.toString('latin1', tab + 1, second)) !== end - second - 1)
    throw new Error('a cached record cut short');
  const record = JSON.parse(bytes.toString('utf8', start, tab)) as Lazy;
  // Its own copy: the cache file's bytes are let go before rendering.
  Object.defineProperty(record, TAIL, {
    value: Buffer.from(bytes.subarray(second + 1, end)),
    configurable: true,
  });
  for (const key of ['body', 'dropped'] as const)
    Object.defineProperty(record, key, {
      enumerable: true,
      configurable: true,
      get: () => (materialize(record), record[key]),
      set: (value: unknown) => (
        materialize(record),
        ((record as unknown as Record<string, unknown>)[key] = value)
      ),
    });
  return record;
}

/** Whether `a`'s body is still unparsed (a record read back from the cache, not yet read). */
export function bodyPending(a: Article): boolean {
  return (a as Lazy)[TAIL] !== undefined;
}

/** Parses the tail and puts body and dropped in their places as plain fields. */
function materialize(record: Lazy): void {
  const tail = record[TAIL];
  if (tail === undefined) return;
  const [body, dropped] = JSON.parse(tail.toString('utf8')) as Tail;
  delete record[TAIL];
  const field = (value: unknown) => ({
    value,
    writable: true,
    enumerable: true,
    configurable: true,
  });
  Object.defineProperty(record, 'body', field(body));
  Object.defineProperty(record, 'dropped', field(dropped));
}

/** The parse cache's codec (jsonl-cache.ts). */
export const RECORD_CODEC: Codec<Article> = { encode: encodeRecord, decode: decodeRecord };
