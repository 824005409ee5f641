// The archive's settings. Every field can be overridden on the command line:
// `npm run build -- --input DIR --output DIR --base-url URL --path-prefix /archive/`.
import type { SiteConfig } from './src/site/config.ts';

const config: SiteConfig = {
  title: 'News Archive',
  description: 'A searchable archive of scraped news articles.',
  baseUrl: 'https://example.org',
  pathPrefix: '/',
  language: 'en',
  timeZone: 'UTC',
  input: 'seeds',
  include: ['**/*.txt', '**/*.md'],
  output: '_site',
  pageSize: 50,
  latest: 20,
  indexLinks: false,
};

export default config;
