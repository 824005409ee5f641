// A dataset's record header (` date 2020-02-17 0`) and story codes are the scraper's, not the
// article's. The header's date is when the page was crawled, so it is not read as a date.
import { PATTERNS } from '../../patterns.ts';
import { drop, isOpen, type ParseRule, type ParseState } from '../../state.ts';

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
  if (first && PATTERNS.scraperHeader.test(first.text)) drop(first, 'scraper-header');
  for (const line of state.lines) {
    if (isOpen(line) && PATTERNS.storyCode.test(line.text)) drop(line, 'story-code');
  }
}
