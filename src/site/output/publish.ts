// Publishing a staged site. A rebuild that changed a small share of the site is published in
// place (in-place.ts). Otherwise the site is published atomically: the new site is complete in
// its staging folder (its unchanged files hard-linked from the published one) before the
// published one is touched; then the user's own files are hard-linked into it (a `CNAME`,
// `.nojekyll`, a `.git` folder: anything the manifest does not record as ours), and two renames
// swap the folders. A build killed at any moment leaves the previous site as it was or the new
// one complete, never a mix: between the two renames (microseconds) the old site waits under a
// hidden name beside the output, and the next build puts it back (`recover`). The previous
// folder is then emptied of the files the manifest recorded; anything else found there (a file
// the user put in while the build ran) is moved into the new site or kept, never deleted. Its
// emptied folders stay beside the output (`.NAME.spare`): the next build stages into them.
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
  lstatOrNull,
  MANIFEST_FILE,
  readManifest,
  writeManifest,
  type Manifest,
} from './manifest.ts';
import { finishInterrupted, foldersOf, publishInPlace, topName } from './in-place.ts';
import { linkUnchanged } from './stage.ts';

/** Marks a staging folder as this tool's, so an interrupted build's leftovers can be removed. */
const STAGING_MARK = '.news-archive-staging';
/** What builds of earlier versions left in their output instead of a manifest. */
const OLD_MARKER = '.news-archive';
/** Marks the spare folder: the previous site's folders, emptied, kept for the next build. */
const SPARE_MARK = '.news-archive-spare';

/**
 * A rebuild whose changes (files written anew, added or deleted) are at most this share of the
 * site's files is published in place. More is a new site (a template or configuration change)
 * that readers should get whole, and there moving the files costs about what a swap does.
 */
const IN_PLACE_MAX_SHARE = 0.1;

/** A path the new site needs holds something of the user's: the build stops, nothing changed. */
export class OutputConflictError extends Error {}

export interface Siblings {
  staging: (id: string) => string;
  /** The published site, between the two renames and while it is emptied. */
  previous: string;
  /** Its folders once emptied: the next build stages into them. */
  spare: string;
  /** The build cache (src/site/cache/): parse records and page keys, never published. */
  cache: string;
  /** The paths a publish in place is changing, while it does (in-place.ts). */
  journal: string;
  /** Is `name` (an entry of the parent folder) a staging folder of this output? */
  isStaging: (name: string) => boolean;
}

/** The hidden folders beside `out` that a build uses. */
export function siblings(out: string): Siblings {
  const base = basename(out);
  const parent = dirname(out);
  const prefix = `.${base}.staging-`;
  return {
    staging: (id) => join(parent, `${prefix}${id}`),
    previous: join(parent, `.${base}.previous`),
    spare: join(parent, `.${base}.spare`),
    cache: join(parent, `.${base}.cache`),
    journal: join(parent, `.${base}.journal`),
    isStaging: (name) => name.startsWith(prefix),
  };
}

/** Finishes or undoes what an interrupted build left beside `out`. */
export function recover(out: string): void {
  const { previous, isStaging, journal } = siblings(out);
  const parent = dirname(out);
  if (lexists(journal)) finishInterrupted(out, journal);
  if (existsSync(previous)) {
    // Killed between the two renames: the old site goes back. Killed later: finish emptying it.
    if (!lexists(out)) renameSync(previous, out);
    else retire(previous, out);
  }
  if (!existsSync(parent)) return;
  for (const name of readdirSync(parent)) {
    const dir = join(parent, name);
    if (!isStaging(name) || !lstatSync(dir).isDirectory()) continue;
    if (existsSync(join(dir, STAGING_MARK))) rmSync(dir, { recursive: true, force: true });
    else if (readdirSync(dir).length === 0) rmdirSync(dir); // killed before it was marked
  }
}

/**
 * A staging folder beside `out`, with the published folder's permissions: the spare folders of
 * the last build when there are (creating and removing a folder per article cost a rebuild of
 * 10,000 articles about a second), else a new one.
 */
export function createStaging(out: string): string {
  mkdirSync(dirname(out), { recursive: true });
  const { staging, spare } = siblings(out);
  const dir = staging(randomBytes(6).toString('hex'));
  // Marked before it is renamed, so a build killed at any point leaves a folder known as ours.
  if (existsSync(join(spare, SPARE_MARK))) {
    writeFileSync(join(spare, STAGING_MARK), `${process.pid}\n`);
    renameSync(spare, dir);
    unlinkSync(join(dir, SPARE_MARK));
  } else {
    mkdirSync(dir);
    writeFileSync(join(dir, STAGING_MARK), `${process.pid}\n`);
  }
  if (lexists(out)) chmodSync(dir, statSync(out).mode & 0o7777);
  return dir;
}

export function removeStaging(dir: string): void {
  if (existsSync(join(dir, STAGING_MARK))) rmSync(dir, { recursive: true, force: true });
}

export interface PublishReport {
  /** In place (a few files renamed over the published ones) or by a swap of folders. */
  how: 'in place' | 'swap';
  /** The user's entries kept in the site, as top-level names (`CNAME`, `.git/`); in place, those
   * at the top of the site only (nothing below is looked at, nor touched, but what changed). */
  kept: string[];
  /** How many files of the previous site were removed. */
  removed: number;
  /** The user's files found in the previous site (put there while the build ran) that the new
   * site has something else at the path of: where they were kept. */
  leftBehind: string[];
}

/**
 * Publishes the site staged in `staging` at `out`: `written` records all its files, of which
 * those in `unchanged` are the published ones, unchanged (not in the staging folder). The user's
 * entries of the published site (whose own files `prior` records) stay.
 */
export function publish(
  out: string,
  staging: string,
  prior: Manifest,
  written: Manifest,
  unchanged: ReadonlySet<string>,
  onMove?: (moved: number) => void,
): PublishReport {
  const live = lexists(out);
  let deleted = 0;
  for (const rel of prior.keys()) if (!written.has(rel)) deleted++;
  const changes = written.size - unchanged.size + deleted;
  if (live && changes <= IN_PLACE_MAX_SHARE * Math.max(written.size, prior.size)) {
    const { journal } = siblings(out);
    const r = publishInPlace(out, staging, journal, prior, written, unchanged, onMove);
    if (r.conflicts.length > 0) throw conflictError(out, r.conflicts);
    toSpare(out, staging);
    return { how: 'in place', kept: r.kept, removed: r.removed, leftBehind: [] };
  }
  if (live) linkUnchanged(staging, out, unchanged);
  const folders = foldersOf(written.keys());
  pruneFolders(staging, folders);
  const kept = live ? carryUserEntries(out, staging, prior, written, folders) : [];
  writeManifest(staging, written);
  let removed = 0;
  let leftBehind: string[] = [];
  if (live) {
    const { previous } = siblings(out);
    renameSync(out, previous);
    try {
      renameSync(staging, out);
    } catch (e) {
      renameSync(previous, out); // the old site goes back at once
      throw e;
    }
    // The mark stays until the rename, so leftovers of a build killed before it are known.
    unlinkSync(join(out, STAGING_MARK));
    ({ removed, leftBehind } = retire(previous, out));
  } else {
    renameSync(staging, out);
    unlinkSync(join(out, STAGING_MARK));
  }
  return { how: 'swap', kept, removed, leftBehind };
}

/** Keeps the staging folder, emptied by a publish in place, as the spare for the next build.
 * Marked as spare before the rename, so a build killed at any point leaves a folder known as
 * ours (a staging folder that `recover` removes, or a spare). */
function toSpare(out: string, staging: string): void {
  const { spare } = siblings(out);
  if (lexists(spare)) {
    rmSync(staging, { recursive: true, force: true });
    return;
  }
  writeFileSync(join(staging, SPARE_MARK), '');
  renameSync(staging, spare);
  unlinkSync(join(spare, STAGING_MARK));
}

/** Removes the empty folders of a reused staging folder that the new site does not need. */
function pruneFolders(staging: string, needed: ReadonlySet<string>): void {
  const prune = (rel: string): boolean => {
    let left = 0;
    for (const e of readdirSync(rel === '' ? staging : join(staging, rel), {
      withFileTypes: true,
    })) {
      const r = rel === '' ? e.name : `${rel}/${e.name}`;
      if (e.isDirectory() && !prune(r) && !needed.has(r)) rmdirSync(join(staging, r));
      else left++;
    }
    return left > 0;
  };
  prune('');
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
  newFolders: ReadonlySet<string>,
): string[] {
  const kept = new Set<string>();
  const conflicts: string[] = [];
  /** Walks a folder of the published site; returns whether it had any entry. */
  const walk = (rel: string): boolean => {
    const entries = readdirSync(rel === '' ? out : join(out, rel), { withFileTypes: true });
    for (const e of entries) {
      const r = rel === '' ? e.name : `${rel}/${e.name}`;
      if (r === MANIFEST_FILE || r === STAGING_MARK) continue;
      const from = join(out, r);
      if (e.isDirectory()) {
        // Ours or the user's: look inside. A folder where the new site writes a file is in the
        // way; an empty one is the user's (builds make none).
        if (written.has(r)) conflicts.push(`${r}/`);
        else if (!walk(r)) {
          if (!newFolders.has(r)) mkdirSync(join(staging, r), { recursive: true });
          kept.add(topName(r, true));
        }
        continue;
      }
      const st = lstatSync(from, { bigint: true });
      if (st.isFile() && isRecorded(prior.get(r), from, st)) continue; // ours: the build decides
      if (written.has(r) || newFolders.has(r)) {
        conflicts.push(r);
        continue;
      }
      mkdirSync(dirname(join(staging, r)), { recursive: true });
      if (st.isSymbolicLink()) symlinkSync(readlinkSync(from), join(staging, r));
      else linkSync(from, join(staging, r));
      kept.add(topName(r, false));
    }
    return entries.length > 0;
  };
  walk('');
  if (conflicts.length > 0) throw conflictError(out, conflicts);
  return [...kept].sort();
}

function conflictError(out: string, conflicts: string[]): OutputConflictError {
  const n = conflicts.length;
  const shown = conflicts.slice(0, 10).join(', ') + (n > 10 ? `, … (${n} in all)` : '');
  // Builds before the manifest left only a marker: their files are not known to be ours.
  const old = existsSync(join(out, OLD_MARKER))
    ? ` The folder holds ${OLD_MARKER}, left by a build of an earlier version that kept no ` +
      'record of its files: if nothing in it is yours, delete the folder and build again.'
    : '';
  return new OutputConflictError(
    `the site needs ${n === 1 ? 'a path' : `${n} paths`} in ${out} that ` +
      `${n === 1 ? 'holds' : 'hold'} something this tool did not write: ${shown}. ` +
      `Move or delete ${n === 1 ? 'it' : 'them'}; nothing was changed.${old}`,
  );
}

/**
 * Empties the previous site's folder once the new one is published: files its manifest records
 * go, and so do entries that are in the new site at the same path as the same inode (carried
 * over); anything else (a file the user put in while the build ran) is moved into the new site
 * if its path is free there, or left. The emptied folders are kept as the spare folder for the
 * next build; a folder with something left in it stays as it is, for the user to look at.
 */
function retire(previous: string, out: string): { removed: number; leftBehind: string[] } {
  const prior = readManifest(previous);
  let removed = 0;
  const leftBehind: string[] = [];
  const sweep = (rel: string) => {
    const folder = rel === '' ? previous : join(previous, rel);
    for (const e of readdirSync(folder, { withFileTypes: true })) {
      const r = rel === '' ? e.name : `${rel}/${e.name}`;
      const path = join(previous, r);
      // The manifest goes last: without it the files it records would look like the user's.
      if (r === MANIFEST_FILE || r === SPARE_MARK) continue;
      if (r === STAGING_MARK) {
        unlinkSync(path); // a build killed right after publishing left it
        continue;
      }
      if (e.isDirectory()) {
        sweep(r);
        continue;
      }
      const st = lstatSync(path, { bigint: true });
      if (isRecorded(prior.get(r), path, st)) {
        unlinkSync(path);
        removed++;
        continue;
      }
      const twin = lstatOrNull(join(out, r));
      if (twin && twin.ino === st.ino && twin.dev === st.dev) unlinkSync(path);
      else if (!twin && realFolderIn(out, dirname(r))) renameSync(path, join(out, r));
      else leftBehind.push(r);
    }
  };
  sweep('');
  rmSync(join(previous, MANIFEST_FILE), { force: true });
  if (leftBehind.length > 0) {
    // The user's files that had nowhere to go stay, in a folder of their own that no build
    // touches again (the next build needs the previous folder's name).
    const kept = `${previous}-kept-${new Date().toISOString().replace(/[:.]/g, '-')}`;
    renameSync(previous, kept);
    return { removed, leftBehind: leftBehind.map((r) => join(kept, r)) };
  }
  writeFileSync(join(previous, SPARE_MARK), '');
  const { spare } = siblings(out);
  if (existsSync(join(spare, SPARE_MARK))) rmSync(spare, { recursive: true, force: true });
  if (!lexists(spare)) renameSync(previous, spare);
  else rmSync(previous, { recursive: true, force: true }); // only emptied folders are left in it
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

function lexists(path: string): boolean {
  return lstatOrNull(path) !== null;
}
