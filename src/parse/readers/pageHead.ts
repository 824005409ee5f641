// The head of an article on a scraped page: its title line and the date and byline lines
// ("head fields") printed beside it. Pages print the title once more (page title, h1,
// breadcrumb), bylines and dates next to it, and menus, labels and captions all around.
import { ambiguousDate, dateLine, findDate } from './date.ts';
import { AGENCY_NAME, lineFields } from './headLine.ts';
import { reporterCredit } from './reporterCredit.ts';
import type { Line } from '../state.ts';
import {
  isProse,
  isTitleLike,
  lineKey,
  wordCount,
  ABBREVIATION_END,
  MAX_TITLE_WORDS,
} from '../text.ts';
import { isCaption } from './caption.ts';
import { memoize } from '../memo.ts';
import { BYLINE, BYLINE_ALONE } from '../vocabulary.ts';

/** A date or byline line printed by the title is short and not a sentence. */
export const MAX_HEAD_FIELD_WORDS = 24;

/** How far into the article's run of prose its head (date, byline) is looked for. */
const PAGE_RUN_HEAD_LINES = 15;

/** Headlines have some length; menu entries and labels rarely do. */
const MIN_HEADLINE_WORDS = 5;

/** A headline is printed twice (page title and h1); a menu entry more often. */
const MAX_TITLE_REPEATS = 3;

/** `New York|Headline`, `News > 2015 > Headline`: a section label or breadcrumb before it. */
const TITLE_PREFIX_SEPARATOR = /^.*(?:\||\s[>»›]\s)/;

/** `… is supported by`, `Share via`: a label ends in a word that needs a follow-up. */
const DANGLING_END = /\b(?:by|of|the|a|an|and|or|to|in|for|with|via|from)$/i;

/** How far above the article's first prose line its title is looked for. */
export const PAGE_HEAD_WINDOW = 12;

const MIN_PAGE_TITLE_WORDS = 3;

/** A date line, or a short non-sentence line with a date or a `By` in it. */
export function isHeadField(t: string): boolean {
  // Paragraphs are most lines and the longest: decided before hashing them for the cache.
  return wordCount(t, MAX_HEAD_FIELD_WORDS + 1) <= MAX_HEAD_FIELD_WORDS && headField(t);
}
const headField = memoize(readHeadField);

function readHeadField(t: string): boolean {
  if (wordCount(t, MAX_HEAD_FIELD_WORDS + 1) > MAX_HEAD_FIELD_WORDS) return false;
  if (dateLine(t)) return true; // `posted on April 21, 2015, at 11:29 a.m.` ends like a sentence
  if (isProse(t)) return false;
  if (BYLINE.test(t) || BYLINE_ALONE.test(t) || findDate(t) !== null) return true;
  if (AGENCY_NAME.test(t)) return true; // `EFE` alone under the headline: the agency's credit
  if (reporterCredit(t) !== null) return true; // `【记者 李四 北京报道】` on its own line
  if (ambiguousDate(t) !== null) return true; // `04/03/2019`: read later, by the text's language
  return lineFields(t).some((f) => f.byline !== null); // `Name • 8h`
}

function isBylineField(t: string): boolean {
  return isHeadField(t) && BYLINE.test(t);
}

/** A full stop ends a sentence (a standfirst), unless it closes an abbreviation (`N.Y.C.`). */
function endsWithFullStop(t: string): boolean {
  return t.endsWith('.') && !ABBREVIATION_END.test(t);
}

/** The reader's own things (`your account`, `your device`, `votre compte`), in the languages
 * of the news: a tool's or player's label says them, a headline seldom does (`you` alone is
 * common in headlines: `what you need to know`). */
const READER_WORDS =
  /(?<![\p{L}])(?:your|votre|vos|dein|deine|deinen|deiner|tuo|tua|tuoi|twój|twoje|twoja|váš|vaše|vaš|ваш|ваша|ваше)(?![\p{L}])/iu;

/** The verbs of a page's tools (print, share, save, comment, subscribe…), in the languages of
 * the news: one may stand in a headline (`Share prices fall`), two make a toolbar's label
 * (`Print This Article Share it With Friends`). */
const TOOL_WORDS =
  /(?<![\p{L}])(?:print|share|email|e-mail|save|bookmark|comments?|subscribe|login|download|listen|tweet|imprimer|partager|enregistrer|commenter|écouter|drucken|teilen|speichern|merken|kommentieren|imprimir|compartir|compartilhar|guardar|salvar|comentar|stampa|condividi|salva|commenta|drukuj|udostępnij|tisk|sdílet|печать|поделиться|сохранить)(?![\p{L}])/giu;
const MIN_TOOL_WORDS = 2;

function toolWords(t: string): number {
  return new Set(t.toLowerCase().match(TOOL_WORDS) ?? []).size;
}

/** A notice for screen readers about a link (`external link`, `opens in a new window`), in the
 * languages of the news: printed beside share and follow buttons, never a headline. */
const LINK_NOTICE =
  /(?<![\p{L}])(?:external links?|opens? in (?:a )?new (?:window|tab)|will open in a new (?:window|tab)|links? extern[oa]s?|enlaces? extern[oa]s?|liens? externes?|externer? links?|collegamento esterno|(?:abre|abrirá|se abre) (?:em|en) (?:uma |una )?nova? (?:janela|ventana|aba|pestaña)|s['’]ouvre dans un(?:e)? nouv(?:el|elle) (?:fenêtre|onglet)|(?:öffnet|öffnen) (?:sich )?in (?:einem )?neuen (?:fenster|tab)|si apre in una nuova (?:finestra|scheda)|otevře se v novém okně|otwiera się w nowym oknie|откроется в новом окне|внешняя ссылка)(?![\p{L}])/iu;

/** A label that introduces what follows it (`check out the footage below:`), speaks of the
 * reader's things, names a page's tools or notices a link: a page's furniture, not its headline. */
export const isLabel = memoize(readLabel);
function readLabel(t: string): boolean {
  return (
    t.endsWith(':') || READER_WORDS.test(t) || toolWords(t) >= MIN_TOOL_WORDS || LINK_NOTICE.test(t)
  );
}

/** `https://…`, `www.…`: a link printed as a line (a share panel's copy-link box). */
const BARE_URL = /^(?:https?:\/\/|www\.)\S+$/i;
/** A tool's button is a few words (`Share this with Facebook`, `Close share panel`). */
const MAX_TOOL_BUTTON_WORDS = 6;

/** A share panel's or player's line (a button, a notice, a link): no line of the article's
 * head, so it does not count when looking for the head above the first paragraph. */
const isFurniture = memoize(readFurniture);
function readFurniture(t: string): boolean {
  if (isLabel(t) || BARE_URL.test(t)) return true;
  return wordCount(t, MAX_TOOL_BUTTON_WORDS + 1) <= MAX_TOOL_BUTTON_WORDS && toolWords(t) > 0;
}

/** The index `lines` lines above `start`, not counting a share panel's or player's lines. */
function linesUp(open: readonly Line[], start: number, lines: number): number {
  let i = start;
  for (let n = 0; i > 0 && n < lines;) if (!isFurniture(open[--i]!.text)) n++;
  return i;
}

function isCandidate(t: string, minWords: number): boolean {
  return (
    isTitleLike(t) &&
    !isLabel(t) &&
    !endsWithFullStop(t) &&
    wordCount(t, minWords) >= minWords &&
    !DANGLING_END.test(t) &&
    !isHeadField(t) &&
    !isCaption(t)
  );
}

/** How often each text is printed on the page, whole or after a section label/breadcrumb. */
export function printCounts(lines: readonly Line[]): Map<string, number> {
  const counts = new Map<string, number>();
  const add = (s: string) => {
    const k = lineKey(s);
    if (k !== '') counts.set(k, (counts.get(k) ?? 0) + 1);
  };
  for (const { text } of lines) {
    if (text === '') continue;
    // Only headlines' repeats are looked up, and a headline has MIN_HEADLINE_WORDS or more:
    // the menus' one-word lines need no key (most lines of a page).
    const n = wordCount(text, MAX_TITLE_WORDS + 1);
    if (n > MAX_TITLE_WORDS || n < MIN_HEADLINE_WORDS) continue;
    add(text);
    const prefix = MAY_HAVE_PREFIX.test(text) ? TITLE_PREFIX_SEPARATOR.exec(text) : null;
    if (prefix) add(text.slice(prefix[0].length));
  }
  return counts;
}

/** The characters TITLE_PREFIX_SEPARATOR needs: most lines have none (a cheap test first). */
const MAY_HAVE_PREFIX = /[|>»›]/;

/** The tiers of evidence for a headline, strongest first: a candidate of a higher tier always
 * wins; within one, the nearer to the head fields. */
const HEAD_TIERS = {
  /** A headline right below a date line, with no headline right above the date. */
  belowDate: 4000,
  /** A headline printed twice (page title and h1) above the head fields. */
  printedTwice: 3000,
  /** A headline (five words or more) near the head fields. */
  headline: 2000,
  /** A headline-long line right under another one (blank lines aside): its standfirst. */
  standfirst: 1500,
  /** A shorter title near them. */
  shortTitle: 1000,
  /** A line of a menu block (short lines one under the other): a headline stands apart. */
  menuEntry: 500,
} as const;

/** Short lines one under the other, no blank line between: a menu (`Brave New World`, `By Any
 * Means Necessary`, `The Mother of All Talk Shows`, … the outlet's shows). */
const MIN_MENU_LINES = 4;
const MAX_MENU_ENTRY_WORDS = 6;
/** An entry of a menu of titles has a few words; a section's name, one. */
const MIN_TITLE_ENTRY_WORDS = 2;

function isMenuEntry(t: string): boolean {
  return wordCount(t, MAX_MENU_ENTRY_WORDS + 1) <= MAX_MENU_ENTRY_WORDS && !isProse(t);
}

/** Is `open[i]` in a block of MIN_MENU_LINES or more menu entries printed one under the other?
 * Not when a date or byline line stands next to it: a headline printed right under a menu. */
function inMenu(open: readonly Line[], i: number): boolean {
  if (!isMenuEntry(open[i]!.text)) return false;
  if ([open[i - 1], open[i + 1]].some((l) => l !== undefined && isHeadField(l.text))) return false;
  const adjacent = (a: number, b: number) => open[b]!.no === open[a]!.no + 1;
  let lo = i;
  while (lo > 0 && adjacent(lo - 1, lo) && isMenuEntry(open[lo - 1]!.text)) lo--;
  let hi = i;
  while (hi + 1 < open.length && adjacent(hi, hi + 1) && isMenuEntry(open[hi + 1]!.text)) hi++;
  // A headline-long line is an entry of a menu of titles (the outlet's shows), not of one of
  // section words (`Politik`, `Sport`), which a headline may follow with no blank line.
  const titled = wordCount(open[i]!.text, MIN_HEADLINE_WORDS) >= MIN_HEADLINE_WORDS;
  let entries = 0;
  for (let k = lo; k <= hi; k++)
    if (!titled || wordCount(open[k]!.text, MIN_TITLE_ENTRY_WORDS) >= MIN_TITLE_ENTRY_WORDS)
      entries++;
  return entries >= MIN_MENU_LINES;
}

/** The score from which a candidate is headline-long (five words or more), whatever else. */
export const HEADLINE_SCORE = HEAD_TIERS.standfirst;

export interface HeadCandidate {
  /** Index into the open lines. */
  index: number;
  score: number;
  /** The evidence, in words. */
  why: string;
}

/**
 * The title-like lines near the head of the article whose prose run is `start`–`end` (indexes
 * into `open`), scored by the evidence for each being its headline, best first. The head is the
 * article's byline line, else its date line, else its first paragraph; `counts` says how often
 * each text is printed on the page.
 */
export function headCandidates(
  open: readonly Line[],
  [start, end]: readonly [number, number],
  counts: Map<string, number>,
): HeadCandidate[] {
  // The head stands above the article's prose or early in it, never after it (`by Taboola`).
  const hi = Math.min(open.length, start + PAGE_RUN_HEAD_LINES, end + 1);
  // A `By` line is the surer anchor and may stand further up (link lists follow it).
  const firstFrom = (lo: number, test: (t: string) => boolean) => {
    for (let i = Math.max(0, lo); i < hi; i++) if (test(open[i]!.text)) return i;
    return -1;
  };
  // Of By lines above the prose, the nearest (a show's name `By Any Means Necessary` may stand
  // in the menu above); else the first one early in it.
  const lastAbove = (lo: number, test: (t: string) => boolean) => {
    for (let i = Math.min(start, hi) - 1; i >= Math.max(0, lo); i--)
      if (test(open[i]!.text)) return i;
    return -1;
  };
  const byLo = linesUp(open, start, 2 * PAGE_HEAD_WINDOW);
  const above0 = lastAbove(byLo, isBylineField);
  const byAnchor = above0 >= 0 ? above0 : firstFrom(start, isBylineField);
  const anchor =
    byAnchor >= 0 ? byAnchor : firstFrom(linesUp(open, start, PAGE_HEAD_WINDOW), isHeadField);
  const ref = anchor >= 0 ? anchor : start;
  // Lines nearest the anchor first; below it only until the prose starts.
  const above: number[] = [];
  const below: number[] = [];
  for (let d = 1; d <= PAGE_HEAD_WINDOW; d++) {
    if (ref - d >= 0) above.push(ref - d);
    const i = ref + d;
    if (anchor >= 0 && below.length === d - 1 && i < open.length && !isProse(open[i]!.text))
      below.push(i);
  }
  const near = above.flatMap((i, d) => (d < below.length ? [i, below[d]!] : [i]));
  near.push(...below.slice(above.length));
  const twice = (i: number) => {
    const n = counts.get(lineKey(open[i]!.text)) ?? 0;
    return n >= 2 && n <= MAX_TITLE_REPEATS;
  };
  const strong = (i: number) => isCandidate(open[i]!.text, MIN_HEADLINE_WORDS);
  const weak = (i: number) => isCandidate(open[i]!.text, MIN_PAGE_TITLE_WORDS);
  const rank = (i: number, list: readonly number[]) => PAGE_HEAD_WINDOW * 2 - list.indexOf(i);
  const found: { i: number; tier: keyof typeof HEAD_TIERS }[] = [];
  for (const i of near) {
    if (!weak(i)) continue;
    const isAbove = i < ref;
    let tier: keyof typeof HEAD_TIERS;
    // A byline stands under its headline, never above it: a By anchor looks up only.
    if (
      anchor >= 0 &&
      byAnchor < 0 &&
      i === anchor + 1 &&
      below[0] === i &&
      strong(i) &&
      !(anchor > 0 && strong(anchor - 1))
    )
      tier = 'belowDate';
    // A title printed twice above the anchor wins (below it, teasers and counters repeat too).
    else if (isAbove && strong(i) && twice(i)) tier = 'printedTwice';
    else tier = strong(i) ? 'headline' : 'shortTitle';
    found.push({ i, tier });
  }
  // A headline printed once is followed by its standfirst, which is no sentence on some pages.
  const headline = new Set(found.filter((c) => c.tier === 'headline').map((c) => c.i));
  const out = found.map(({ i, tier }): HeadCandidate => {
    if (tier === 'headline' && headline.has(i - 1)) tier = 'standfirst';
    if (tier !== 'belowDate' && tier !== 'printedTwice' && inMenu(open, i)) tier = 'menuEntry';
    const list = tier === 'printedTwice' ? above : near;
    const where = anchor < 0 ? 'first paragraph' : byAnchor >= 0 ? 'byline' : 'date line';
    return {
      index: i,
      score: HEAD_TIERS[tier] + rank(i, list),
      why: `${tier}, ${Math.abs(ref - i)} line(s) ${i < ref ? 'above' : 'below'} the ${where}`,
    };
  });
  return out.sort((a, b) => b.score - a.score);
}

/** `Floods force thousands from homes in…` in a breadcrumb, then the headline whole: a cut-off
 * copy's full text is printed just below it. */
const CUT_OFF = /\s*(?:…|\.\.\.)$/;
const MAX_FULL_COPY_DISTANCE = 3;

/** The index of the headline's full text when the line at `i` is a cut-off copy of it, or null. */
export function fullCopy(open: readonly Line[], i: number): number | null {
  const t = open[i]!.text;
  if (!CUT_OFF.test(t)) return null;
  const stem = t.replace(CUT_OFF, '');
  for (let k = i + 1; k < Math.min(open.length, i + 1 + MAX_FULL_COPY_DISTANCE); k++)
    if (open[k]!.text.length > stem.length && open[k]!.text.startsWith(stem)) return k;
  return null;
}
