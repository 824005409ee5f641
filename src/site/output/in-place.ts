// Publishing a rebuild in place. When a rebuild changes a small share of the site, its changed
// files are renamed from the staging folder over the published ones and the files the new site
// no longer has are deleted, instead of swapping whole folders: a rebuild then costs what it
// changed. (A swap links every unchanged file into the staging folder, walks the published site
// for the user's files and empties the previous one: 0.8 s at 10,000 articles for three changed
// files.) The price: for the moment the renames take, a reader may see some pages new and some
// old, and a build killed then leaves that mix. So a journal beside the output names every path
// about to change before the first one does; the next build takes what stands at those paths
// as this tool's (`finishInterrupted`) and rebuilds them. Each rename is atomic, so no file is
// ever half written. As in a swap, nothing is written or deleted through a symbolic link, and
// no file the manifest does not record (the user's) is replaced or removed.
import {
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  rmdirSync,
  rmSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import {
  fileSha,
  isRecorded,
  lstatOrNull,
  isSafeRelative,
  MANIFEST_FILE,
  readManifest,
  recordOf,
  writeManifest,
  type Manifest,
} from './manifest.ts';

const JOURNAL_TOOL = 'news-archive';

/** What a publish in place did. */
export interface InPlaceReport {
  /** Files of the published site replaced, added and deleted. */
  replaced: number;
  added: number;
  removed: number;
  /** Paths of the user's in the way of the new site (nothing was changed), or none. */
  conflicts: string[];
  /** The user's entries at the top of the site, and files of ours the user edited that the new
   * site no longer has (they stay), as top-level names. */
  kept: string[];
}

/**
 * Publishes in place the site staged in `staging`: `written` records all its files, of which
 * those in `unchanged` are already published as they are (not in the staging folder).
 */
export function publishInPlace(
  out: string,
  staging: string,
  journal: string,
  prior: Manifest,
  written: Manifest,
  unchanged: ReadonlySet<string>,
  onMove?: (moved: number) => void,
): InPlaceReport {
  const folderOf = folderCheck(out);
  const changed = [...written.keys()].filter((rel) => !unchanged.has(rel));
  const deleted: string[] = [];
  const kept = new Set<string>();
  for (const rel of prior.keys()) {
    if (written.has(rel)) continue;
    const st = folderOf(dirname(rel)) === 'folder' ? lstatOrNull(join(out, rel)) : null;
    if (st && isRecorded(prior.get(rel), join(out, rel), st)) deleted.push(rel);
    else if (st) kept.add(topName(rel)); // edited since: the user's now, and it stays
  }
  // Checked before anything changes: a path the new site writes must be free or ours.
  const going = new Set(deleted);
  const conflicts: string[] = [];
  let replaced = 0;
  for (const rel of changed) {
    const blocked = blockedFolder(rel, folderOf, going);
    if (blocked !== null) {
      conflicts.push(blocked);
      continue;
    }
    const st = lstatOrNull(join(out, rel));
    if (st === null) continue;
    if (st.isFile() && isRecorded(prior.get(rel), join(out, rel), st)) replaced++;
    else conflicts.push(st.isDirectory() ? `${rel}/` : rel);
  }
  if (conflicts.length > 0)
    return { replaced: 0, added: 0, removed: 0, conflicts: [...new Set(conflicts)], kept: [] };

  writeJournal(journal, staging, [...changed, ...deleted]);
  for (const rel of deleted) unlinkSync(join(out, rel));
  removeEmptyFolders(out, deleted, new Set(foldersOf(written.keys())));
  for (const [i, rel] of changed.entries()) {
    mkdirSync(dirname(join(out, rel)), { recursive: true });
    renameSync(join(staging, rel), join(out, rel));
    onMove?.(i + 1);
  }
  writeManifest(staging, written);
  renameSync(join(staging, MANIFEST_FILE), join(out, MANIFEST_FILE));
  unlinkSync(journal);
  const ours = new Set([MANIFEST_FILE, ...[...written.keys()].map((r) => topName(r))]);
  for (const e of readdirSync(out, { withFileTypes: true }))
    if (!ours.has(e.isDirectory() ? `${e.name}/` : e.name))
      kept.add(e.isDirectory() ? `${e.name}/` : e.name);
  return {
    replaced,
    added: changed.length - replaced,
    removed: deleted.length,
    conflicts: [],
    kept: [...kept].sort(),
  };
}

/**
 * Takes over what a publish in place killed half-way left: whatever stands at the paths its
 * journal names is this tool's (it was the old file, the new one, or nothing), recorded as it
 * is in the manifest; the next build replaces what is not right. Then the journal goes.
 */
export function finishInterrupted(out: string, journal: string): void {
  let paths: string[] = [];
  try {
    const j = JSON.parse(readFileSync(journal, 'utf8')) as { tool?: unknown; paths?: unknown };
    if (j.tool === JOURNAL_TOOL && Array.isArray(j.paths))
      paths = j.paths.filter((p): p is string => typeof p === 'string' && isSafeRelative(p));
  } catch {
    /* written whole by a rename: unreadable only if it is not ours */
  }
  const folderOf = folderCheck(out);
  if (paths.length > 0 && folderOf('') === 'folder') {
    const manifest = readManifest(out);
    for (const rel of paths) {
      const path = join(out, rel);
      const st = folderOf(dirname(rel)) === 'folder' ? lstatOrNull(path) : null;
      const sha = st?.isFile() ? fileSha(path) : null;
      if (st && sha !== null) manifest.set(rel, recordOf(st, sha));
      else manifest.delete(rel);
    }
    // Replaced whole by a rename; the folder is beside the output, on its file system.
    const temp = `${journal}.manifest`;
    rmSync(temp, { recursive: true, force: true });
    mkdirSync(temp);
    writeManifest(temp, manifest);
    renameSync(join(temp, MANIFEST_FILE), join(out, MANIFEST_FILE));
    rmdirSync(temp);
  }
  unlinkSync(journal);
}

/** Written whole (a rename) before the first change, so it is there or not, never half. */
function writeJournal(journal: string, staging: string, paths: string[]): void {
  const temp = join(staging, '.journal');
  writeFileSync(temp, JSON.stringify({ tool: JOURNAL_TOOL, paths }), { flag: 'wx' });
  renameSync(temp, journal);
}

type FolderState = 'folder' | 'absent' | 'blocked';

/** What stands at a folder path of the site (`.` or `''` is its root), asked once each: a real
 * folder, nothing (it will be made), or something else (a file, a link) in the way. */
function folderCheck(out: string): (rel: string) => FolderState {
  const known = new Map<string, FolderState>();
  const state = (rel: string): FolderState => {
    if (rel === '.' || rel === '') return lstatOrNull(out)?.isDirectory() ? 'folder' : 'blocked';
    let s = known.get(rel);
    if (s !== undefined) return s;
    const parent = state(dirname(rel));
    if (parent !== 'folder') s = parent;
    else {
      const st = lstatOrNull(join(out, rel));
      s = st === null ? 'absent' : st.isDirectory() ? 'folder' : 'blocked';
    }
    known.set(rel, s);
    return s;
  };
  return state;
}

/** The first folder on the way to `rel` that something else stands at, unless it is one of
 * our files about to be deleted; null when the way is clear. */
function blockedFolder(
  rel: string,
  folderOf: (rel: string) => FolderState,
  going: ReadonlySet<string>,
): string | null {
  const parts = rel.split('/');
  for (let i = 1; i < parts.length; i++) {
    const folder = parts.slice(0, i).join('/');
    const s = folderOf(folder);
    if (s === 'absent') return null;
    if (s === 'blocked') return going.has(folder) ? null : folder;
  }
  return null;
}

/** Removes the folders the deleted files leave empty, deepest first, unless the new site has
 * files in them; a folder with anything else in it (the user's) stays. */
function removeEmptyFolders(out: string, deleted: string[], needed: ReadonlySet<string>): void {
  const folders = [...foldersOf(deleted)]
    .filter((f) => !needed.has(f))
    .sort((a, b) => b.length - a.length);
  for (const f of folders)
    try {
      rmdirSync(join(out, f));
    } catch {
      /* not empty: something of the user's is in it */
    }
}

/** Every folder the files at `paths` stand in (`a/b/c.html` → `a`, `a/b`). */
export function foldersOf(paths: Iterable<string>): Set<string> {
  const folders = new Set<string>();
  for (const rel of paths)
    for (let i = rel.indexOf('/'); i >= 0; i = rel.indexOf('/', i + 1))
      folders.add(rel.slice(0, i));
  return folders;
}

/** `CNAME`, `.git/`, `2020/notes.txt`'s top folder `2020/`… as a reader would list them. */
export function topName(rel: string, isFolder = false): string {
  const i = rel.indexOf('/');
  return i < 0 ? rel + (isFolder ? '/' : '') : `${rel.slice(0, i)}/`;
}
