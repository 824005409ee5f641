// The one loader, for the build, the command line and the tests: files → records. A file that
// cannot be read or parsed is reported and skipped, so the rest of the archive still builds. A
// file that is no readable text (empty, binary, too large, a pipe) is an input failure; any
// other error while parsing is ours (an internal failure, reported with the file that brought
// it out). Ids are made unique across what one load gives.
import { createHash } from 'node:crypto';
import type { Article, ParseFailure } from '../../model/article.ts';
import { uniqueIds } from '../../model/slug.ts';
import { Parser } from '../parser.ts';
import { cleanText } from './clean.ts';
import { decode, InputError } from './decode.ts';
import { readInputFile } from './file.ts';
import { listInputs, type InputList, type ListOptions } from './list.ts';

export { InputFolderError, describeSkipped } from './list.ts';

export interface LoadedArticle {
  article: Article;
  /** The decoded input text, for the "source text" view (one string: cheap to keep). */
  text: string;
  /** `cacheKey` of the file's name and bytes when the load kept a cache, else null: with the
   * parser's version it names the record and the text (the id aside, made unique later). */
  key: string | null;
}

export interface LoadResult {
  loaded: LoadedArticle[];
  failures: ParseFailure[];
  /** How many article texts were found. */
  files: number;
  skipped: InputList['skipped'];
  notRead: InputList['notRead'];
}

/**
 * Records kept from earlier loads, by `cacheKey` of a file's name and bytes: a rebuild parses
 * only new and changed files. The keeper (the build's cache beside the site) also answers for
 * the parser's version: a record is only ever asked of the parser that made it.
 */
export interface ParseCache {
  get(key: string): Article | undefined;
  set(key: string, article: Article): void;
}

/** What a record depends on besides the parser: the file's name (its `sourceFile`) and bytes. */
export function cacheKey(name: string, bytes: Uint8Array): string {
  return createHash('sha256').update(name).update('\0').update(bytes).digest('hex');
}

export interface LoadOptions extends ListOptions {
  /** Called after each file (for a terminal progress line). */
  onProgress?: (done: number, total: number) => void;
  /** The parser to use (tests give one with a rule of their own). */
  parser?: Parser;
  /** Records of files unchanged since an earlier load (none: every file is parsed). */
  cache?: ParseCache;
}

/** Reads and parses one file; `name` is the record's `sourceFile`. */
export function loadFile(
  path: string,
  name: string,
  parser: Parser,
  cache?: ParseCache,
): LoadedArticle | ParseFailure {
  // A file name may hold characters no page may show; the name is shown, not opened.
  const shown = cleanText(name).text;
  try {
    const bytes = readInputFile(path);
    // The text is decoded either way: the page shows it, and decoding costs little.
    const decoded = decode(bytes);
    const key = cache && cacheKey(shown, bytes);
    const kept = key ? cache.get(key) : undefined;
    const article = kept ?? parser.parseDecoded(decoded, shown);
    if (key && !kept) cache.set(key, article);
    return { article, text: decoded.text, key: key ?? null };
  } catch (e) {
    const internal = !(e instanceof InputError);
    return {
      file: shown,
      error: internal ? `internal error: ${(e as Error).stack ?? e}` : (e as Error).message,
      kind: internal ? 'internal' : 'input',
    };
  }
}

export function isFailure(r: LoadedArticle | ParseFailure): r is ParseFailure {
  return 'error' in r;
}

/** Parses `files` in order (the parse command); one failure in a file does not stop the rest. */
export function loadFiles(
  files: readonly string[],
  parser = new Parser(),
): (LoadedArticle | ParseFailure)[] {
  const results = files.map((f) => loadFile(f, f, parser));
  const ids = uniqueIds(
    results.filter((r): r is LoadedArticle => !isFailure(r)).map((r) => r.article),
  );
  let k = 0;
  return results.map((r) => (isFailure(r) ? r : { ...r, article: ids[k++]! }));
}

/** Lists and parses the article texts under `dir`. Throws InputFolderError when there are none. */
export function loadInputs(
  dir: string,
  { onProgress, parser = new Parser(), cache, ...list }: LoadOptions,
): LoadResult {
  const { files, skipped, notRead, problems } = listInputs(dir, list);
  const loaded: LoadedArticle[] = [];
  const failures: ParseFailure[] = problems.map((p) => ({
    file: p.name,
    error: p.error,
    kind: 'input',
  }));
  files.forEach(({ path, name }, k) => {
    const r = loadFile(path, name, parser, cache);
    if (isFailure(r)) failures.push(r);
    else loaded.push(r);
    onProgress?.(k + 1, files.length);
  });
  const ids = uniqueIds(loaded.map((l) => l.article));
  return {
    loaded: loaded.map((l, k) => ({ ...l, article: ids[k]! })),
    failures,
    files: files.length,
    skipped,
    notRead,
  };
}
