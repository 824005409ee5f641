// An article's original address as a reader may follow it: an absolute http or https URL.
// Anything else a text or front matter prints there (`javascript:`, a bare host, a path) is no
// link to put on a page.

/**
 * Is `s` an absolute http(s) URL?
 * @example isWebAddress('https://www.reuters.com/article/x') // true
 * @example isWebAddress('javascript:alert(1)') // false
 */
export function isWebAddress(s: string): boolean {
  if (!/^https?:\/\/\S+$/i.test(s) || !URL.canParse(s)) return false;
  return new URL(s).hostname !== '';
}
