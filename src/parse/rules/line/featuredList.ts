// A featured / related / "check also" list: a heading, then story titles, each maybe printed
// twice (a cut-off copy, then the full one), with "By : name" and date lines for the item
// above. Teasers (long sentences, or ending in an ellipsis) are not stories.
import { dateLine } from '../../dates.ts';
import { PATTERNS } from '../../patterns.ts';
import { drop, isOpen, type Line, type ParseState } from '../../state.ts';
import type { FeaturedStory } from '../../../model/article.ts';
import { isProse, isTitleLike, looseKey, wordCount } from '../../text.ts';

/** A sentence too long for a headline: the summary printed under a listed story. */
function isTeaser(s: string): boolean {
  return isProse(s) && wordCount(s) > PATTERNS.maxFeaturedTitleWords;
}

function isItemEnd(line: Line): boolean {
  return !isOpen(line) && line.role !== null && line.role !== 'dropped';
}

export function featuredList(state: ParseState): void {
  const lines = state.lines;
  for (let i = 0; i < lines.length; i++) {
    const head = lines[i]!;
    if (!isOpen(head) || !PATTERNS.featuredHeading.test(head.text)) continue;
    drop(head, 'featured-heading');
    let last: FeaturedStory | null = null;
    let lastLine: Line | null = null;
    let j = i + 1;
    for (; j < lines.length; j++) {
      const line = lines[j]!;
      if (line.text === '') continue;
      if (isItemEnd(line)) break;
      if (!isOpen(line)) continue;
      if (PATTERNS.featuredHeading.test(line.text)) break;
      const date = dateLine(line.text);
      const by = PATTERNS.featuredByline.exec(line.text);
      if (last && date) {
        last.date = date.iso.slice(0, 10);
        line.role = 'featured';
      } else if (last && by && wordCount(by[1]!) <= PATTERNS.maxNameWords) {
        last.byline = by[1]!.trim();
        line.role = 'featured';
      } else if (last && (PATTERNS.ellipsisEnd.test(line.text) || isTeaser(line.text))) {
        drop(line, 'featured-teaser');
      } else if (
        wordCount(line.text) > 0 &&
        (isTitleLike(line.text) ||
          (!isProse(line.text) && wordCount(line.text) <= PATTERNS.maxFeaturedTitleWords))
      ) {
        if (last && lastLine && looseKey(line.text).startsWith(looseKey(last.title))) {
          drop(lastLine, 'featured-duplicate');
          last.title = line.text;
        } else {
          last = { title: line.text, date: null, byline: null };
          state.featured.push(last);
        }
        lastLine = line;
        line.role = 'featured';
      } else break;
    }
    i = j - 1;
  }
}
