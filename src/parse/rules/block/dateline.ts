// A dateline opening the first paragraph (`Damascus, SANA –`, `BUDAPEST, Feb 18 (Reuters) -`,
// `TEHRAN --`) stays in the text and is also recorded; when it names an agency, that is the
// source. A dateline's date without a year is not a date.
import { PATTERNS } from '../../patterns.ts';
import type { ParseRule, ParseState } from '../../state.ts';

export const dateline: ParseRule = {
  name: 'dateline',
  purpose: 'A dateline opening the first paragraph is recorded; an agency in it is the source.',
  reads: ['blocks'],
  sets: ['dateline', 'source'],
  needs: ['paragraphs'],
  run,
};

function run(state: ParseState): void {
  const first = state.blocks.find((b) => b.type === 'paragraph');
  if (!first) return;
  const t = first.text;
  const agency = PATTERNS.agencyDateline.exec(t);
  const place = agency ? null : PATTERNS.placeAgencyDateline.exec(t);
  if (agency || place) {
    state.dateline = (agency ?? place)![0].trim();
    state.source ??= agency ? agency[1]! : place![2]!;
    return;
  }
  const site = PATTERNS.siteDateline.exec(t);
  if (site) {
    state.dateline = site[0].trim();
    state.source ??= site[1]!;
    return;
  }
  const caps = PATTERNS.capitalsDateline.exec(t);
  if (caps) state.dateline = caps[0].trim();
}
