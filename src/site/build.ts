// The whole build: check the output folder, parse the input folder, compute the site data, then
// render with Eleventy into a staging folder beside the output while the search index is built
// beside it, and publish what changed (output/publish.ts): in one swap of folders, or in place
// for a rebuild that changed little. Nothing in the output folder changes until the new site is
// complete; a build that produced no article leaves it alone. Timings are kept for the report
// and the benchmark.
import { existsSync, mkdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { ParseFailure } from '../model/article.ts';
import type { Parser } from '../parse/parser.ts';
import type { SiteConfig } from './config.ts';
import { articleEntries, siteData, type SiteData } from './data.ts';
import { loadInputs, readText, type LoadSession } from '../parse/input/load.ts';
import { checkOutput } from './output/guard.ts';
import { lockOutput } from './output/lock.ts';
import { readManifest, type Manifest } from './output/manifest.ts';
import {
  createStaging,
  publish,
  recover,
  removeStaging,
  siblings,
  type PublishReport,
} from './output/publish.ts';
import { Stage, type StageOptions } from './output/stage.ts';
import { InputStats } from './cache/input-stats.ts';
import { relatedCache } from './cache/related-cache.ts';
import { JsonlCache, type CacheMemory } from './cache/jsonl-cache.ts';
import { RECORD_CODEC } from './cache/record-codec.ts';
import { readPageCache, writePageCache, type PageCache } from './cache/page-cache.ts';
import { pageFile, pageKeys } from './cache/page-keys.ts';
import { codeVersion, PARSER_CODE, SITE_CODE } from './cache/version.ts';
import { MAX_PAGES_PER_PART, planParts } from './parts.ts';
import { renderParts } from './render.ts';
import {
  documentPages,
  indexThread,
  searchIndex,
  type IndexResult,
  type IndexThread,
} from './search-step.ts';
import { CONFIG_FILE_NAMES } from './config-file.ts';
import { writeReportFile } from './output/report-file.ts';

export interface BuildResult {
  data: SiteData;
  failures: ParseFailure[];
  /** How many article texts were found. */
  files: number;
  /** Files of the input folder that are not article texts, by kind. */
  skipped: Map<string, number>;
  /** The report file beside the output (every file not read, failed or warned), or null. */
  reportFile: string | null;
  /** The real path the site was published at. */
  output: string;
  /** What publishing did; null when nothing was published (no article). */
  published: PublishReport | null;
  /** Files of the site, and how many of them are the previous build's, unchanged. */
  written: number;
  unchanged: number;
  /** Article and list pages rendered, and kept unrendered from the published site. */
  rendered: number;
  reused: number;
  /** Why the build cache could not be written, or null. */
  cacheProblem: string | null;
  /** Milliseconds per step, in order. */
  timings: Record<string, number>;
}

export interface BuildOptions {
  progress?: (step: string, done: number, total: number) => void;
  /** Pages per Eleventy run (tests make it small to exercise parts). */
  pagesPerPart?: number;
  /** Called once the site is staged, before it is published (tests stop a build there). */
  beforePublish?: (staging: string) => void | Promise<void>;
  /** Called after each file a publish in place has moved (tests kill a build there). */
  duringPublish?: (moved: number) => void;
  /** The parser (tests give one with a rule of their own; its records are not cached). */
  parser?: Parser;
  /** Whether to use and keep the build cache beside the output (default true). */
  cache?: boolean;
  /** The build cache's results kept in memory by a process that builds again (`npm start`). */
  memory?: CacheMemory;
  /** What the last build of such a process read of the input, and which files its watcher
   * says may have changed since (see LoadSession). */
  session?: LoadSession;
  /** The search index's thread of such a process, kept between its builds (indexService). */
  indexThread?: IndexThread | null;
  /**
   * Given the work of keeping the build cache for the next build, which the published site
   * does not wait for (`npm start` runs it once the browser has reloaded): the caller must run
   * it before its next build; it returns why the cache could not be kept, or null. Without
   * this option the build does that work itself and reports it in `cacheProblem`.
   */
  deferCache?: (keep: () => string | null) => void;
}

export async function buildSite(
  config: SiteConfig,
  {
    progress,
    pagesPerPart = MAX_PAGES_PER_PART,
    beforePublish,
    duringPublish,
    parser,
    cache: useCache = true,
    memory,
    indexThread: kept,
    deferCache,
    session,
  }: BuildOptions = {},
): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  const time = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
    const t = performance.now();
    const r = await fn();
    timings[name] = performance.now() - t;
    return r;
  };
  // Everything is checked and read before the output folder is touched. The output's manifest
  // may be read by the check and again once the folder is locked: the second read takes the
  // first while the file is still the one it was read from (readManifest's memory).
  const manifests = memory ?? new Map<string, unknown>();
  const output = checkOutput(config.output, config.input, process.cwd(), (dir) =>
    readManifest(dir, manifests),
  );
  const cacheDir = useCache ? siblings(output).cache : null;
  // Records of unchanged files come from the cache (not with a parser of the caller's own).
  const records =
    cacheDir && !parser
      ? { dir: join(cacheDir, 'parse'), version: codeVersion(PARSER_CODE) }
      : null;
  const parseCache = records
    ? new JsonlCache(records.dir, records.version, memory, RECORD_CODEC)
    : null;
  const identities = cacheDir && parseCache ? new InputStats(cacheDir) : null;
  const load = await time('parse', () =>
    loadInputs(config.input, {
      include: config.include,
      exclude: [output],
      settings: CONFIG_FILE_NAMES,
      parser,
      cache: parseCache ?? undefined,
      identities: identities ?? undefined,
      session,
      onProgress: (d, n) => progress?.('parse', d, n),
    }),
  );
  // The site is built either way; a cache that cannot be written means more work next time.
  let cacheProblem: string | null = null;
  const cannotKeep = (error: string) => {
    cacheProblem ??= cacheProblemText(cacheDir, error);
  };
  /** Runs `write`; what went wrong, as the problem to report, or null. */
  const attempt = (write: () => void): string | null => {
    try {
      write();
      return null;
    } catch (e) {
      return cacheProblemText(cacheDir, (e as Error).message);
    }
  };
  // Keeping the cache for the next build: now, or handed to a caller who runs it later.
  const later: [string, () => void][] = [];
  const keepCache = async (name: string, write: () => void) => {
    if (deferCache) later.push([name, write]);
    else {
      // Every write is tried; the first problem is the one reported.
      const problem = await time(name, () => attempt(write));
      cacheProblem ??= problem;
    }
  };
  const handOver = () => {
    const work = later.splice(0);
    if (work.length > 0)
      deferCache?.(() => {
        let problem: string | null = null;
        for (const [name, write] of work) {
          const t = performance.now();
          const failed = attempt(write);
          problem ??= failed;
          timings[name] = performance.now() - t;
        }
        return problem;
      });
  };
  // Records are right for their keys whatever becomes of this build: kept at once (and the
  // cache's bytes let go before rendering), or handed over whatever becomes of it.
  if (parseCache && load.loaded.length > 0)
    await keepCache('parse cache', () => {
      parseCache.finish();
      // After the records: a file it names as read is then one whose record is kept.
      mkdirSync(cacheDir!, { recursive: true });
      identities?.finish();
    });
  // Started now, so that it is ready when the articles' entries are (or the caller's, kept).
  const thread = kept ?? indexThread(load.loaded.length);
  const entries = articleEntries(load.loaded);
  const resultOf = (data: SiteData): BuildResult => ({
    data,
    failures: load.failures,
    files: load.files,
    skipped: load.skipped,
    reportFile: writeReportFile(output, {
      notRead: load.notRead,
      failures: load.failures,
      warnings: data.articles
        .filter((e) => e.article.warnings.length > 0)
        .map((e) => ({ file: e.article.sourceFile, warnings: e.article.warnings })),
    }),
    output,
    published: null,
    written: 0,
    unchanged: 0,
    rendered: 0,
    reused: 0,
    cacheProblem,
    timings,
  });
  if (entries.length === 0) {
    await thread?.stop();
    handOver();
    return resultOf(siteData(entries, config));
  }

  mkdirSync(dirname(output), { recursive: true });
  const unlock = lockOutput(output);
  let staging: string | null = null;
  try {
    const t = performance.now();
    recover(output);
    const live = existsSync(output);
    const prior: Manifest = live ? readManifest(output, manifests) : new Map();
    staging = createStaging(output);
    timings['output folder'] = performance.now() - t;
    const stage: StageOptions = { dir: staging, live: live ? output : null, prior: [...prior] };
    const version = cacheDir ? codeVersion(SITE_CODE) : null;
    const terms = cacheDir && version ? { dir: join(cacheDir, 'index'), version } : null;
    // The search index needs only the entries: on a large archive it is built in its thread
    // while the rest of the site data is computed and Eleventy renders.
    const pageCache: PageCache = cacheDir ? readPageCache(cacheDir, memory ?? null) : new Map();
    const sent = performance.now();
    const index = searchIndex(
      entries,
      config.language,
      stage,
      terms,
      thread,
      documentPages(pageCache),
      records,
    );
    timings['index start'] = performance.now() - sent;
    // Reported when awaited, not as an unhandled rejection meanwhile.
    index.catch(() => {});
    // Related articles' terms, kept by their articles' inputs like the search index's.
    const related =
      cacheDir && version ? relatedCache(join(cacheDir, 'related'), version, memory ?? null) : null;
    const result = resultOf(await time('data', () => siteData(entries, config, related?.kept)));
    if (related) await keepCache('related cache', () => related.finish());
    const { written, unchanged, pages, termsError } = await time('stage', () =>
      render(config, result.data, stage, result, {
        progress,
        pagesPerPart,
        pageCache,
        version,
        index,
        memory,
      }),
    );
    if (termsError !== null) cannotKeep(termsError);
    await beforePublish?.(staging);
    result.published = await time('publish', () =>
      publish(output, staging!, prior, written, unchanged, duringPublish),
    );
    result.written = written.size;
    staging = null;
    // The page keys describe the published site: kept only once it is there.
    if (cacheDir)
      await keepCache('page cache', () => {
        mkdirSync(cacheDir, { recursive: true });
        writePageCache(cacheDir, pages, memory ?? null);
      });
    // The manifest just written, read into the memory for the next build of this process.
    if (memory) await keepCache('manifest', () => void readManifest(output, memory));
    result.cacheProblem = cacheProblem;
    return result;
  } finally {
    // A build that failed while the index was being written: the thread stops before its
    // staging folder is removed.
    await thread?.stop();
    if (staging !== null) removeStaging(staging);
    unlock();
    handOver();
  }
}

function cacheProblemText(cacheDir: string | null, error: string): string {
  return `could not keep the build cache in ${cacheDir} (${error}): the next build parses and renders everything again; make that folder writable, or remove what stands in its place`;
}

/**
 * Renders the pages into the stage and waits for the search index; returns what was written
 * and the pages' keys for the next build. An article or list page whose key is the one the
 * published site's page was made from is kept unrendered (`pageCache` empty: all are rendered).
 */
async function render(
  config: SiteConfig,
  data: SiteData,
  stageOptions: StageOptions,
  result: BuildResult,
  {
    progress,
    pagesPerPart,
    pageCache,
    version,
    index,
    memory,
  }: {
    progress: BuildOptions['progress'];
    pagesPerPart: number;
    pageCache: PageCache;
    /** The code's version for the page keys; null without a cache. */
    version: string | null;
    /** The search index being built beside. */
    index: Promise<IndexResult>;
    /** The memory of a process that builds again (the last build's page keys). */
    memory: CacheMemory | undefined;
  },
): Promise<{
  written: Manifest;
  unchanged: Set<string>;
  pages: PageCache;
  termsError: string | null;
}> {
  const { timings } = result;
  const started = performance.now();
  const stage = new Stage(stageOptions);
  // Without a cache there is nothing to compare the keys with, nor to keep them for.
  const keys =
    version === null ? new Map<string, string>() : pageKeys(data, version, memory ?? null);
  const kept = (url: string) => {
    const file = pageFile(url);
    const cached = pageCache.get(file);
    return cached !== undefined && cached.key === keys.get(file) && stage.keep(file, cached.sha256);
  };
  // The assets change only with the code (templates/, the font packages): kept by its version.
  const assetKey = `assets ${version}`;
  const keptAssets = new Set<string>();
  for (const [file, p] of pageCache)
    if (version !== null && p.key === assetKey && stage.keep(file, p.sha256)) keptAssets.add(file);
  const toRender = {
    ...data,
    articles: data.articles.filter((e) => !kept(e.url)),
    lists: data.lists.filter((l) => !kept(l.url)),
  };
  // Files not read again (unchanged since the last build) are read for the pages shown.
  for (const e of toRender.articles)
    if (e.sourceText === null)
      e.sourceText = readText(e.inputPath, e.article.sourceFile, e.inputKey!);
  result.rendered = toRender.articles.length + toRender.lists.length;
  result.reused = data.articles.length + data.lists.length - result.rendered;
  const pages = await renderParts(
    config,
    data,
    planParts(toRender, pagesPerPart),
    stage,
    (d, n) => progress?.('render (parts)', d, n),
    keptAssets,
  );
  timings.write = pages.writeMs;
  timings.render = performance.now() - started - timings.write;
  const t = performance.now();
  const indexed = await index;
  timings['after render'] = performance.now() - t;
  timings['index (beside)'] = indexed.ms;
  const written = new Map([...pages.entries, ...indexed.entries]);
  const unchanged = new Set([...pages.unchanged, ...indexed.unchanged]);
  result.unchanged = unchanged.size;
  const next: PageCache = new Map();
  for (const [file, key] of [
    ...keys,
    ...(version === null ? [] : pages.assets.map((a) => [a, assetKey] as const)),
    ...indexed.docKeys,
  ]) {
    const record = written.get(file);
    if (record) next.set(file, { key, sha256: record.sha256 });
  }
  return { written, unchanged, pages: next, termsError: indexed.cacheError };
}
