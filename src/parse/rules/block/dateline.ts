// A dateline opening the first paragraph (`Damascus, SANA –`, `BUDAPEST, Feb 18 (Reuters) -`,
// `TEHRAN --`) stays in the text and is also recorded; when it names an agency, that is the
// source. A dateline's date without a year is not a date.
import { findDate } from '../../readers/date.ts';
import { isProse } from '../../text.ts';
import type { ParseRule, ParseState } from '../../state.ts';
import { AGENCY, MONTH } from '../../vocabulary.ts';

/** `Damascus, SANA –`: place, then the publishing agency. Captures the agency. */
const PLACE_AGENCY_DATELINE =
  /^([\p{Lu}][\p{L}.'-]*(?:[ /][\p{Lu}][\p{L}.'-]*){0,3}),\s+([\p{Lu}]{2,}(?:\s[\p{Lu}]{2,})?)\s*[–—-]+\s*/u;

/** `BUDAPEST, Feb 18 (Reuters) -`, `NEW YORK (Reuters) -`, `Feb 9 (Reuters) -`. Captures the
 * agency. */
const AGENCY_DATELINE = new RegExp(
  `^(?:[\\p{Lu}][\\p{Lu}\\p{L} ./'-]*,?\\s+)?(?:(?:${MONTH})\\.?\\s+\\d{1,2}\\s+)?\\((${AGENCY})\\)\\s*[–—-]+\\s*`,
  'u',
);

/** `TEHRAN/DAMASCUS --`, `TEHRAN -`: a place in capitals. */
const CAPITALS_DATELINE = /^(\p{Lu}{2,}(?:[ /]\p{Lu}{2,}){0,3})\s*(?:--|[–—-])\s+/u;

/** `PanARMENIAN.Net -`: a site name opening the text. Captures the site. */
const SITE_DATELINE = /^([\p{L}]+\.(?:net|com|org|am|ru|ir|info))\s+[–—-]+\s+/iu;

/** A date, then a dash, opening the paragraph (maybe after its place, and before a wire's
 * tag: `SACRAMENTO, Calif., Sept. 12, 2023 —`, `NEW YORK, March 3, 2015 /PRNewswire/ --`).
 * Captures the words before the dash. */
const DATE_DATELINE = /^(\S.{5,70}?)\s*(?:--|—|–)\s*(?=\S)/u;
/** A press wire's tag between the date and the dash: `/PRNewswire/`, `(BUSINESS WIRE)`. */
const WIRE_TAG = /\s*(?:\/[^/]{2,30}\/|\([\p{Lu}\s]{2,30}\))$/u;
/** The place a dateline names before its date: capitalised words and commas (`SACRAMENTO,
 * Calif.,`, `LONDON,`). */
const PLACE_BEFORE_DATE = /^\p{Lu}[\p{L}.'’ -]*(?:,\s*\p{Lu}[\p{L}.'’ -]*)*,\s*$/u;

/** Does the line open with a dateline (`LEEDS, England, May 14, 2024 —`, `BUDAPEST, Feb 18
 * (Reuters) -`, `TEHRAN --`)? Such a paragraph is the article's first: what stands between it
 * and the headline is the head. */
export function opensWithDateline(t: string): boolean {
  if (AGENCY_DATELINE.test(t) || PLACE_AGENCY_DATELINE.test(t) || CAPITALS_DATELINE.test(t))
    return true;
  const words = DATE_DATELINE.exec(t)?.[1]!.replace(WIRE_TAG, '').trim() ?? '';
  const date = words === '' ? null : findDate(words);
  const before = date ? words.slice(0, words.length - date.text.length) : '';
  return date !== null && words.endsWith(date.text) && PLACE_BEFORE_DATE.test(before);
}

export const dateline: ParseRule = {
  name: 'dateline',
  purpose: 'A dateline opening the first paragraph is recorded; an agency in it is the source.',
  reads: ['blocks'],
  sets: ['dateline', 'source', 'date (a date opening the text, when no other is printed)'],
  needs: ['paragraphs'],
  run,
};

function run(state: ParseState): void {
  const first = state.blocks.find((b) => b.type === 'paragraph');
  if (!first) return;
  const t = first.text;
  // `Feb. 23, 2015 -- Life-threatening …`: the only date the text prints opens its first
  // paragraph, as a dateline does. It stays in the text and is the record's date.
  // (The first paragraph of prose: a label such as `WebMD Health News` may stand before it.)
  const prose = state.blocks.find((b) => b.type === 'paragraph' && isProse(b.text));
  const opening = prose ? DATE_DATELINE.exec(prose.text) : null;
  const words = opening?.[1]!.replace(WIRE_TAG, '').trim() ?? '';
  const date = opening && state.date === null ? findDate(words) : null;
  const before = date ? words.slice(0, words.length - date.text.length) : '';
  if (date && words.endsWith(date.text) && (before === '' || PLACE_BEFORE_DATE.test(before))) {
    state.date = date.iso;
    state.dateText = date.text;
    state.dateline = opening![0].trim();
    if (prose === first) return;
  }
  const agency = AGENCY_DATELINE.exec(t);
  const place = agency ? null : PLACE_AGENCY_DATELINE.exec(t);
  if (agency || place) {
    state.dateline = (agency ?? place)![0].trim();
    state.source ??= agency ? agency[1]! : place![2]!;
    return;
  }
  const site = SITE_DATELINE.exec(t);
  if (site) {
    state.dateline = site[0].trim();
    state.source ??= site[1]!;
    return;
  }
  const caps = CAPITALS_DATELINE.exec(t);
  if (caps) state.dateline = caps[0].trim();
}
