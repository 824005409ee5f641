// Rendering parts of the site with Eleventy, in this process or in a child process: two
// processes render two halves at once on two cores (Eleventy itself is single-threaded).
import { fork } from 'node:child_process';
import { resolve } from 'node:path';
import Eleventy from '@11ty/eleventy';
import type { SiteConfig } from './config.ts';
import type { SiteData } from './data.ts';
import type { RenderPart } from './parts.ts';
import { setRenderPart, setSiteConfig, setSiteData } from './runtime.ts';

export interface RenderTimes {
  /** Wall-clock milliseconds of the parts, writing included. */
  ms: number;
  /** Of which Eleventy spent making folders and writing files (its own benchmarks). */
  writeMs: number;
  /** Peak memory of the process that rendered (a child's counts apart from its parent's). */
  maxRssMiB: number;
  /** Every file written (pages and copied assets), as `resolve` gives their paths. */
  files: string[];
}

/** What `Eleventy#write` resolves to: passthrough copies (source → output) and pages. */
type WriteResults = [{ map?: Record<string, string> }[], { outputPath?: string | false }[]];

function writtenFiles([copies, pages]: WriteResults): string[] {
  return [
    ...copies.flatMap((c) => Object.values(c.map ?? {})),
    ...pages.flatMap((p) => (p.outputPath ? [p.outputPath] : [])),
  ].map((path) => resolve(path));
}

interface Bench {
  get(name: string): { getTotal(): number } | undefined;
}

function eleventyWriteMs(eleventy: Eleventy): number {
  const aggregate = (
    eleventy as unknown as { bench?: { get(n: string): Bench | undefined } }
  ).bench?.get('Aggregate');
  return ['Template Write', 'Template make parent directory']
    .map((n) => aggregate?.get(n)?.getTotal() ?? 0)
    .reduce((a, b) => a + b, 0);
}

/** Renders `parts` one after the other, one Eleventy run each (the site data must be set). */
export async function renderParts(
  config: SiteConfig,
  parts: readonly RenderPart[],
  onPart?: (done: number, total: number) => void,
): Promise<RenderTimes> {
  const started = performance.now();
  let writeMs = 0;
  const files: string[] = [];
  for (const part of parts) {
    setRenderPart(part);
    const eleventy = new Eleventy('templates', config.output, {
      configPath: '.eleventy.ts',
      quietMode: true,
    });
    files.push(...writtenFiles((await eleventy.write()) as WriteResults));
    writeMs += eleventyWriteMs(eleventy);
    onPart?.(parts.indexOf(part) + 1, parts.length);
  }
  setRenderPart(null);
  return {
    ms: performance.now() - started,
    writeMs,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
    files,
  };
}

export interface ChildRequest {
  config: SiteConfig;
  /** The site data without its page lists: the parts carry the pages the child renders. */
  data: SiteData;
  parts: RenderPart[];
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
    const { config, data, parts } = message as ChildRequest;
    setSiteConfig(config);
    setSiteData(data);
    const times = await renderParts(config, parts);
    process.send!(times, () => process.disconnect());
  });
}
