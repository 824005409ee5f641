// Reading a built site for tests: its files, and every internal link and asset in its pages.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';

export function siteFiles(dir: string): string[] {
  return readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort();
}

/** href/src/action attribute values of a page (entities decoded enough for URLs). */
export function pageLinks(html: string): string[] {
  return [...html.matchAll(/\s(?:href|src|action)="([^"]*)"/g)].map((m) =>
    m[1]!.replace(/&amp;/g, '&'),
  );
}

/**
 * Where an internal link from `page` (a file path under `dir`) lands, or null for external links
 * and fragments. Root-relative links must start with `prefix`, as a static host would need.
 */
export function linkTarget(dir: string, page: string, href: string, prefix: string): string | null {
  if (/^[a-z]+:/i.test(href) || href.startsWith('#')) return null;
  const path = decodeURI(href.split(/[?#]/)[0]!);
  let target: string;
  if (path.startsWith('/')) {
    if (!path.startsWith(prefix)) return join(dir, '__outside_prefix__', path);
    target = join(dir, path.slice(prefix.length));
  } else target = join(dirname(join(dir, page)), path);
  if (path === '' || path.endsWith('/')) target = join(target, 'index.html');
  return target;
}

/** Internal links of every page that do not resolve to a file, as `page -> href`. */
export function brokenLinks(dir: string, prefix: string): string[] {
  const broken: string[] = [];
  for (const page of siteFiles(dir).filter((f) => f.endsWith('.html'))) {
    for (const href of pageLinks(readFileSync(join(dir, page), 'utf8'))) {
      const target = linkTarget(dir, page, href, prefix);
      if (target && !(existsSync(target) && relative(dir, target).split('/')[0] !== '..'))
        broken.push(`${page} -> ${href}`);
    }
  }
  return broken;
}
