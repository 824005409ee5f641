// The search index: records → search documents → `search/` in the staging folder. It needs only
// the articles' entries, so on a large archive it is built in a worker thread while the rest of
// the site data is computed and Eleventy renders.
import type { Article } from '../model/article.ts';
import type { DocTerms, KeptTerms } from '../search/build.ts';
import { bodyText, docWithBody, toSearchDoc, type SearchDoc } from '../search/doc.ts';
import { searchIndexFiles } from '../search/write.ts';
import { hash } from 'node:crypto';
import { JsonlCache, type CacheMemory } from './cache/jsonl-cache.ts';
import type { PageCache, PageRecord } from './cache/page-cache.ts';
import { bodyPending, RECORD_CODEC } from './cache/record-codec.ts';
import type { ArticleEntry } from './data.ts';
import type { FileRecord } from './output/manifest.ts';
import { Stage, type StageOptions } from './output/stage.ts';
import { hasSecondCore, serviceThread, warmThread, type WarmThread } from './thread.ts';
import { dateWords } from './dates.ts';

/** Below this many articles the index takes less time than starting a thread. */
const THREAD_MIN_ARTICLES = 400;
/** Where a service thread's memory holds the documents of its last job, by input key. */
const HELD_DOCS = 'search documents';
/** The index's folder in the site. */
const SEARCH_DIR = 'search';

/** Where the build cache keeps the articles' terms (jsonl-cache.ts), and the code's version. */
export interface TermsCacheOptions {
  dir: string;
  version: string;
}

/** A document as sent: its body null where the thread reads it from the parse cache, if at all. */
export type SentDoc = Omit<SearchDoc, 'body'> & { body: string | null };

export interface IndexJob {
  /** The documents; null: the one the thread's last job had for the same key (a thread kept
   * between builds holds them: the clone of 10,000 documents costs a rebuild 0.1 s). */
  docs: (SentDoc | null)[];
  /** Where the records of documents sent without their body are (the parse cache's folder and
   * version): the thread reads a body only when it needs it (an article whose terms it does
   * not have, or whose document's file it writes), which a rebuild seldom does. */
  records?: TermsCacheOptions;
  /** Each document's input key (ArticleEntry's), by which its terms are kept; null: not kept. */
  keys: (string | null)[];
  cache: TermsCacheOptions | null;
  stage: StageOptions;
  /** The documents' files of the published site: their keys and digests (page-cache.ts). */
  docPages?: [string, PageRecord][];
}

export interface IndexResult {
  entries: [string, FileRecord][];
  /** Those of them that are the published files, unchanged. */
  unchanged: string[];
  /** The error that kept the terms from being written for the next build, or null. */
  cacheError: string | null;
  /** Each document's file and its key, for the next build (none without a cache). */
  docKeys: [string, string][];
  ms: number;
}

/** What a document's file shows: its record (by the input's key), id, address and date as
 * shown, and the code's version; null when the input has no key (no cache). */
function docFileKey(doc: SearchDoc, input: string | null, file: string, version: string) {
  if (input === null) return null;
  const shown = JSON.stringify([version, input, doc.ref, doc.url, doc.shownDate, file]);
  return hash('sha256', shown);
}

/** What the worker thread runs: returns the files written. Terms are worked out only for the
 * articles new or changed since the last build (tokenising is most of the index's time);
 * `memory`: the terms of earlier jobs of this thread, taken as they are (serviceThread). */
export function writeIndexJob(
  { docs: given, keys, cache, stage: options, docPages = [], records }: IndexJob,
  memory: CacheMemory | null = null,
): IndexResult {
  const started = performance.now();
  const held = (memory?.get(HELD_DOCS) as Map<string, SearchDoc> | undefined) ?? new Map();
  let parsed: JsonlCache<Article> | null = null;
  const recordOf = (n: number) => {
    parsed ??= records ? new JsonlCache(records.dir, records.version, null, RECORD_CODEC) : null;
    const record = keys[n] ? parsed?.get(keys[n]) : undefined;
    if (!record) throw new Error(`internal error: document ${n} was sent without its body`);
    return record;
  };
  const docs = given.map((d, n) => {
    const doc = d ?? (keys[n] ? held.get(keys[n]) : undefined);
    if (!doc) throw new Error(`internal error: document ${n} was neither sent nor held`);
    return doc.body === null ? withBody(doc, () => bodyText(recordOf(n).body)) : (doc as SearchDoc);
  });
  const stage = new Stage(options);
  // A document's file whose key is the published one's is kept unmade (no JSON, no digest).
  const published = new Map(docPages);
  const docKeys: [string, string][] = [];
  const keepDoc = (n: number, name: string) => {
    const key = cache && docFileKey(docs[n]!, keys[n]!, name, cache.version);
    if (!key) return false;
    const file = `${SEARCH_DIR}/${name}`;
    docKeys.push([file, key]);
    const last = published.get(file);
    return last?.key === key && stage.keep(file, last.sha256);
  };
  const store = cache && new JsonlCache<DocTerms>(cache.dir, cache.version, memory);
  const kept: KeptTerms | undefined = store
    ? {
        get: (d) => (keys[d] ? store.get(keys[d]) : undefined),
        set: (d, terms) => {
          if (keys[d]) store.setJson(keys[d], JSON.stringify(terms));
        },
      }
    : undefined;
  for (const [name, data] of searchIndexFiles(docs, kept, keepDoc).files)
    stage.write(`${SEARCH_DIR}/${name}`, data);
  let cacheError: string | null = null;
  try {
    store?.finish();
  } catch (e) {
    cacheError = (e as Error).message;
  }
  // The documents of this job are what the next one may leave out.
  memory?.set(HELD_DOCS, new Map(keys.flatMap((k, n) => (k ? [[k, docs[n]!] as const] : []))));
  const ms = performance.now() - started;
  return { entries: stage.entries(), unchanged: stage.unchanged(), cacheError, docKeys, ms };
}

/** The thread a search index of this many articles is built in, started now so that it is ready
 * when the site data is; null when the index is built in this thread. */
export function indexThread(articles: number): IndexThread | null {
  if (articles < THREAD_MIN_ARTICLES || !hasSecondCore()) return null;
  return warmThread<IndexJob, IndexResult>(new URL(import.meta.url), 'writeIndexJob');
}

export type IndexThread = WarmThread<IndexJob, IndexResult>;

/** A thread for the search index of every build of a process that builds again and again
 * (`npm start`): it keeps the articles' terms and documents between builds, and `held` says
 * which documents its last job had (input key → what the document was made from). */
export interface IndexService extends IndexThread {
  readonly held: Map<string, string>;
  close(): Promise<void>;
}

/** An IndexService for a process that builds again and again; null on one core. */
export function indexService(): IndexService | null {
  return hasSecondCore() ? startIndexService() : null;
}

/** Starts an IndexService, whatever the cores (tests). */
export function startIndexService(): IndexService {
  const thread = serviceThread<IndexJob, IndexResult>(new URL(import.meta.url), 'writeIndexJob');
  return { ...thread, held: new Map() };
}

/** The published documents' files among the page cache's entries, for the index job. */
export function documentPages(pages: PageCache): [string, PageRecord][] {
  return [...pages].filter(([file]) => file.startsWith(`${SEARCH_DIR}/d/`));
}

/** Builds the search index of `articles` (in the site's `language`) into the stage: in `thread`
 * (indexThread), or here; `records`: the parse cache the articles' records were read from. */
export async function searchIndex(
  articles: readonly ArticleEntry[],
  language: string,
  stage: StageOptions,
  cache: TermsCacheOptions | null,
  thread: IndexThread | null,
  docPages: [string, PageRecord][] = [],
  records: TermsCacheOptions | null = null,
): Promise<IndexResult> {
  const { date } = dateWords(language);
  // A document the thread holds from its last job, made from the same record (the input's
  // key), id, address and date, is not sent again.
  const held = thread && 'held' in thread ? (thread as IndexService).held : null;
  const shown = articles.map((e) => e.date && date(e.date));
  const made = articles.map((e, n) =>
    held && e.inputKey ? JSON.stringify([e.article.id, e.url, shown[n]]) : null,
  );
  // A record read back from the cache whose body nothing has read yet: the thread of one build
  // reads it from the cache if it needs it (a service thread keeps documents between builds,
  // and so gets them whole); here, it is read if it is needed.
  const later = (e: ArticleEntry) =>
    held === null && records !== null && e.inputKey !== null && bodyPending(e.article);
  const docOf = (e: ArticleEntry, n: number): SentDoc => {
    if (!later(e)) return toSearchDoc(e.article, e.url, shown[n] ?? null);
    const doc = docWithBody(e.article, e.url, shown[n] ?? null, null);
    return thread ? doc : withBody(doc, () => bodyText(e.article.body));
  };
  const job: IndexJob = {
    docs: articles.map((e, n) =>
      made[n] !== null && held?.get(e.inputKey!) === made[n] ? null : docOf(e, n),
    ),
    keys: articles.map((e) => e.inputKey),
    cache,
    stage,
    docPages,
    ...(records && { records }),
  };
  if (!thread) return writeIndexJob(job);
  // What the thread holds after the job: its documents, or (it failed) none known.
  held?.clear();
  const result = await thread.run(job);
  articles.forEach((e, n) => {
    const m = made[n];
    if (m !== null && m !== undefined) held?.set(e.inputKey!, m);
  });
  return result;
}

/** `doc` with its body made when first read, in its place among the keys (the JSON of the
 * document's file is the same as with the body given). */
function withBody(doc: SentDoc, body: () => string): SearchDoc {
  let text: string | undefined;
  Object.defineProperty(doc, 'body', {
    enumerable: true,
    configurable: true,
    get: () => (text ??= body()),
  });
  return doc as SearchDoc;
}
