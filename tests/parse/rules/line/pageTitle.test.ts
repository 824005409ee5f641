// pageTitle: a page's title element above the headline printed alone.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

const HEADLINE = 'Floods force thousands from homes in northern Italy';

ruleCases('pageTitle', [
  {
    name: 'the headline and the outlet’s name above the headline alone: dropped, the name the source',
    text: [`${HEADLINE} - Example News`, HEADLINE, '21 May 2023', '', PROSE],
    lines: { 1: 'dropped: page-title' },
    others: { 2: 'title' },
    record: { title: HEADLINE, source: 'Example News', date: '2023-05-21' },
  },
  ...['|', '–', '·'].map((mark) => ({
    name: `the same with a ${mark} between, past a menu`,
    text: [`${HEADLINE} ${mark} El Diario`, 'Home', 'World', 'Sport', HEADLINE, '', PROSE],
    lines: { 1: 'dropped: page-title' },
    record: { title: HEADLINE, source: 'El Diario' },
  })),
  {
    name: 'a headline with a colon, printed once, is left whole',
    text: ['Brexit: what happens now', '', PROSE],
    others: { 1: 'title' },
    record: { title: 'Brexit: what happens now', source: null },
  },
  {
    name: 'a long phrase after the separator is no outlet’s name',
    text: [
      `${HEADLINE} - and what the government plans to do about it next week`,
      HEADLINE,
      '',
      PROSE,
    ],
    record: { source: null },
  },
  {
    name: 'a count or a word in lower case after the separator is no outlet’s name',
    text: [`${HEADLINE} - 2 comments`, `${HEADLINE} | read more`, HEADLINE, '', PROSE],
    record: { source: null },
  },
]);
