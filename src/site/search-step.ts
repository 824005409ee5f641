// The search index: records → search documents → `<output>/search/`. It needs only the site
// data, so on a large archive it is built in a worker thread while Eleventy renders.
import { join } from 'node:path';
import { toSearchDoc, type SearchDoc } from '../search/doc.ts';
import { writeSearchIndex } from '../search/write.ts';
import type { SiteConfig } from './config.ts';
import type { SiteData } from './data.ts';
import { hasSecondCore, inThread } from './thread.ts';

/** Below this many articles the index takes less time than starting a thread. */
const THREAD_MIN_ARTICLES = 400;

interface IndexJob {
  docs: SearchDoc[];
  dir: string;
}

/** What the worker thread runs: returns the files written. */
export async function writeIndexJob({ docs, dir }: IndexJob): Promise<string[]> {
  return (await writeSearchIndex(docs, dir)).paths;
}

export async function searchIndex(data: SiteData, config: SiteConfig): Promise<string[]> {
  const job: IndexJob = {
    docs: data.articles.map((e) => toSearchDoc(e.article, e.url)),
    dir: join(config.output, 'search'),
  };
  if (job.docs.length < THREAD_MIN_ARTICLES || !hasSecondCore()) return writeIndexJob(job);
  return inThread<IndexJob, string[]>(new URL(import.meta.url), 'writeIndexJob', job);
}
