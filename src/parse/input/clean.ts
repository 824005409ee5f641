// Characters no page or feed may carry: control characters other than tab and line breaks,
// noncharacters (U+FFFE, U+FFFF, U+FDD0–U+FDEF, …) and lone surrogates. XML 1.0 forbids them
// (one makes feed.xml ill-formed) and HTML reports them as parse errors. Scrapers leave them
// behind (a NUL-free binary tail, a mis-decoded byte, a YAML escape such as "\x01"), so they are
// removed once, where text enters the parser, and counted.

/** With the `u` flag a surrogate class matches only unpaired surrogates. */
const FORBIDDEN = /(?![\t\n\r])[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/gu;
/** A superset of those, without the `u` flag (several times faster): surrogates in pairs and
 * astral noncharacters' halves match too, and the exact test then decides. */
const MAYBE_FORBIDDEN =
  // eslint-disable-next-line no-control-regex -- finding control characters is the point
  /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\ud800-\udfff\ufdd0-\ufdef\ufffe\uffff]/;
const HAS_FORBIDDEN = /(?![\t\n\r])[\p{Cc}\p{Cs}\p{Noncharacter_Code_Point}]/u;

export interface Cleaned {
  text: string;
  /** How many characters were removed. */
  removed: number;
}

/**
 * Removes the characters XML and HTML forbid.
 * @example cleanText('a\u0001b\uFFFE') // { text: 'ab', removed: 2 }
 */
export function cleanText(text: string): Cleaned {
  // Almost every text has none: one test is cheaper than a replace (hot path).
  if (!MAYBE_FORBIDDEN.test(text) || !HAS_FORBIDDEN.test(text)) return { text, removed: 0 };
  let removed = 0;
  const out = text.replace(FORBIDDEN, () => {
    removed++;
    return '';
  });
  return { text: out, removed };
}

/** The warning a record carries when its text had such characters. */
export function cleanedWarning(removed: number): string {
  return `removed ${removed} character(s) that HTML and XML forbid (control characters, noncharacters, lone surrogates)`;
}
