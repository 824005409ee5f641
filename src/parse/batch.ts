// Parsing many files: one bad file is reported and the rest still parse.
import { readFile } from 'node:fs/promises';
import type { Article, ParseFailure } from '../model/article.ts';
import { parseBytes } from './parser.ts';
import { uniqueIds } from '../model/slug.ts';

export type ParseResult = Article | ParseFailure;

export function isFailure(r: ParseResult): r is ParseFailure {
  return 'error' in r;
}

/** Parses each file in order; `name` maps a path to the record's sourceFile. */
export async function parseFiles(
  files: readonly string[],
  name: (file: string) => string = (f) => f,
): Promise<ParseResult[]> {
  const out: ParseResult[] = [];
  for (const file of files) {
    try {
      out.push(parseBytes(await readFile(file), name(file)));
    } catch (e) {
      out.push({ file, error: (e as Error).message });
    }
  }
  const ok = uniqueIds(out.filter((r): r is Article => !isFailure(r)));
  let k = 0;
  return out.map((r) => (isFailure(r) ? r : ok[k++]!));
}
