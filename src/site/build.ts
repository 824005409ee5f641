// The whole build: parse the input folder, compute the site data, render with Eleventy, then
// the steps that work on the records (search index). Timings are kept for the report and the
// benchmark.
import { existsSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import Eleventy from '@11ty/eleventy';
import type { ParseFailure } from '../model/article.ts';
import { ConfigError, type SiteConfig } from './config.ts';
import { buildSiteData, type SiteData } from './data.ts';
import { loadInputs } from './load.ts';
import { MAX_PAGES_PER_PART, planParts } from './parts.ts';
import { postSteps, setPrepared, setRenderPart, setSiteConfig } from './runtime.ts';

export interface BuildResult {
  data: SiteData;
  failures: ParseFailure[];
  files: number;
  /** Milliseconds per step, in order. */
  timings: Record<string, number>;
}

/** Empties the output folder so no page of an earlier build survives; refuses risky folders. */
function cleanOutput(config: SiteConfig): void {
  const out = resolve(config.output);
  if (
    out === resolve('.') ||
    resolve(config.input).startsWith(out) ||
    resolve('templates').startsWith(out)
  )
    throw new ConfigError(
      `refusing to empty output folder ${config.output}: it holds the input or the project`,
    );
  if (existsSync(out)) rmSync(out, { recursive: true, force: true });
}

export async function buildSite(
  config: SiteConfig,
  progress?: (step: string, done: number, total: number) => void,
  pagesPerPart = MAX_PAGES_PER_PART,
): Promise<BuildResult> {
  const timings: Record<string, number> = {};
  const time = async <T>(name: string, fn: () => T | Promise<T>): Promise<T> => {
    const t = performance.now();
    const r = await fn();
    timings[name] = performance.now() - t;
    return r;
  };
  cleanOutput(config);
  const load = await time('parse', () =>
    loadInputs(config.input, (d, n) => progress?.('parse', d, n)),
  );
  const data = await time('data', () => buildSiteData(load.loaded, config));
  setSiteConfig(config);
  setPrepared({ load, data });
  progress?.('render', 0, 1);
  timings.render = 0;
  timings.write = 0;
  for (const part of planParts(data, pagesPerPart)) {
    setRenderPart(part);
    const eleventy = new Eleventy('templates', config.output, {
      configPath: '.eleventy.ts',
      quietMode: true,
    });
    const started = performance.now();
    await eleventy.write();
    // Eleventy renders and writes page by page; its own benchmarks say how much was writing.
    const write = writeMs(eleventy) ?? 0;
    timings.render += performance.now() - started - write;
    timings.write += write;
  }
  setRenderPart(null);
  for (const [name, step] of postSteps()) await time(name, () => step(data, config));
  return { data, failures: load.failures, files: load.files, timings };
}

interface Bench {
  get(name: string): { getTotal(): number } | undefined;
}

/** Time Eleventy spent making folders and writing files (its internal benchmarks), if known. */
function writeMs(eleventy: Eleventy): number | null {
  const aggregate = (
    eleventy as unknown as { bench?: { get(n: string): Bench | undefined } }
  ).bench?.get('Aggregate');
  const parts = ['Template Write', 'Template make parent directory'].map((n) =>
    aggregate?.get(n)?.getTotal(),
  );
  return parts.every((n) => typeof n === 'number') ? parts[0]! + parts[1]! : null;
}

/** `npm start`: build, then Eleventy's dev server, rebuilding when templates or inputs change. */
export async function serveSite(config: SiteConfig, port: number): Promise<void> {
  await buildSite(config);
  const eleventy = new Eleventy('templates', config.output, {
    configPath: '.eleventy.ts',
    runMode: 'serve',
  });
  await eleventy.init();
  await eleventy.watch();
  await eleventy.serve(port);
}
