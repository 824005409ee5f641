// Runs one exported function of one of our TypeScript modules in a worker thread, so the build
// can use the second core: the search index is built there while Eleventy (single-threaded)
// renders. Input and result travel by structured clone.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

// A worker thread does not inherit tsx's loader (Node 20): it starts as plain JavaScript,
// registers tsx, imports the module, then waits for its input. Starting it before the input is
// ready hides those 0.3 s (tsx and the module's imports) behind the caller's own work.
const BOOT = `
const { parentPort, workerData: w } = require('node:worker_threads');
const ready = import(w.tsx).then((tsx) => { tsx.register(); return import(w.module); });
parentPort.once('message', (input) =>
  ready
    .then((m) => m[w.name](input))
    .then(
      (result) => parentPort.postMessage({ result }),
      (e) => parentPort.postMessage({ error: e instanceof Error ? e.stack : String(e) }),
    ),
);
`;

/** Whether a second thread can run at the same time as this one. */
export function hasSecondCore(): boolean {
  return availableParallelism() > 1;
}

/** A worker thread started ahead of its one input. */
export interface WarmThread<I, O> {
  /** Sends the input; resolves with the result, or rejects with the thread's error. */
  run(input: I): Promise<O>;
  /** Ends the thread (when it is not needed after all, or once it is done); resolves when it
   * has stopped, so that nothing it was writing is written after. */
  stop(): Promise<void>;
}

/** Starts a worker thread that will run `module`'s export `name` on the input given to run. */
export function warmThread<I, O>(module: URL, name: string): WarmThread<I, O> {
  const worker = new Worker(BOOT, {
    eval: true,
    workerData: { tsx: import.meta.resolve('tsx/esm/api'), module: module.href, name },
  });
  const done = new Promise<O>((resolve, reject) => {
    worker.once('message', (m: { result?: O; error?: string }) => {
      if (m.error !== undefined) reject(new Error(`${name} in a worker thread: ${m.error}`));
      else resolve(m.result as O);
      void worker.terminate();
    });
    worker.once('error', reject);
    worker.once('exit', (code) => reject(new Error(`${name}: worker thread exited (${code})`)));
  });
  // Reported by run; a thread stopped unused ends with no one to tell. Until it has work it
  // does not keep the process alive, should its caller fail before giving it any.
  done.catch(() => {});
  worker.unref();
  let sent = false;
  return {
    run(input) {
      if (sent) throw new Error(`internal error: ${name}'s thread was given a second input`);
      sent = true;
      worker.ref();
      worker.postMessage(input);
      return done;
    },
    stop: async () => {
      await worker.terminate();
    },
  };
}
