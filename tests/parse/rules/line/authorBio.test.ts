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

const LONG_PROSE =
  'The county council has approved a plan to rebuild the old harbour wall, which was badly damaged in the winter storms, at a cost of about four million pounds.';
ruleCases('authorBio', [
  {
    name: 'an author box after the text: heading and role dropped, the name is the byline',
    text: [
      'A Headline Here',
      '',
      LONG_PROSE,
      '',
      'Über die Autorin',
      'Anna Becker',
      'Redakteurin im Ressort Wirtschaft',
    ],
    lines: { 5: 'dropped: author-bio', 6: 'byline', 7: 'dropped: byline-role' },
    record: { byline: 'Anna Becker', body: [LONG_PROSE] },
  },
  {
    name: 'an author box in Spanish with a bio, when the head prints the byline',
    text: [
      'Un titular aquí',
      'Por Marta Ruiz',
      '',
      LONG_PROSE,
      '',
      'Sobre el autor',
      'Marta Ruiz',
      'Periodista',
      'Marta Ruiz es periodista de la sección de Economía desde 2018.',
    ],
    lines: {
      6: 'dropped: author-bio',
      7: 'dropped: author-bio',
      8: 'dropped: byline-role',
      9: 'dropped: author-bio',
    },
    record: { byline: 'Marta Ruiz', body: [LONG_PROSE] },
  },
  {
    name: 'guard: a closing heading and paragraph of the story stay',
    text: [
      'A Headline Here',
      '',
      LONG_PROSE,
      '',
      'The author',
      'Jane Austen wrote the novel in the house where the museum now stands, and it opens in May.',
    ],
    others: { 6: 'body' },
    record: { byline: null },
  },
]);

const PAGE_HEAD = [
  'Home',
  'News',
  'Local',
  'Sport',
  'Bread prices rise by a tenth in big cities',
  'March 14, 2024',
];
const PAGE_TEXT = [
  'Bread prices in several big cities have risen since the start of the week, and bakers say flour costs more.',
  'Local officials promised to review prices by the end of the month and to tighten checks on bakeries.',
  'Residents complain about the rising cost of living and ask the government for help.',
];
ruleCases('authorBio', [
  {
    name: 'a page’s author box after the text, dropped with the page’s menus, gives the byline',
    text: [...PAGE_HEAD, ...PAGE_TEXT, 'Author', 'Laura Bennett', 'Senior Reporter', 'Contact us'],
    lines: { 10: 'dropped: author-bio', 11: 'dropped: author-bio', 12: 'dropped: byline-role' },
    record: { byline: 'Laura Bennett', body: PAGE_TEXT },
  },
  {
    name: 'guard: a page’s footer menu after the text gives no byline',
    text: [...PAGE_HEAD, ...PAGE_TEXT, 'About us', 'Contact Us', 'Privacy Policy', 'Terms of Use'],
    record: { byline: null, body: PAGE_TEXT },
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
