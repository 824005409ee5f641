// headlineList: a block of headlines with no heading is a story list.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

const HEADLINES = [
  'Drunk man terrorizes streets of small Polish town in Soviet tank',
  'Pay to breathe? Oxygen bars hit New Delhi as India chokes under pollution',
  'NASA tracking three asteroids headed this way, two spotted just days ago',
  'Amsterdam mayor slams tourists who humiliate the city’s sex workers',
];
const P2 = 'The second paragraph goes on with what the officials said on Tuesday afternoon.';

ruleCases('headlineList', [
  {
    name: 'four headlines one under the other, after the article, are listed stories',
    text: ['A Headline Here', '', PROSE, '', 'All podcasts', ...HEADLINES, '', 'Where to watch'],
    lines: { 6: 'featured', 9: 'featured' },
    record: { featured: HEADLINES.map((title) => ({ title })) },
  },
  {
    name: 'a list the article introduces with a colon is its own',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'In the interview, the president also said:',
      '',
      ...HEADLINES,
    ],
    others: { 6: 'body', 9: 'body' },
    record: { featured: [] },
  },
  {
    name: 'a list between two paragraphs is the article’s own',
    text: ['A Headline Here', '', PROSE, '', ...HEADLINES, '', P2],
    others: { 5: 'body' },
    record: { featured: [] },
  },
  {
    name: 'three headlines are too few to tell a list from an article’s lines',
    text: ['A Headline Here', '', PROSE, '', 'All podcasts', ...HEADLINES.slice(0, 3)],
    others: { 6: 'body' },
    record: { featured: [] },
  },
  {
    // Short sentences of a script without spaces end in `。`: they are paragraphs, not headlines.
    name: 'sentences ending in a CJK full stop are no headlines',
    text: [
      '政府、新たな経済対策を発表',
      '',
      '政府は14日、新たな経済対策を発表した。総額は約10兆円に上る。',
      '対策には中小企業への支援や、インフラ投資の拡大が含まれる。',
      '野党は規模が不十分だと批判している。',
      '与党は来週にも関連法案を国会に提出する方針だ。',
    ],
    others: { 3: 'body', 6: 'body' },
    record: { featured: [] },
  },
]);

const LONG_WORD_HEADLINES = [
  'Jäähalli suljetaan kesäkuussa korjaustöiden ajaksi',
  'Kaupunginhallitus esittää kiinteistöveron korottamista',
  'Ammattikorkeakoulu aloittaa uuden sairaanhoitajakoulutuksen',
  'Tuulivoimapuiston rakennuslupa hyväksyttiin äänestyksen jälkeen',
];

ruleCases('headlineList', [
  {
    name: 'headlines of four or five long words (Finnish, Hungarian) are headlines too',
    text: ['A Headline Here', '', PROSE, '', 'All podcasts', ...LONG_WORD_HEADLINES, '', 'Where'],
    lines: { 6: 'featured', 9: 'featured' },
    record: { featured: LONG_WORD_HEADLINES.map((title) => ({ title })) },
  },
  {
    name: 'menu entries of four short words are no headlines',
    text: [
      'A Headline Here',
      '',
      PROSE,
      '',
      'Sign up for newsletters',
      'Advertise with us today',
      'Terms of our service',
      'Contact the news desk',
    ],
    record: { featured: [] },
  },
  {
    name: 'the article’s byline and date lines under its headline are no listed headlines',
    text: [
      'Home',
      'News',
      'Prefeitura anuncia nova linha de ônibus elétrico para o aeroporto',
      'Obra prevê faixa exclusiva de quatro quilômetros e onze estações novas',
      'Por Marina Costa, Diário do Vale Notícias',
      '22/04/2024 14h35 Atualizado há 2 horas',
      PROSE,
    ],
    others: { 5: 'byline' },
    record: { featured: [] },
  },
]);
