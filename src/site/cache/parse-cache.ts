// Parse records kept between builds in the build cache, one file per record named by its key
// (the file's name and bytes, load.ts), in a folder per parser version: a record is only ever
// read back by the parser that made it, and is right for its key whatever becomes of the build.
// So new records are written as soon as the parse is done (`write`), by Node's I/O threads
// while Eleventy renders; each to a temporary name, then renamed, so a build killed meanwhile
// leaves whole records. `finish` waits for them and removes the records no input needs any
// more, temporary files left by a killed build, and the folders of other parser versions.
import { mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { rename, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Article } from '../../model/article.ts';
import type { ParseCache } from '../../parse/input/load.ts';

/** Files written at once: enough to keep the I/O threads busy, far below open-file limits. */
const WRITES_AT_ONCE = 16;

export class DiskParseCache implements ParseCache {
  readonly #root: string;
  readonly #dir: string;
  readonly #used = new Set<string>();
  readonly #made = new Map<string, Article>();
  #writing: Promise<void> = Promise.resolve();
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

  /** Starts writing the records made so far (call `finish` to wait for them). */
  write(): void {
    const made = [...this.#made];
    this.#made.clear();
    if (made.length === 0) return;
    mkdirSync(this.#dir, { recursive: true });
    const tmp = `.tmp-${process.pid}`;
    let next = 0;
    const worker = async () => {
      while (next < made.length) {
        const [key, article] = made[next++]!;
        const path = join(this.#dir, `${key}.json`);
        await writeFile(`${path}${tmp}`, JSON.stringify(article));
        await rename(`${path}${tmp}`, path);
      }
    };
    const writing = Promise.all(Array.from({ length: WRITES_AT_ONCE }, worker)).then(() => {});
    // A failure is reported by `finish`, not as an unhandled rejection meanwhile.
    writing.catch(() => {});
    this.#writing = writing;
  }

  /** Waits for the writes; removes other versions, records of inputs gone or changed. */
  async finish(): Promise<void> {
    this.write();
    await this.#writing;
    for (const name of readdirSync(this.#root))
      if (join(this.#root, name) !== this.#dir)
        rmSync(join(this.#root, name), { recursive: true, force: true });
    let names: string[] = [];
    try {
      names = readdirSync(this.#dir);
    } catch {
      return; // nothing was made, nothing kept
    }
    for (const name of names)
      if (!name.endsWith('.json') || !this.#used.has(name.slice(0, -'.json'.length)))
        rmSync(join(this.#dir, name), { force: true });
  }
}
