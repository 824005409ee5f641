// The search index: records → search documents → `search/` in the staging folder. It needs only
// the site data, so on a large archive it is built in a worker thread while Eleventy renders.
import type { DocTerms, KeptTerms } from '../search/build.ts';
import { toSearchDoc, type SearchDoc } from '../search/doc.ts';
import { searchIndexFiles } from '../search/write.ts';
import { JsonlCache } from './cache/jsonl-cache.ts';
import type { SiteData } from './data.ts';
import type { FileRecord } from './output/manifest.ts';
import { Stage, type StageOptions } from './output/stage.ts';
import { hasSecondCore, inThread } from './thread.ts';
import { dateWords } from './dates.ts';

/** Below this many articles the index takes less time than starting a thread. */
const THREAD_MIN_ARTICLES = 400;
/** The index's folder in the site. */
const SEARCH_DIR = 'search';

/** Where the build cache keeps the articles' terms (jsonl-cache.ts), and the code's version. */
export interface TermsCacheOptions {
  dir: string;
  version: string;
}

interface IndexJob {
  docs: SearchDoc[];
  /** Each document's input key (ArticleEntry's), by which its terms are kept; null: not kept. */
  keys: (string | null)[];
  cache: TermsCacheOptions | null;
  stage: StageOptions;
}

export interface IndexResult {
  entries: [string, FileRecord][];
  /** Those of them that are the published files, unchanged. */
  unchanged: string[];
  /** The error that kept the terms from being written for the next build, or null. */
  cacheError: string | null;
  ms: number;
}

/** What the worker thread runs: returns the files written. Terms are worked out only for the
 * articles new or changed since the last build (tokenising is most of the index's time). */
export function writeIndexJob({ docs, keys, cache, stage: options }: IndexJob): IndexResult {
  const started = performance.now();
  const stage = new Stage(options);
  const store = cache && new JsonlCache<DocTerms>(cache.dir, cache.version);
  const kept: KeptTerms | undefined = store
    ? {
        get: (d) => (keys[d] ? store.get(keys[d]) : undefined),
        set: (d, terms) => {
          if (keys[d]) store.setJson(keys[d], JSON.stringify(terms));
        },
      }
    : undefined;
  for (const [name, data] of searchIndexFiles(docs, kept).files)
    stage.write(`${SEARCH_DIR}/${name}`, data);
  let cacheError: string | null = null;
  try {
    store?.finish();
  } catch (e) {
    cacheError = (e as Error).message;
  }
  const ms = performance.now() - started;
  return { entries: stage.entries(), unchanged: stage.unchanged(), cacheError, ms };
}

export async function searchIndex(
  data: SiteData,
  stage: StageOptions,
  cache: TermsCacheOptions | null,
): Promise<IndexResult> {
  const { date } = dateWords(data.config.language);
  const job: IndexJob = {
    docs: data.articles.map((e) => toSearchDoc(e.article, e.url, e.date && date(e.date))),
    keys: data.articles.map((e) => e.inputKey),
    cache,
    stage,
  };
  if (job.docs.length < THREAD_MIN_ARTICLES || !hasSecondCore()) return writeIndexJob(job);
  return inThread<IndexJob, IndexResult>(new URL(import.meta.url), 'writeIndexJob', job);
}
