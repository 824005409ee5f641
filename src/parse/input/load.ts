// The one loader, for the build, the command line and the tests: files → records. A file that
// cannot be read or parsed is reported and skipped, so the rest of the archive still builds. A
// file that is no readable text (empty, binary, too large, a pipe) is an input failure; any
// other error while parsing is ours (an internal failure, reported with the file that brought
// it out). Ids are made unique across what one load gives.
import { createHash } from 'node:crypto';
import { statSync, type BigIntStats } from 'node:fs';
import type { Article, ParseFailure } from '../../model/article.ts';
import { uniqueIds } from '../../model/slug.ts';
import { Parser } from '../parser.ts';
import { cleanText } from './clean.ts';
import { decode, InputError } from './decode.ts';
import { readInputFile } from './file.ts';
import { listInputs, type InputList, type ListOptions } from './list.ts';

export { InputFolderError, describeSkipped } from './list.ts';

/** A file given as unchanged changed while the build ran: the build stops, nothing published. */
export class InputChangedError extends InputError {}

export interface LoadedArticle {
  article: Article;
  /** The decoded input text, for the "source text" view (one string: cheap to keep); null when
   * the file is as an earlier load read it and was not read again (readText reads it). */
  text: string | null;
  /** The file's path, as listed. */
  path: string;
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
  /** The record of `key` is used again, as an earlier load of this process had it. */
  keep(key: string): void;
}

/** What a record depends on besides the parser: the file's name (its `sourceFile`) and bytes. */
export function cacheKey(name: string, bytes: Uint8Array): string {
  return createHash('sha256').update(name).update('\0').update(bytes).digest('hex');
}

/**
 * What earlier loads saw of each file, by path: the key of the bytes a file gave while it is
 * still as it was then (the keeper decides what that means: src/site/cache/input-stats.ts).
 */
export interface InputIdentities {
  known(path: string, st: BigIntStats): string | undefined;
  /** The file at `path`, as `st` (taken before it was read) says, gave the bytes of `key`. */
  saw(path: string, st: BigIntStats, key: string): void;
}

/**
 * What the loads of one process (`npm start`) know of the files between them: each file's
 * record (its id not yet made unique), key and stats as the last load read them, and which
 * files may have changed since (a watcher's events). With a cache, a file the watcher did not
 * report is taken as it was, neither read nor looked at. `changed` null: every file is looked
 * at (the first load, or one whose watcher may have missed events).
 */
export interface LoadSession {
  files: Map<string, { article: Article; key: string; st: BigIntStats }>;
  changed: ((name: string) => boolean) | null;
}

export interface LoadOptions extends ListOptions {
  /** Called after each file (for a terminal progress line). */
  onProgress?: (done: number, total: number) => void;
  /** The parser to use (tests give one with a rule of their own). */
  parser?: Parser;
  /** Records of files unchanged since an earlier load (none: every file is parsed). */
  cache?: ParseCache;
  /** With a cache: files still as an earlier load saw them are not read again. */
  identities?: InputIdentities;
  /** With a cache and identities: what the last load of this process read (filled for the
   * next one). */
  session?: LoadSession;
}

/** Reads and parses one file; `name` is the record's `sourceFile`. */
export function loadFile(
  path: string,
  name: string,
  parser: Parser,
  cache?: ParseCache,
  identities?: InputIdentities,
): LoadedArticle | ParseFailure {
  return loadOne(path, name, parser, cache, identities)[0];
}

/** loadFile, with the stats the file was looked at with (null: not looked at, or gone). */
function loadOne(
  path: string,
  name: string,
  parser: Parser,
  cache?: ParseCache,
  identities?: InputIdentities,
): [LoadedArticle | ParseFailure, BigIntStats | null] {
  // A file name may hold characters no page may show; the name is shown, not opened.
  const shown = cleanText(name).text;
  let st: BigIntStats | null = null;
  try {
    // Looked at before it is read, so that a change while it is read shows next time.
    st = cache && identities ? statOrNull(path) : null;
    const known = st && identities!.known(path, st);
    const record = known ? cache!.get(known) : undefined;
    if (known && record) {
      identities!.saw(path, st!, known);
      return [{ article: record, text: null, path, key: known }, st];
    }
    const bytes = readInputFile(path);
    // The text is decoded either way: the page shows it, and decoding costs little.
    const decoded = decode(bytes);
    const key = cache && cacheKey(shown, bytes);
    const kept = key ? cache.get(key) : undefined;
    const article = kept ?? parser.parseDecoded(decoded, shown);
    if (key && !kept) cache.set(key, article);
    if (key && st) identities!.saw(path, st, key);
    return [{ article, text: decoded.text, path, key: key ?? null }, st];
  } catch (e) {
    const internal = !(e instanceof InputError);
    const failure: ParseFailure = {
      file: shown,
      error: internal ? `internal error: ${(e as Error).stack ?? e}` : (e as Error).message,
      kind: internal ? 'internal' : 'input',
    };
    return [failure, null];
  }
}

function statOrNull(path: string): BigIntStats | null {
  try {
    return statSync(path, { bigint: true });
  } catch {
    return null; // reading it says what is wrong
  }
}

/**
 * The text of a file loaded without being read (`text` null), for a page that shows it: `name`
 * is its record's `sourceFile`, `key` its load's. Throws InputError when the file is no longer
 * the one the record was made from (it changed while the build ran).
 */
export function readText(path: string, name: string, key: string): string {
  const changed = (why: string) =>
    new InputChangedError(
      `${name} changed while the archive was built${why}; nothing was published: build it again`,
    );
  let bytes: Uint8Array;
  try {
    bytes = readInputFile(path);
  } catch (e) {
    throw changed(` (${(e as Error).message})`); // removed or made unreadable meanwhile
  }
  if (cacheKey(name, bytes) !== key) throw changed('');
  return decode(bytes).text;
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
  { onProgress, parser = new Parser(), cache, identities, session, ...list }: LoadOptions,
): LoadResult {
  const { files, skipped, notRead, problems } = listInputs(dir, list);
  const loaded: LoadedArticle[] = [];
  const failures: ParseFailure[] = problems.map((p) => ({
    file: p.name,
    error: p.error,
    kind: 'input',
  }));
  const known = cache && identities ? session : undefined;
  const seen: LoadSession['files'] = new Map();
  files.forEach(({ path, name, linked }, k) => {
    // Not reported by the watcher since the last load: as that load read it. (Not a symbolic
    // link, whose target the watcher may not see.)
    const last = known?.changed && !linked && !known.changed(name) ? known.files.get(name) : null;
    if (last) {
      cache!.keep(last.key);
      identities!.saw(path, last.st, last.key);
      loaded.push({ article: last.article, text: null, path, key: last.key });
      seen.set(name, last);
    } else {
      const [r, st] = loadOne(path, name, parser, cache, identities);
      if (isFailure(r)) failures.push(r);
      else {
        loaded.push(r);
        if (st && r.key) seen.set(name, { article: r.article, key: r.key, st });
      }
    }
    onProgress?.(k + 1, files.length);
  });
  if (known) known.files = seen;
  const ids = uniqueIds(loaded.map((l) => l.article));
  return {
    loaded: loaded.map((l, k) => ({ ...l, article: ids[k]! })),
    failures,
    files: files.length,
    skipped,
    notRead,
  };
}
