// The state one build shares between the build script and `.eleventy.ts`: the configuration
// and the parsed archive. Eleventy loads its config file in this same process, so both see it.
import siteDefaults from '../../site.config.ts';
import { checkConfig, type SiteConfig } from './config.ts';
import { buildSiteData, type SiteData } from './data.ts';
import { loadInputs, type LoadResult } from './load.ts';

let config: SiteConfig | null = null;
let prepared: { load: LoadResult; data: SiteData } | null = null;

export function setSiteConfig(c: SiteConfig): void {
  config = c;
  prepared = null;
}

export function siteConfig(): SiteConfig {
  return (config ??= checkConfig(siteDefaults));
}

export function setPrepared(p: { load: LoadResult; data: SiteData }): void {
  prepared = p;
}

/** Parses the input folder unless the build script already did (e.g. under `eleventy --serve`). */
export function preparedSite(): { load: LoadResult; data: SiteData } {
  if (!prepared) {
    const load = loadInputs(siteConfig().input);
    prepared = { load, data: buildSiteData(load.loaded, siteConfig()) };
  }
  return prepared;
}

/** Forget the parsed archive so a watch rebuild re-reads the input folder. */
export function invalidate(): void {
  prepared = null;
}
