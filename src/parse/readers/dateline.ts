// A dateline opening a paragraph: `Damascus, SANA –`, `BUDAPEST, Feb 18 (Reuters) -`,
// `TEHRAN --`, `LEEDS, England, May 14, 2024 —`. Read by the dateline rule (which records it)
// and by the title rule (a paragraph it opens is the article's first).
import { findDate, type FoundDate } from './date.ts';
import { AGENCY, MONTH } from '../vocabulary.ts';

/** `Damascus, SANA –`: place, then the publishing agency. Captures the agency. */
export const PLACE_AGENCY_DATELINE =
  /^([\p{Lu}][\p{L}.'-]*(?:[ /][\p{Lu}][\p{L}.'-]*){0,3}),\s+([\p{Lu}]{2,}(?:\s[\p{Lu}]{2,})?)\s*[–—-]+\s*/u;

/** `BUDAPEST, Feb 18 (Reuters) -`, `NEW YORK (Reuters) -`, `Feb 9 (Reuters) -`. Captures the
 * agency. */
export const AGENCY_DATELINE = new RegExp(
  `^(?:[\\p{Lu}][\\p{Lu}\\p{L} ./'-]*,?\\s+)?(?:(?:${MONTH})\\.?\\s+\\d{1,2}\\s+)?\\((${AGENCY})\\)\\s*[–—-]+\\s*`,
  'u',
);

/** `TEHRAN/DAMASCUS --`, `TEHRAN -`: a place in capitals. */
export const CAPITALS_DATELINE = /^(\p{Lu}{2,}(?:[ /]\p{Lu}{2,}){0,3})\s*(?:--|[–—-])\s+/u;

/** `PanARMENIAN.Net -`: a site name opening the text. Captures the site. */
export const SITE_DATELINE = /^([\p{L}]+\.(?:net|com|org|am|ru|ir|info))\s+[–—-]+\s+/iu;

/** A date, then a dash, opening the paragraph (maybe after its place, and before a wire's
 * tag: `SACRAMENTO, Calif., Sept. 12, 2023 —`, `NEW YORK, March 3, 2015 /PRNewswire/ --`).
 * Captures the words before the dash. */
export const DATE_DATELINE = /^(\S.{5,70}?)\s*(?:--|—|–)\s*(?=\S)/u;
/** A press wire's tag between the date and the dash: `/PRNewswire/`, `(BUSINESS WIRE)`. */
const WIRE_TAG = /\s*(?:\/[^/]{2,30}\/|\([\p{Lu}\s]{2,30}\))$/u;
/** The place a dateline names before its date: capitalised words and commas (`SACRAMENTO,
 * Calif.,`, `LONDON,`). */
const PLACE_BEFORE_DATE = /^\p{Lu}[\p{L}.'’ -]*(?:,\s*\p{Lu}[\p{L}.'’ -]*)*,\s*$/u;

/** The date a dateline prints before its dash (after its place, before a wire's tag), with
 * the dateline's words; null when the paragraph opens with none.
 * @example datedOpening('LEEDS, England, May 14, 2024 — Foods said…') // { date: …2024-05-14…, dateline: 'LEEDS, England, May 14, 2024 —' }
 */
export function datedOpening(t: string): { date: FoundDate; dateline: string } | null {
  const opening = DATE_DATELINE.exec(t);
  if (!opening) return null;
  const words = opening[1]!.replace(WIRE_TAG, '').trim();
  const date = findDate(words);
  if (!date || !words.endsWith(date.text)) return null;
  const before = words.slice(0, words.length - date.text.length);
  return before === '' || PLACE_BEFORE_DATE.test(before)
    ? { date, dateline: opening[0].trim() }
    : null;
}

/** Does the line open with a dateline (`LEEDS, England, May 14, 2024 —`, `BUDAPEST, Feb 18
 * (Reuters) -`, `TEHRAN --`)? Such a paragraph is the article's first: what stands between it
 * and the headline is the head. */
export function opensWithDateline(t: string): boolean {
  if (AGENCY_DATELINE.test(t) || PLACE_AGENCY_DATELINE.test(t) || CAPITALS_DATELINE.test(t))
    return true;
  const dated = datedOpening(t);
  return dated !== null && !dated.dateline.startsWith(dated.date.text);
}
