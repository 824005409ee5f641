// The search index is a step after rendering: records → search documents → `<output>/search/`.
import { join } from 'node:path';
import { toSearchDoc } from '../search/doc.ts';
import { writeSearchIndex } from '../search/write.ts';
import type { SiteConfig } from './config.ts';
import type { SiteData } from './data.ts';

export async function searchIndex(data: SiteData, config: SiteConfig): Promise<void> {
  const docs = data.articles.map((e) => toSearchDoc(e.article, e.url));
  await writeSearchIndex(docs, join(config.output, 'search'));
}
