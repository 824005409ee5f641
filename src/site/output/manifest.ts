// The record of what a build wrote into its output folder: every file's path, size, hash and
// identity (inode and modification time). The next build deletes or replaces only files that
// are still exactly what this record says; anything else in the folder is the user's. A bare
// marker would not do: anyone can leave one (or copy a built site over their own files), and it
// says nothing about which files are ours.
import { createHash, hash } from 'node:crypto';
import {
  lstatSync,
  readFileSync,
  readSync,
  openSync,
  closeSync,
  writeFileSync,
  type BigIntStats,
} from 'node:fs';
import { join } from 'node:path';

/** The manifest's name in the output folder. */
export const MANIFEST_FILE = '.news-archive.json';
const TOOL = 'news-archive';
const VERSION = 2;

export interface FileRecord {
  size: number;
  sha256: string;
  /** Inode and modification time in nanoseconds, as decimal strings (they outgrow a double). */
  ino: string;
  mtimeNs: string;
}

/** Output-relative path (with `/`) → record. */
export type Manifest = Map<string, FileRecord>;

export function sha256(data: Uint8Array): string {
  return hash('sha256', data);
}

/** What a path that leaves its folder has: a leading or doubled or trailing `/`, a backslash or
 * NUL, or a `.` or `..` part. (One test: the manifest's 23,000 paths at 10,000 articles are
 * checked on every build, and splitting each took 60 ms.) */
const UNSAFE_PATH = /^\/|\/\/|\/$|\\|\0|(?:^|\/)\.\.?(?:\/|$)/;

/** A relative path that stays inside its folder: no `..`, no absolute path, no empty part. */
export function isSafeRelative(rel: string): boolean {
  return rel !== '' && !UNSAFE_PATH.test(rel);
}

/** The manifest in `dir`; empty when there is none or it is not one of ours. Never throws.
 * `memory` (a process that builds again and again): the manifest read last, taken again while
 * the file is still the one it was read from (device, inode, size, times): at 10,000 articles
 * reading it costs a rebuild 35 ms. */
export function readManifest(dir: string, memory: Map<string, unknown> | null = null): Manifest {
  const path = join(dir, MANIFEST_FILE);
  const st = memory && lstatOrNull(path);
  const identity = st && `${st.dev}:${st.ino}:${st.size}:${st.mtimeNs}:${st.ctimeNs}`;
  const kept = identity ? (memory!.get(`${MEMORY_KEY}${path}`) as KeptManifest | undefined) : null;
  if (kept && kept.identity === identity) return new Map(kept.manifest);
  const manifest = parseManifest(path);
  if (identity) memory!.set(`${MEMORY_KEY}${path}`, { identity, manifest: new Map(manifest) });
  return manifest;
}

/** Where readManifest's memory keeps a manifest (by its path), and what it keeps. */
const MEMORY_KEY = 'manifest\t';
interface KeptManifest {
  identity: string;
  manifest: Manifest;
}

function parseManifest(path: string): Manifest {
  let data: unknown;
  try {
    data = JSON.parse(readFileSync(path, 'utf8'));
  } catch {
    return new Map();
  }
  const m = data as { tool?: unknown; version?: unknown; files?: unknown };
  if (m?.tool !== TOOL || m.version !== VERSION || typeof m.files !== 'object' || m.files === null)
    return new Map();
  const out: Manifest = new Map();
  for (const [rel, r] of Object.entries(m.files as Record<string, unknown>)) {
    if (!isSafeRelative(rel) || !Array.isArray(r) || r.length !== 4) continue;
    const [size, sha, ino, mtimeNs] = r as unknown[];
    if (
      typeof size === 'number' &&
      typeof sha === 'string' &&
      typeof ino === 'string' &&
      typeof mtimeNs === 'string'
    )
      out.set(rel, { size, sha256: sha, ino, mtimeNs });
  }
  return out;
}

export function writeManifest(dir: string, manifest: Manifest): void {
  const files: Record<string, [number, string, string, string]> = {};
  for (const rel of [...manifest.keys()].sort()) {
    const r = manifest.get(rel)!;
    files[rel] = [r.size, r.sha256, r.ino, r.mtimeNs];
  }
  const text = JSON.stringify({
    tool: TOOL,
    version: VERSION,
    note: 'Files the last build wrote; the next build replaces only these.',
    files,
  });
  writeFileSync(join(dir, MANIFEST_FILE), `${text}\n`, { flag: 'wx' });
}

/** What stands at `path`, links not followed; null when nothing does. */
export function lstatOrNull(path: string): BigIntStats | null {
  try {
    return lstatSync(path, { bigint: true });
  } catch {
    return null;
  }
}

export function recordOf(st: BigIntStats, sha: string): FileRecord {
  return { size: Number(st.size), sha256: sha, ino: String(st.ino), mtimeNs: String(st.mtimeNs) };
}

/** Hashes a file as it is on disk; null when it cannot be read. */
export function fileSha(path: string): string | null {
  let fd: number | null = null;
  try {
    fd = openSync(path, 'r');
    const hash = createHash('sha256');
    const buf = Buffer.alloc(1 << 16);
    for (let n; (n = readSync(fd, buf)) > 0;) hash.update(buf.subarray(0, n));
    return hash.digest('hex');
  } catch {
    return null;
  } finally {
    if (fd !== null) closeSync(fd);
  }
}

/**
 * Whether the regular file at `path` (its lstat given) is still the one the manifest recorded:
 * the same inode and time, or else the same bytes (a copy or a touch changes the identity, not
 * the content). A file edited since is the user's.
 */
export function isRecorded(record: FileRecord | undefined, path: string, st: BigIntStats): boolean {
  if (!record || !st.isFile() || Number(st.size) !== record.size) return false;
  if (String(st.ino) === record.ino && String(st.mtimeNs) === record.mtimeNs) return true;
  return fileSha(path) === record.sha256;
}
