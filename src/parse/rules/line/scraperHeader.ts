// A dataset's record header (` date 2020-02-17 0`) and story codes are the scraper's, not the
// article's. The header's date is when the page was crawled, so it is not read as a date.
import { PATTERNS } from '../../patterns.ts';
import { drop, isOpen, type ParseState } from '../../state.ts';

export function scraperHeader(state: ParseState): void {
  const first = state.lines.find(isOpen);
  if (first && PATTERNS.scraperHeader.test(first.text)) drop(first, 'scraper-header');
  for (const line of state.lines) {
    if (isOpen(line) && PATTERNS.storyCode.test(line.text)) drop(line, 'story-code');
  }
}
