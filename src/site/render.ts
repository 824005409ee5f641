// Rendering parts of the site with Eleventy, in this process or in a child process: two
// processes render two halves at once on three cores or more (Eleventy is single-threaded).
// Eleventy renders into memory (`toJSON`) and the pages are written into the staging folder by
// a Stage, which links pages that did not change; Eleventy never writes into the output itself.
import { fork } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import Eleventy from '@11ty/eleventy';
import type { SiteConfig } from './config.ts';
import type { SiteData } from './data.ts';
import type { FileRecord } from './output/manifest.ts';
import { Stage, type StageOptions } from './output/stage.ts';
import { fontAssets } from './fonts.ts';
import type { RenderPart } from './parts.ts';
import { setRenderPart, setSiteConfig, setSiteData } from './runtime.ts';

/** Files copied as they are (folder or file in the project → path in the site). */
export const ASSETS: readonly [string, string][] = [
  ['templates/assets', 'assets'],
  ['templates/_headers', '_headers'],
];

export interface RenderTimes {
  /** Wall-clock milliseconds of the parts, writing included. */
  ms: number;
  /** Of which spent writing or linking files. */
  writeMs: number;
  /** Peak memory of the process that rendered (a child's counts apart from its parent's). */
  maxRssMiB: number;
  /** Every file written (pages and copied assets). */
  entries: [string, FileRecord][];
  /** How many of them were linked from the published site (unchanged). */
  linked: number;
}

interface RenderedPage {
  outputPath?: string | false;
  content: string;
}

function copyAssets(stage: Stage): void {
  for (const [path, bytes] of fontAssets()) stage.write(path, bytes);
  for (const [from, to] of ASSETS) {
    let names: string[] | null = null;
    try {
      names = readdirSync(from, { recursive: true, encoding: 'utf8' });
    } catch {
      /* a file, not a folder */
    }
    if (names === null) stage.write(to, readFileSync(from));
    else
      for (const name of names.sort()) {
        const path = join(from, name);
        try {
          stage.write(`${to}/${name.split(sep).join('/')}`, readFileSync(path));
        } catch (e) {
          if ((e as NodeJS.ErrnoException).code !== 'EISDIR') throw e;
        }
      }
  }
}

/** Renders `parts` one after the other, one Eleventy run each (the site data must be set). */
export async function renderParts(
  config: SiteConfig,
  parts: readonly RenderPart[],
  stageOptions: StageOptions,
  onPart?: (done: number, total: number) => void,
): Promise<RenderTimes> {
  const started = performance.now();
  const stage = new Stage(stageOptions);
  const root = resolve(config.output);
  for (const [k, part] of parts.entries()) {
    setRenderPart(part);
    const eleventy = new Eleventy('templates', config.output, {
      configPath: '.eleventy.ts',
      quietMode: true,
    });
    const pages = (await eleventy.toJSON()) as RenderedPage[];
    for (const page of pages)
      if (page.outputPath)
        stage.write(relative(root, resolve(page.outputPath)).split(sep).join('/'), page.content);
    if (part.singles) copyAssets(stage);
    onPart?.(k + 1, parts.length);
  }
  setRenderPart(null);
  return {
    ms: performance.now() - started,
    writeMs: stage.ms,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    entries: stage.entries(),
    linked: stage.linked,
  };
}

export interface ChildRequest {
  config: SiteConfig;
  /** The site data without its page lists: the parts carry the pages the child renders. */
  data: SiteData;
  parts: RenderPart[];
  stage: StageOptions;
}

/**
 * Starts rendering `parts` in a child process; the site data travels by structured clone.
 * Resolves once the data is handed over (the parent's own rendering would block the pipe),
 * with the promise of the child's times.
 */
export async function renderInChild(
  config: SiteConfig,
  data: SiteData,
  parts: RenderPart[],
  stage: StageOptions,
): Promise<{ done: Promise<RenderTimes> }> {
  const child = fork(new URL('./render-child.ts', import.meta.url), [], {
    execArgv: ['--import', 'tsx'],
    serialization: 'advanced',
    stdio: 'inherit',
  });
  const request: ChildRequest = {
    config,
    data: { ...data, articles: [], lists: [], sitemapParts: [] },
    parts,
    stage,
  };
  const done = new Promise<RenderTimes>((resolve, reject) => {
    child.once('message', (times) => resolve(times as RenderTimes));
    child.once('error', reject);
    child.once('exit', (code) => {
      if (code !== 0) reject(new Error(`render child process exited with code ${code}`));
    });
  });
  await new Promise<void>((resolve, reject) =>
    child.send(request, (error) => (error ? reject(error) : resolve())),
  );
  return { done };
}

/** The child's side: set up the same state as the parent, render, report the times. */
export function serveRenderRequests(): void {
  process.once('message', async (message) => {
    const { config, data, parts, stage } = message as ChildRequest;
    setSiteConfig(config);
    setSiteData(data);
    const times = await renderParts(config, parts, stage);
    process.send!(times, () => process.disconnect());
  });
}
