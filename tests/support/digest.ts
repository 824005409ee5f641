// Digests of folders for tests: a built site's pages (the manifest aside: it records inodes and
// times, which differ between two builds of the same site), or a whole tree exactly as it is on
// disk, links as links, for "nothing changed" checks.
import { createHash } from 'node:crypto';
import { lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { MANIFEST_FILE } from '../../src/site/output/manifest.ts';

/** Every entry under `dir` (relative paths), links not followed, sorted. */
export function treeEntries(dir: string): string[] {
  const out: string[] = [];
  const walk = (rel: string) => {
    for (const name of readdirSync(rel ? join(dir, rel) : dir).sort()) {
      const r = rel ? `${rel}/${name}` : name;
      out.push(r);
      if (lstatSync(join(dir, r)).isDirectory()) walk(r);
    }
  };
  walk('');
  return out;
}

export function treeDigest(dir: string, skip: (rel: string) => boolean = () => false): string {
  const h = createHash('sha256');
  for (const rel of treeEntries(dir)) {
    if (skip(rel)) continue;
    const path = join(dir, rel);
    const st = lstatSync(path);
    h.update(`\0${rel}\0`);
    if (st.isSymbolicLink()) h.update(`link ${readlinkSync(path)}`);
    else if (st.isFile()) h.update(readFileSync(path));
    else h.update(st.isDirectory() ? 'dir' : 'other');
  }
  return h.digest('hex');
}

/** The site's files and bytes, without the build's manifest. */
export function siteDigest(dir: string): string {
  return treeDigest(dir, (rel) => rel === MANIFEST_FILE);
}

/** What stands beside an output folder but the folder and what builds keep beside it (the
 * spare folders they reuse, the build cache, the report file): a staging folder or a previous
 * site left there would show. */
export function besideOutput(out: string): string[] {
  const name = basename(out);
  const kept = [name, `.${name}.spare`, `.${name}.cache`, `.${name}.report.txt`];
  return readdirSync(dirname(out))
    .filter((n) => !kept.includes(n))
    .sort();
}
