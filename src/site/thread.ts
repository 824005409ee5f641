// Runs one exported function of one of our TypeScript modules in a worker thread, so the build
// can use the second core: the search index is built there while Eleventy (single-threaded)
// renders. Input and result travel by structured clone. A build of its own starts a thread for
// its one input (warmThread); a process that builds again and again (`npm start`) keeps one
// thread for all its builds (serviceThread), which keeps what it worked out in its memory.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

// A worker thread does not inherit tsx's loader (Node 20): it starts as plain JavaScript,
// registers tsx, imports the module, then waits for its input. Starting it before the input is
// ready hides those 0.3 s (tsx and the module's imports) behind the caller's own work. It runs
// the function on each input it is sent, with the thread's own memory (a Map that lives as long
// as the thread) for a service thread, none for a thread of one input: at 50,000 articles what
// the index remembers of its terms is some 500 MB.
const BOOT = `
const { parentPort, workerData: w } = require('node:worker_threads');
const ready = import(w.tsx).then((tsx) => { tsx.register(); return import(w.module); });
const memory = w.remember ? new Map() : null;
parentPort.on('message', (input) =>
  ready
    .then((m) => m[w.name](input, memory))
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
  const thread = startThread<I, O>(module, name, false);
  let sent = false;
  return {
    run(input) {
      if (sent) throw new Error(`internal error: ${name}'s thread was given a second input`);
      sent = true;
      return thread.run(input).finally(() => void thread.close());
    },
    stop: () => thread.close(),
  };
}

/** A worker thread kept for many inputs, one at a time. */
export interface ServiceThread<I, O> extends WarmThread<I, O> {
  /** Ends the thread. */
  close(): Promise<void>;
}

/**
 * Starts a worker thread that runs `module`'s export `name` on each input given to run, with a
 * memory of the thread's own as its second argument. `stop` waits for the input being run (a
 * build that fails stops writing before its staging folder goes); `close` ends the thread. An
 * idle thread keeps no process alive.
 */
export function serviceThread<I, O>(module: URL, name: string): ServiceThread<I, O> {
  return startThread(module, name, true);
}

function startThread<I, O>(module: URL, name: string, remember: boolean): ServiceThread<I, O> {
  const worker = new Worker(BOOT, {
    eval: true,
    workerData: { tsx: import.meta.resolve('tsx/esm/api'), module: module.href, name, remember },
  });
  worker.unref();
  let current: Promise<O> | null = null;
  let broken: Error | null = null;
  let answer: ((m: { result?: O; error?: string }) => void) | null = null;
  let fail: ((e: Error) => void) | null = null;
  worker.on('message', (m: { result?: O; error?: string }) => answer?.(m));
  const end = (e: Error) => {
    broken ??= e;
    fail?.(e);
  };
  worker.on('error', end);
  worker.on('exit', (code) => end(new Error(`${name}: worker thread exited (${code})`)));
  return {
    run(input) {
      if (current)
        throw new Error(`internal error: ${name}'s thread was given a second input at once`);
      if (broken) return Promise.reject(broken);
      worker.ref();
      current = new Promise<O>((resolve, reject) => {
        answer = (m) => {
          if (m.error !== undefined) reject(new Error(`${name} in a worker thread: ${m.error}`));
          else resolve(m.result as O);
        };
        fail = reject;
      }).finally(() => {
        answer = fail = current = null;
        worker.unref();
      });
      worker.postMessage(input);
      return current;
    },
    async stop() {
      await current?.catch(() => {});
    },
    async close() {
      await worker.terminate();
    },
  };
}
