// Cutting text to a length for excerpts and meta descriptions, in any script: at a space when
// one is near the end, else between graphemes (Chinese and Japanese print no spaces; a long
// token has none), never inside a surrogate pair or before a combining mark.

/** A space this far into the limit or further is a good place to cut; nearer the start, not. */
const MIN_WORD_CUT = 0.6;
const graphemes = new Intl.Segmenter('und', { granularity: 'grapheme' });

/**
 * `text` when it is at most `max` characters long, else a cut of at most `max` characters
 * followed by ` …`.
 * @example truncate('The minister said on Sunday', 20) // 'The minister said …'
 */
export function truncate(text: string, max: number): string {
  if (text.length <= max) return text;
  const space = text.lastIndexOf(' ', max);
  if (space >= max * MIN_WORD_CUT) return `${text.slice(0, space)} …`;
  let end = 0;
  for (const { index, segment } of graphemes.segment(text)) {
    if (index + segment.length > max) break;
    end = index + segment.length;
  }
  return `${text.slice(0, end)}…`;
}
