// A dateline opening the first paragraph (`Damascus, SANA –`, `BUDAPEST, Feb 18 (Reuters) -`,
// `TEHRAN --`) stays in the text and is also recorded; when it names an agency, that is the
// source. A dateline's date without a year is not a date.
import {
  datedOpening,
  AGENCY_DATELINE,
  CAPITALS_DATELINE,
  PLACE_AGENCY_DATELINE,
  SITE_DATELINE,
} from '../../readers/dateline.ts';
import { isProse } from '../../text.ts';
import type { ParseRule, ParseState } from '../../state.ts';

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
  const dated = prose && state.date === null ? datedOpening(prose.text) : null;
  if (dated) {
    state.date = dated.date.iso;
    state.dateText = dated.date.text;
    state.dateline = dated.dateline;
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
