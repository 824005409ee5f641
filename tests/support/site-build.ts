// Builds a site into a fresh temporary folder for tests.
import { join } from 'node:path';
import siteDefaults from '../../site.config.ts';
import { buildSite, type BuildOptions, type BuildResult } from '../../src/site/build.ts';
import { configFromArgs, type SiteConfig } from '../../src/site/config.ts';
import { tempDir } from './temp.ts';

export async function buildInTemp(
  args: string[] = [],
  options: BuildOptions = {},
): Promise<{ dir: string; config: SiteConfig; result: BuildResult }> {
  const dir = join(tempDir('news-archive-'), 'site');
  const config = configFromArgs(siteDefaults, ['--output', dir, ...args]);
  return { dir, config, result: await buildSite(config, options) };
}
