// The whole build: parse the input folder, compute the site data, render with Eleventy while
// the steps that work on the records (search index) run beside it. Timings are kept for the
// report and the benchmark.
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import Eleventy from '@11ty/eleventy';
import type { ParseFailure } from '../model/article.ts';
import type { SiteConfig } from './config.ts';
import { buildSiteData, type SiteData } from './data.ts';
import { loadInputs } from './load.ts';
import { prepareOutput, sweepOutput } from './output.ts';
import { MAX_PAGES_PER_PART, planParts } from './parts.ts';
import { renderInChild, renderParts } from './render.ts';
import { addPostStep, postSteps, setSiteConfig, setSiteData } from './runtime.ts';
import { searchIndex } from './search-step.ts';

addPostStep('index', searchIndex);

/**
 * A second rendering process needs a core of its own: the search index thread takes the second
 * one (measured on 2 cores at 10,000 articles: 16.3 s with one process, 22.7 s with two).
 */
const PARALLEL_MIN_CORES = 3;
/** Below this many pages a second process costs more (start-up, copying the data) than it saves. */
const PARALLEL_MIN_PAGES = 3000;
/** Above this many, two processes together would pass 4 GiB (measured: 4.2 GiB at 54,000 pages). */
const PARALLEL_MAX_PAGES = 30000;

export interface BuildResult {
  data: SiteData;
  failures: ParseFailure[];
  files: number;
  /** Peak memory of a child process that rendered part of the site, 0 when there was none. */
  childMaxRssMiB: number;
  /** Milliseconds per step, in order. */
  timings: Record<string, number>;
}

export interface BuildOptions {
  progress?: (step: string, done: number, total: number) => void;
  /** Pages per Eleventy run (tests make it small to exercise parts). */
  pagesPerPart?: number;
  /** Rendering processes; by default two for a large site when a third core is there. */
  workers?: number;
}

export async function buildSite(
  config: SiteConfig,
  { progress, pagesPerPart = MAX_PAGES_PER_PART, workers: forced }: BuildOptions = {},
): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  const time = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
    const t = performance.now();
    const r = await fn();
    timings[name] = performance.now() - t;
    return r;
  };
  prepareOutput(config);
  const load = await time('parse', () =>
    loadInputs(config.input, (d, n) => progress?.('parse', d, n)),
  );
  const data = await time('data', () => buildSiteData(load.loaded, config));
  setSiteConfig(config);
  setSiteData(data);
  // The steps on the records (search index) need only the data: they run while Eleventy renders.
  const steps = Promise.all(
    postSteps().map(async ([name, step]) => {
      const t = performance.now();
      const files = await step(data, config);
      return [name, performance.now() - t, files] as const;
    }),
  );
  // A step that fails during rendering is reported when awaited below, not as an unhandled rejection.
  steps.catch(() => {});
  const pages = data.articles.length + data.lists.length;
  const workers =
    forced ??
    (pages >= PARALLEL_MIN_PAGES &&
    pages <= PARALLEL_MAX_PAGES &&
    availableParallelism() >= PARALLEL_MIN_CORES
      ? 2
      : 1);
  const parts = planParts(data, Math.min(pagesPerPart, Math.ceil(pages / workers)));
  const started = performance.now();
  // The parent renders the even parts (the first has the single pages), a child the odd ones.
  const child =
    workers > 1
      ? await renderInChild(
          config,
          data,
          parts.filter((_, i) => i % 2 === 1),
        )
      : null;
  const own = await renderParts(
    config,
    workers > 1 ? parts.filter((_, i) => i % 2 === 0) : parts,
    (d, n) => progress?.('render (parts)', d, n),
  );
  const other = await child?.done;
  // With two processes at once, writing is reported as the mean of their write times.
  timings.write = other ? (own.writeMs + other.writeMs) / 2 : own.writeMs;
  timings.render = performance.now() - started - timings.write;
  // What the steps took beyond rendering is the wait; their own time is reported beside it.
  const waited = await time('after render', () => steps);
  for (const [name, ms] of waited) timings[`${name} (beside render)`] = ms;
  const written = new Set([
    ...own.files,
    ...(other?.files ?? []),
    ...waited.flatMap(([, , files]) => files.map((f) => resolve(f))),
  ]);
  await time('sweep', () => sweepOutput(config.output, written));
  return {
    data,
    failures: load.failures,
    files: load.files,
    childMaxRssMiB: other?.maxRssMiB ?? 0,
    timings,
  };
}

/** `npm start`: build, then Eleventy's dev server, rebuilding when templates or inputs change. */
export async function serveSite(config: SiteConfig, port: number): Promise<void> {
  await buildSite(config);
  const eleventy = new Eleventy('templates', config.output, {
    configPath: '.eleventy.ts',
    runMode: 'serve',
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(port);
}
