// The pages of the last published build, by file: the key of the data each showed
// (page-keys.ts) and the digest of its bytes. Written after the site is published (to a
// temporary name, then renamed), so it never names pages a build did not publish; a stale or
// missing one only means more pages are rendered.
import { readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

const FILE = 'pages.json';
/** Where readPageCache's memory keeps a page cache (by its folder). */
const MEMORY_KEY = 'pages\t';

/** What a page was made from (its key) and the digest of its bytes. */
export interface PageRecord {
  key: string;
  sha256: string;
}

export type PageCache = Map<string, PageRecord>;

/** The page cache in `dir`. `memory` (a process that builds again and again) holds the one
 * this process wrote last, taken as it is: a stale one costs only renders, since a page is kept
 * only while the published file is the one with its digest (output/stage.ts). */
export function readPageCache(dir: string, memory: Map<string, unknown> | null = null): PageCache {
  const kept = memory?.get(`${MEMORY_KEY}${dir}`) as PageCache | undefined;
  if (kept) return kept;
  try {
    const pages = JSON.parse(readFileSync(join(dir, FILE), 'utf8')) as Record<
      string,
      [string, string]
    >;
    return new Map(Object.entries(pages).map(([file, [key, sha256]]) => [file, { key, sha256 }]));
  } catch {
    return new Map();
  }
}

export function writePageCache(
  dir: string,
  pages: PageCache,
  memory: Map<string, unknown> | null = null,
): void {
  memory?.set(`${MEMORY_KEY}${dir}`, pages);
  const path = join(dir, FILE);
  const data = Object.fromEntries([...pages].map(([file, p]) => [file, [p.key, p.sha256]]));
  writeFileSync(`${path}.tmp-${process.pid}`, JSON.stringify(data));
  renameSync(`${path}.tmp-${process.pid}`, path);
}
