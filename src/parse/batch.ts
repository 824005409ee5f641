// Parsing many files: one bad file is reported and the rest still parse.
import type { Article, ParseFailure } from '../model/article.ts';
import { parseBytes } from './parser.ts';
import { readInputFile } from './read.ts';
import { uniqueIds } from '../model/slug.ts';

export type ParseResult = Article | ParseFailure;

export function isFailure(r: ParseResult): r is ParseFailure {
  return 'error' in r;
}

/** Parses each file in order; `name` maps a path to the record's sourceFile. A pipe or device
 * is refused without blocking (readInputFile). */
export function parseFiles(
  files: readonly string[],
  name: (file: string) => string = (f) => f,
): ParseResult[] {
  const out: ParseResult[] = [];
  for (const file of files) {
    try {
      out.push(parseBytes(readInputFile(file), name(file)));
    } catch (e) {
      out.push({ file, error: (e as Error).message });
    }
  }
  const ok = uniqueIds(out.filter((r): r is Article => !isFailure(r)));
  let k = 0;
  return out.map((r) => (isFailure(r) ? r : ok[k++]!));
}
