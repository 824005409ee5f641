// A settings file beside a user's texts: `news-archive.config.json` (or `.ts`, `.js`, `.mjs`,
// whose default export is the object) in the input folder, else in the folder the command was
// run from, else none. Its fields override the package's defaults (site.config.ts); the
// command line overrides both. Relative `input` and `output` in it are read from its folder.
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ConfigError, type SiteConfig } from './config.ts';

export const CONFIG_FILE_NAMES = [
  'news-archive.config.json',
  'news-archive.config.ts',
  'news-archive.config.js',
  'news-archive.config.mjs',
];

/** The first settings file in `folders`, or null. */
export function findConfigFile(folders: readonly string[]): string | null {
  for (const folder of folders)
    for (const name of CONFIG_FILE_NAMES) {
      const path = join(folder, name);
      if (existsSync(path)) return path;
    }
  return null;
}

/** The defaults with the file's settings; an unknown key or a wrong type is refused. */
export async function withConfigFile(defaults: SiteConfig, path: string): Promise<SiteConfig> {
  let data: unknown;
  try {
    data = path.endsWith('.json')
      ? JSON.parse(readFileSync(path, 'utf8'))
      : ((await import(pathToFileURL(path).href)) as { default: unknown }).default;
  } catch (e) {
    throw new ConfigError(`cannot read ${path}: ${(e as Error).message}`);
  }
  if (typeof data !== 'object' || data === null || Array.isArray(data))
    throw new ConfigError(`${path} must hold an object of settings`);
  const out: Record<string, unknown> = { ...defaults };
  for (const [key, value] of Object.entries(data)) {
    if (!(key in defaults))
      throw new ConfigError(
        `${path}: unknown setting "${key}" (known: ${Object.keys(defaults).join(', ')})`,
      );
    const want = Array.isArray(defaults[key as keyof SiteConfig])
      ? 'array'
      : typeof defaults[key as keyof SiteConfig];
    if ((Array.isArray(value) ? 'array' : typeof value) !== want)
      throw new ConfigError(`${path}: "${key}" must be a ${want}`);
    out[key] =
      key === 'input' || key === 'output' ? resolve(dirname(path), value as string) : value;
  }
  return out as unknown as SiteConfig;
}
