// Text the record and the site share with the parser: how a text splits into lines (the
// record's line numbers count them so) and the loose key titles are compared by.
export const LINE_BREAK = /\r\n|\r|\n/;

/** Anything but printable ASCII: text that NFKC might change. */
export const NON_ASCII = /[^ -~\t\n\r]/;

export const NON_WORD_RUN = /[^\p{L}\p{N}]+/gu;

/**
 * A comparison key: case, quotes, punctuation and spacing do not matter.
 * @example looseKey('“Foo,  Bar!”') // 'foo bar'
 */
export function looseKey(s: string): string {
  // NFKC changes nothing in ASCII text, and in ASCII the letters and digits are [a-z0-9]: a
  // simpler pattern than the Unicode one (most text is ASCII; this runs on every short line).
  if (!NON_ASCII.test(s)) return s.toLowerCase().replace(ASCII_NON_WORD_RUN, ' ').trim();
  return s.normalize('NFKC').toLowerCase().replace(NON_WORD_RUN, ' ').trim();
}

const ASCII_NON_WORD_RUN = /[^a-z0-9]+/g;
