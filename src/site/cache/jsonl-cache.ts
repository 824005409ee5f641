// Results kept between builds, by key: one file per version of the code that makes them
// (`<version>.jsonl`), a line per result, its key, a tab, the result as JSON. The parse records
// (keyed by load.ts's key of a file's name and bytes) and the search index's terms of each
// article (by the same key) are kept so; a result is only ever read back by the code that made
// it. The file is read whole, as bytes, on the first lookup (a result is decoded and parsed
// from its line only when asked for), and written whole by `finish`: the results this build
// needed, the ones read back copied from their bytes as they were. A result is right for its
// key whatever becomes of the build, so it need not wait for the site to be published (the
// parse records are written as soon as the parse is done, and their bytes let go before
// Eleventy renders: at 50,000 articles they are 300 MB). One file written in one stream, to a
// temporary name and renamed: ten thousand small files cost this machine's disk seconds where
// one file of the same bytes costs a fraction of one, and a build killed meanwhile leaves the
// old file whole. Files of other versions (and temporary files of killed builds) are removed.
import {
  closeSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmSync,
  writevSync,
} from 'node:fs';
import { join } from 'node:path';

/** Lines are written in batches of this many pieces or bytes, whichever comes first (fewer
 * system calls; 1,024 is the usual limit of one writev). */
const MAX_PARTS = 1024;
const CHUNK_BYTES = 1 << 20;
const TAB = 0x09;
const LINE_END = Buffer.from('\n');
const NEWLINE = 0x0a;

/** Results kept in memory between the builds of one process (`npm start`), by cache file and
 * key: a rebuild takes them as they are instead of parsing their JSON again. Owned by the
 * caller, who passes the same one to each build; consumers must not change the results. */
export type CacheMemory = Map<string, unknown>;

/** How results are written as text and read back from a line's bytes (default: JSON). */
export interface Codec<T> {
  encode(value: T): string;
  /** Throws when the bytes are not a whole result. */
  decode(bytes: Buffer, start: number, end: number): T;
}

const JSON_CODEC: Codec<unknown> = {
  encode: (value) => JSON.stringify(value),
  decode: (bytes, start, end) => JSON.parse(bytes.toString('utf8', start, end)) as unknown,
};

export class JsonlCache<T> {
  readonly #root: string;
  readonly #file: string;
  readonly #memory: CacheMemory | null;
  readonly #codec: Codec<T>;
  #bytes: Buffer | null = null;
  /** Key → where its JSON lies in #bytes. */
  #lines: Map<string, [number, number]> | null = null;
  /** Results read back (their JSON's place in #bytes) and results made by this build. */
  readonly #kept = new Map<string, [number, number]>();
  readonly #made = new Map<string, T>();
  /** Lines of results given as JSON text, as bytes (off the heap until written). */
  readonly #madeLines: Uint8Array[] = [];
  /** Keys whose results this build uses without asking for them (keep). */
  readonly #wanted = new Set<string>();

  constructor(
    root: string,
    version: string,
    memory: CacheMemory | null = null,
    codec: Codec<T> = JSON_CODEC as Codec<T>,
  ) {
    this.#root = root;
    this.#file = join(root, `${version}.jsonl`);
    this.#memory = memory;
    this.#codec = codec;
  }

  /** The memory's key: the file names the cache and its version. */
  #inMemory(key: string): string {
    return `${this.#file}\t${key}`;
  }

  #read(): Map<string, [number, number]> {
    const lines = new Map<string, [number, number]>();
    try {
      this.#bytes = readFileSync(this.#file);
    } catch {
      return lines; // no cache yet
    }
    const b = this.#bytes;
    for (let at = 0; at < b.length;) {
      let end = b.indexOf(NEWLINE, at);
      if (end < 0) end = b.length; // cut short: its JSON will not parse
      const tab = b.indexOf(TAB, at);
      if (tab > at && tab < end) lines.set(b.toString('latin1', at, tab), [tab + 1, end]);
      at = end + 1;
    }
    return lines;
  }

  get(key: string): T | undefined {
    const place = (this.#lines ??= this.#read()).get(key);
    if (place && this.#bytes) {
      // Only a result the file holds: the file is what says it is right for this version.
      const remembered = this.#memory?.get(this.#inMemory(key));
      if (remembered !== undefined) {
        this.#kept.set(key, place);
        return remembered as T;
      }
      try {
        const value = this.#codec.decode(this.#bytes, ...place);
        this.#kept.set(key, place);
        this.#memory?.set(this.#inMemory(key), value);
        return value;
      } catch {
        // not whole: parsed again
      }
    }
    return undefined;
  }

  /** The result of `key` for the next build, in place of the one read back, if any. */
  set(key: string, value: T): void {
    this.#kept.delete(key);
    this.#made.set(key, value);
  }

  /** A result given as its text (the codec's encoding): for results nothing else holds on to (the search terms
   * of 50,000 articles are some 500 MB as objects, 100 MB as text). */
  setJson(key: string, json: string): void {
    this.#kept.delete(key);
    this.#madeLines.push(Buffer.from(`${key}\t${json}\n`));
  }

  /** Counts the result of `key` as used by this build, as the file holds it, without reading
   * it now (a caller that has it from an earlier build of this process): finish keeps it. */
  keep(key: string): void {
    this.#wanted.add(key);
  }

  /** Writes the results this build used; removes every other file of the cache folder. */
  finish(): void {
    if (this.#wanted.size > 0) {
      const lines = (this.#lines ??= this.#read());
      for (const key of this.#wanted) {
        const place = lines.get(key);
        if (place && !this.#kept.has(key)) this.#kept.set(key, place);
      }
      this.#wanted.clear();
    }
    // Nothing made, nothing gone: the file is already what it would be written as.
    const same =
      this.#made.size === 0 &&
      this.#madeLines.length === 0 &&
      this.#kept.size === (this.#lines?.size ?? -1);
    if (!same) this.#write();
    // The memory keeps what this build used of this file: results of deleted or changed inputs
    // go, and those this build made are there for the next one.
    if (this.#memory) {
      const prefix = this.#inMemory('');
      for (const k of this.#memory.keys())
        if (k.startsWith(prefix) && !this.#kept.has(k.slice(prefix.length))) this.#memory.delete(k);
      for (const [key, value] of this.#made) this.#memory.set(this.#inMemory(key), value);
    }
    this.#bytes = null;
    this.#lines = null;
    this.#kept.clear();
    this.#made.clear();
    this.#madeLines.length = 0;
    for (const name of readdirSync(this.#root))
      if (join(this.#root, name) !== this.#file)
        rmSync(join(this.#root, name), { recursive: true, force: true });
  }

  #write(): void {
    mkdirSync(this.#root, { recursive: true });
    const tmp = `${this.#file}.tmp-${process.pid}`;
    const fd = openSync(tmp, 'w');
    try {
      let parts: Uint8Array[] = [];
      let size = 0;
      const add = (part: Uint8Array) => {
        parts.push(part);
        size += part.length;
        if (parts.length >= MAX_PARTS || size >= CHUNK_BYTES) flush();
      };
      const flush = () => {
        writevSync(fd, parts);
        parts = [];
        size = 0;
      };
      for (const [key, [start, end]] of this.#kept) {
        add(Buffer.from(`${key}\t`));
        add(this.#bytes!.subarray(start, end));
        add(LINE_END);
      }
      for (const [key, value] of this.#made)
        add(Buffer.from(`${key}\t${this.#codec.encode(value)}\n`));
      for (const line of this.#madeLines) add(line);
      flush();
    } finally {
      closeSync(fd);
    }
    renameSync(tmp, this.#file);
  }
}
