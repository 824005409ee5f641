// A scraped web page opens with navigation and closes with story lists and footers. When a
// text reads like that (many short open lines before any prose, or short lines everywhere),
// the article is the run of lines richest in prose (a maximum-sum run: prose scores its
// words, other lines cost). Its title is found by pageHead; between the title and the first
// paragraph only date and byline lines stay (standfirst, labels, captions go). Lines outside
// are navigation.
import { ambiguousDate, dateLine } from '../../readers/date.ts';
import { MAX_LINES_AFTER_ARTICLE, publishedDate } from '../../readers/publishedDate.ts';
import { isNameLine } from '../../readers/bylineName.ts';
import { lineFields, splitDate, stampKind } from '../../readers/headLine.ts';
import {
  fullCopy,
  headCandidates,
  isHeadField,
  printCounts,
  MAX_HEAD_FIELD_WORDS,
  PAGE_HEAD_WINDOW,
} from '../../readers/pageHead.ts';
import { drop, isOpen, type Line, type ParseRule, type ParseState } from '../../state.ts';
import { endsSentence, isProse, isTitleLike, wordCount, SHORT_LINE_WORDS } from '../../text.ts';

/** Open lines before the first prose line that make a text read as a whole web page. */
const MIN_PAGE_HEAD_LINES = 10;

/** A short page: so many short lines (a menu's words) above the headline, its date and byline
 * lines and the first paragraph. A plain dump prints a kicker at most there. */
const MIN_SHORT_PAGE_MENU_LINES = 3;
/** How far below such a headline its date or byline may stand. */
const MAX_SHORT_PAGE_HEAD_LINES = 4;

/** So many short lines (menus, buttons, story lists), a third of the text or more: a page. */
const MIN_PAGE_SHORT_LINES = 30;

/** What a non-prose line costs a run of article lines. */
const PAGE_LINE_COST = 4;

/** The k-th non-prose line in a row costs k times as much, up to this factor. */
const MAX_PAGE_GAP_FACTOR = 3;

/** What a run starting right below a date or byline line is worth before its first line. */
const PAGE_HEAD_BONUS = 50;

const isDateAbove = (t: string) =>
  dateLine(t) !== null || (ambiguousDate(t) !== null && isHeadField(t));

export const pageRegion: ParseRule = {
  name: 'pageRegion',
  purpose:
    'On a scraped web page the article is the run of lines richest in prose; its title is the one beside its date or byline; what lies outside is navigation.',
  reads: ['open lines', 'featured and boilerplate lines'],
  sets: ['title', 'line role title', 'dropped: navigation, page-head'],
  run,
};

/** A line of a story list featuredList read: never the article's. */
/** Page chrome an earlier rule claimed (story lists, boilerplate): never the article's. */
function isChrome(line: Line): boolean {
  const r = line.reason ?? '';
  return line.role === 'featured' || r.startsWith('featured') || r.startsWith('boilerplate');
}

/** Prose scores its words; other lines cost, the more the longer they go on (a footer). */
function score(line: Line, streak: number, inArticle: boolean, listed: boolean): number {
  // A widget earlier rules read (a story list, share buttons) with the article's paragraphs
  // going on right after it costs its lines, not a growing gap.
  if (inArticle) return -PAGE_LINE_COST;
  if (listed) return 0; // a numbered list of the article's own: no gap in it
  const cost = PAGE_LINE_COST * Math.min(streak, MAX_PAGE_GAP_FACTOR);
  if (isChrome(line) || !endsSentence(line.text)) return -cost;
  const n = wordCount(line.text);
  if (isProse(line.text)) return n;
  if (n >= SHORT_LINE_WORDS) return n / 2;
  return -cost;
}

/** `1. Vasco da Gama`: a list item numbered one more than the line above (from 1). */
const NUMBERED = /^(\d{1,2})[.)]\s+\S/;
/** `The five longest bridges:` above a numbered list introduces it. */
const INTRODUCES = /[:：]$/;

/** Which lines are an open numbered list (1., 2., 3., … in a row) or the line introducing one. */
function numberedList(lines: Line[]): boolean[] {
  const listed = lines.map(() => false);
  let expect = 1;
  let from = -1;
  lines.forEach((line, i) => {
    const n = isChrome(line) ? null : NUMBERED.exec(line.text);
    const k = n ? Number(n[1]) : 0;
    if (k === 1) [expect, from] = [2, i];
    else if (k === expect && k > 1) expect++;
    else {
      [expect, from] = [1, -1];
      return;
    }
    // Two items in a row make a list; the first and its introduction are marked then.
    if (expect < 3) return;
    for (let j = from; j <= i; j++) listed[j] = true;
    const intro = lines[from - 1];
    if (intro && !isChrome(intro) && INTRODUCES.test(intro.text)) listed[from - 1] = true;
  });
  return listed;
}

/** The maximum-sum run of lines (Kadane); returns [start, end] indexes into `lines`. A run
 * starting just below a date or byline line (an article's head) starts with a bonus. */
function richestRun(lines: Line[]): [number, number] {
  let best = -Infinity;
  let bestRun: [number, number] = [0, lines.length - 1];
  let sum = 0;
  let start = 0;
  let streak = 0; // non-prose lines in a row
  let lastHead = -Infinity;
  // For each chrome line, whether the first line after its run of chrome is a paragraph (read
  // from the end; asked once per run, not of every line).
  const resumes = new Array<boolean>(lines.length).fill(false);
  let nextOpen = -1;
  let nextProse: boolean | null = null;
  for (let i = lines.length - 1; i >= 0; i--) {
    if (!isChrome(lines[i]!)) [nextOpen, nextProse] = [i, null];
    else if (nextOpen >= 0) resumes[i] = nextProse ??= isProse(lines[nextOpen]!.text);
  }
  const listed = numberedList(lines);
  lines.forEach((line, i) => {
    const bonus = i - lastHead <= PAGE_HEAD_WINDOW ? PAGE_HEAD_BONUS : 0;
    if (!isChrome(line) && isHeadField(line.text)) lastHead = i;
    if (sum <= bonus) {
      sum = bonus;
      start = i;
    }
    const s = score(line, streak + 1, isChrome(line) && resumes[i]!, listed[i]!);
    streak = s < 0 ? streak + 1 : 0;
    sum += s;
    if (sum > best) {
      best = sum;
      bestRun = [start, i];
    }
  });
  return bestRun;
}

function isPage(open: Line[]): boolean {
  const firstProse = open.findIndex((l) => isProse(l.text));
  // No prose at all (or text without spaces between words): no article run to find.
  if (firstProse < 0) return false;
  if (firstProse >= MIN_PAGE_HEAD_LINES) return true;
  if (isShortPage(open)) return true;
  if (open.length < MIN_PAGE_SHORT_LINES) return false;
  const max = SHORT_LINE_WORDS;
  const short = open.filter((l) => wordCount(l.text, max + 1) <= max).length;
  return short >= MIN_PAGE_SHORT_LINES && 3 * short >= open.length;
}

/** A menu's short lines, then a headline with its date or byline a few lines below: a page
 * too short for the head's length to tell it (a standfirst or a place may stand between). */
function isShortPage(open: Line[]): boolean {
  const reach = MIN_PAGE_HEAD_LINES + MAX_SHORT_PAGE_HEAD_LINES;
  // (A story list's dates and titles are the list's, never the article's head.)
  const field = open.slice(0, reach).findIndex((l) => !isChrome(l) && isHeadField(l.text));
  const max = SHORT_LINE_WORDS;
  const from = Math.max(MIN_SHORT_PAGE_MENU_LINES, field - MAX_SHORT_PAGE_HEAD_LINES);
  // A headline a few lines above the first date or byline, only short lines (a menu's words,
  // not a dump's lines broken short) or page chrome above it.
  const menu = (l: Line) => isChrome(l) || wordCount(l.text, max + 1) <= max;
  for (let h = from; h < field; h++)
    if (!isChrome(open[h]!) && isTitleLike(open[h]!.text)) return open.slice(0, h).every(menu);
  return false;
}

/** The first paragraph after the head: past the last head field (not past the article's run,
 * which ends at `end`), the first prose line. */
function bodyStart(open: Line[], head: number, end: number): number {
  let last = head;
  const limit = Math.min(open.length, head + 1 + PAGE_HEAD_WINDOW, end + 1);
  for (let i = head + 1; i < limit; i++) {
    const t = open[i]!.text;
    if (isProse(t) && wordCount(t) > MAX_HEAD_FIELD_WORDS) break;
    if (isHeadField(t)) last = i;
  }
  let i = last + 1;
  while (i < open.length && !isProse(open[i]!.text)) i++;
  return i;
}

/** `Richard (R.J.) Eskow`: a nickname or a note in brackets inside a name. */
const BRACKETED = /\s*\([^)]*\)/g;
/** A name this close under the headline (a standfirst between) is its byline. */
const MAX_NAME_BELOW_HEADLINE = 2;

/** A head line headerFields reads: a date or byline, a name printed beside one, or a name
 * right under the headline (`head`; -Infinity where the head prints a byline). */
function isHeadLine(open: Line[], i: number, head: number): boolean {
  const t = open[i]!.text;
  if (isHeadField(t) || stampKind(t) !== null) return true;
  const [prev, next] = [open[i - 1]?.text, open[i + 1]?.text];
  if ((next && splitDate(t, next)) || (prev && splitDate(prev, t))) return true;
  const bare = i <= head + MAX_NAME_BELOW_HEADLINE && wordCount(t) >= 2;
  if (bare && isNameLine(t.replace(BRACKETED, ''))) return true; // a bare byline
  if (!isNameLine(t)) return false;
  const beside = [open[i - 1], open[i + 1]];
  return beside.some((l) => l !== undefined && (isHeadField(l.text) || stampKind(l.text) !== null));
}

function run(state: ParseState): void {
  const open = state.lines.filter(isOpen);
  // Story lists and boilerplate make a page, and cost the run, though earlier rules claimed
  // them (the more kinds of button boilerplate knows, the fewer lines are left open).
  const scored = state.lines.some(isChrome)
    ? state.lines.filter((l) => isOpen(l) || isChrome(l))
    : open;
  if (!isPage(scored)) return;
  const [from, to] = richestRun(scored).map((i) => scored[i]!.no);
  let start = open.findIndex((l) => l.no >= from!);
  if (start < 0) start = open.length;
  let runEnd = start - 1;
  while (runEnd + 1 < open.length && open[runEnd + 1]!.no <= to!) runEnd++;
  const candidates = headCandidates(open, [start, runEnd], printCounts(state.lines));
  state.headlines = candidates.map((c) => ({
    line: open[c.index]!.no,
    score: c.score,
    why: c.why,
  }));
  const best = candidates[0]?.index ?? null;
  const title = best === null ? null : (fullCopy(open, best) ?? best);
  const head = title ?? start;
  if (title !== null && state.title === null) {
    open[title]!.role = 'title';
    state.title = open[title]!.text;
  }
  const end = Math.max(runEnd, head);
  const first = bodyStart(open, head, end);
  // A bare name under the headline is the byline only where the head prints no byline line.
  const bylined = open.slice(head + 1, first).some((l) => lineFields(l.text).some((f) => f.byline));
  open.forEach((line, i) => {
    // A date printed just above the title stays for headerFields (one that reads two ways,
    // `12/3/2023`, too: headerFields reads it by the text's language).
    if (i < head && i >= head - PAGE_HEAD_WINDOW && isDateAbove(line.text)) return;
    // And a publication date printed just under it, for tailDate.
    if (i > end && i <= end + MAX_LINES_AFTER_ARTICLE && publishedDate(line.text)) return;
    if (i < head || i > end) drop(line, 'navigation');
    else if (i > head && i < first && !isHeadLine(open, i, bylined ? -Infinity : head))
      drop(line, 'page-head');
  });
}
