// Which way a language is written: the pages of right-to-left languages (Arabic, Persian,
// Hebrew, Urdu, …) are laid out right to left, by the primary subtag of their BCP 47 tag.

const RIGHT_TO_LEFT = new Set(['ar', 'fa', 'he', 'ur', 'ps', 'sd', 'ug', 'yi', 'dv', 'ckb']);

/**
 * `rtl` or `ltr` for a BCP 47 tag.
 * @example direction('fa-IR') // 'rtl'
 */
export function direction(tag: string): 'rtl' | 'ltr' {
  return RIGHT_TO_LEFT.has(tag.split('-')[0]!.toLowerCase()) ? 'rtl' : 'ltr';
}
