// Small text helpers shared by the rules.
import { PATTERNS } from './patterns.ts';

export function wordCount(s: string): number {
  // Space-separated parts that hold a letter or digit (so "–" alone is not a word).
  return s.match(PATTERNS.word)?.length ?? 0;
}

/** A comparison key: case, quotes, punctuation and spacing do not matter. */
export function looseKey(s: string): string {
  return s.normalize('NFKC').toLowerCase().replace(PATTERNS.nonWordRun, ' ').trim();
}

export function endsSentence(s: string): boolean {
  return PATTERNS.sentenceEnd.test(s);
}

/** A full sentence of some length: the stuff article bodies are made of. */
export function isProse(s: string): boolean {
  return wordCount(s) >= PATTERNS.minProseWords && endsSentence(s);
}

/** Short, no closing full stop: how titles, headings and list entries look. */
export function isTitleLike(s: string, maxWords: number = PATTERNS.maxTitleWords): boolean {
  const n = wordCount(s);
  if (n < PATTERNS.minTitleWords || n > maxWords) return false;
  if (/[.]$/.test(s) && !/\b[\p{Lu}][\p{L}]{0,4}\.$/u.test(s)) return false;
  return /^[\p{Lu}\p{N}"“‘'(]/u.test(s);
}

/** A person's or desk's name: a few capitalised words. */
export function isName(s: string): boolean {
  return wordCount(s) <= PATTERNS.maxNameWords && PATTERNS.name.test(s);
}
