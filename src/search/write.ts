// Writes the search index of a site into one folder (the site passes `<output>/search/`):
// manifest.js, term-range shards s/<n>.js, documents d/<n>.js, table.js (dates and sources for
// filters, charts), export rows x/<n>.js, terms.js (the vocabulary, for fuzzy queries),
// lunr.min.js and the entry search.js.
// Same documents in, byte-identical files out.
import { mkdirSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import lunrModule from 'lunr';
import { buildIndex, cmp, type BuiltIndex, type KeptTerms } from './build.ts';
import { bundleClient } from './bundle.ts';
import type { SearchDoc } from './doc.ts';
import { FIELDS } from './fields.ts';
import {
  ALL_DOCS,
  dayNumber,
  docKeys,
  encodeTable,
  EXPORT_PER_FILE,
  exportKey,
  fileOf,
  MANIFEST,
  shardKey,
  TABLE,
  VOCABULARY,
  wrapData,
  wrapJson,
  type DocTable,
  type ExportEntry,
  type Manifest,
  type ShardEntry,
} from './format.ts';
import type { Lunr } from './lunr-types.ts';

export const lunr = lunrModule as unknown as Lunr;

/** Below this much index + document text, one shard and one document file hold everything. */
const SMALL_ARCHIVE_BYTES = 512 * 1024;
/** Shard size to aim for (a term is never split, so the shard of a very common one is larger). */
const SHARD_BYTES = 48 * 1024;

export interface SearchReport {
  files: number;
  /** Every file written, as `join(dir, name)`. */
  paths: string[];
  bytes: number;
  ms: number;
  docs: number;
  terms: number;
  shards: number;
}

export interface SearchFiles {
  /** File name (`s/0.js`, `search.js`, …) → contents. */
  files: Map<string, string | Uint8Array>;
  docs: number;
  terms: number;
  shards: number;
}

/** Writes the index of `docs` into `dir`, removing an earlier index's shards and documents. */
export async function writeSearchIndex(docs: SearchDoc[], dir: string): Promise<SearchReport> {
  const started = performance.now();
  const index = searchIndexFiles(docs);
  mkdirSync(join(dir, 's'), { recursive: true });
  mkdirSync(join(dir, 'd'), { recursive: true });
  mkdirSync(join(dir, 'x'), { recursive: true });
  let bytes = 0;
  for (const [name, data] of index.files) {
    writeFileSync(join(dir, name), data);
    bytes += typeof data === 'string' ? Buffer.byteLength(data) : data.length;
  }
  // Shards and documents of an earlier, larger index go; the files are overwritten in place
  // rather than removed first (removing 10,000 files costs as much as writing them).
  for (const sub of ['s', 'd', 'x'])
    for (const name of readdirSync(join(dir, sub)))
      if (!index.files.has(`${sub}/${name}`)) unlinkSync(join(dir, sub, name));
  return {
    files: index.files.size,
    paths: [...index.files.keys()].map((name) => join(dir, name)),
    bytes,
    ms: Math.round(performance.now() - started),
    docs: index.docs,
    terms: index.terms,
    shards: index.shards,
  };
}

/**
 * The files of the index of `docs`, in memory (the site writes them into its staging folder);
 * `kept`: the documents' terms a build cache has (see buildIndex). `keepDoc(n, file)` says
 * whether document `n`'s own file (`d/….js`) is kept as published, unmade (a large archive's).
 */
export function searchIndexFiles(
  docs: SearchDoc[],
  kept?: KeptTerms,
  keepDoc?: (n: number, file: string) => boolean,
): SearchFiles {
  const built = buildIndex(docs, lunr, kept);
  const entries = built.terms.map((t) => JSON.stringify(toEntry(t)));
  // A document's JSON is made only when its file is, or to tell a small archive.
  const docJson: (string | undefined)[] = [];
  const json = (n: number) => (docJson[n] ??= JSON.stringify(docs[n]));
  let total = entries.reduce((n, s) => n + s.length, 0);
  for (let n = 0; n < docs.length && total < SMALL_ARCHIVE_BYTES; n++) total += json(n).length;
  const small = total < SMALL_ARCHIVE_BYTES;

  const files = new Map<string, string | Uint8Array>();
  const firsts: string[] = [];
  let shard: string[] = [];
  let size = 0;
  const flush = () => {
    files.set(fileOf(shardKey(firsts.length - 1)), wrapRaw(shardKey(firsts.length - 1), shard));
    shard = [];
    size = 0;
  };
  entries.forEach((json, i) => {
    if (shard.length === 0) firsts.push(firsts.length === 0 ? '' : built.terms[i]!.term);
    shard.push(json);
    size += json.length + 1;
    if (!small && size >= SHARD_BYTES) flush();
  });
  if (shard.length > 0 || firsts.length === 0) {
    if (firsts.length === 0) firsts.push('');
    flush();
  }

  const days = docs.map((d) => dayNumber(d.date));
  const docsPerFile = small ? Math.max(1, docs.length) : 1;
  if (docsPerFile > 1)
    files.set(
      fileOf(ALL_DOCS),
      wrapRaw(
        ALL_DOCS,
        docs.map((_, n) => json(n)),
      ),
    );
  else
    docKeys(days).forEach((key, n) => {
      if (!keepDoc?.(n, fileOf(key))) files.set(fileOf(key), wrapRaw(key, [json(n)]));
    });

  for (let n = 0; n * EXPORT_PER_FILE < docs.length; n++) {
    const entries = docs
      .slice(n * EXPORT_PER_FILE, (n + 1) * EXPORT_PER_FILE)
      .map((d): ExportEntry => [
        d.title,
        d.date,
        d.source,
        d.byline,
        d.url,
        d.sourceUrl,
        d.sourceFile,
      ]);
    files.set(fileOf(exportKey(n)), wrapData(exportKey(n), entries));
  }

  const sources = [...new Set(docs.flatMap((d) => (d.source ? [d.source] : [])))].sort(cmp);
  const table: DocTable = {
    days,
    sources: docs.map((d) => (d.source ? sources.indexOf(d.source) : -1)),
  };
  const manifest: Manifest = {
    version: 1,
    fields: [...FIELDS],
    docCount: docs.length,
    shards: firsts,
    docsPerFile,
    sources,
  };
  files.set(fileOf(MANIFEST), wrapData(MANIFEST, manifest));
  files.set(fileOf(TABLE), wrapData(TABLE, encodeTable(table)));
  files.set(fileOf(VOCABULARY), wrapData(VOCABULARY, vocabulary(built)));
  files.set('search.js', bundleClient());

  const lunrMin = createRequire(import.meta.url).resolve('lunr/lunr.min.js');
  files.set('lunr.min.js', readFileSync(lunrMin));
  return { files, docs: docs.length, terms: built.terms.length, shards: firsts.length };
}

/** Postings as `[doc, w, Δdoc, w, …]` per field (0 when empty): small and gzip-friendly. */
function toEntry(t: BuiltIndex['terms'][number]): ShardEntry {
  const perField = t.docs.map((docs, f) => {
    if (docs.length === 0) return 0 as const;
    const out: number[] = [];
    let prev = 0;
    docs.forEach((d, i) => {
      out.push(d - prev, t.weights[f]![i]!);
      prev = d;
    });
    return out;
  });
  return [t.term, t.index, ...perField];
}

/** One item a line, so a diff of two builds reads term by term. */
function wrapRaw(key: string, jsonItems: string[]): string {
  return wrapJson(key, `[${jsonItems.join(',\n')}]`);
}

function vocabulary(built: BuiltIndex): string[] {
  return built.terms.map((t) => t.term);
}
