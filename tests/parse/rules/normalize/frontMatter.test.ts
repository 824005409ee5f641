// frontMatter: a YAML mapping with a known key at the top is the user's overrides.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

ruleCases('frontMatter', [
  {
    name: 'a mapping with known keys: read, its lines dropped',
    text: [
      '---',
      'title: From The Front Matter',
      'tags: [a, b]',
      '---',
      'Headline Of The Text',
      '',
      PROSE,
    ],
    lines: { 1: 'dropped: front-matter', 2: 'dropped: front-matter', 4: 'dropped: front-matter' },
    record: { title: 'From The Front Matter', tags: ['a', 'b'] },
  },
  {
    name: 'two rule lines around a headline are no front matter',
    text: ['---', 'A Headline Between Rules', '---', PROSE],
    others: { 1: 'dropped: boilerplate:rule', 2: 'title' },
    record: { title: 'A Headline Between Rules' },
  },
]);
