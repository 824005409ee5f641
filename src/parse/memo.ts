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
  // Answers are never undefined (null and false are answers): one lookup tells a hit.
  const cache = new Map<string, T>();
  return (s) => {
    const hit = cache.get(s);
    if (hit !== undefined) return hit;
    if (cache.size >= MAX_ENTRIES) cache.clear();
    const value = fn(s);
    cache.set(s, value);
    return value;
  };
}
