// signOff: the author's or agency's sign-off after the last paragraph.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

ruleCases('signOff', [
  {
    name: 'a name alone after the last paragraph is the byline when none was read',
    text: ['A Headline Here', '', PROSE, '', 'Maria Keller'],
    lines: { 5: 'byline' },
    record: { byline: 'Maria Keller', body: [PROSE] },
  },
  {
    name: 'the place after the name is reported, not kept in the byline',
    text: ['A Headline Here', '', PROSE, '', 'Maria Keller, Rome'],
    lines: { 5: 'byline' },
    cut: { 5: ['head-rest: , Rome'] },
    record: { byline: 'Maria Keller' },
  },
  {
    name: 'a known agency glued bare after the last sentence, the reporter’s address under it',
    text: ['A Headline Here', '', `${PROSE} PTI`, 'maria.keller@example.com'],
    cut: { 3: ['sign-off: PTI'] },
    others: { 4: 'dropped: boilerplate:contact' },
    record: { byline: 'PTI', body: [PROSE] },
  },
  {
    name: 'an agency alone there, or glued to the paragraph in brackets or after a dash',
    text: ['A Headline Here', '', PROSE, '', 'EFE'],
    lines: { 5: 'byline' },
    record: { byline: 'EFE' },
  },
  {
    name: 'glued: the sign-off is cut off the paragraph and reported',
    text: ['A Headline Here', '', `${PROSE} (AFP)`],
    cut: { 3: ['sign-off: (AFP)'] },
    record: { byline: 'AFP', body: [PROSE] },
  },
  {
    name: 'a dash and a name after the last sentence',
    text: ['A Headline Here', '', `${PROSE} — Maria Keller`],
    cut: { 3: ['sign-off: — Maria Keller'] },
    record: { byline: 'Maria Keller', body: [PROSE] },
  },
  {
    name: 'the byline read in the head stays; the sign-off is dropped',
    text: ['A Headline Here', 'By Jane Doe', '', PROSE, '', 'Jane Doe'],
    lines: { 6: 'dropped: sign-off' },
    record: { byline: 'Jane Doe' },
  },
  {
    name: 'a mark in capitals alone at the end is no agency',
    text: ['A Headline Here', '', PROSE, '', 'ENDS'],
    record: { byline: null },
  },
]);
