// fieldHeader: a dump's opening `Key: value` lines.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

ruleCases('fieldHeader', [
  {
    name: 'title, author, date and source fields: the values are the record’s, the labels cut',
    text: [
      'Title: Government announces new budget',
      'Author: Jane Smith',
      'Date: 2019-03-04',
      'Source: Example Times',
      '',
      PROSE,
    ],
    lines: { 1: 'title', 2: 'byline', 3: 'date', 4: 'dropped: field-header:source' },
    cut: { 1: ['field-label: Title:'], 2: ['field-label: Author:'] },
    record: {
      title: 'Government announces new budget',
      byline: 'Jane Smith',
      date: '2019-03-04',
      source: 'Example Times',
      body: [PROSE],
    },
  },
  {
    name: 'keys in another language, an address, and a field the record has no place for',
    text: [
      'Titre : Le gouvernement présente un nouveau budget',
      'Auteur : Jean Dupont',
      'Date : 4 mars 2019',
      'Lien : https://example.org/budget',
      'Rubrique : Politique',
      '',
      'Le ministre a déclaré lundi que les nouvelles règles entreraient en vigueur l’an prochain.',
    ],
    lines: { 4: 'dropped: field-header:url', 5: 'dropped: field-header' },
    record: {
      title: 'Le gouvernement présente un nouveau budget',
      byline: 'Jean Dupont',
      date: '2019-03-04',
      url: 'https://example.org/budget',
    },
  },
  {
    name: 'one `Key: value` line opening a text is text, not a header',
    text: ['Update: the vote was moved to Friday', '', PROSE],
    others: { 1: 'title' },
    record: { title: 'Update: the vote was moved to Friday', byline: null },
  },
  {
    name: 'an e-mail’s header: the subject is the title, the sender the source',
    text: [
      'From: Harbour Daily <news@harbourdaily.example>',
      'Subject: Port strike enters its second week as talks stall',
      'Date: Sun, 14 Mar 2021 08:40:00 +0000',
      '',
      PROSE,
    ],
    lines: { 1: 'dropped: field-header:source', 2: 'title', 3: 'date' },
    record: {
      title: 'Port strike enters its second week as talks stall',
      source: 'Harbour Daily',
      date: '2021-03-14T08:40:00',
    },
  },
  {
    name: 'a news API’s fields: keys written as code (`publishedAt`), the text in `content`',
    text: [
      'source: Example News',
      'author: Maria Keller',
      'title: Harbour bridge reopens after repairs',
      'published_at: 2020-02-17T10:30:00Z',
      `content: ${PROSE} Commuters said the reopening would cut… [+2371 chars]`,
    ],
    lines: { 4: 'date' },
    cut: { 5: ['field-label: content:', 'truncated: … [+2371 chars]'] },
    record: {
      date: '2020-02-17T10:30:00',
      source: 'Example News',
      body: [`${PROSE} Commuters said the reopening would cut`],
    },
  },
  {
    name: 'the text’s label alone on its line ends the header; the text follows',
    text: ['TITLE: Harbour bridge reopens', 'DATE: 17.02.2020', 'TEXT:', PROSE],
    lines: { 3: 'dropped: field-label' },
    record: { title: 'Harbour bridge reopens', date: '2020-02-17', body: [PROSE] },
  },
  {
    name: 'a name after `Text:` is the author’s credit, no text field',
    text: ['Title: Harbour bridge reopens', 'Text: Jane Doe', 'Date: 17 February 2020', '', PROSE],
    lines: { 2: 'byline' },
    record: { title: 'Harbour bridge reopens', byline: 'Jane Doe', body: [PROSE] },
  },
]);
