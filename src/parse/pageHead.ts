// The head of an article on a scraped page: its title line and the date and byline lines
// ("head fields") printed beside it. Pages print the title once more (page title, h1,
// breadcrumb), bylines and dates next to it, and menus, labels and captions all around.
import { dateLine, findDate } from './dates.ts';
import { lineFields } from './headFields.ts';
import { PATTERNS } from './patterns.ts';
import type { Line } from './state.ts';
import { isProse, isTitleLike, looseKey, wordCount } from './text.ts';

/** A date line, or a short non-sentence line with a date or a `By` in it. */
export function isHeadField(t: string): boolean {
  if (wordCount(t, PATTERNS.maxHeadFieldWords + 1) > PATTERNS.maxHeadFieldWords) return false;
  if (dateLine(t)) return true; // `posted on April 21, 2015, at 11:29 a.m.` ends like a sentence
  if (isProse(t)) return false;
  if (PATTERNS.byline.test(t) || PATTERNS.bylineAlone.test(t) || findDate(t) !== null) return true;
  return lineFields(t).some((f) => f.byline !== null); // `Name • 8h`
}

function isBylineField(t: string): boolean {
  return isHeadField(t) && PATTERNS.byline.test(t);
}

export function isCaption(t: string): boolean {
  return PATTERNS.creditLine.test(t) || PATTERNS.creditEnd.test(t);
}

/** A full stop ends a sentence (a standfirst), unless it closes an abbreviation (`N.Y.C.`). */
function endsWithFullStop(t: string): boolean {
  return t.endsWith('.') && !PATTERNS.abbreviationEnd.test(t);
}

function isCandidate(t: string, minWords: number): boolean {
  return (
    isTitleLike(t) &&
    !endsWithFullStop(t) &&
    wordCount(t, minWords) >= minWords &&
    !PATTERNS.danglingEnd.test(t) &&
    !isHeadField(t) &&
    !isCaption(t)
  );
}

/** How often each text is printed on the page, whole or after a section label/breadcrumb. */
export function printCounts(lines: readonly Line[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (s: string) => {
    const k = looseKey(s);
    if (k !== '') counts.set(k, (counts.get(k) ?? 0) + 1);
  };
  for (const { text } of lines) {
    if (text === '' || wordCount(text) > PATTERNS.maxTitleWords) continue;
    add(text);
    const prefix = PATTERNS.titlePrefixSeparator.exec(text);
    if (prefix) add(text.slice(prefix[0].length));
  }
  return counts;
}

/** Index (into `open`) of the title line of the article whose prose run starts at `start`. */
export function findHead(
  open: readonly Line[],
  start: number,
  counts: Map<string, number>,
): number | null {
  const hi = Math.min(open.length, start + PATTERNS.pageRunHeadLines);
  // A `By` line is the surer anchor and may stand further up (link lists follow it).
  const firstFrom = (lo: number, test: (t: string) => boolean) => {
    for (let i = Math.max(0, lo); i < hi; i++) if (test(open[i]!.text)) return i;
    return -1;
  };
  const byAnchor = firstFrom(start - 2 * PATTERNS.pageHeadWindow, isBylineField);
  const anchor = byAnchor >= 0 ? byAnchor : firstFrom(start - PATTERNS.pageHeadWindow, isHeadField);
  const ref = anchor >= 0 ? anchor : start;
  // Lines nearest the anchor first; below it only until the prose starts.
  const above: number[] = [];
  const below: number[] = [];
  for (let d = 1; d <= PATTERNS.pageHeadWindow; d++) {
    if (ref - d >= 0) above.push(ref - d);
    const i = ref + d;
    if (anchor >= 0 && below.length === d - 1 && i < open.length && !isProse(open[i]!.text))
      below.push(i);
  }
  const near = above.flatMap((i, d) => (d < below.length ? [i, below[d]!] : [i]));
  near.push(...below.slice(above.length));
  const twice = (i: number) => {
    const n = counts.get(looseKey(open[i]!.text)) ?? 0;
    return n >= 2 && n <= PATTERNS.maxTitleRepeats;
  };
  const strong = (i: number) => isCandidate(open[i]!.text, PATTERNS.minHeadlineWords);
  const weak = (i: number) => isCandidate(open[i]!.text, PATTERNS.minPageTitleWords);
  const repeated = (i: number) => strong(i) && twice(i);
  // A date printed above the title: the headline right below it, with none right above.
  if (
    anchor >= 0 &&
    below[0] === anchor + 1 &&
    strong(anchor + 1) &&
    !(anchor > 0 && strong(anchor - 1))
  )
    return anchor + 1;
  // A title printed twice above the anchor wins (below it, teasers and counters repeat too).
  return above.find(repeated) ?? near.find(strong) ?? near.find(weak) ?? null;
}
