// The search index: records → search documents → `search/` in the staging folder. It needs only
// the site data, so on a large archive it is built in a worker thread while Eleventy renders.
import { toSearchDoc, type SearchDoc } from '../search/doc.ts';
import { searchIndexFiles } from '../search/write.ts';
import type { SiteData } from './data.ts';
import type { FileRecord } from './output/manifest.ts';
import { Stage, type StageOptions } from './output/stage.ts';
import { hasSecondCore, inThread } from './thread.ts';
import { dateWords } from './dates.ts';

/** Below this many articles the index takes less time than starting a thread. */
const THREAD_MIN_ARTICLES = 400;
/** The index's folder in the site. */
const SEARCH_DIR = 'search';

interface IndexJob {
  docs: SearchDoc[];
  stage: StageOptions;
}

export interface IndexResult {
  entries: [string, FileRecord][];
  /** How many files were linked unchanged from the published site. */
  linked: number;
  ms: number;
}

/** What the worker thread runs: returns the files written. */
export function writeIndexJob({ docs, stage: options }: IndexJob): IndexResult {
  const started = performance.now();
  const stage = new Stage(options);
  for (const [name, data] of searchIndexFiles(docs).files)
    stage.write(`${SEARCH_DIR}/${name}`, data);
  return { entries: stage.entries(), linked: stage.linked, ms: performance.now() - started };
}

export async function searchIndex(data: SiteData, stage: StageOptions): Promise<IndexResult> {
  const { date } = dateWords(data.config.language);
  const job: IndexJob = {
    docs: data.articles.map((e) => toSearchDoc(e.article, e.url, e.date && date(e.date))),
    stage,
  };
  if (job.docs.length < THREAD_MIN_ARTICLES || !hasSecondCore()) return writeIndexJob(job);
  return inThread<IndexJob, IndexResult>(new URL(import.meta.url), 'writeIndexJob', job);
}
