// Reading the input folder: every article text is parsed; one that cannot be read or parsed is
// reported and skipped so the rest of the archive still builds. A file that is no readable
// text (empty, binary, too large) is an input failure; any other error while parsing is ours
// (an internal failure, reported with the file that brought it out).
import type { Article, ParseFailure } from '../model/article.ts';
import { uniqueIds } from '../model/slug.ts';
import { cleanText } from '../parse/clean.ts';
import { decode, InputError } from '../parse/decode.ts';
import { Parser } from '../parse/parser.ts';
import { readInputFile } from '../parse/read.ts';
import { listInputs, type InputList, type ListOptions } from './inputs.ts';

export { InputFolderError } from './inputs.ts';

export interface LoadedArticle {
  article: Article;
  /** The decoded input text, for the "source text" view (one string: cheap to keep). */
  text: string;
}

export interface LoadResult {
  loaded: LoadedArticle[];
  failures: ParseFailure[];
  /** How many article texts were found. */
  files: number;
  skipped: InputList['skipped'];
}

export interface LoadOptions extends ListOptions {
  /** Called after each file (for a terminal progress line). */
  onProgress?: (done: number, total: number) => void;
  /** The parser to use (tests give one with a rule of their own). */
  parser?: Parser;
}

/** Lists and parses the article texts under `dir`. Throws InputFolderError when there are none. */
export function loadInputs(
  dir: string,
  { onProgress, parser = new Parser(), ...list }: LoadOptions,
): LoadResult {
  const { files, skipped, problems } = listInputs(dir, list);
  const loaded: LoadedArticle[] = [];
  const failures: ParseFailure[] = problems.map((p) => ({
    file: p.name,
    error: p.error,
    kind: 'input',
  }));
  files.forEach(({ path, name: raw }, k) => {
    // A file name may hold characters no page may show; the name is shown, not opened.
    const name = cleanText(raw).text;
    try {
      const { text, warnings } = decode(readInputFile(path));
      const article = parser.parseText(text, name, warnings);
      loaded.push({ article, text });
    } catch (e) {
      const internal = !(e instanceof InputError);
      failures.push({
        file: name,
        error: internal ? `internal error: ${(e as Error).stack ?? e}` : (e as Error).message,
        kind: internal ? 'internal' : 'input',
      });
    }
    onProgress?.(k + 1, files.length);
  });
  const ids = uniqueIds(loaded.map((l) => l.article));
  return {
    loaded: loaded.map((l, k) => ({ ...l, article: ids[k]! })),
    failures,
    files: files.length,
    skipped,
  };
}
