// The site's configuration: one typed object, defaults in `site.config.ts` at the top level,
// each field overridable from the command line (`--base-url URL`, `--path-prefix /archive/`, …)
// through the one argument parser (src/cli/args.ts).
import { parseOptions, UsageError, type OptionSpecs, type Parsed } from '../cli/args.ts';

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

/** The base URL a site has until it is told where it lives (a warning says so). */
export const PLACEHOLDER_BASE_URL = 'https://example.org';

/** The command-line options that set the configuration (`--base-url`, …), by field. */
export const SITE_OPTIONS = {
  input: { type: 'string', value: 'DIR', help: 'folder of scraped article texts' },
  output: { type: 'string', value: 'DIR', help: 'folder the site is published into' },
  'base-url': {
    type: 'string',
    value: 'URL',
    help: 'origin the site is served from (canonical links, feeds, sitemap)',
  },
  'path-prefix': {
    type: 'string',
    value: 'PATH',
    help: 'sub-path the site lives under, e.g. /archive/',
  },
  title: { type: 'string', value: 'TEXT', help: 'the site’s title' },
  description: { type: 'string', value: 'TEXT', help: 'the site’s description' },
  language: {
    type: 'string',
    value: 'TAG',
    help: 'BCP 47 language of the site (dates, <html lang>)',
  },
  'time-zone': { type: 'string', value: 'ZONE', help: 'IANA zone printed times are read in' },
  include: {
    type: 'string',
    multiple: true,
    value: 'GLOB',
    help: 'files that are article texts (again for more)',
  },
  'page-size': { type: 'integer', min: 1, help: 'articles per archive page' },
  latest: { type: 'integer', min: 1, help: 'articles on the home page and in the feeds' },
  'index-links': { type: 'boolean', help: 'link to …/index.html, to browse the site from disk' },
} as const satisfies OptionSpecs;

const FIELDS = {
  input: 'input',
  output: 'output',
  'base-url': 'baseUrl',
  'path-prefix': 'pathPrefix',
  title: 'title',
  description: 'description',
  language: 'language',
  'time-zone': 'timeZone',
  include: 'include',
  'page-size': 'pageSize',
  latest: 'latest',
  'index-links': 'indexLinks',
} as const satisfies Record<keyof typeof SITE_OPTIONS, keyof SiteConfig>;

/** The defaults with the options given on the command line. */
export function configFromOptions(
  defaults: SiteConfig,
  options: Parsed<typeof SITE_OPTIONS>['options'],
): SiteConfig {
  const c: Record<string, unknown> = { ...defaults };
  for (const [name, field] of Object.entries(FIELDS)) {
    const v = options[name as keyof typeof SITE_OPTIONS];
    if (v !== undefined) c[field] = v;
  }
  const given = (name: keyof typeof SITE_OPTIONS) => options[name] !== undefined;
  return checkConfig(c as unknown as SiteConfig, {
    basePath: given('base-url'),
    prefix: given('path-prefix'),
  });
}

/** Applies command-line overrides (`--flag value` or `--flag=value`) to the defaults. */
export function configFromArgs(defaults: SiteConfig, argv: readonly string[]): SiteConfig {
  try {
    return configFromOptions(
      defaults,
      parseOptions(argv, SITE_OPTIONS, { positionals: false }).options,
    );
  } catch (e) {
    if (e instanceof UsageError) throw new ConfigError(e.message);
    throw e;
  }
}

/** Normalises and validates; a wrong configuration is the one thing that stops a build. A
 * base URL with a path (`https://host/repo`) gives the prefix; with another `--path-prefix`
 * the two disagree, which is refused. */
export function checkConfig(
  c: SiteConfig,
  given: { basePath: boolean; prefix: boolean } = { basePath: true, prefix: true },
): SiteConfig {
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
  const norm = (p: string) => `/${p.replace(/^\/+|\/+$/g, '')}/`.replace(/^\/\/$/, '/');
  if (
    given.basePath &&
    given.prefix &&
    base.pathname !== '/' &&
    c.pathPrefix !== '/' &&
    norm(base.pathname) !== norm(c.pathPrefix)
  )
    throw new ConfigError(
      `--base-url ${c.baseUrl} has the path ${base.pathname} but --path-prefix is ${c.pathPrefix}: give the path in one of them`,
    );
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
      throw new ConfigError(`--${k === 'pageSize' ? 'page-size' : k} must be a positive integer`);
  try {
    new Intl.DateTimeFormat('en', { timeZone: c.timeZone });
  } catch {
    throw new ConfigError(
      `unknown time zone "${c.timeZone}" (use an IANA name such as Europe/Paris)`,
    );
  }
  return { ...c, baseUrl: base.origin, pathPrefix: prefix };
}
