// The state one build shares between the build script and `.eleventy.ts`: the configuration
// and the parsed archive. Eleventy loads its config file in this same process, so both see it.
import siteDefaults from '../../site.config.ts';
import { checkConfig, type SiteConfig } from './config.ts';
import { buildSiteData, type SiteData } from './data.ts';
import { loadInputs, type LoadResult } from './load.ts';
import { wholeSite, type RenderPart } from './parts.ts';

/** A step after rendering that reads the site data and writes into the output folder. */
export type PostStep = (data: SiteData, config: SiteConfig) => Promise<void> | void;

const steps: [string, PostStep][] = [];

/** Registers a step (such as the search index) that runs after Eleventy on every build. */
export function addPostStep(name: string, step: PostStep): void {
  steps.push([name, step]);
}

export function postSteps(): readonly [string, PostStep][] {
  return steps;
}

/** Runs the post steps after a rebuild under `--serve` (a full build runs and times them itself). */
export async function runPostStepsAfterWatch(): Promise<void> {
  for (const [, step] of steps) await step(preparedSite().data, siteConfig());
}

let config: SiteConfig | null = null;
let part: RenderPart | null = null;

/** Which pages the next Eleventy run renders; null for the whole site (`npm start`). */
export function setRenderPart(p: RenderPart | null): void {
  part = p;
}

/** Whether the next Eleventy run renders the single pages (known when its config is read). */
export function rendersSingles(): boolean {
  return part?.singles ?? true;
}

export async function renderPart(): Promise<RenderPart> {
  return part ?? wholeSite((await preparedSite()).data);
}
let prepared: { load: LoadResult; data: SiteData } | null = null;

export function setSiteConfig(c: SiteConfig): void {
  config = c;
  prepared = null;
  part = null;
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
