// A dataset's record header (` date 2020-02-17 0`), a web archive's record header (`WARC/1.0`,
// `WARC-Target-URI: …`, `Content-Length: …`, as Common Crawl's text files print it) and story
// codes are the scraper's, not the article's. A header's date is when the page was crawled, so
// it is not read as a date; the archived page's address is the record's url.
import { isWebAddress } from '../../../model/web-address.ts';
import { drop, isOpen, type ParseRule, type ParseState } from '../../state.ts';

/** ` date 2020-02-17 0`: a dataset's record header. */
const SCRAPER_HEADER = /^date \d{4}-\d{2}-\d{2}(?: \d+)?$/i;

/** A web archive record's header lines: the version, `WARC-*` fields and the content's type and
 * length; the header holds at least one `WARC` line. */
const WARC_LINE = /^(?:WARC\/\d\.\d|WARC-[\w-]+:.*)$/i;
const ARCHIVE_HEADER_LINE = /^(?:WARC\/\d\.\d|(?:WARC-[\w-]+|Content-(?:Type|Length)):.*)$/i;
/** `WARC-Target-URI: https://…`: the archived page's address. */
const TARGET_URI = /^WARC-Target-URI:\s*(\S+)$/i;

/** `Story Code : 123456`, `News ID: 1234`. */
const STORY_CODE = /^(?:story|news|article|content) ?(?:code|id|no\.?|number)\s*:\s*\d+$/i;

export const scraperHeader: ParseRule = {
  name: 'scraperHeader',
  purpose:
    "A dataset's or web archive's record header at the top, and story codes, are the scraper's: dropped (the archived page's address is the url).",
  reads: ['open lines'],
  sets: ['url', 'dropped: scraper-header, story-code'],
  run,
};

function run(state: ParseState): void {
  const first = state.lines.find(isOpen);
  if (first && SCRAPER_HEADER.test(first.text)) drop(first, 'scraper-header');
  archiveHeader(state);
  for (const line of state.lines) {
    if (isOpen(line) && STORY_CODE.test(line.text)) drop(line, 'story-code');
  }
}

/** The web archive record's header lines at the top of the text, up to the first blank line. */
function archiveHeader(state: ParseState): void {
  const header = [];
  for (const line of state.lines) {
    if (line.text === '' && header.length > 0) break;
    if (!isOpen(line)) continue;
    if (!ARCHIVE_HEADER_LINE.test(line.text)) break;
    header.push(line);
  }
  if (!header.some((l) => WARC_LINE.test(l.text))) return;
  for (const line of header) {
    const uri = TARGET_URI.exec(line.text)?.[1];
    if (uri && isWebAddress(uri)) state.url ??= uri;
    drop(line, 'scraper-header');
  }
}
