// `npm start`: one build, then Eleventy's dev server on the output folder (live reload) bound to
// 127.0.0.1 unless `--host` says otherwise, and a full build again whenever an input or a
// template changes. Every rebuild publishes a complete site as `npm run build` does, so a deleted
// input's page is gone at once and the user's files in the folder stay. (Eleventy's own watch
// mode would render the whole site in one part and write into the output directly.) What one
// build worked out serves the next from memory: the records and terms, the index thread with its
// own, the manifest and page keys; the files the watcher did not report are not looked at; and
// the build cache is written once the browser has the new site.
import { realpathSync, statSync, watch, type FSWatcher } from 'node:fs';
import { createRequire } from 'node:module';
import { join, sep } from 'node:path';
import { buildSite, type BuildOptions, type BuildResult } from './build.ts';
import type { CacheMemory } from './cache/jsonl-cache.ts';
import type { LoadSession } from '../parse/input/load.ts';
import type { SiteConfig } from './config.ts';
import { indexService } from './search-step.ts';

/** The part of @11ty/eleventy-dev-server used here (it ships no type declarations). */
interface DevServer {
  server: { listen(options: { port: number; host: string }): void; address(): unknown };
  serve(port: number): void;
  ready(): Promise<void>;
  reload(): void;
  close(): Promise<void>;
  getServerUrl(host: string): string;
}
type DevServerClass = new (
  name: string,
  dir: string,
  options: Record<string, unknown>,
) => DevServer;

const DevServerBase = createRequire(import.meta.url)('@11ty/eleventy-dev-server') as DevServerClass;

/** Files changing this close together are one edit (an editor saving, a sync tool copying). */
const SETTLE_MS = 150;

/** The input or template folder cannot be watched: nothing is served. */
export class WatchError extends Error {}

export interface ServeOptions {
  port: number;
  host: string;
  /** Called after each build with its result or its error. */
  onBuild: (result: BuildResult | Error) => void;
  /** Called when the build cache could not be kept after a build (default: printed). */
  onCacheProblem?: (problem: string) => void;
}

export interface Serving {
  url: string;
  close(): Promise<void>;
}

export async function serveSite(
  config: SiteConfig,
  {
    port,
    host,
    onBuild,
    onCacheProblem = (p) => console.error(`the site is built, but ${p}`),
  }: ServeOptions,
): Promise<Serving> {
  // Each rebuild takes the records and terms the last one used from memory, not their JSON, and
  // builds the search index in the same thread, which keeps its own.
  const memory: CacheMemory = new Map();
  const indexThread = indexService();
  // The build cache is kept once the browser has the new site, before the next build starts.
  let keepCache: (() => string | null) | null = null;
  // Which input files changed, by the watcher's word: a rebuild reads and looks at only those
  // (as Eleventy's and Hugo's servers trust theirs). Not before the watcher has seen every
  // change since the last build began: the first rebuild, one after a folder's event or an
  // error of the watcher, looks at every file.
  const session: LoadSession = { files: new Map(), changed: null };
  let reported = new Set<string>();
  let watching = false;
  let seenSinceLast = false;
  let missed = false;
  const kept: BuildOptions = {
    memory,
    indexThread,
    deferCache: (k) => (keepCache = k),
    session,
  };
  const afterBuild = () => {
    const problem = keepCache?.() ?? null;
    keepCache = null;
    if (problem !== null) onCacheProblem(problem);
  };
  const first = await buildSite(config, kept).catch(async (e: unknown) => {
    afterBuild();
    await indexThread?.close();
    throw e;
  });
  onBuild(first);
  afterBuild();
  // The dev server listens on every interface; this one listens where it is told.
  class DevServerOnHost extends DevServerBase {
    _serverListen(p: number) {
      this.server.listen({ port: p, host });
    }
  }
  const server = new DevServerOnHost('news-archive', first.output, {
    port,
    pathPrefix: config.pathPrefix,
    logger: { info() {}, log() {}, error: console.error, warn: console.warn },
  });
  server.serve(port);
  await server.ready();

  let timer: NodeJS.Timeout | null = null;
  let running: Promise<void> | null = null;
  let again = false;
  const rebuild = async () => {
    const names = reported;
    reported = new Set();
    session.changed = seenSinceLast && !missed ? (name) => names.has(name) : null;
    seenSinceLast = watching;
    missed = false;
    try {
      onBuild(await buildSite(config, kept));
      server.reload();
    } catch (e) {
      onBuild(e as Error);
    }
    afterBuild();
  };
  const schedule = () => {
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = null;
      if (running) {
        again = true;
        return;
      }
      running = (async () => {
        do {
          again = false;
          await rebuild();
        } while (again);
        running = null;
      })();
    }, SETTLE_MS);
  };
  // Node's own recursive watcher, not chokidar: chokidar reads a whole folder again on every
  // change in it (at 10,000 files, some 0.3 s of the two cores per edit, beside the rebuild).
  // The output may sit inside the input: its own writes (and the hidden staging folders beside
  // it) are no input change. Real paths, so the comparison holds whatever the spelling.
  const out = first.output;
  const input = realpathSync(config.input);
  const hidden = (name: string) => name.split(sep).some((part) => part.startsWith('.'));
  const onInput = (event: string, file: string | null) => {
    if (file === null)
      missed = true; // the platform did not say which file
    else {
      const path = join(input, file);
      if (hidden(file) || path === out || path.startsWith(`${out}${sep}`)) return;
      reported.add(file.split(sep).join('/'));
      // A folder's event: its files may not each have been reported.
      if (event === 'rename' && isFolder(path)) missed = true;
    }
    schedule();
  };
  const watchers: FSWatcher[] = [];
  try {
    watchers.push(watch(input, { recursive: true }, onInput));
    watchers.push(watch(realpathSync('templates'), { recursive: true }, schedule));
  } catch (e) {
    // One watch per file: a system's limit on them (inotify's max_user_watches) may be lower.
    for (const w of watchers) w.close();
    await server.close();
    await indexThread?.close();
    throw new WatchError(
      `cannot watch ${config.input} and templates/ for changes (${(e as Error).message}): raise the system's limit on watched files (fs.inotify.max_user_watches), or build with npm run build`,
    );
  }
  for (const w of watchers)
    w.on('error', () => {
      missed = true;
      schedule();
    });
  // The watcher sees every change from here on (it is set up once watch returns).
  watching = true;
  return {
    url: server.getServerUrl(host === '0.0.0.0' || host === '::' ? 'localhost' : host),
    async close() {
      if (timer) clearTimeout(timer);
      for (const w of watchers) w.close();
      await running;
      await indexThread?.close();
      await server.close();
    },
  };
}

function isFolder(path: string): boolean {
  try {
    return statSync(path).isDirectory();
  } catch {
    return false; // gone
  }
}
