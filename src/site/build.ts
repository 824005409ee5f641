// The whole build: check the output folder, parse the input folder, compute the site data, then
// render with Eleventy into a staging folder beside the output while the search index is built
// beside it, and publish the staged site in one swap (output/publish.ts). Nothing in the output
// folder changes until the new site is complete; a build that produced no article leaves it
// alone. Timings are kept for the report and the benchmark.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import { availableParallelism } from 'node:os';
import type { ParseFailure } from '../model/article.ts';
import type { Parser } from '../parse/parser.ts';
import type { SiteConfig } from './config.ts';
import { buildSiteData, type SiteData } from './data.ts';
import { loadInputs } from '../parse/input/load.ts';
import { checkOutput } from './output/guard.ts';
import { lockOutput } from './output/lock.ts';
import { readManifest, type Manifest } from './output/manifest.ts';
import {
  createStaging,
  publish,
  recover,
  removeStaging,
  type PublishReport,
} from './output/publish.ts';
import type { StageOptions } from './output/stage.ts';
import { MAX_PAGES_PER_PART, planParts } from './parts.ts';
import { renderInChild, renderParts } from './render.ts';
import { setSiteConfig, setSiteData } from './runtime.ts';
import { searchIndex } from './search-step.ts';

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
  /** How many article texts were found. */
  files: number;
  /** Files of the input folder that are not article texts, by kind. */
  skipped: Map<string, number>;
  /** The real path the site was published at. */
  output: string;
  /** What publishing did; null when nothing was published (no article). */
  published: PublishReport | null;
  /** Files of the site, and how many were linked unchanged from the previous build. */
  written: number;
  linked: number;
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
  /** Called once the site is staged, before it is published (tests stop a build there). */
  beforePublish?: (staging: string) => void | Promise<void>;
  /** The parser (tests give one with a rule of their own). */
  parser?: Parser;
}

export async function buildSite(
  config: SiteConfig,
  {
    progress,
    pagesPerPart = MAX_PAGES_PER_PART,
    workers: forced,
    beforePublish,
    parser,
  }: BuildOptions = {},
): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  const time = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
    const t = performance.now();
    const r = await fn();
    timings[name] = performance.now() - t;
    return r;
  };
  // Everything is checked and read before the output folder is touched.
  const output = checkOutput(config.output, config.input);
  const load = await time('parse', () =>
    loadInputs(config.input, {
      include: config.include,
      exclude: [output],
      parser,
      onProgress: (d, n) => progress?.('parse', d, n),
    }),
  );
  const data = await time('data', () => buildSiteData(load.loaded, config));
  const result: BuildResult = {
    data,
    failures: load.failures,
    files: load.files,
    skipped: load.skipped,
    output,
    published: null,
    written: 0,
    linked: 0,
    childMaxRssMiB: 0,
    timings,
  };
  if (data.articles.length === 0) return result;

  mkdirSync(dirname(output), { recursive: true });
  const unlock = lockOutput(output);
  let staging: string | null = null;
  try {
    recover(output);
    const live = existsSync(output);
    const prior: Manifest = live ? readManifest(output) : new Map();
    staging = createStaging(output);
    const stage: StageOptions = { dir: staging, live: live ? output : null, prior: [...prior] };
    const written = await time('stage', () =>
      render(config, data, stage, result, { progress, pagesPerPart, forced }),
    );
    await beforePublish?.(staging);
    result.published = await time('publish', () => publish(output, staging!, prior, written));
    result.written = written.size;
    staging = null;
  } finally {
    if (staging !== null) removeStaging(staging);
    unlock();
  }
  return result;
}

/** Renders every page and the search index into the stage; returns what was written. */
async function render(
  config: SiteConfig,
  data: SiteData,
  stage: StageOptions,
  result: BuildResult,
  {
    progress,
    pagesPerPart,
    forced,
  }: { progress: BuildOptions['progress']; pagesPerPart: number; forced?: number },
): Promise<Manifest> {
  const { timings } = result;
  setSiteConfig(config);
  setSiteData(data);
  // The search index needs only the data: it is built while Eleventy renders.
  const index = searchIndex(data, stage);
  // Reported when awaited below, not as an unhandled rejection while Eleventy renders.
  index.catch(() => {});
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
          stage,
        )
      : null;
  const own = await renderParts(
    config,
    workers > 1 ? parts.filter((_, i) => i % 2 === 0) : parts,
    stage,
    (d, n) => progress?.('render (parts)', d, n),
  );
  const other = await child?.done;
  // With two processes at once, writing is reported as the mean of their write times.
  timings.write = other ? (own.writeMs + other.writeMs) / 2 : own.writeMs;
  timings.render = performance.now() - started - timings.write;
  const t = performance.now();
  const indexed = await index;
  timings['after render'] = performance.now() - t;
  timings['index (beside render)'] = indexed.ms;
  result.childMaxRssMiB = other?.maxRssMiB ?? 0;
  result.linked = own.linked + (other?.linked ?? 0) + indexed.linked;
  return new Map([...own.entries, ...(other?.entries ?? []), ...indexed.entries]);
}
