// Eleventy configuration: templates in `templates/`, the parsed archive as global data `site`
// (and `part`, the pages this run renders: see src/site/parts.ts), the filters as one plugin.
// `npm run build` sets the configuration, parses, and renders with it into memory; the build
// writes the pages, assets and search index (src/site/build.ts).
import { readdirSync } from 'node:fs';
import { PAGINATED_TEMPLATES } from './src/site/parts.ts';
import { filtersPlugin, type FilterHost } from './src/site/filters.ts';
import { siteData, renderPart, rendersSingles, siteConfig } from './src/site/runtime.ts';

interface EleventyConfig extends FilterHost {
  setInputDirectory(dir: string): void;
  setIncludesDirectory(dir: string): void;
  setOutputDirectory(dir: string): void;
  setTemplateFormats(formats: string[]): void;
  addExtension(extension: string, options: { key: string }): void;
  addGlobalData(name: string, value: () => unknown): void;
  addPlugin(plugin: (c: never) => void): void;
  setQuietMode(quiet: boolean): void;
  ignores: Set<string>;
}

export default function (eleventy: EleventyConfig) {
  const config = siteConfig();
  eleventy.setInputDirectory('templates');
  eleventy.setIncludesDirectory('_includes');
  eleventy.setOutputDirectory(config.output);
  // HTML pages are TypeScript render functions (`*.11ty.ts`, run as Eleventy JavaScript
  // templates: tsx loads them); feeds, sitemaps and robots.txt are Nunjucks.
  eleventy.addExtension('11ty.ts', { key: '11ty.js' });
  eleventy.setTemplateFormats(['njk', '11ty.ts']);
  // Assets are copied by the build (src/site/render.ts), as Eleventy renders into memory.
  if (!rendersSingles())
    for (const t of readdirSync('templates'))
      if (/\.(njk|11ty\.ts)$/.test(t) && !PAGINATED_TEMPLATES.includes(t))
        eleventy.ignores.add(`templates/${t}`);
  eleventy.addPlugin(filtersPlugin(config));
  eleventy.addGlobalData('site', siteData);
  eleventy.addGlobalData('part', renderPart);
  eleventy.setQuietMode(true);
}
