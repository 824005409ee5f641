// Rendering the parts of the site with Eleventy, one run after the other in this process: a
// second rendering process was slower on two cores (the search index thread takes the second:
// 15.2 s against 8.2 s at 10,000 articles), so there is none. Eleventy renders into memory
// (`toJSON`) and the pages are written into the staging folder by a Stage, which keeps pages
// that did not change; Eleventy never writes into the output itself.
import { readdirSync, readFileSync, type Dirent } from 'node:fs';
import { join, relative, resolve, sep } from 'node:path';
import Eleventy from '@11ty/eleventy';
import type { SiteConfig } from './config.ts';
import type { SiteData } from './data.ts';
import type { FileRecord } from './output/manifest.ts';
import type { Stage } from './output/stage.ts';
import { fontAssets } from './fonts.ts';
import type { RenderPart } from './parts.ts';
import { configureEleventy } from '../../.eleventy.ts';

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
  /** Every file written (pages and copied assets). */
  entries: [string, FileRecord][];
  /** The assets' paths (copied or kept). */
  assets: string[];
  /** Those of them that are the published files, unchanged. */
  unchanged: string[];
}

interface RenderedPage {
  outputPath?: string | false;
  content: string;
}

/** Copies the assets into the stage but those `kept` (unchanged and kept by the caller: they
 * are not read); returns every asset's path. */
function copyAssets(stage: Stage, kept: ReadonlySet<string>): string[] {
  const paths: string[] = [];
  const copy = (path: string, read: () => Uint8Array) => {
    paths.push(path);
    if (!kept.has(path)) stage.write(path, read());
  };
  for (const [path, read] of fontAssets()) copy(path, read);
  for (const [from, to] of ASSETS) {
    let entries: Dirent[] | null = null;
    try {
      entries = readdirSync(from, { recursive: true, withFileTypes: true });
    } catch {
      /* a file, not a folder */
    }
    if (entries === null) copy(to, () => readFileSync(from));
    else
      for (const e of entries
        .filter((e) => e.isFile())
        .map((e) => relative(from, join(e.parentPath, e.name)))
        .sort())
        copy(`${to}/${e.split(sep).join('/')}`, () => readFileSync(join(from, e)));
  }
  return paths;
}

/** Renders `parts` one after the other, one Eleventy run each, into `stage`. */
export async function renderParts(
  config: SiteConfig,
  data: SiteData,
  parts: readonly RenderPart[],
  stage: Stage,
  onPart?: (done: number, total: number) => void,
  keptAssets: ReadonlySet<string> = new Set(),
): Promise<RenderTimes> {
  const started = performance.now();
  const root = resolve(config.output);
  let assets: string[] = [];
  for (const [k, part] of parts.entries()) {
    // `config` is Eleventy's programmatic configuration callback (its JSDoc types omit it, so
    // the options are not a fresh literal); no configuration file: an empty path finds none.
    const options = {
      configPath: '',
      config: configureEleventy({ config, data, part }),
      quietMode: true,
    };
    const eleventy = new Eleventy('templates', config.output, options);
    const pages = (await eleventy.toJSON()) as RenderedPage[];
    for (const page of pages)
      if (page.outputPath)
        stage.write(relative(root, resolve(page.outputPath)).split(sep).join('/'), page.content);
    if (part.singles) assets = copyAssets(stage, keptAssets);
    onPart?.(k + 1, parts.length);
  }
  return {
    ms: performance.now() - started,
    writeMs: stage.ms,
    entries: stage.entries(),
    assets,
    unchanged: stage.unchanged(),
  };
}
