// One chunk of the parse command's files, parsed and serialised: what a worker thread of the
// pool (pool.ts) and the thread that runs it both do with a chunk. Each element is kept as
// UTF-8 bytes: outside the JavaScript heap (30 MB of input are 70 MB of JSON, which the
// garbage collector would otherwise copy again and again), moved from a worker without a
// copy, and written out as they are.
import type { Parser } from '../parser.ts';
import { isFailure, loadFile } from './load.ts';

/** A file's record or failure as its JSON text in UTF-8, with the record's id (null for a
 * failure). */
export interface ChunkResult {
  id: string | null;
  json: Uint8Array;
}

const utf8 = new TextEncoder();

/** `JSON.stringify(x, null, 1)` of an array's element, indented as inside the array. */
export function elementJson(x: unknown): string {
  // Printed inside an array of one (`[\n ` … `\n]`), which indents it as an element.
  return JSON.stringify([x], null, 1).slice(3, -2);
}

export function chunkResults(files: readonly string[], parser: Parser): ChunkResult[] {
  return files.map((f) => {
    const r = loadFile(f, f, parser);
    return isFailure(r)
      ? { id: null, json: utf8.encode(elementJson(r)) }
      : { id: r.article.id, json: utf8.encode(elementJson(r.article)) };
  });
}
