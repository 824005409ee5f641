// pageRegion: on a scraped web page, the article is the run richest in prose; its title stands
// beside its date or byline; what lies outside is navigation.
import { ruleCases } from '../../../support/rule-cases.ts';

const MENU = ['Home', 'World', 'Business', 'Sport', 'Culture', 'Travel', 'Opinion', 'Video'];
const P1 = 'The harbour bridge reopened on Monday after two years of repairs, the council said.';
const P2 = 'Traffic is expected to return to normal within a week, officials added on Tuesday.';
const P3 = 'Engineers replaced the cables and the deck, and tested the span for a month.';
const page = [
  ...MENU,
  ...MENU.map((m) => `${m} news`),
  'Harbour Bridge Reopens After Long Repairs',
  'By Jane Doe',
  '17 February 2020',
  P1,
  P2,
  P3,
  'About us',
  'Contact',
];

ruleCases('pageRegion', [
  {
    name: 'menus are navigation; the headline above the byline is the title',
    text: page,
    lines: {
      1: 'dropped: navigation',
      16: 'dropped: navigation',
      17: 'title',
      24: 'dropped: navigation',
    },
    others: { 18: 'byline', 19: 'date' },
    record: {
      title: 'Harbour Bridge Reopens After Long Repairs',
      byline: 'Jane Doe',
      date: '2020-02-17',
      body: [P1, P2, P3],
    },
  },
]);

ruleCases('pageRegion', [
  {
    name: 'a label that speaks of the reader’s things is no headline',
    text: [
      ...MENU,
      ...MENU.map((m) => `${m} news`),
      'Angry media won’t buckle over new surveillance laws',
      'Login using your Newspass account',
      'By Jane Doe',
      '17 February 2020',
      P1,
      P2,
      P3,
    ],
    record: { title: 'Angry media won’t buckle over new surveillance laws' },
  },
]);

ruleCases('pageRegion', [
  {
    name: 'a toolbar’s label (two tool verbs) is no headline',
    text: [
      ...MENU,
      ...MENU.map((m) => `${m} news`),
      'With shattered dreams, deportees return home from the US',
      '17 February 2020',
      'Print This Article Share it With Friends',
      'By Jane Doe',
      P1,
      P2,
      P3,
    ],
    record: { title: 'With shattered dreams, deportees return home from the US' },
  },
]);

const SHARE = ['Facebook', 'Messenger', 'Twitter', 'Email', 'Pinterest', 'WhatsApp', 'LinkedIn'];

ruleCases('pageRegion', [
  {
    name: 'a notice that links open in a new window is no headline, in any language',
    text: [
      ...MENU,
      ...MENU.map((m) => `${m} news`),
      'Link externo, abre página da Folha de S.Paulo no Twitter',
      'These are external links and will open in a new window',
      '',
      'Harbour Bridge Reopens After Long Repairs',
      '17 February 2020',
      P1,
      P2,
      P3,
    ],
    record: { title: 'Harbour Bridge Reopens After Long Repairs' },
  },
  {
    name: 'a headline printed once stands above its standfirst, which need not end a sentence',
    text: [
      ...MENU,
      ...MENU.map((m) => `${m} news`),
      'Tite diz que errou ao levar taça da Libertadores a Lula em 2012',
      '',
      'Na ocasião, técnico do Corinthians entregou réplica do troféu ao ex-presidente',
      '',
      '21 December 2018',
      P1,
      P2,
      P3,
    ],
    lines: { 17: 'title', 19: 'dropped: page-head' },
    record: { title: 'Tite diz que errou ao levar taça da Libertadores a Lula em 2012' },
  },
  {
    name: 'a share panel between the date and the first paragraph does not hide the head',
    text: [
      ...MENU,
      ...MENU.map((m) => `${m} news`),
      'Harbour Bridge Reopens After Long Repairs',
      '17 February 2020',
      ...SHARE.map((s) => `Share this with ${s}`),
      'Share',
      'Share this with',
      ...SHARE.flatMap((s) => [s, `Share this with ${s}`]),
      'Copy this link',
      'https://www.example.com/news/harbour-bridge-50473792',
      'These are external links and will open in a new window',
      'Close share panel',
      P1,
      P2,
      P3,
    ],
    lines: { 17: 'title', 43: 'dropped: page-head' },
    record: { title: 'Harbour Bridge Reopens After Long Repairs', date: '2020-02-17' },
  },
]);

ruleCases('pageRegion', [
  {
    name: 'a "by" line after the article’s prose (an ad widget’s credit) is not its head',
    text: [
      ...MENU,
      ...MENU.map((m) => `${m} news`),
      'Harbour Bridge Reopens After Long Repairs',
      'Alex Perry 1 day ago',
      P1,
      P2,
      P3,
      'by Taboola by Taboola',
      'Sponsored Links',
      'What Were the Big Topics at the Developer Forum?',
      'Undo',
      'Say Goodbye To Snoring, Say Hello to Sleep',
    ],
    lines: { 17: 'title' },
    record: { title: 'Harbour Bridge Reopens After Long Repairs', body: [P1, P2, P3] },
  },
]);

ruleCases('pageRegion', [
  {
    name: 'a menu of the outlet’s shows (one a "By …" name) holds no headline; the short one by the byline wins',
    text: [
      ...MENU,
      ...MENU.map((m) => `${m} news`),
      'Brave New World',
      'By Any Means Necessary',
      'Double Down',
      'The Critical Hour',
      'The Mother of All Talk Shows',
      '',
      'Search',
      'Royal Self-Indicting Arrogance',
      '',
      'Columnists',
      '18 November 2019',
      'by Finian Cunningham',
      P1,
      P2,
      P3,
    ],
    lines: { 24: 'title' },
    record: { title: 'Royal Self-Indicting Arrogance', byline: 'Finian Cunningham' },
  },
]);

ruleCases('pageRegion', [
  {
    name: 'a headline printed right under a menu of section names is no menu entry',
    text: [
      'Startseite',
      'Politik',
      'Wirtschaft',
      'Sport',
      'Kultur',
      'Meinung',
      'Anmelden',
      'Politik',
      'Bundesregierung stellt neuen Haushalt vor',
      'Mehr Geld für Bildung und Verteidigung, weniger für Subventionen',
      'Von Hans Müller',
      '04.03.2019, 08:40 Uhr',
      'Die Bundesregierung hat am Montag ihren Entwurf für den Haushalt des kommenden Jahres vorgestellt.',
      'Der Finanzminister sagte in Berlin, der Haushalt komme ohne neue Schulden aus, obwohl die Ausgaben steigen.',
    ],
    lines: { 2: 'dropped: navigation', 9: 'title', 10: 'dropped: page-head' },
    record: { title: 'Bundesregierung stellt neuen Haushalt vor', byline: 'Hans Müller' },
  },
  {
    name: 'a short page: its buttons and lists count as page though boilerplate claimed them',
    text: [
      'Ir al contenido',
      'Portada',
      'Nacional',
      'Economía',
      'Deportes',
      'Iniciar sesión',
      'El Gobierno aprueba el nuevo presupuesto con el apoyo de sus socios',
      'Por María García',
      'Madrid | 04/03/2019 - 08:40h',
      'Compartir en Facebook',
      'Compartir en Twitter',
      'El Consejo de Ministros aprobó este lunes el proyecto de presupuestos para el próximo año.',
      'La ministra de Hacienda defendió en rueda de prensa que las cuentas son las más sociales.',
    ],
    lines: { 2: 'dropped: navigation', 7: 'title' },
    others: { 9: 'date' },
    record: { byline: 'María García', date: '2019-03-04T08:40' },
  },
]);

ruleCases('pageRegion', [
  {
    name: 'a short page: a menu’s words above the headline and its date, in any script',
    text: [
      'Harbour Daily',
      'Home',
      'City',
      'Sport',
      'Harbour Bridge Reopens After Long Repairs',
      'By Jane Doe',
      '17 February 2020',
      P1,
      P2,
    ],
    lines: { 1: 'dropped: navigation', 4: 'dropped: navigation', 5: 'title' },
    others: { 6: 'byline', 7: 'date' },
    record: { title: 'Harbour Bridge Reopens After Long Repairs', body: [P1, P2] },
  },
  {
    name: 'a short page in a script without capitals and with its own digits',
    text: [
      'الرئيسية',
      'أخبار',
      'رياضة',
      'ارتفاع أسعار النفط في الأسواق العالمية',
      '١٤ مارس ٢٠١٩',
      'ارتفعت أسعار النفط الخام يوم الخميس في الأسواق العالمية لتصل إلى أعلى مستوى لها منذ أربعة أشهر.',
    ],
    lines: { 1: 'dropped: navigation', 3: 'dropped: navigation', 4: 'title' },
    record: { title: 'ارتفاع أسعار النفط في الأسواق العالمية', date: '2019-03-14' },
  },
  {
    name: 'a short page whose head prints the agency alone, and no date',
    text: [
      'Inicio',
      'Internacional',
      'Economía',
      'Inundaciones obligan a miles a dejar sus casas',
      'EFE',
      P1,
      P2,
    ],
    lines: { 1: 'dropped: navigation', 3: 'dropped: navigation', 4: 'title' },
    others: { 5: 'byline' },
    record: { byline: 'EFE', body: [P1, P2] },
  },
  {
    name: 'a breadcrumb’s cut-off copy of the headline loses to the headline whole',
    text: [
      'Home',
      'World',
      'Europe',
      'Floods force thousands from homes in…',
      'Floods force thousands from homes in northern Italy',
      'By Jane Doe',
      '17 February 2020',
      P1,
      P2,
    ],
    lines: { 4: 'dropped: navigation', 5: 'title' },
    record: { title: 'Floods force thousands from homes in northern Italy' },
  },
  {
    name: 'a dump’s kicker above its headline and date is no menu',
    text: ['Politics', 'Harbour Bridge Reopens After Long Repairs', '17 February 2020', P1, P2],
    others: { 2: 'title', 3: 'date' },
  },
  {
    name: 'a dump whose lines above the headline are long is no short page',
    text: [
      'Harbour Daily, the paper of the city',
      'Home of the harbour news since 1901',
      'City and sport and weather',
      'Harbour Bridge Reopens After Long Repairs',
      '17 February 2020',
      P1,
    ],
    others: { 1: 'title', 2: 'body', 5: 'date' },
  },
]);

ruleCases('pageRegion', [
  {
    name: 'a short page whose standfirst, ending like a sentence, stands between headline and byline',
    text: [
      'Startseite',
      'Politik',
      'Wirtschaft',
      'Bundesregierung beschließt neues Klimapaket',
      'Berlin. Die Regierung hat am Mittwoch ein Klimapaket beschlossen.',
      'Von Hans Müller',
      '14.03.2019, 10:30 Uhr',
      'Die Bundesregierung hat am Mittwoch nach langen Verhandlungen ein umfassendes Klimapaket beschlossen.',
    ],
    lines: { 1: 'dropped: navigation', 4: 'title', 5: 'dropped: page-head' },
    record: { title: 'Bundesregierung beschließt neues Klimapaket', byline: 'Hans Müller' },
  },
]);

// Paragraphs as long as a news site's, and a footer after them.
const L = [
  'The harbour bridge reopened on Monday after two years of repairs, the city council said in a statement on its website.',
  'Traffic is expected to return to normal within a week, officials added, as the ferries that carried commuters are withdrawn.',
  'Engineers replaced the cables and the deck of the span, and tested it for a month with lorries loaded with sand.',
  'The works cost more than 120 million euros, a third more than planned, because of delays in the supply of steel.',
  'Residents on both banks welcomed the news, though some complained that the tolls would rise again next spring.',
  'The mayor said the city would now turn to the second bridge upstream, which needs similar works within five years.',
];
const TOP = [
  ...MENU,
  'Weather',
  'Podcasts',
  'Newsletters',
  'Sign in',
  'Harbour Bridge Reopens After Two Years Of Repairs',
  'By Jane Doe',
  '17 February 2020',
];
const FOOT = ['About us', 'Contact', 'Privacy policy'];
const LIST = [
  'The five longest bridges in the country:',
  '1. Vasco da Gama',
  '2. Ponte 25 de Abril',
  '3. Ponte da Arrábida',
  '4. Ponte Luiz I',
  '5. Ponte Salgueiro Maia',
];

ruleCases('pageRegion', [
  {
    name: 'a story list and share buttons set in the article: the paragraphs after them are its',
    text: [
      ...TOP,
      ...L.slice(0, 3),
      'Read more',
      'Ferry services to end as bridge reopens',
      'City budget: what the repairs cost',
      'Share',
      'Facebook',
      'Twitter',
      'Advertisement',
      ...L.slice(3),
      ...FOOT,
    ],
    others: { 26: 'body', 27: 'body', 28: 'body' },
    record: { body: L },
  },
  {
    name: 'a numbered list in the article, and the line that introduces it, are the article’s',
    text: [...TOP, ...L.slice(0, 3), ...LIST, ...L.slice(3), ...FOOT],
    others: { 19: 'body', 24: 'body', 25: 'body' },
    record: { body: [...L.slice(0, 3), ...LIST, ...L.slice(3)] },
  },
  {
    name: 'after the article, buttons, then a commenter’s name and comment: no article lines',
    text: [
      ...TOP,
      ...L,
      'Share',
      'Comments',
      'Jane Smith',
      'I have crossed this bridge every day for twenty years and it was never safe, frankly.',
      ...FOOT,
    ],
    lines: { 24: 'dropped: navigation', 25: 'dropped: navigation' },
    record: { body: L },
  },
  {
    name: 'a date that reads two ways, just above the headline, stays to be read by the text’s language',
    text: [
      'Trang chủ',
      'Thời sự',
      'Kinh doanh',
      'Thể thao',
      'Giải trí',
      'Thứ hai, 6/3/2023, 09:30 (GMT+7)',
      'Thành phố mở thêm ba tuyến xe buýt mới cho học sinh',
      'Từ tuần sau, học sinh ở các quận ngoại thành có thể đi ba tuyến xe buýt mới đến trường với giá vé ưu đãi, theo thông báo của thành phố.',
      'Các tuyến mới sẽ chạy từ sáu giờ sáng đến bảy giờ tối, mỗi chuyến cách nhau khoảng mười lăm phút vào giờ cao điểm.',
      'Nhiều phụ huynh cho biết họ vui mừng vì con em không còn phải đi xe máy trên những con đường đông đúc.',
    ],
    others: { 6: 'date' },
    record: {
      title: 'Thành phố mở thêm ba tuyến xe buýt mới cho học sinh',
      date: '2023-03-06T09:30',
    },
  },
]);
