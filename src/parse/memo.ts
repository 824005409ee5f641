// A cache for the pure readers that many rules call on the same line (is it a date line, a
// head field?): a web page's lines are asked the same question by five rules. Pure functions
// only, so the cache can change no result; it is emptied when full, to bound its memory.

/** Cached answers before the cache is emptied (lines of a few large pages). */
const MAX_ENTRIES = 20_000;

/**
 * `fn` with its answers cached by argument.
 * @example const slow = (s: string) => s.length; const fast = memoize(slow); fast('ab') // 2
 */
export function memoize<T extends NonNullable<unknown> | null>(
  fn: (s: string) => T,
): (s: string) => T {
  // Answers are never undefined (null and false are answers): one lookup tells a hit. A
  // prototype-less object, not a Map: its keys are the engine's interned strings, so a line
  // asked again (by the next rule, or the same menu line on the next page) is found without
  // hashing and comparing its text again; on the corpus this halved the cache's share of the
  // parse (17 % to 10 %). Without a prototype, `__proto__` or `constructor` are keys like any.
  let cache: Record<string, T> = Object.create(null) as Record<string, T>;
  let size = 0;
  return (s) => {
    const hit = cache[s];
    if (hit !== undefined) return hit;
    if (size >= MAX_ENTRIES) {
      cache = Object.create(null) as Record<string, T>;
      size = 0;
    }
    const value = fn(s);
    cache[s] = value;
    size++;
    return value;
  };
}

/**
 * `fn` with its answers cached for strings of up to `maxChars`, computed afresh for longer ones:
 * for a reader asked of every line, where the short lines (menus, share rows, footers, labels)
 * are the ones an outlet prints on every page, and a paragraph is seldom seen twice.
 * @example const isShortMenu = memoizeShort((s) => s.startsWith('Menu'), 160)
 */
export function memoizeShort<T extends NonNullable<unknown> | null>(
  fn: (s: string) => T,
  maxChars: number,
): (s: string) => T {
  const cached = memoize(fn);
  return (s) => (s.length <= maxChars ? cached(s) : fn(s));
}
