// The site's configuration: one typed object, defaults in `site.config.ts` at the top level,
// each field overridable from the command line (`--base-url URL`, `--path-prefix /archive/`, …).

export interface SiteConfig {
  /** Shown in the header, feeds and <title>. */
  title: string;
  description: string;
  /** Absolute origin the site is served from, for canonical URLs, feeds and the sitemap. */
  baseUrl: string;
  /** Sub-path the site lives under, `/` at the root; always starts and ends with `/`. */
  pathPrefix: string;
  /** BCP 47 language of the archive's text, for `<html lang>` and feeds. */
  language: string;
  /** IANA zone the printed times are read in (sources rarely print one); used for feeds and JSON-LD. */
  timeZone: string;
  /** Folder of scraped text files. */
  input: string;
  /** Globs (relative to the input folder) of the files that are article texts. */
  include: string[];
  /** Folder the site is written to. */
  output: string;
  /** Articles per archive page. */
  pageSize: number;
  /** Articles on the home page and in the feeds. */
  latest: number;
  /** Link to `…/index.html` instead of `…/` so the site can be browsed straight from disk. */
  indexLinks: boolean;
}

export class ConfigError extends Error {}

const FLAGS: Record<string, keyof SiteConfig> = {
  '--title': 'title',
  '--description': 'description',
  '--base-url': 'baseUrl',
  '--path-prefix': 'pathPrefix',
  '--language': 'language',
  '--time-zone': 'timeZone',
  '--input': 'input',
  '--output': 'output',
  '--page-size': 'pageSize',
  '--latest': 'latest',
};

/** Applies command-line overrides (`--flag value` or `--flag=value`) to the defaults. */
export function configFromArgs(defaults: SiteConfig, argv: readonly string[]): SiteConfig {
  const raw: Record<string, string | number | boolean | string[]> = { ...defaults };
  for (let i = 0; i < argv.length; i++) {
    const [flag, inline] = argv[i]!.split(/=(.*)/s, 2) as [string, string | undefined];
    if (flag === '--index-links') {
      raw.indexLinks = true;
      continue;
    }
    if (flag === '--include') {
      const glob = inline ?? argv[++i];
      if (glob === undefined) throw new ConfigError('option --include needs a glob');
      // The first --include replaces the default globs; more add to it.
      raw.include = [...(raw.include === defaults.include ? [] : (raw.include as string[])), glob];
      continue;
    }
    const key = FLAGS[flag];
    if (!key)
      throw new ConfigError(
        `unknown option ${flag} (known: ${Object.keys(FLAGS).join(' ')} --include --index-links)`,
      );
    const value = inline ?? argv[++i];
    if (value === undefined) throw new ConfigError(`option ${flag} needs a value`);
    raw[key] = typeof defaults[key] === 'number' ? Number(value) : value;
  }
  return checkConfig(raw as unknown as SiteConfig);
}

/** Normalises and validates; a wrong configuration is the one thing that stops a build. */
export function checkConfig(c: SiteConfig): SiteConfig {
  let base: URL;
  try {
    base = new URL(c.baseUrl);
  } catch {
    throw new ConfigError(
      `base URL "${c.baseUrl}" is not an absolute URL (e.g. https://example.org)`,
    );
  }
  if (!/^https?:$/.test(base.protocol))
    throw new ConfigError(`base URL must be http(s): ${c.baseUrl}`);
  // A base URL with a path (https://host/repo) means that path, unless a prefix is given.
  const path = c.pathPrefix === '/' && base.pathname !== '/' ? base.pathname : c.pathPrefix;
  const prefix = `/${path.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  if (!/^\/([\w.~-]+\/)*$/.test(prefix))
    throw new ConfigError(`path prefix "${c.pathPrefix}" is not a URL path`);
  for (const k of ['title', 'description', 'language'] as const)
    if (/[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/u.test(c[k]))
      throw new ConfigError(`${k} must not contain control characters`);
  if (!Array.isArray(c.include) || c.include.length === 0 || c.include.some((g) => g.trim() === ''))
    throw new ConfigError('include must name at least one glob, such as "**/*.txt"');
  for (const k of ['pageSize', 'latest'] as const)
    if (!Number.isInteger(c[k]) || c[k] < 1)
      throw new ConfigError(`${k} must be a positive integer`);
  try {
    new Intl.DateTimeFormat('en', { timeZone: c.timeZone });
  } catch {
    throw new ConfigError(
      `unknown time zone "${c.timeZone}" (use an IANA name such as Europe/Paris)`,
    );
  }
  return { ...c, baseUrl: base.origin, pathPrefix: prefix };
}
