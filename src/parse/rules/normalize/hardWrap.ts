// A text wrapped at a fixed width (text browsers' dumps: lynx, w3m; html2text; mail clients;
// pdftotext) prints each paragraph, list item and standfirst over several lines. Read line by
// line, such a page is all short lines, as a menu is. When the text is wrapped, a line that
// was broken because its next word did not fit is joined to the line before it, and set aside
// until the rules have run (joinedLines gives it that line's role): the rules read paragraphs.
// Written here: the wrapping tools' own "unwrap" options are not there when the text is read.
import type { Line, ParseRule, ParseState } from '../../state.ts';
import { endsSentence } from '../../text.ts';

/** The widths wrapping tools use (72–80 columns by default, some 60 or 100). */
const MIN_WRAP_WIDTH = 50;
const MAX_WRAP_WIDTH = 120;
/** A wrapped text may hold a few lines over its width: a long address, a link's markup, a
 * preformatted row. */
const MAX_OVER_WIDTH_SHARE = 0.1;
const MAX_OVER_WIDTH_LINES = 2;
/** A line ending this near its width may have been broken there (a word is rarely longer). */
const MAX_WORD_CHARS = 25;
/** Breaks that only a wrap explains (the next line's first word would not have fitted). */
const MIN_WRAP_BREAKS = 4;
/** Of the lines that end near the width, at least this share are broken so. */
const MIN_WRAP_BREAK_SHARE = 0.5;
/** A wrap breaks lines of many lengths; lines of one length (a line printed again and again)
 * are no wrap. */
const MIN_BREAK_LENGTHS = 3;

/** A list item's mark: `*`, `-`, `•`, `1.`, `12)`. */
const ITEM_MARK = /^(?:[*•·\-–+]|\d{1,3}[.)])\s+/;
/** A word broken at its hyphen: `levelling-` / `up` are one word. */
const HYPHEN_END = /\p{L}-$/u;
const LETTER_START = /^\p{L}/u;
const LOWER_START = /^\p{Ll}/u;
const UPPER_START = /^\p{Lu}/u;
/** A word in lower case opening the line (not `maria.keller@…`, an address alone on it). */
const LOWER_WORD = /^\p{Ll}[\p{Ll}'’-]*(?:[\s,;:!?)]|\.?$|\.\s)/u;

export const hardWrap: ParseRule = {
  name: 'hardWrap',
  purpose:
    'In a text wrapped at a fixed width, a line broken because its next word did not fit is joined to the line before it.',
  reads: ['raw lines'],
  sets: ['line text', 'joined lines'],
  needs: ['joinedLines'],
  run,
};

/** Columns a line takes as printed (its indentation too: the tool counted it). Measured
 * without building strings (hot path: every line of every text is measured). */
function width(line: Line): number {
  const r = line.raw;
  let end = r.length;
  while (end > 0 && r.charCodeAt(end - 1) <= 32) end--;
  return end;
}
function indent(line: Line): number {
  const r = line.raw;
  let i = 0;
  while (i < r.length && r.charCodeAt(i) <= 32) i++;
  return i;
}
function firstWord(line: Line): number {
  const from = indent(line);
  const space = line.raw.indexOf(' ', from);
  return (space < 0 ? width(line) : space) - from;
}
const longestWord = (line: Line) =>
  Math.max(
    ...line.raw
      .trim()
      .split(' ')
      .map((w) => w.length),
  );

/** The width the text is wrapped at, or null when it is not wrapped: of the widths its lines
 * print, the one that explains the most breaks (a line ending near it, whose next line's first
 * word would not have fitted). Lines over it are few (an address or a link's markup that the
 * tool would not break). Each pair of lines counts for the widths it fits at once (a range),
 * so all widths are weighed in one pass over the lines (hot path: every text is asked). */
function wrapWidth(lines: readonly Line[]): number | null {
  const n = MAX_WRAP_WIDTH - MIN_WRAP_WIDTH + 2;
  const at = () => new Int32Array(n);
  const [printed, nearFull, breaks, capitals, lower] = [at(), at(), at(), at(), at()];
  let spaced = 0;
  const longer = at(); // spaced lines by width, for the count over each width
  const add = (d: Int32Array, from: number, to: number) => {
    const a = Math.max(from, MIN_WRAP_WIDTH) - MIN_WRAP_WIDTH;
    const b = Math.min(to, MAX_WRAP_WIDTH) - MIN_WRAP_WIDTH;
    if (a > b) return;
    d[a]!++;
    d[b + 1]!--;
  };
  for (let i = 0; i < lines.length; i++) {
    const a = lines[i]!;
    if (a.role !== null || a.text === '') continue;
    const wa = width(a);
    if (a.text.includes(' ')) {
      spaced++;
      if (wa >= MIN_WRAP_WIDTH && wa <= MAX_WRAP_WIDTH) printed[wa - MIN_WRAP_WIDTH] = 1;
      longer[Math.min(Math.max(wa, MIN_WRAP_WIDTH - 1), MAX_WRAP_WIDTH) - MIN_WRAP_WIDTH + 1]!++;
    }
    // Near full at widths wa … wa + MAX_WORD_CHARS - 1; broken there up to wa + its next word.
    if (i + 1 >= lines.length || wa > MAX_WRAP_WIDTH || wa + MAX_WORD_CHARS <= MIN_WRAP_WIDTH)
      continue;
    add(nearFull, wa, wa + MAX_WORD_CHARS - 1);
    const b = lines[i + 1]!;
    // (At its own width, isBreak tests only b and a's sentence end.)
    if (b.text === '' || !isBreak(a, b, wa)) continue;
    const top = Math.min(wa + firstWord(b), wa + MAX_WORD_CHARS - 1);
    add(breaks, wa, top);
    if (UPPER_START.test(b.text)) add(capitals, wa, top);
    else if (LOWER_START.test(b.text)) add(lower, wa, top);
  }
  // Running sums turn the ranges into counts per width; `over` counts the spaced lines wider.
  let [f, k, c, l] = [0, 0, 0, 0];
  let under = longer[0]!;
  let best: { w: number; breaks: number; nearFull: number } | null = null;
  for (let j = 0; j <= MAX_WRAP_WIDTH - MIN_WRAP_WIDTH; j++) {
    f += nearFull[j]!;
    k += breaks[j]!;
    c += capitals[j]!;
    l += lower[j]!;
    under += longer[j + 1]!;
    const w = j + MIN_WRAP_WIDTH;
    const over = spaced - under;
    if (!printed[j] || over > Math.max(MAX_OVER_WIDTH_LINES, spaced * MAX_OVER_WIDTH_SHARE))
      continue;
    // A wrap breaks sentences anywhere, so (in a script with capitals) its next lines open in
    // lower case as often as not; lines that all open with a capital are a list of titles.
    if (c > l) continue;
    if (!best || k > best.breaks) best = { w, breaks: k, nearFull: f };
  }
  if (!best || best.breaks < MIN_WRAP_BREAKS || best.breaks < best.nearFull * MIN_WRAP_BREAK_SHARE)
    return null;
  return breakLengths(lines, best.w) >= MIN_BREAK_LENGTHS ? best.w : null;
}

/** How many lengths the lines broken at width `w` have. */
function breakLengths(lines: readonly Line[], w: number): number {
  const lengths = new Set<number>();
  for (let i = 0; i + 1 < lines.length; i++) {
    const a = lines[i]!;
    if (a.role !== null || a.text === '' || width(a) > w || width(a) <= w - MAX_WORD_CHARS)
      continue;
    if (isBreak(a, lines[i + 1]!, w)) lengths.add(width(a));
  }
  return lengths.size;
}

/** Was `a` broken before `b` because `b`'s first word did not fit in `w` columns? Where no
 * blank line parts the paragraphs, a short line before a capital may be a paragraph's (or a
 * caption's) last: then only a line going on in lower case is taken as its rest. */
function isBreak(a: Line, b: Line, w: number, parted = true): boolean {
  if (b.role !== null || b.text === '' || ITEM_MARK.test(b.text)) return false;
  const lower = LOWER_START.test(b.text);
  if (!parted && !LOWER_WORD.test(b.text)) return false;
  // A sentence's end, then lower case: an address or handle on its own line, not the rest.
  if (lower && endsSentence(a.raw.trimEnd())) return false;
  // A line over the width is full too when one word the tool would not break (a link's
  // markup, an address) took it over; a line long for its words was not wrapped at all.
  if (width(a) > w) return width(a) - longestWord(a) < w;
  return width(a) + 1 + firstWord(b) > w;
}

/** Blank lines part the paragraphs (as text browsers and mail print them), or none do. */
const MIN_PARTING_BLANK_LINES = 2;

function run(state: ParseState): void {
  const lines = state.lines;
  // Cheap test first: most texts print a paragraph on one line, far longer than any wrap.
  let long = 0;
  for (const l of lines) if (l.raw.length > MAX_WRAP_WIDTH && l.text.includes(' ')) long++;
  if (long > lines.length * MAX_OVER_WIDTH_SHARE) return;
  const w = wrapWidth(lines);
  if (w === null) return;
  const parted = lines.filter((l) => l.raw.trim() === '').length >= MIN_PARTING_BLANK_LINES;
  const kept: Line[] = [];
  for (let i = 0; i < lines.length; i++) {
    const host = lines[i]!;
    kept.push(host);
    if (host.role !== null || host.text === '') continue; // (front matter, a blank line)
    // The lines a wrapped paragraph or item goes on in start no further left than its text.
    const column = indent(host) + (ITEM_MARK.exec(host.text)?.[0].length ?? 0);
    let last = host;
    while (
      i + 1 < lines.length &&
      isBreak(last, lines[i + 1]!, w, parted) &&
      indent(lines[i + 1]!) <= column
    ) {
      const next = lines[++i]!;
      const glued = HYPHEN_END.test(host.text) && LETTER_START.test(next.text);
      host.text = glued ? `${host.text}${next.text}` : `${host.text} ${next.text}`;
      next.joinedTo = host.no;
      state.joined.push(next);
      last = next;
    }
  }
  state.lines = kept;
}
