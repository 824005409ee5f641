// The state one build shares between the build script and `.eleventy.ts`: the configuration,
// the site data and which part of it the next Eleventy run renders. Eleventy loads its config
// file in this same process, so both sides see the same module.
import siteDefaults from '../../site.config.ts';
import { checkConfig, type SiteConfig } from './config.ts';
import { buildSiteData, type SiteData } from './data.ts';
import { loadInputs } from '../parse/input/load.ts';
import { wholeSite, type RenderPart } from './parts.ts';

let config: SiteConfig | null = null;
let data: SiteData | null = null;
let part: RenderPart | null = null;

export function setSiteConfig(c: SiteConfig): void {
  config = c;
  data = null;
  part = null;
}

export function siteConfig(): SiteConfig {
  return (config ??= checkConfig(siteDefaults));
}

export function setSiteData(d: SiteData): void {
  data = d;
}

/** The site data; parses the input folder unless the build already did. */
export function siteData(): SiteData {
  const c = siteConfig();
  return (data ??= buildSiteData(loadInputs(c.input, { include: c.include }).loaded, c));
}

/** Which pages the next Eleventy run renders; null for the whole site (`npm start`). */
export function setRenderPart(p: RenderPart | null): void {
  part = p;
}

/** Whether the next Eleventy run renders the single pages (known when its config is read). */
export function rendersSingles(): boolean {
  return part?.singles ?? true;
}

export function renderPart(): RenderPart {
  return part ?? wholeSite(siteData());
}
