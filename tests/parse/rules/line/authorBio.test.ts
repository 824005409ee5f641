// authorBio: the author's bio among the text's last lines.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

ruleCases('authorBio', [
  {
    name: 'a name, "is", a role: the author’s bio at the end is dropped',
    text: [
      'A Headline Here',
      '',
      PROSE,
      '',
      'Paul Joseph Watson is the editor at large of Infowars.com and Prison Planet.com.',
    ],
    lines: { 5: 'dropped: author-bio' },
    record: { body: [PROSE] },
  },
  {
    name: 'in another language, with the byline’s name',
    text: [
      'Un titre ici',
      'Par Jean Dupont',
      '',
      'Le ministre a déclaré lundi que les nouvelles règles entreraient en vigueur l’an prochain.',
      'Jean Dupont est journaliste au service politique.',
    ],
    lines: { 5: 'dropped: author-bio' },
  },
  {
    name: 'a closing line about another person of the story stays',
    text: [
      'A Headline Here',
      'By Jane Doe',
      '',
      PROSE,
      'John Smith is a former editor of the newspaper and now teaches in Boston.',
    ],
    others: { 5: 'body' },
  },
  {
    name: 'such a line in the middle of the text stays',
    text: [
      'A Headline Here',
      '',
      'Erin Cunningham is a correspondent who has covered the war since it began in 2011.',
      PROSE,
      PROSE.replace('first', 'second'),
      PROSE.replace('first', 'third'),
    ],
    others: { 3: 'body' },
  },
]);

ruleCases('authorBio', [
  {
    name: 'the byline’s name, then the verb of a beat: the bio at the end, in several languages',
    text: [
      'A Headline Here',
      'By Maria Keller',
      '',
      PROSE,
      'Maria Keller covers climate and energy for the Ledger. She joined the paper in 2019.',
    ],
    lines: { 5: 'dropped: author-bio' },
    record: { body: [PROSE] },
  },
  ...[
    'Maria Keller writes about housing and local politics.',
    'Maria Keller (@mkeller) reports on the courts for the Ledger.',
    'Maria Keller couvre la politique européenne pour le journal.',
    'Maria Keller berichtet für die Zeitung über Wirtschaft und Handel.',
    'Maria Keller escribe sobre salud y ciencia.',
    'Maria Keller si occupa di cronaca giudiziaria.',
  ].map((bio) => ({
    name: `a beat’s verb: "${bio}"`,
    text: ['A Headline Here', 'By Maria Keller', '', PROSE, bio],
    lines: { 5: 'dropped: author-bio' },
  })),
  {
    name: 'the label of the author’s box, alone with the bio under it, or before it',
    text: [
      'Un titre ici',
      'Par Jean Dupont',
      '',
      'Le ministre a déclaré lundi que les nouvelles règles entreraient en vigueur l’an prochain.',
      'À propos de l’auteur',
      'Jean Dupont suit la politique intérieure depuis dix ans.',
    ],
    lines: { 5: 'dropped: author-bio', 6: 'dropped: author-bio' },
  },
  {
    name: 'a label with the bio after it',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'About the author: Jane Roe has written three books on the history of the river trade.',
    ],
    lines: { 4: 'dropped: author-bio' },
  },
  {
    name: 'a beat’s verb after a name that is not the byline’s, or with no byline, stays',
    text: [
      'A Headline Here',
      'By Maria Keller',
      '',
      PROSE,
      'John Smith covers the cost of the repairs himself, the council said.',
    ],
    others: { 5: 'body' },
  },
  {
    name: 'a thing that covers something, at the end of a text with no byline, stays',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Medicare Part B covers most of the cost of the new test from next year.',
    ],
    others: { 4: 'body' },
  },
]);

ruleCases('authorBio', [
  ...[
    'Anna Berger ist freie Journalistin in Berlin.',
    'Anna Berger es columnista del diario desde 2015.',
    'Anna Berger — корреспондент отдела экономики.',
  ].map((bio) => ({
    name: `a role in the bio: "${bio}"`,
    text: ['A Headline Here', 'By Anna Berger', '', PROSE, bio],
    lines: { 5: 'dropped: author-bio' },
  })),
  {
    name: 'a dash after a name of the story, not the byline’s, stays',
    text: [
      'A Headline Here',
      'By Anna Berger',
      '',
      PROSE,
      'Иван Петров — корреспондент, которого задержали в прошлом месяце, вышел на свободу.',
    ],
    others: { 5: 'body' },
  },
]);
