// Parse records kept between builds in the build cache, one file per record named by its key
// (the file's name and bytes, load.ts), in a folder per parser version: a record is only ever
// read back by the parser that made it. New records wait in memory until the build has
// published (`save`): a build that fails or is killed leaves the cache as it was. Each file is
// written to a temporary name and renamed, so a build killed while saving leaves whole
// records. `save` also removes the records no input needs any more and other versions.
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Article } from '../../model/article.ts';
import type { ParseCache } from '../../parse/input/load.ts';

export class DiskParseCache implements ParseCache {
  readonly #root: string;
  readonly #dir: string;
  readonly #used = new Set<string>();
  readonly #made = new Map<string, Article>();
  /** Records read back, and records made. */
  hits = 0;
  misses = 0;

  constructor(root: string, version: string) {
    this.#root = root;
    this.#dir = join(root, version);
  }

  get(key: string): Article | undefined {
    this.#used.add(key);
    try {
      const article = JSON.parse(readFileSync(join(this.#dir, `${key}.json`), 'utf8')) as Article;
      this.hits++;
      return article;
    } catch {
      this.misses++;
      return undefined; // not there, or not whole: parsed again
    }
  }

  set(key: string, article: Article): void {
    this.#made.set(key, article);
  }

  /** Writes the new records; removes other versions and records of inputs gone or changed. */
  save(): void {
    mkdirSync(this.#dir, { recursive: true });
    for (const [key, article] of this.#made) {
      const path = join(this.#dir, `${key}.json`);
      writeFileSync(`${path}.tmp-${process.pid}`, JSON.stringify(article));
      renameSync(`${path}.tmp-${process.pid}`, path);
    }
    this.#made.clear();
    for (const name of readdirSync(this.#root))
      if (join(this.#root, name) !== this.#dir)
        rmSync(join(this.#root, name), { recursive: true, force: true });
    for (const name of readdirSync(this.#dir))
      if (!this.#used.has(name.replace(/\.json$/, '')) || !name.endsWith('.json'))
        rmSync(join(this.#dir, name), { force: true });
  }
}
