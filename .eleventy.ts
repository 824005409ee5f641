// Eleventy's configuration for one rendering run: templates in `templates/`, the parsed archive
// as global data `site`, the pages this run renders as `part` (src/site/parts.ts), the filters
// as one plugin. The build hands it to Eleventy with the run's data,
// `new Eleventy(…, { configPath: '', config: configureEleventy(run) })` (src/site/render.ts),
// so nothing reaches Eleventy through module state. Eleventy alone (`npx @11ty/eleventy`) cannot
// build this site: the pages need the parsed archive, and the build writes the assets and the
// search index. Build with `npm run build` or `news-archive build`.
import type { SiteConfig } from './src/site/config.ts';
import type { SiteData } from './src/site/data.ts';
import { filtersPlugin, type FilterHost } from './src/site/filters.ts';
import { ALL_TEMPLATES, type RenderPart } from './src/site/parts.ts';

/** The part of Eleventy's configuration API used here (Eleventy ships no TypeScript types). */
export interface EleventyConfig extends FilterHost {
  setInputDirectory(dir: string): void;
  setIncludesDirectory(dir: string): void;
  setOutputDirectory(dir: string): void;
  setTemplateFormats(formats: string[]): void;
  addExtension(extension: string, options: { key: string }): void;
  addGlobalData(name: string, value: unknown): void;
  addPlugin(plugin: (c: never) => void): void;
  setQuietMode(quiet: boolean): void;
  ignores: Set<string>;
}

/** What one Eleventy run renders. */
export interface RenderRun {
  config: SiteConfig;
  data: SiteData;
  part: RenderPart;
}

export function configureEleventy({ config, data, part }: RenderRun) {
  return (eleventy: EleventyConfig): void => {
    eleventy.setInputDirectory('templates');
    eleventy.setIncludesDirectory('_includes');
    eleventy.setOutputDirectory(config.output);
    // HTML pages are TypeScript render functions (`*.11ty.ts`, run as Eleventy JavaScript
    // templates: tsx loads them); feeds, sitemaps and robots.txt are Nunjucks.
    eleventy.addExtension('11ty.ts', { key: '11ty.js' });
    eleventy.setTemplateFormats(['njk', '11ty.ts']);
    for (const t of ALL_TEMPLATES)
      if (!part.templates.includes(t)) eleventy.ignores.add(`templates/${t}`);
    eleventy.addPlugin(filtersPlugin(config));
    eleventy.addGlobalData('site', data);
    eleventy.addGlobalData('part', part);
    eleventy.setQuietMode(true);
  };
}

export default function (): never {
  throw new Error(
    'this configuration needs the parsed archive: build with `npm run build` or `news-archive build`',
  );
}
