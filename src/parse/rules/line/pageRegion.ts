// A scraped web page opens with navigation and closes with story lists and footers. When a
// text reads like that (many short open lines before any prose), the article is the run of
// lines richest in prose (a maximum-sum run: prose scores its words, other lines cost), and
// its head is the title-like line nearest above that run. Lines outside are navigation.
import { dateLine } from '../../dates.ts';
import { PATTERNS } from '../../patterns.ts';
import { drop, isOpen, type Line, type ParseState } from '../../state.ts';
import { endsSentence, isProse, isTitleLike, wordCount } from '../../text.ts';

function score(line: Line): number {
  const n = wordCount(line.text);
  if (isProse(line.text)) return n;
  if (endsSentence(line.text) && n >= PATTERNS.shortLineWords) return n / 2;
  return -PATTERNS.pageLineCost;
}

/** The maximum-sum run of lines (Kadane); returns [start, end] indexes into `open`. */
function richestRun(open: Line[]): [number, number] {
  let best = -Infinity;
  let bestRun: [number, number] = [0, open.length - 1];
  let sum = 0;
  let start = 0;
  open.forEach((line, i) => {
    if (sum <= 0) {
      sum = 0;
      start = i;
    }
    sum += score(line);
    if (sum > best) {
      best = sum;
      bestRun = [start, i];
    }
  });
  return bestRun;
}

export function pageRegion(state: ParseState): void {
  const open = state.lines.filter(isOpen);
  const firstProse = open.findIndex((l) => isProse(l.text));
  if (firstProse < PATTERNS.minPageHeadLines) return;
  const [start, end] = richestRun(open);
  let head = start;
  for (let i = start - 1; i >= Math.max(0, start - PATTERNS.pageHeadWindow); i--) {
    const t = open[i]!.text;
    if (dateLine(t) || PATTERNS.byline.test(t)) continue;
    if (isTitleLike(t) && wordCount(t) >= PATTERNS.minPageTitleWords) {
      head = i;
      break;
    }
  }
  // Date lines near the head stay for headerFields, even above a title-like caption.
  const window = start - PATTERNS.pageHeadWindow;
  open.forEach((line, i) => {
    if (i >= window && i < start && dateLine(line.text)) return;
    if (i < head || i > end) drop(line, 'navigation');
  });
}
