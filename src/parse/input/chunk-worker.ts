// A worker thread of the parse pool (pool.ts): parses each chunk of files it is sent and
// answers with their JSON texts, in order (their bytes moved, not copied).
import { parentPort } from 'node:worker_threads';
import { Parser } from '../parser.ts';
import { chunkResults } from './chunk.ts';

const port = parentPort;
if (!port) throw new Error('chunk-worker.ts runs as a worker thread of pool.ts');
const parser = new Parser();
port.on('message', (files: string[]) => {
  const results = chunkResults(files, parser);
  port.postMessage(
    results,
    results.map((r) => r.json.buffer as ArrayBuffer),
  );
});
