// Publishing a staged site atomically. The new site is complete in its staging folder before
// the published one is touched; then the user's own files are hard-linked into it (a `CNAME`,
// `.nojekyll`, a `.git` folder: anything the manifest does not record as ours), and two renames
// swap the folders. A build killed at any moment leaves the previous site as it was or the new
// one complete, never a mix: between the two renames (microseconds) the old site waits under a
// hidden name beside the output, and the next build puts it back (`recover`). The previous
// folder is then emptied of the files the manifest recorded; anything else found there (a file
// the user put in while the build ran) is moved into the new site or kept, never deleted.
// Symbolic links are never followed: a link is carried over as a link, and removing one removes
// the link only.
import { randomBytes } from 'node:crypto';
import {
  existsSync,
  linkSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readlinkSync,
  renameSync,
  rmdirSync,
  rmSync,
  statSync,
  symlinkSync,
  unlinkSync,
  writeFileSync,
  chmodSync,
} from 'node:fs';
import { basename, dirname, join } from 'node:path';
import {
  isRecorded,
  MANIFEST_FILE,
  readManifest,
  writeManifest,
  type Manifest,
} from './manifest.ts';

/** Marks a staging folder as this tool's, so an interrupted build's leftovers can be removed. */
const STAGING_MARK = '.news-archive-staging';

/** A path the new site needs holds something of the user's: the build stops, nothing changed. */
export class OutputConflictError extends Error {}

export interface Sibling {
  staging: (id: string) => string;
  previous: string;
  /** Is `name` (an entry of the parent folder) a staging folder of this output? */
  isStaging: (name: string) => boolean;
}

/** The hidden folders beside `out` that a build uses. */
export function siblings(out: string): Sibling {
  const base = basename(out);
  const parent = dirname(out);
  const prefix = `.${base}.staging-`;
  return {
    staging: (id) => join(parent, `${prefix}${id}`),
    previous: join(parent, `.${base}.previous`),
    isStaging: (name) => name.startsWith(prefix),
  };
}

/** Finishes or undoes what an interrupted build left beside `out`. */
export function recover(out: string): void {
  const { previous, isStaging } = siblings(out);
  const parent = dirname(out);
  if (existsSync(previous)) {
    // Killed between the two renames: the old site goes back. Killed later: sweep it.
    if (!lexists(out)) renameSync(previous, out);
    else sweepPrevious(previous, out);
  }
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent))
    if (isStaging(name) && existsSync(join(parent, name, STAGING_MARK)))
      rmSync(join(parent, name), { recursive: true, force: true });
}

/** A new, empty staging folder beside `out`, with the published folder's permissions. */
export function createStaging(out: string): string {
  mkdirSync(dirname(out), { recursive: true });
  const dir = siblings(out).staging(randomBytes(6).toString('hex'));
  mkdirSync(dir);
  writeFileSync(join(dir, STAGING_MARK), `${process.pid}\n`);
  if (lexists(out)) chmodSync(dir, statSync(out).mode & 0o7777);
  return dir;
}

export function removeStaging(dir: string): void {
  if (existsSync(join(dir, STAGING_MARK))) rmSync(dir, { recursive: true, force: true });
}

export interface PublishReport {
  /** The user's entries kept in the site, as top-level names (`CNAME`, `.git/`). */
  kept: string[];
  /** How many files of the previous site were removed. */
  removed: number;
  /** Entries left in the previous folder because the new site has something at their path. */
  leftBehind: string[];
}

/**
 * Publishes the site staged in `staging` (which `written` records) at `out`, carrying over the
 * user's entries of the published site (whose own files `prior` records).
 */
export function publish(
  out: string,
  staging: string,
  prior: Manifest,
  written: Manifest,
): PublishReport {
  const live = lexists(out);
  const kept = live ? carryUserEntries(out, staging, prior, written) : [];
  writeManifest(staging, written);
  let removed = 0;
  let leftBehind: string[] = [];
  if (live) {
    const { previous } = siblings(out);
    renameSync(out, previous);
    renameSync(staging, out);
    // The mark stays until the rename, so leftovers of a build killed before it are known.
    unlinkSync(join(out, STAGING_MARK));
    ({ removed, leftBehind } = sweepPrevious(previous, out));
  } else {
    renameSync(staging, out);
    unlinkSync(join(out, STAGING_MARK));
  }
  return { kept, removed, leftBehind };
}

/**
 * Hard-links every entry of the published site that is not a file the manifest records (the
 * user's) into the staging folder at the same path. Throws OutputConflictError, before anything
 * is published, when one stands where the new site has a file or needs a folder.
 */
function carryUserEntries(
  out: string,
  staging: string,
  prior: Manifest,
  written: Manifest,
): string[] {
  const kept = new Set<string>();
  const conflicts: string[] = [];
  const newFolders = new Set<string>();
  for (const rel of written.keys()) {
    const parts = rel.split('/');
    for (let i = 1; i < parts.length; i++) newFolders.add(parts.slice(0, i).join('/'));
  }
  const walk = (rel: string) => {
    for (const name of readdirSync(rel === '' ? out : join(out, rel))) {
      const r = rel === '' ? name : `${rel}/${name}`;
      if (r === MANIFEST_FILE || r === STAGING_MARK) continue;
      const from = join(out, r);
      const st = lstatSync(from, { bigint: true });
      if (st.isDirectory()) {
        // Ours, or the user's folder: look inside. An empty folder is the user's (builds make
        // none), and so is one where the new site writes a file.
        if (written.has(r)) conflicts.push(`${r}/`);
        else if (readdirSync(from).length === 0) {
          if (!newFolders.has(r)) mkdirSync(join(staging, r), { recursive: true });
          kept.add(topName(r, true));
        } else walk(r);
        continue;
      }
      if (st.isFile() && isRecorded(prior.get(r), from, st)) continue; // ours: the new build decides
      if (written.has(r) || newFolders.has(r)) {
        conflicts.push(r);
        continue;
      }
      mkdirSync(dirname(join(staging, r)), { recursive: true });
      if (st.isSymbolicLink()) symlinkSync(readlinkSync(from), join(staging, r));
      else linkSync(from, join(staging, r));
      kept.add(topName(r, false));
    }
  };
  walk('');
  if (conflicts.length > 0) {
    const shown =
      conflicts.slice(0, 10).join(', ') +
      (conflicts.length > 10 ? `, … (${conflicts.length} in all)` : '');
    throw new OutputConflictError(
      `the site needs ${conflicts.length === 1 ? 'a path' : `${conflicts.length} paths`} in ${out} that ` +
        `${conflicts.length === 1 ? 'holds' : 'hold'} something this tool did not write: ${shown}. ` +
        'Move or delete ' +
        (conflicts.length === 1 ? 'it' : 'them') +
        '; nothing was changed.',
    );
  }
  return [...kept].sort();
}

/** `CNAME`, `.git/`, `2020/notes.txt`'s top folder `2020/`… as a reader would list them. */
function topName(rel: string, isFolder: boolean): string {
  const i = rel.indexOf('/');
  return i < 0 ? rel + (isFolder ? '/' : '') : `${rel.slice(0, i)}/`;
}

/**
 * Empties the previous site's folder: files its manifest records go, and so do entries that
 * are in the new site at the same path as the same inode (carried over); anything else is moved
 * into the new site if its path is free there, or left. The folder goes when it is empty.
 */
function sweepPrevious(previous: string, out: string): { removed: number; leftBehind: string[] } {
  const prior = readManifest(previous);
  let removed = 0;
  const leftBehind: string[] = [];
  const sweep = (rel: string): boolean => {
    let left = 0;
    const folder = rel === '' ? previous : join(previous, rel);
    for (const name of readdirSync(folder)) {
      const r = rel === '' ? name : `${rel}/${name}`;
      if (r === MANIFEST_FILE) {
        left++; // last: without it the files it records would look like the user's
        continue;
      }
      if (r === STAGING_MARK) {
        unlinkSync(join(previous, r)); // a build killed right after publishing left it
        continue;
      }
      const path = join(previous, r);
      const st = lstatSync(path, { bigint: true });
      if (st.isDirectory()) {
        if (sweep(r)) rmdirSync(path);
        else left++;
        continue;
      }
      const twin = lstatOrNull(join(out, r));
      if (isRecorded(prior.get(r), path, st)) {
        unlinkSync(path);
        removed++;
      } else if (twin && twin.ino === st.ino && twin.dev === st.dev) unlinkSync(path);
      else if (!twin && realFolderIn(out, dirname(r))) renameSync(path, join(out, r));
      else {
        leftBehind.push(r);
        left++;
      }
    }
    return left === 0;
  };
  sweep('');
  if (leftBehind.length === 0) {
    rmSync(join(previous, MANIFEST_FILE), { force: true });
    rmdirSync(previous);
  }
  return { removed, leftBehind };
}

/** Makes `rel` (`.` for the root) a folder of real folders under `root`; false where a file or
 * a symbolic link stands in the way (a file is never moved through a link). */
function realFolderIn(root: string, rel: string): boolean {
  let at = root;
  for (const part of rel === '.' ? [] : rel.split('/')) {
    at = join(at, part);
    const st = lstatOrNull(at);
    if (st === null) mkdirSync(at);
    else if (!st.isDirectory()) return false;
  }
  return true;
}

function lstatOrNull(path: string) {
  try {
    return lstatSync(path, { bigint: true });
  } catch {
    return null;
  }
}

function lexists(path: string): boolean {
  return lstatOrNull(path) !== null;
}
