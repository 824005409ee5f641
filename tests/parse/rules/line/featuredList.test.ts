// featuredList: labelled story lists become featured stories, with dates and bylines.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

ruleCases('featuredList', [
  {
    name: 'a heading, titles with their date and byline lines',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Featured Stories',
      'Army Liberates Town Near The Border',
      'By : Mohammad Salami',
      '17 February 2020',
      'Talks Resume In The Capital',
    ],
    lines: {
      4: 'dropped: featured-heading',
      5: 'featured',
      6: 'featured',
      7: 'featured',
      8: 'featured',
    },
    record: {
      body: [PROSE],
      featured: [
        {
          title: 'Army Liberates Town Near The Border',
          date: '2020-02-17',
          byline: 'Mohammad Salami',
        },
        { title: 'Talks Resume In The Capital', date: null, byline: null },
      ],
    },
  },
  {
    name: 'a cut-off copy before the full title is a duplicate',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Related',
      'Army Liberates Town',
      'Army Liberates Town Near The Border',
    ],
    lines: { 5: 'dropped: featured-duplicate', 6: 'featured' },
    record: { featured: [{ title: 'Army Liberates Town Near The Border' }] },
  },
  {
    name: 'a ranked list glued on one line',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Most Popular',
      '1 First story title here 2 Second story title here',
    ],
    lines: { 5: 'featured' },
    cut: { 5: ['featured-ranks: 1 2'] },
    record: {
      featured: [{ title: 'First story title here' }, { title: 'Second story title here' }],
    },
  },
]);

ruleCases(
  'featuredList',
  [
    'Leia também',
    'Читайте также',
    '相关新闻',
    'Mehr zum Thema',
    'اقرأ أيضا',
    'İlgili Haberler', // a capital İ, which the i flag does not fold to i
    'Läs också',
    'Czytaj także',
    '関連記事',
    'Más información',
    'En savoir plus',
    'Saiba mais',
    'Baca Juga:',
    'Xem thêm',
    'यह भी पढ़ें',
    'Διαβάστε επίσης',
    '관련 뉴스',
    'あわせて読みたい',
    'Artículos Relacionados',
    // most read, latest, related, more, recommended: in the languages of the news
    'Meest gelezen',
    'Mest lästa',
    'Mest lest',
    'Mest læste',
    'Luetuimmat',
    'Legolvasottabb',
    'Cele mai citite',
    'Τα πιο δημοφιλή',
    'Найчитаніше',
    'Đọc nhiều',
    'הנקראים ביותר',
    'Najpopularniejsze',
    'Net binnen',
    'Senaste nytt',
    'Siste nytt',
    'Seneste nyt',
    'Uusimmat',
    'Nejnovější zprávy',
    'Friss hírek',
    'Ultimele știri',
    'Ροή ειδήσεων',
    'Стрічка новин',
    'Tin mới nhất',
    'מבזקים',
    'Z ostatniej chwili',
    'Gerelateerde artikelen',
    'Relaterade artiklar',
    'Relaterte artikler',
    'Relaterede artikler',
    'Aiheeseen liittyvät',
    'Související články',
    'Kapcsolódó cikkek',
    'Articole similare',
    'Σχετικά άρθρα',
    'Новини за темою',
    'Bài viết liên quan',
    'כתבות קשורות',
    'Powiązane artykuły',
    'Meer over deze regio',
    'Fler nyheter från Malmö',
    'Flere nyheter',
    'Mere fra Aarhus',
    'Lisää uutisia',
    'Další zprávy',
    'További hírek',
    'Mai multe știri',
    'Περισσότερα νέα',
    'Інші новини',
    'Tin khác',
    'כתבות נוספות',
    'Więcej wiadomości',
    'Mohlo by vás zajímat',
    'Có thể bạn quan tâm',
    'Może cię zainteresować',
    // with a qualifier: the section they list
    'Trending in Sport',
    'Latest Sport',
    'Latest in Politics',
    'More in Politics',
  ].map((heading) => ({
    name: `a list under "${heading}"`,
    text: ['A Headline Here', '', PROSE, heading, 'Army Liberates Town Near The Border'],
    lines: { 4: 'dropped: featured-heading', 5: 'featured' },
  })),
);

ruleCases('featuredList', [
  {
    name: 'a menu label like "Video" above the article’s own head heads no list',
    text: [
      'Video',
      'Nintendo’s first iPhone game will launch in December for $10',
      'Alex Perry 1 day ago',
      'Nintendo and Apple shocked the world earlier this year by announcing a Super Mario game for the iPhone, and now we know when it comes out.',
    ],
    lines: { 1: 'dropped: featured-heading' },
    others: { 2: 'title' },
    record: { featured: [], byline: 'Alex Perry' },
  },
]);

ruleCases('featuredList', [
  {
    name: 'a "Read more" button above a few titles heads a list that ends at a blank line',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Read more',
      'Man rents out flatmate’s room without telling him',
      'Upmarket holiday company goes bust on eve of holiday',
      '',
      '5. Beware the wall-mounted hairdryer',
      '',
      'It contains the most germs of anything in the room, other studies have said.',
    ],
    lines: { 5: 'featured', 6: 'featured' },
    others: { 4: 'dropped: boilerplate:more-articles', 8: 'body' },
  },
  {
    name: 'under "More about …", dated stories; a title over two paragraphs is the article again',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'More about the federal debt and the economy',
      'Trump Administration Mulls a Unilateral Tax Cut',
      'July 30, 2018',
      'How the Tax Cut Is Helping to Push the Deficit Up',
      'July 25, 2018',
      'The U.S. hasn’t faced this issue for years',
      'Until recently, ultralow interest rates allowed the government to borrow cheaply.',
      'But as the economy has strengthened, the Fed has gradually raised its rates.',
    ],
    lines: { 4: 'dropped: featured-heading', 5: 'featured', 6: 'featured' },
    others: { 9: 'body' },
    record: {
      featured: [
        { title: 'Trump Administration Mulls a Unilateral Tax Cut', date: '2018-07-30' },
        { title: 'How the Tax Cut Is Helping to Push the Deficit Up', date: '2018-07-25' },
      ],
    },
  },
]);

ruleCases('featuredList', [
  {
    name: 'a listed title with its date after it on the line: the title and the date apart',
    text: [
      'A Headline Here',
      '',
      PROSE,
      '',
      'Related Coverage',
      'U.S. Sweetens Offer to Take Sudan Off Terrorist List NOV. 7, 2010',
      'Obama Urges Sudan to Allow Aid Groups Back Into the Country MARCH 30, 2009',
    ],
    lines: { 5: 'dropped: featured-heading', 6: 'featured', 7: 'featured' },
    cut: { 6: ['featured-date: NOV. 7, 2010'] },
    record: {
      featured: [
        { title: 'U.S. Sweetens Offer to Take Sudan Off Terrorist List', date: '2010-11-07' },
        {
          title: 'Obama Urges Sudan to Allow Aid Groups Back Into the Country',
          date: '2009-03-30',
        },
      ],
    },
  },
]);

ruleCases('featuredList', [
  {
    name: 'a cut-off copy and a full title that print different dates are two stories',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Check Also',
      'Ambassador Rejects The Statements',
      '17 February 2020',
      'Ambassador Rejects The Statements Against The Country 15 February 2020',
    ],
    lines: { 6: 'featured', 7: 'featured' },
    record: {
      featured: [
        { title: 'Ambassador Rejects The Statements', date: '2020-02-17' },
        { title: 'Ambassador Rejects The Statements Against The Country', date: '2020-02-15' },
      ],
    },
  },
]);

ruleCases('featuredList', [
  {
    name: 'a list above the article ends at a title over its byline and two paragraphs',
    text: [
      'Latest news',
      'Storm closes ports along the coast',
      '16 February 2020',
      'New tram line opens in the north',
      'Harbour Bridge Reopens After Two Years Of Repairs',
      'By Jane Doe',
      PROSE,
      'Another sentence of the text follows it here, as long as the first one.',
    ],
    lines: { 2: 'featured', 4: 'featured' },
    others: { 5: 'title', 6: 'byline' },
    record: {
      featured: [
        { title: 'Storm closes ports along the coast' },
        { title: 'New tram line opens in the north' },
      ],
    },
  },
  {
    name: 'the lead photo’s caption between that title and its byline does not hide the head',
    text: [
      'Most Read',
      'Storm closes ports along the coast',
      'New tram line opens in the north',
      'Harbour Bridge Reopens After Two Years Of Repairs',
      'Cars cross the bridge on Monday. Credit: Jane Roe/Getty Images',
      'By Jane Doe',
      PROSE,
      'Another sentence of the text follows it here, as long as the first one.',
      'More in World',
      'Storms hit southern France',
    ],
    lines: { 2: 'featured', 3: 'featured', 9: 'dropped: featured-heading', 10: 'featured' },
    others: { 4: 'title', 6: 'byline' },
  },
  {
    name: 'a text browser’s bullets and ranks are no part of the titles (a rank is reported)',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Related stories',
      '  • Army Liberates Town Near The Border',
      '  • Talks Resume In The Capital',
      'Most Read',
      '1. Port Strike Enters Its Second Week',
      '2. Floods Force Thousands From Their Homes',
    ],
    cut: { 8: ['featured-ranks: 1.'], 9: ['featured-ranks: 2.'] },
    record: {
      featured: [
        { title: 'Army Liberates Town Near The Border' },
        { title: 'Talks Resume In The Capital' },
        { title: 'Port Strike Enters Its Second Week' },
        { title: 'Floods Force Thousands From Their Homes' },
      ],
    },
  },
]);

ruleCases('featuredList', [
  {
    name: 'stamps beside listed titles (a rank, a time, an age, a day without its year) are no titles; the list goes on',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Latest news',
      '14:31',
      'Army Liberates Town Near The Border',
      'Posted 5h ago',
      'Talks Resume In The Capital',
      '12 minutes ago',
      'Storm closes ports along the coast',
      'Igår 09.12',
      'New tram line opens in the north',
      'acum 2 ore',
      'Harbour bridge reopens after repairs',
      '2 maj',
      'Ferry route to be reviewed next year',
      '3 órája',
      'Museum opens a new wing in spring',
      'I går',
    ],
    lines: Object.fromEntries(
      [5, 7, 9, 11, 13, 15, 17, 19].map((no) => [no, 'dropped: featured-stamp']),
    ),
    record: {
      featured: [
        { title: 'Army Liberates Town Near The Border', date: null },
        { title: 'Talks Resume In The Capital', date: null },
        { title: 'Storm closes ports along the coast', date: null },
        { title: 'New tram line opens in the north', date: null },
        { title: 'Harbour bridge reopens after repairs', date: null },
        { title: 'Ferry route to be reviewed next year', date: null },
        { title: 'Museum opens a new wing in spring', date: null },
      ],
    },
  },
  {
    name: 'rank numbers above the titles of a ranked list',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Most read',
      '1',
      'Army Liberates Town Near The Border',
      '2',
      'Talks Resume In The Capital',
    ],
    lines: {
      5: 'dropped: featured-stamp',
      6: 'featured',
      7: 'dropped: featured-stamp',
      8: 'featured',
    },
  },
]);

ruleCases('featuredList', [
  {
    name: 'a headline that opens like a qualified heading heads no list',
    text: ['Latest figures show the harbour trade recovering after two hard years', '', PROSE],
    others: { 1: 'title' },
    record: { featured: [] },
  },
  {
    name: 'a list that prints a stamp before each title ends at a title without one',
    text: [
      'Latest news',
      '13:40',
      'Storm closes ports along the coast',
      '12:55',
      'New tram line opens in the north',
      'Politics',
      'Harbour Bridge Reopens After Two Years Of Repairs',
      'de Ana Pop',
      'Publicat acum 2 ore',
      PROSE,
      'Another sentence of the text follows it here, as long as the first one.',
    ],
    lines: { 2: 'dropped: featured-stamp', 3: 'featured', 5: 'featured' },
    record: {
      featured: [
        { title: 'Storm closes ports along the coast' },
        { title: 'New tram line opens in the north' },
      ],
    },
  },
  {
    name: 'a list above the article ends at a title over its author’s name alone and the date',
    text: [
      'Latest news',
      'Storm closes ports along the coast',
      'New tram line opens in the north',
      'Harbour Bridge Reopens After Two Years Of Repairs',
      'Jane Doe',
      '16 February 2020',
      PROSE,
      'Another sentence of the text follows it here, as long as the first one.',
    ],
    lines: { 2: 'featured', 3: 'featured' },
    others: { 4: 'title', 5: 'byline' },
  },
]);

ruleCases('featuredList', [
  {
    name: 'titles listed without summaries, then the article’s last paragraph: the paragraph is no teaser',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'You may also like',
      'Army Liberates Town Near The Border',
      'Talks Resume In The Capital',
      'The second paragraph of the article goes on after the box, as long as the first one is.',
    ],
    lines: { 5: 'featured', 6: 'featured' },
    others: { 7: 'body' },
  },
  {
    name: 'a summary under the second title, then more titles: a teaser',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'More stories',
      'Army Liberates Town Near The Border',
      'Talks Resume In The Capital',
      'The two sides met again on Monday after a break of three months, the ministry said.',
      'Storm closes ports along the coast',
    ],
    lines: { 7: 'dropped: featured-teaser', 8: 'featured' },
  },
]);

ruleCases('featuredList', [
  {
    name: 'a ticker’s label before a listed title is cut off it',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Latest news',
      'Breaking: Army Liberates Town Near The Border',
      'Eilmeldung: Gespräche in der Hauptstadt wieder aufgenommen',
      'Just in - Storm closes ports along the coast',
    ],
    lines: { 5: 'featured', 6: 'featured', 7: 'featured' },
    cut: {
      5: ['featured-label: Breaking:'],
      6: ['featured-label: Eilmeldung:'],
      7: ['featured-label: Just in -'],
    },
    record: {
      featured: [
        { title: 'Army Liberates Town Near The Border' },
        { title: 'Gespräche in der Hauptstadt wieder aufgenommen' },
        { title: 'Storm closes ports along the coast' },
      ],
    },
  },
]);

ruleCases('featuredList', [
  {
    name: 'a box’s tabs between its heading and its titles are labels',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Most Popular',
      'Articles',
      'Images',
      'Army Liberates Town Near The Border',
      'Talks Resume In The Capital',
    ],
    lines: {
      5: 'dropped: featured-label',
      6: 'dropped: featured-label',
      7: 'featured',
      8: 'featured',
    },
  },
  {
    name: 'the outlet’s name from the page’s top, printed again under a list, opens the footer',
    text: [
      'The Valley Courier',
      'News',
      'A Headline Here',
      '',
      PROSE,
      'Most read',
      'Army Liberates Town Near The Border',
      'Talks Resume In The Capital',
      'The Valley Courier',
      '12 Mill Street, Valley Town',
    ],
    lines: { 7: 'featured', 8: 'featured' },
    record: {
      featured: [
        { title: 'Army Liberates Town Near The Border' },
        { title: 'Talks Resume In The Capital' },
      ],
    },
  },
]);

ruleCases('featuredList', [
  {
    name: 'a line that introduces what follows, with a colon, is the article again',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Related Links',
      'Army Liberates Town Near The Border',
      'Talks Resume In The Capital',
      'The streets that will be closed are:',
      'Northridge, Elm Park and Hillcrest',
    ],
    lines: { 5: 'featured', 6: 'featured' },
    others: { 7: 'body', 8: 'body' },
  },
  {
    name: 'a comment form ends a list',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'More News',
      'Army Liberates Town Near The Border',
      'Talks Resume In The Capital',
      'LEAVE A REPLY',
      'You have entered an incorrect email address!',
    ],
    lines: { 5: 'featured', 6: 'featured' },
    others: { 7: 'dropped: boilerplate:comment-form' },
    record: {
      featured: [
        { title: 'Army Liberates Town Near The Border' },
        { title: 'Talks Resume In The Capital' },
      ],
    },
  },
]);

ruleCases('featuredList', [
  {
    name: 'a link that closes the page (`View full site`, `Back to top`) ends a list',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'More Stories',
      'Army Liberates Town Near The Border',
      'Talks Resume In The Capital',
      'View full site',
      'More Stories',
      'Storm closes ports along the coast',
      'Back to top',
      'Switch to mobile version',
    ],
    lines: { 5: 'featured', 6: 'featured', 9: 'featured' },
    record: {
      featured: [
        { title: 'Army Liberates Town Near The Border' },
        { title: 'Talks Resume In The Capital' },
        { title: 'Storm closes ports along the coast' },
      ],
    },
  },
]);

ruleCases('featuredList', [
  {
    name: 'a bullet or a rank a dump prints before a listed title is cut off it',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Most read',
      '• Army Liberates Town Near The Border',
      '2. Talks Resume In The Capital',
    ],
    lines: { 5: 'featured', 6: 'featured' },
    cut: { 5: ['featured-label: •'], 6: ['featured-ranks: 2.'] },
    record: {
      featured: [
        { title: 'Army Liberates Town Near The Border' },
        { title: 'Talks Resume In The Capital' },
      ],
    },
  },
]);

ruleCases('featuredList', [
  {
    name: 'a heading word right above the article’s head (title, author, date) is a menu’s label',
    text: [
      'News',
      'Uusimmat',
      'Harbour Bridge Reopens After Two Years Of Repairs',
      'Jane Doe',
      '16 February 2020',
      PROSE,
      'Another sentence of the text follows it here, as long as the first one.',
    ],
    others: { 3: 'title', 4: 'byline' },
    record: { featured: [] },
  },
  {
    name: 'a heading word ending the menu, breadcrumbs, then a head with `Name - Outlet` and a lead caption lists nothing',
    text: [
      'Kuzey Haber',
      'Anasayfa',
      'Gündem',
      'Ekonomi',
      'Spor',
      'Son Dakika',
      'Anasayfa',
      'Ankara',
      "Ankara'da yeni tramvay hattı için ihale tarihi belli oldu",
      'Mehmet Demir - Kuzey Haber',
      '14.07.2026 - 13:45',
      'Güncelleme: 14.07.2026 - 16:02',
      'Paylaş',
      'Facebook',
      'WhatsApp',
      'Tramvay hattının geçeceği caddeden bir görünüm',
      'Büyükşehir belediyesi, şehrin batısını merkeze bağlayacak yeni tramvay hattı için ihalenin eylül ayında yapılacağını açıkladı.',
      'Hattın on iki kilometre uzunluğunda olacağı ve on dört istasyondan oluşacağı belirtildi.',
    ],
    others: { 6: 'dropped: featured-heading', 11: 'date' },
    record: { featured: [] },
  },
]);

ruleCases(
  'featuredList',
  [
    // Hindi (with the nukta, without it, and as one code point), Persian, Arabic, Urdu, Bengali
    'यह भी पढ़ें',
    'ताज़ा ख़बरें',
    'ताजा खबरें',
    'ता\u095Bा \u0959बरें',
    'संबंधित खबरें',
    'सबसे ज़्यादा पढ़ी गई',
    'بیشتر بخوانید',
    'اخبار مرتبط',
    'پربازدیدترین',
    'پربازدیدترین‌ها',
    'آخرین اخبار',
    'آخر الأخبار',
    'الأكثر مشاهدة',
    'متعلقہ خبریں',
    'আরও পড়ুন',
    // Catalan, Croatian, Serbian, Bosnian, Slovenian, Slovak, Czech
    'Notícies relacionades',
    'Més llegides',
    'Últimes notícies',
    'Povezane vijesti',
    'Povezane vesti',
    'Najčitanije',
    'Pročitajte još',
    'Najnovije vijesti',
    'Više vijesti',
    'Preporučujemo',
    'Najbolj brano',
    'Sorodne novice',
    'Súvisiace články',
    'Najčítanejšie',
    'Najnovšie správy',
    'Odporúčame',
    'Související články',
    'Nejčtenější',
    'Výběr redakce',
    // Cyrillic: Serbian, Macedonian, Bulgarian, Russian, Ukrainian
    'Повезане вести',
    'Најчитаније',
    'Прочитајте још',
    'Поврзани вести',
    'Още по темата',
    'Най-четени',
    'Последни новини',
    'Свързани новини',
    'Похожие статьи',
    'Ещё по теме',
    'Выбор редакции',
    'Головні новини',
    // Romanian, Hungarian, Polish, Greek, Indonesian, Vietnamese, Turkish, Swedish, Baltic
    'Articole recomandate',
    'Cele mai populare',
    'Legnépszerűbb',
    'Még több hír',
    'Wybór redakcji',
    'Ostatnie wiadomości',
    'Δείτε επίσης',
    'Πιο πρόσφατα',
    'Berita Lainnya',
    'Pilihan Editor',
    'Tin cùng chuyên mục',
    'Editörün Seçimi',
    'Öne Çıkanlar',
    'Mest delade',
    'Skaitomiausi',
    'Jaunākās ziņas',
    // Chinese, Japanese, Korean
    '热点推荐',
    '24小时排行',
    '相关阅读',
    '延伸閱讀',
    '编辑推荐',
    '最新消息',
    'アクセスランキング',
    'おすすめ記事',
    '관련기사',
    '많이 본 뉴스',
    '인기 기사',
    // English: the editors' picks, however the apostrophe is printed
    "EDITORS' PICK",
    "Editor's Picks",
    'Editors’ Picks',
    'Further reading',
  ].map((heading) => ({
    name: `a list under "${heading}"`,
    text: ['A Headline Here', '', PROSE, heading, 'Army Liberates Town Near The Border'],
    lines: { 4: 'dropped: featured-heading', 5: 'featured' },
  })),
);

ruleCases('featuredList', [
  {
    name: 'a paragraph or subheading that opens with a heading’s words heads no list',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Povezane vijesti o poplavama stižu iz cijele regije',
      'Najčitanije knjige ove godine su romani domaćih autora, pokazuje istraživanje knjižnica.',
      'Editor’s picks this year were mostly small documentary films.',
    ],
    others: { 4: 'body', 5: 'body', 6: 'body' },
    record: { featured: [] },
  },
]);

ruleCases('featuredList', [
  {
    name: 'the one story to read next is a list of one, in several languages',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Up next',
      'Fishermen call for new quotas as cod stocks recover',
      '',
      'À lire ensuite',
      'Les pêcheurs demandent de nouveaux quotas de cabillaud',
      '',
      'Следваща статия',
      'Рибарите искат нови квоти за улов на треска',
      '',
      '下一篇',
      '渔民呼吁随着鳕鱼数量恢复制定新配额',
    ],
    lines: {
      4: 'dropped: featured-heading',
      5: 'featured',
      7: 'dropped: featured-heading',
      8: 'featured',
      10: 'dropped: featured-heading',
      11: 'featured',
      13: 'dropped: featured-heading',
      14: 'featured',
    },
  },
  {
    name: 'the article going on under the one story to read next is text again',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Read next',
      'Ferry company adds a second daily crossing to the islands',
      'The harbour master said the works would be done in two phases, so that boats can still use the northern quay.',
      'The council will hold a public meeting about the plans next month at the town hall, and residents can write in.',
    ],
    lines: { 4: 'dropped: featured-heading', 5: 'featured' },
    others: { 6: 'body', 7: 'body' },
    record: { featured: [{ title: 'Ferry company adds a second daily crossing to the islands' }] },
  },
]);

ruleCases('featuredList', [
  {
    name: 'ranks glued to the titles of a ranked list are cut off and reported',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Most Read',
      '1 Ferry company adds a second crossing to the islands',
      '2\tFishermen call for new quotas as cod stocks recover',
      '3.Village school wins award for its wildlife garden',
      '',
      'Najčitanije',
      '01 Turisti spašeni s broda kod Hvara',
      '02 Nevrijeme iščupalo stabla u parku',
    ],
    lines: { 5: 'featured', 6: 'featured', 7: 'featured', 10: 'featured', 11: 'featured' },
    cut: {
      5: ['featured-ranks: 1'],
      6: ['featured-ranks: 2'],
      7: ['featured-ranks: 3.'],
      10: ['featured-ranks: 01'],
    },
    record: {
      featured: [
        { title: 'Ferry company adds a second crossing to the islands' },
        { title: 'Fishermen call for new quotas as cod stocks recover' },
        { title: 'Village school wins award for its wildlife garden' },
        { title: 'Turisti spašeni s broda kod Hvara' },
        { title: 'Nevrijeme iščupalo stabla u parku' },
      ],
    },
  },
  {
    name: 'numbers that do not count up are the titles’ own',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Most Read',
      '5 things to know about the new bus timetable',
      '10 Downing Street confirms the date of the budget',
      '1.5 million people visited the islands this summer',
    ],
    lines: { 5: 'featured', 6: 'featured', 7: 'featured' },
    cut: { 5: [], 6: [], 7: [] },
    record: {
      featured: [
        { title: '5 things to know about the new bus timetable' },
        { title: '10 Downing Street confirms the date of the budget' },
        { title: '1.5 million people visited the islands this summer' },
      ],
    },
  },
]);

ruleCases(
  'featuredList',
  [
    // brackets, bullets, bars and arrows around a heading
    '【相关阅读】',
    '【延伸閱讀】',
    '[Related]',
    '▌热点推荐',
    '■ 相关新闻',
    '● 24小时排行',
    '| Related',
    '— Read also —',
    'Najčitanije »',
    'Related →',
    // Greek capitals drop the accents
    'ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ',
    'ΣΧΕΤΙΚΑ ΑΡΘΡΑ',
    'ΤΑ ΠΙΟ ΔΗΜΟΦΙΛΗ',
    // Persian with the Arabic yeh and kaf, as some sites print it
    'پربازديدترين',
    'آخرين اخبار',
    "Don't Miss",
    'Recent Posts',
  ].map((heading) => ({
    name: `a list under "${heading}"`,
    text: ['A Headline Here', '', PROSE, heading, 'Army Liberates Town Near The Border'],
    lines: { 4: 'dropped: featured-heading', 5: 'featured' },
  })),
);

ruleCases('featuredList', [
  {
    name: 'a bracketed or bulleted line that only opens with a heading’s words heads no list',
    text: [
      'A Headline Here',
      '',
      PROSE,
      '[Related] is the label the newsroom prints above links to older stories, the editor said.',
      '■ Related stories are collected by the newsroom every morning and sent to readers.',
    ],
    others: { 4: 'body', 5: 'body' },
    record: { featured: [] },
  },
]);
