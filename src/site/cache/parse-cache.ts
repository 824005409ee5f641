// Parse records kept between builds: one file per parser version (`<version>.jsonl`), a line
// per record, its key (load.ts: the file's name and bytes), a tab, the record as JSON; a record
// is only ever read back by the parser that made it. The file is read whole on the first
// lookup (a record is parsed from its line only when asked for) and written whole once the
// site is published (`finish`): the records this build's inputs need, the ones read back
// copied from their lines as they were. One file written in one stream, to a temporary name
// and renamed: ten thousand small files cost this machine's disk seconds where one file of the
// same bytes costs a fraction of one, and a build killed meanwhile leaves the old file whole.
// Files of other parser versions (and temporary files of killed builds) are removed.
import {
  closeSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../model/article.ts';
import type { ParseCache } from '../../parse/input/load.ts';

/** Lines are written in chunks of about this many characters (fewer system calls). */
const CHUNK_CHARS = 1 << 20;

export class DiskParseCache implements ParseCache {
  readonly #root: string;
  readonly #file: string;
  #lines: Map<string, string> | null = null;
  /** Records read back (their JSON as it was) and records made by this build. */
  readonly #kept = new Map<string, string>();
  readonly #made = new Map<string, Article>();
  hits = 0;
  misses = 0;

  constructor(root: string, version: string) {
    this.#root = root;
    this.#file = join(root, `${version}.jsonl`);
  }

  #read(): Map<string, string> {
    const lines = new Map<string, string>();
    let text = '';
    try {
      text = readFileSync(this.#file, 'utf8');
    } catch {
      return lines; // no cache yet
    }
    for (const line of text.split('\n')) {
      const tab = line.indexOf('\t');
      if (tab > 0) lines.set(line.slice(0, tab), line.slice(tab + 1));
    }
    return lines;
  }

  get(key: string): Article | undefined {
    const json = (this.#lines ??= this.#read()).get(key);
    if (json !== undefined)
      try {
        const article = JSON.parse(json) as Article;
        this.#kept.set(key, json);
        this.hits++;
        return article;
      } catch {
        // not whole: parsed again
      }
    this.misses++;
    return undefined;
  }

  set(key: string, article: Article): void {
    this.#made.set(key, article);
  }

  /** Writes the records this build used; removes every other file of the cache folder. */
  finish(): void {
    const tmp = `${this.#file}.tmp-${process.pid}`;
    const fd = openSync(tmp, 'w');
    try {
      let chunk = '';
      const add = (line: string) => {
        chunk += line;
        if (chunk.length >= CHUNK_CHARS) {
          writeSync(fd, chunk);
          chunk = '';
        }
      };
      for (const [key, json] of this.#kept) add(`${key}\t${json}\n`);
      for (const [key, article] of this.#made) add(`${key}\t${JSON.stringify(article)}\n`);
      writeSync(fd, chunk);
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.#file);
    for (const name of readdirSync(this.#root))
      if (join(this.#root, name) !== this.#file)
        rmSync(join(this.#root, name), { recursive: true, force: true });
  }
}
