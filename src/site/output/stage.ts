// The staging folder a build writes its site into, beside the output folder (same file system,
// so publishing is a rename). A file whose bytes are the same as the published one's, and which
// is still as the last build left it, is not written: it is recorded as unchanged, and stays
// where it is (publishing in place) or is hard-linked into the staging folder (publishing by a
// swap, `linkUnchanged`). A rebuild of an archive that changed little writes only what changed.
// Files are created exclusively (`wx`), so two pages aimed at one path fail loudly instead of
// overwriting each other. A Stage can be rebuilt from its options in a worker thread or a child
// process: each writes its own files.
import { linkSync, lstatSync, mkdirSync, rmdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import {
  isRecorded,
  lstatOrNull,
  isSafeRelative,
  recordOf,
  sha256,
  type FileRecord,
  type Manifest,
} from './manifest.ts';

export interface StageOptions {
  /** The staging folder (it exists and is empty but for what stages wrote). */
  dir: string;
  /** The published site to link unchanged files from, or null on a first build. */
  live: string | null;
  /** The published site's manifest, as entries (structured-clone friendly). */
  prior: [string, FileRecord][];
}

export class Stage {
  readonly #dir: string;
  readonly #live: string | null;
  readonly #prior: Manifest;
  readonly #written: Manifest = new Map();
  readonly #folders = new Set<string>();
  readonly #unchanged: string[] = [];
  /** Milliseconds spent writing and checking. */
  ms = 0;

  constructor({ dir, live, prior }: StageOptions) {
    this.#dir = dir;
    this.#live = live;
    this.#prior = new Map(prior);
  }

  /** Writes `data` at `rel` (a path with `/`, relative to the site's root). */
  write(rel: string, data: string | Uint8Array): void {
    const t = performance.now();
    if (!isSafeRelative(rel))
      throw new Error(`internal error: site file path ${JSON.stringify(rel)} leaves the site`);
    const bytes = typeof data === 'string' ? Buffer.from(data) : data;
    const sha = sha256(bytes);
    if (this.#same(rel, sha, bytes.length)) {
      this.ms += performance.now() - t;
      return;
    }
    const to = this.#target(rel);
    create(to, () => writeFileSync(to, bytes, { flag: 'wx' }));
    this.#written.set(rel, recordOf(lstatSync(to, { bigint: true }), sha));
    this.ms += performance.now() - t;
  }

  /**
   * Keeps the published file at `rel` unrendered, when it is the one with these bytes (`sha`,
   * from the build cache) and still as the last build left it; false when it cannot be kept,
   * and the page must be rendered.
   */
  keep(rel: string, sha: string): boolean {
    const t = performance.now();
    const kept = isSafeRelative(rel) && this.#same(rel, sha);
    this.ms += performance.now() - t;
    return kept;
  }

  /** The staged path of `rel`, its folder made; a second file at one path is our bug. */
  #target(rel: string): string {
    const to = join(this.#dir, rel);
    const folder = dirname(to);
    if (!this.#folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.#folders.add(folder);
    }
    if (this.#written.has(rel))
      throw new Error(`internal error: two files of the site are written to ${rel}`);
    return to;
  }

  /** Records the published `rel` as unchanged when the manifest has it with these bytes (and
   * this size, when known) and it is still as the last build left it. */
  #same(rel: string, sha: string, size?: number): boolean {
    const prior = this.#prior.get(rel);
    if (!this.#live || prior?.sha256 !== sha || (size !== undefined && prior.size !== size))
      return false;
    const from = join(this.#live, rel);
    const st = lstatOrNull(from);
    if (!st || !isRecorded(prior, from, st)) return false;
    if (this.#written.has(rel))
      throw new Error(`internal error: two files of the site are written to ${rel}`);
    this.#written.set(rel, recordOf(st, sha));
    this.#unchanged.push(rel);
    return true;
  }

  /** Every file of the site this stage made or kept, as manifest entries. */
  entries(): [string, FileRecord][] {
    return [...this.#written];
  }

  /** Those of them that are the published files, unchanged (not in the staging folder). */
  unchanged(): string[] {
    return [...this.#unchanged];
  }
}

/**
 * Hard-links the unchanged files at `rels` from the published site `live` into the staging
 * folder `dir`, for a publish that swaps the folders.
 */
export function linkUnchanged(dir: string, live: string, rels: Iterable<string>): void {
  const folders = new Set<string>();
  for (const rel of rels) {
    const to = join(dir, rel);
    const folder = dirname(to);
    if (!folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      folders.add(folder);
    }
    create(to, () => linkSync(join(live, rel), to));
  }
}

/** Creates a file with `make`; an empty folder of the reused staging folder standing at its
 * path (the last site had a folder there) is removed first. */
function create(path: string, make: () => void): void {
  try {
    make();
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST' || !lstatOrNull(path)?.isDirectory())
      throw e;
    rmdirSync(path); // fails, as it should, when the folder holds a file of this build
    make();
  }
}
