// A dataset's record header (` date 2020-02-17 0`) and story codes are the scraper's, not the
// article's. The header's date is when the page was crawled, so it is not read as a date.
import { drop, isOpen, type ParseRule, type ParseState } from '../../state.ts';

/** ` date 2020-02-17 0`: a dataset's record header. */
const SCRAPER_HEADER = /^date \d{4}-\d{2}-\d{2}(?: \d+)?$/i;

/** `Story Code : 123456`, `News ID: 1234`. */
const STORY_CODE = /^(?:story|news|article|content) ?(?:code|id|no\.?|number)\s*:\s*\d+$/i;

export const scraperHeader: ParseRule = {
  name: 'scraperHeader',
  purpose:
    "A dataset's record header on the first line, and story codes, are the scraper's: dropped.",
  reads: ['open lines'],
  sets: ['dropped: scraper-header, story-code'],
  run,
};

function run(state: ParseState): void {
  const first = state.lines.find(isOpen);
  if (first && SCRAPER_HEADER.test(first.text)) drop(first, 'scraper-header');
  for (const line of state.lines) {
    if (isOpen(line) && STORY_CODE.test(line.text)) drop(line, 'story-code');
  }
}
