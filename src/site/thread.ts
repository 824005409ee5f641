// Runs one exported function of one of our TypeScript modules in a worker thread, so the build
// can use the second core: the search index is built there while Eleventy (single-threaded)
// renders. Input and result travel by structured clone.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

// A worker thread does not inherit tsx's loader (Node 20): it starts as plain JavaScript,
// registers tsx, then imports the module.
const BOOT = `
const { parentPort, workerData: w } = require('node:worker_threads');
import(w.tsx)
  .then((tsx) => { tsx.register(); return import(w.module); })
  .then((m) => m[w.name](w.input))
  .then(
    (result) => parentPort.postMessage({ result }),
    (e) => parentPort.postMessage({ error: e instanceof Error ? e.stack : String(e) }),
  );
`;

/** Whether a second thread can run at the same time as this one. */
export function hasSecondCore(): boolean {
  return availableParallelism() > 1;
}

/** Runs `module`'s export `name` on `input` in a new worker thread; rejects with its error. */
export function inThread<I, O>(module: URL, name: string, input: I): Promise<O> {
  const worker = new Worker(BOOT, {
    eval: true,
    workerData: { tsx: import.meta.resolve('tsx/esm/api'), module: module.href, name, input },
  });
  return new Promise<O>((resolve, reject) => {
    worker.once('message', (m: { result?: O; error?: string }) => {
      if (m.error !== undefined) reject(new Error(`${name} in a worker thread: ${m.error}`));
      else resolve(m.result as O);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${name}: worker thread exited (${code})`)));
  });
}
