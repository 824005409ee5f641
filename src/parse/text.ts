// Small text helpers shared by the rules, with the thresholds that define them (a title's and a
// name's length, prose); the ones several rules compare with are exported.
import { looseKey } from '../model/text.ts';
import { memoize } from './memo.ts';

/** Lower-case words inside names: particles (`de`, `van`, `da`, `bin`) and the word for "and"
 * that joins two names, in the languages of the news (`et`, `y`, `e`, `und`, `en`, `och`, `и`). */
const NAME_JOINER =
  'and|de|van|von|al-?\\p{L}*|el|bin|da|dos|das|do|del|della|di|du|la|le|ten|ter|zu|et|y|e|und|en|och|og|i|и|ve|&';

/** A person's or desk's name: 1–6 capitalised words, maybe joined by "and" or commas. */
const NAME = new RegExp(
  `^(?:[\\p{Lu}][\\p{L}'’.-]*|de|van|von|al|el|bin|,)(?:\\s+(?:[\\p{Lu}][\\p{L}'’.-]*|${NAME_JOINER})|,)*$`,
  'u',
);

export const MAX_NAME_WORDS = 8;

/** A name in letters of no case (`محمد علي`, `张伟`, `홍길동`): up to four words, a `·` or `・`
 * inside a transliterated one (`迈克尔·乔丹`). */
const CASELESS_NAME = /^[\p{Lo}\p{M}·・]+(?: [\p{Lo}\p{M}·・]+){0,3}$/u;
const MAX_CASELESS_NAME_CHARS = 40;

/** One letter or digit, and one space character (for wordCount's loop beyond ASCII). */
const WORD_CHAR = /^[\p{L}\p{N}]$/u;

const SPACE = /^\s$/;

/** What ends a sentence, and what may close it after (`."`, `?)`), in Latin, CJK (`。！？`),
 * Arabic (`؟`) and Devanagari (`।`) punctuation. */
const SENTENCE_STOPS = '.!?…。！？؟।';
const SENTENCE_CLOSERS = '"”\'’)]」』）》»';

/** How a title or heading opens: a capital, a digit, a quote or a bracket; in a script without
 * capitals (Arabic, Hebrew, Persian, …: letters of no case, `\p{Lo}`), any letter. */
const TITLE_START = /^[\p{Lu}\p{Lt}\p{Lo}\p{N}"“‘'(]/u;

/** `… U.S.`, `… Conf.`: a short capitalised word (an abbreviation) before a closing full stop. */
const SHORT_CAPITALISED_END = /\b[\p{Lu}][\p{L}]{0,4}\.$/u;

const MIN_TITLE_WORDS = 2;

/** Prose: a line with at least this many words that ends a sentence. */
const MIN_PROSE_WORDS = 8;

/** An abbreviation such as `U.N.` that ends a line without ending the sentence. */
export const ABBREVIATION_END =
  /\b(?:[A-Z]\.){2,}$|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|St|Lt|Col|Capt|Sgt)\.$/;

export const BULLET = /^(?:[*•·▪‣◦]|-(?=\s))\s+/;

export const MAX_TITLE_WORDS = 30;

/** Lines shorter than this are too weak to decide anything alone. */
export const SHORT_LINE_WORDS = 4;

/** Characters that render as a space or as nothing, and runs of spaces. */
const INVISIBLE_SPACE = /[\u00a0\u2000-\u200a\u202f\u205f\u3000\t]/g;
const ZERO_WIDTH = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
const SPACE_RUN = / {2,}/g;
/** What normalizeSpacing has to change: a character of INVISIBLE_SPACE or ZERO_WIDTH, or a
 * double space. Most lines, in every script, have none: one scan rules them out. */
const UNUSUAL_SPACING = /[\u00a0\u2000-\u200d\u202f\u205f\u2060\u3000\ufeff\u00ad\t]| {2}/;

/**
 * A line as the rules read it: spaces of every kind one plain space, invisible characters gone.
 * @example normalizeSpacing(' a\u00a0\u00a0b\u200bc ') // 'a bc'
 */
export function normalizeSpacing(raw: string): string {
  // A line with nothing to change needs only a trim (hot path).
  if (!UNUSUAL_SPACING.test(raw)) return raw.trim();
  return raw.replace(ZERO_WIDTH, '').replace(INVISIBLE_SPACE, ' ').replace(SPACE_RUN, ' ').trim();
}

/** Is the character at `i` a letter or digit? ASCII is decided without a regex (hot path). */
function isWordChar(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 48 && c <= 57) || ((c | 32) >= 97 && (c | 32) <= 122);
  return WORD_CHAR.test(String.fromCodePoint(s.codePointAt(i)!));
}

function isSpace(s: string, i: number): boolean {
  const c = s.charCodeAt(i);
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : SPACE.test(s[i]!);
}

/** Space-separated parts that hold a letter or digit (so "–" alone is not a word), or
 * `atMost` when there are more (all a threshold test needs). */
export function wordCount(s: string, atMost: number = Infinity): number {
  return Math.min(countWords(s), atMost);
}

/** Ten rules count the words of the same lines: each line is counted once (its whole length,
 * so every threshold is answered from one count; 15 % of the parse on the corpus's pages). */
const countWords = memoize(countAll);

/** Scripts written without spaces between words (Chinese, Japanese, Thai, Lao, Khmer, Burmese):
 * their words are told by the runtime's ICU dictionaries, not by spaces. Told by code unit
 * ranges in the count's own loop: a `\p{Script=…}` regex scan of every line cost more than the
 * count (hot path). The ranges: Thai and Lao, Myanmar (and its extensions), Khmer, kana, CJK
 * ideographs and marks (extension A, the main block, compatibility ones, and the surrogates of
 * extensions B–F), half-width kana; tests/parse/text.test.ts checks them against the scripts. */
const UNSPACED_RANGES: readonly (readonly [number, number])[] = [
  [0x0e00, 0x0eff],
  [0x1000, 0x109f],
  [0x1780, 0x17ff],
  [0x3005, 0x3007],
  [0x303b, 0x303b],
  [0x3040, 0x30ff],
  [0x31f0, 0x31ff],
  [0x3400, 0x4dbf],
  [0x4e00, 0x9fff],
  [0xa9e0, 0xa9ff],
  [0xaa60, 0xaa7f],
  [0xd840, 0xd87f],
  [0xf900, 0xfaff],
  [0xff66, 0xff9d],
];
const FIRST_UNSPACED = 0x0e00;
const WORDS = new Intl.Segmenter(undefined, { granularity: 'word' });

function isUnspaced(c: number): boolean {
  if (c < FIRST_UNSPACED) return false;
  for (const [lo, hi] of UNSPACED_RANGES) if (c >= lo && c <= hi) return true;
  return false;
}

function countAll(s: string): number {
  // A character loop: a regex match would build an array of every word.
  let n = 0;
  let counted = false; // the current part has been counted
  for (let i = 0; i < s.length; i++) {
    if (isUnspaced(s.charCodeAt(i))) return segmentedWords(s);
    if (isSpace(s, i)) counted = false;
    else if (!counted && isWordChar(s, i)) {
      n++;
      counted = true;
    }
  }
  return n;
}

/** Words of a line in a script without spaces, as Intl.Segmenter divides it (`政府|公布|新|预算`). */
function segmentedWords(s: string): number {
  let n = 0;
  for (const part of WORDS.segment(s)) if (part.isWordLike) n++;
  return n;
}

/** Ends with `.`, `!`, `?` or `…`, maybe inside closing quotes or brackets. A backward scan:
 * a regex anchored at the end is tried from every start position (hot path, long lines). */
export function endsSentence(s: string): boolean {
  let i = s.length - 1;
  while (i >= 0 && SENTENCE_CLOSERS.includes(s[i]!)) i--;
  return i >= 0 && SENTENCE_STOPS.includes(s[i]!);
}

/** A full sentence of some length: the stuff article bodies are made of. */
export function isProse(s: string): boolean {
  return endsSentence(s) && wordCount(s, MIN_PROSE_WORDS) >= MIN_PROSE_WORDS;
}

/** Opens as a title does: a capital, a digit, a quote or a bracket. */
export function opensLikeTitle(s: string): boolean {
  return TITLE_START.test(s);
}

/** Short, no closing full stop: how titles, headings and list entries look. */
export function isTitleLike(s: string, maxWords: number = MAX_TITLE_WORDS): boolean {
  if (!TITLE_START.test(s)) return false;
  if (s.endsWith('.') && !SHORT_CAPITALISED_END.test(s)) return false;
  const n = wordCount(s, maxWords + 1);
  return n >= MIN_TITLE_WORDS && n <= maxWords;
}

/** A person's or desk's name: a few capitalised words, or (in a script without capitals:
 * Arabic, Chinese, Korean, …) a few words of that script. */
export function isName(s: string): boolean {
  return (
    wordCount(s, MAX_NAME_WORDS + 1) <= MAX_NAME_WORDS &&
    (NAME.test(s) || (s.length <= MAX_CASELESS_NAME_CHARS && CASELESS_NAME.test(s)))
  );
}

/** looseKey of a line, cached: a page's lines and listed titles are keyed by several rules, and
 * an outlet prints the same menus and lists on every page. */
export const lineKey = memoize(looseKey);
