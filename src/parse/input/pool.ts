// Parsing many files on every core: the files are cut into chunks, worker threads and this
// thread take chunks in turn, and each element comes back as its JSON text (serialised where
// it was parsed, so that work is shared too). Results keep the files' order, and ids are made
// unique across the whole batch, as loadFiles makes them. Few files are parsed here alone: a
// worker's start-up (loading the parser, about 0.3 s) would cost more than it saves.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { uniqueIds } from '../../model/slug.ts';
import { Parser } from '../parser.ts';
import { chunkResults, elementJson, type ChunkResult } from './chunk.ts';

/** Files a chunk holds: small enough to share the work evenly, large enough that messages
 * cost little beside the parse. */
const CHUNK_FILES = 40;

/** Below this many files, one thread: a worker would not have started before the end. */
const MIN_FILES_FOR_WORKERS = 400;

/** Chunks handed to a worker ahead, so it never waits for this thread between two. */
const CHUNKS_AHEAD = 2;

export interface PoolOptions {
  /** Worker threads beside this one (default: one fewer than the cores, 0 for few files). */
  workers?: number;
}

/** The JSON text of each file's record or failure (as `JSON.stringify(x, null, 1)` prints an
 * array's element, in UTF-8), in the files' order, parsed on all cores. */
export async function parseFilesToJson(
  files: readonly string[],
  { workers = defaultWorkers(files.length) }: PoolOptions = {},
): Promise<ChunkResult[]> {
  const chunks: string[][] = [];
  for (let i = 0; i < files.length; i += CHUNK_FILES) chunks.push(files.slice(i, i + CHUNK_FILES));
  const done: ChunkResult[][] = new Array(chunks.length);
  let next = 0;
  const threads = Array.from({ length: workers }, () => startWorker());
  const finished = threads.map(
    (w) =>
      new Promise<void>((resolve, reject) => {
        const sent: number[] = [];
        const send = () => {
          if (next >= chunks.length) return;
          sent.push(next);
          w.postMessage(chunks[next++]);
        };
        w.on('message', (results: ChunkResult[]) => {
          done[sent.shift()!] = results;
          send();
          if (sent.length === 0) resolve();
        });
        w.on('error', reject);
        w.on('exit', (code) => {
          if (sent.length > 0) reject(new Error(`a parse worker stopped (exit code ${code})`));
        });
        for (let k = 0; k < CHUNKS_AHEAD; k++) send();
        if (sent.length === 0) resolve();
      }),
  );
  // This thread takes chunks too, and lets the workers' messages in between two.
  const parser = new Parser();
  while (next < chunks.length) {
    const k = next++;
    done[k] = chunkResults(chunks[k]!, parser);
    await new Promise((resolve) => setImmediate(resolve));
  }
  try {
    await Promise.all(finished);
  } finally {
    await Promise.all(threads.map((w) => w.terminate()));
  }
  return withUniqueIds(done.flat());
}

function defaultWorkers(files: number): number {
  return files < MIN_FILES_FOR_WORKERS ? 0 : Math.max(0, availableParallelism() - 1);
}

/** Ids unique across the batch. A record whose id changes (copies of one story) gets the new
 * id in its text: the id is the record's first field, so its text starts with it. */
function withUniqueIds(results: ChunkResult[]): ChunkResult[] {
  const parsed = results.filter((r) => r.id !== null);
  const unique = uniqueIds(parsed.map((r) => ({ id: r.id!, r })));
  const changed = new Map(unique.filter((u) => u.id !== u.r.id).map((u) => [u.r, u.id]));
  if (changed.size === 0) return results;
  return results.map((r) => {
    const id = changed.get(r);
    return id === undefined ? r : { id, json: withId(r.json, r.id!, id) };
  });
}

const utf8 = new TextEncoder();

/** The element's bytes with `id` for `old`. */
function withId(json: Uint8Array, old: string, id: string): Uint8Array {
  const head = utf8.encode(idHead(old));
  const starts = head.every((b, k) => json[k] === b);
  if (!starts) {
    const record = JSON.parse(new TextDecoder().decode(json)) as object;
    return utf8.encode(elementJson({ ...record, id }));
  }
  const out = utf8.encode(idHead(id));
  const whole = new Uint8Array(out.length + json.length - head.length);
  whole.set(out);
  whole.set(json.subarray(head.length), out.length);
  return whole;
}

/** How a record's element text starts: with its id. */
const idHead = (id: string) => elementJson({ id }).slice(0, -3);

/** Writes the array as `JSON.stringify(array, null, 1)` prints it, element by element. */
export function writeArrayJson(
  results: readonly ChunkResult[],
  write: (bytes: Uint8Array | string) => void,
): void {
  if (results.length === 0) return write('[]');
  write('[\n ');
  results.forEach((r, k) => {
    if (k > 0) write(',\n ');
    write(r.json);
  });
  write('\n]');
}

/** A worker running chunk.ts's loop; under tsx (this file is TypeScript) it loads tsx first,
 * since a worker thread does not inherit the loader hooks of the thread that starts it. */
function startWorker(): Worker {
  const ts = import.meta.url.endsWith('.ts');
  const entry = new URL(`./chunk-worker.${ts ? 'ts' : 'js'}`, import.meta.url).href;
  const tsx = ts ? import.meta.resolve('tsx/esm/api') : null;
  const boot = `
    const { workerData } = require('node:worker_threads');
    (async () => {
      if (workerData.tsx) (await import(workerData.tsx)).register();
      await import(workerData.entry);
    })();`;
  return new Worker(boot, { eval: true, workerData: { entry, tsx } });
}
