// What a cached result was made by: a digest of the code that makes it (the files of some
// folders of this package) and of the installed versions of the package's dependencies. Any
// change of them makes every result of that kind stale, as a clean build would see it.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../../..', import.meta.url));

/** The code that makes parse records: the parser, the record types and how they are kept. */
export const PARSER_CODE = ['src/parse', 'src/model', 'src/site/cache/record-codec.ts'];
/** The code that makes pages: all of it (templates, views, the site's data, the parser). */
export const SITE_CODE = ['src', 'templates', '.eleventy.ts', 'package.json'];

function files(path: string): string[] {
  if (!statSync(path).isDirectory()) return [path];
  return readdirSync(path, { recursive: true, encoding: 'utf8' })
    .map((f) => join(path, f))
    .filter((f) => statSync(f).isFile())
    .sort();
}

/** The installed version of `name`, found where Node would find it from this package. */
function installedVersion(name: string): string {
  for (let dir = ROOT; ; dir = dirname(dir)) {
    const manifest = join(dir, 'node_modules', name, 'package.json');
    if (existsSync(manifest))
      return (JSON.parse(readFileSync(manifest, 'utf8')) as { version: string }).version;
    if (dirname(dir) === dir) return 'missing';
  }
}

/** A digest of the files under `paths` (relative to the package) and the dependencies. */
export function codeVersion(paths: readonly string[]): string {
  const hash = createHash('sha256');
  for (const p of paths)
    for (const f of files(join(ROOT, p)))
      hash.update(`${f.slice(ROOT.length)}\0`).update(readFileSync(f));
  const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as {
    dependencies: Record<string, string>;
  };
  for (const name of Object.keys(pkg.dependencies).sort())
    hash.update(`${name}@${installedVersion(name)}\0`);
  hash.update(process.version);
  return hash.digest('hex').slice(0, 32);
}
