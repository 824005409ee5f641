// The record the search index is built from: what a reader searches (title, body, source,
// byline, dateline) and what a result shows (url, date). One per article.
import type { Article } from '../model/article.ts';
import { displayTitle } from '../model/title.ts';

export interface SearchDoc {
  /** Stable id of the article (its `Article.id`). */
  ref: string;
  /** Site-relative, no leading slash, e.g. `2020/02/17/some-slug/`. */
  url: string;
  title: string;
  date: string | null;
  /** The date as the site's lists show it (`17 Feb 2020`), formatted here at build time so
   * the search page's script needs no date library. */
  shownDate: string | null;
  source: string | null;
  byline: string | null;
  dateline: string | null;
  /** The body blocks' text, one blank line between blocks. */
  body: string;
  /** The input file it was parsed from, relative to the input folder (for exports). */
  sourceFile: string;
  /** The address of the page the text was scraped from, when it printed one. */
  sourceUrl: string | null;
}

/** What a document's `body` is made of: the body blocks' text, one blank line between blocks. */
export function bodyText(blocks: Article['body']): string {
  return blocks.map((b) => b.text).join('\n\n');
}

/** `shownDate` is the date as the site shows it: the site formats it (search has no date library). */
export function toSearchDoc(article: Article, url: string, shownDate: string | null): SearchDoc {
  return docWithBody(article, url, shownDate, bodyText(article.body));
}

/** toSearchDoc with the body given (the build sends some documents without: see search-step). */
export function docWithBody<B>(
  article: Article,
  url: string,
  shownDate: string | null,
  body: B,
): Omit<SearchDoc, 'body'> & { body: B } {
  return {
    ref: article.id,
    url,
    title: displayTitle(article),
    date: article.date,
    shownDate,
    source: article.source,
    byline: article.byline,
    dateline: article.dateline,
    body,
    sourceFile: article.sourceFile,
    sourceUrl: article.url,
  };
}
