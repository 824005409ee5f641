// The state one build shares between the build script and `.eleventy.ts`: the configuration,
// the site data and which part of it the next Eleventy run renders. Eleventy loads its config
// file in this same process, so both sides see the same module.
import siteDefaults from '../../site.config.ts';
import { checkConfig, type SiteConfig } from './config.ts';
import { buildSiteData, type SiteData } from './data.ts';
import { loadInputs } from './load.ts';
import { wholeSite, type RenderPart } from './parts.ts';

/**
 * A step beside rendering that reads the site data and writes into its own output folder;
 * it returns the files it wrote (the build removes the output's other files afterwards).
 */
export type PostStep = (
  data: SiteData,
  config: SiteConfig,
) => Promise<readonly string[]> | readonly string[];

const steps: [string, PostStep][] = [];
let config: SiteConfig | null = null;
let data: SiteData | null = null;
let part: RenderPart | null = null;

/** Registers a step (such as the search index) that runs while Eleventy renders, on every build. */
export function addPostStep(name: string, step: PostStep): void {
  steps.push([name, step]);
}

export function postSteps(): readonly [string, PostStep][] {
  return steps;
}

/** Runs the post steps after a rebuild under `--serve` (a full build runs and times them itself). */
export async function runPostStepsAfterWatch(): Promise<void> {
  for (const [, step] of steps) await step(siteData(), siteConfig());
}

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

/** The site data; parses the input folder unless the build already did (`npm start` rebuilds). */
export function siteData(): SiteData {
  return (data ??= buildSiteData(loadInputs(siteConfig().input).loaded, siteConfig()));
}

/** Forget the site data so a watch rebuild re-reads the input folder. */
export function invalidate(): void {
  data = null;
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
