// Small text helpers shared by the rules.
import { PATTERNS } from './patterns.ts';

/** Characters that render as a space or as nothing, and runs of spaces. */
const INVISIBLE_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SPACE_RUN = / {2,}/g;
/** What normalizeSpacing has to change: anything but printable ASCII, or a double space. */
const UNUSUAL_SPACING = /[^ -~]| {2}/;

/**
 * A line as the rules read it: spaces of every kind one plain space, invisible characters gone.
 * @example normalizeSpacing(' a\u00a0\u00a0b\u200bc ') // 'a bc'
 */
export function normalizeSpacing(raw: string): string {
  // Plain ASCII text without double spaces needs only a trim (hot path).
  if (!UNUSUAL_SPACING.test(raw)) return raw.trim();
  return raw.replace(ZERO_WIDTH, '').replace(INVISIBLE_SPACE, ' ').replace(SPACE_RUN, ' ').trim();
}

/** Is the character at `i` a letter or digit? ASCII is decided without a regex (hot path). */
function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return PATTERNS.wordChar.test(String.fromCodePoint(s.codePointAt(i)!));
}

function isSpace(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : PATTERNS.space.test(s[i]!);
}

/** Space-separated parts that hold a letter or digit (so "–" alone is not a word); counting
 * stops at `atMost`, which is all a threshold test needs (long paragraphs are common). */
export function wordCount(s: string, atMost: number = Infinity): number {
  // A character loop: the parser's hottest helper, called on every line by several rules.
  let n = 0;
  let counted = false; // the current part has been counted
  for (let i = 0; i < s.length; i++) {
    if (isSpace(s, i)) counted = false;
    else if (!counted && isWordChar(s, i)) {
      if (++n >= atMost) return n;
      counted = true;
    }
  }
  return n;
}

/** A comparison key: case, quotes, punctuation and spacing do not matter. */
export function looseKey(s: string): string {
  // NFKC changes nothing in ASCII text, and most text is ASCII.
  const t = PATTERNS.nonAscii.test(s) ? s.normalize('NFKC') : s;
  return t.toLowerCase().replace(PATTERNS.nonWordRun, ' ').trim();
}

export function endsSentence(s: string): boolean {
  return PATTERNS.sentenceEnd.test(s);
}

/** A full sentence of some length: the stuff article bodies are made of. */
export function isProse(s: string): boolean {
  return endsSentence(s) && wordCount(s, PATTERNS.minProseWords) >= PATTERNS.minProseWords;
}

/** Short, no closing full stop: how titles, headings and list entries look. */
export function isTitleLike(s: string, maxWords: number = PATTERNS.maxTitleWords): boolean {
  if (!PATTERNS.titleStart.test(s)) return false;
  if (s.endsWith('.') && !PATTERNS.shortCapitalisedEnd.test(s)) return false;
  const n = wordCount(s, maxWords + 1);
  return n >= PATTERNS.minTitleWords && n <= maxWords;
}

/** A person's or desk's name: a few capitalised words. */
export function isName(s: string): boolean {
  return wordCount(s, PATTERNS.maxNameWords + 1) <= PATTERNS.maxNameWords && PATTERNS.name.test(s);
}
