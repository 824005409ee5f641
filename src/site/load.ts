// Reading the input folder: every file is parsed; one that cannot be read or parsed is reported
// and skipped so the rest of the archive still builds.
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import type { Article, ParseFailure } from '../model/article.ts';
import { decode } from '../parse/decode.ts';
import { Parser } from '../parse/parser.ts';
import { uniqueIds } from '../model/slug.ts';

export interface LoadedArticle {
  article: Article;
  /** The decoded input text, for the "source text" view (one string: cheap to keep). */
  text: string;
}

export interface LoadResult {
  loaded: LoadedArticle[];
  failures: ParseFailure[];
  /** How many files were found. */
  files: number;
}

export class InputFolderError extends Error {}

/** Text files under `dir` (sub-folders included, hidden files skipped), sorted. */
export function listInputs(dir: string): string[] {
  let entries;
  try {
    entries = readdirSync(dir, { recursive: true, withFileTypes: true });
  } catch (e) {
    throw new InputFolderError(`cannot read input folder ${dir}: ${(e as Error).message}`);
  }
  const files = entries
    .filter((e) => e.isFile())
    .map((e) => join(e.parentPath, e.name))
    .filter(
      (f) =>
        !relative(dir, f)
          .split(/[\\/]/)
          .some((part) => part.startsWith('.')),
    )
    .sort();
  if (files.length === 0)
    throw new InputFolderError(`input folder ${dir} has no files: put scraped .txt articles there`);
  return files;
}

/** Parses every file; `onProgress` is called after each one (for a terminal progress line). */
export function loadInputs(
  dir: string,
  onProgress?: (done: number, total: number) => void,
): LoadResult {
  const files = listInputs(dir);
  const parser = new Parser();
  const loaded: LoadedArticle[] = [];
  const failures: ParseFailure[] = [];
  files.forEach((file, k) => {
    const name = relative(dir, file).split('\\').join('/');
    try {
      const { text, warnings } = decode(readFileSync(file));
      const article = parser.parseText(text, name, warnings);
      loaded.push({ article, text });
    } catch (e) {
      failures.push({ file: name, error: (e as Error).message });
    }
    onProgress?.(k + 1, files.length);
  });
  const ids = uniqueIds(loaded.map((l) => l.article));
  return {
    loaded: loaded.map((l, k) => ({ ...l, article: ids[k]! })),
    failures,
    files: files.length,
  };
}
