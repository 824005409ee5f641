// inlineRelated: an inline link to another story between paragraphs is a listed story.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

ruleCases('inlineRelated', [
  {
    name: 'a label and a title on one line, in English and in French',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Read more: China Prepares for Moon Colony',
      'Lire aussi : Les critiques de la CNIL contre le projet de loi',
      PROSE.replace('first', 'second'),
    ],
    lines: { 4: 'featured', 5: 'featured' },
    cut: { 4: ['featured-label: Read more:'], 5: ['featured-label: Lire aussi :'] },
    record: {
      body: [PROSE, PROSE.replace('first', 'second')],
      featured: [
        { title: 'China Prepares for Moon Colony' },
        { title: 'Les critiques de la CNIL contre le projet de loi' },
      ],
    },
  },
  {
    name: 'a sentence after a label is the text, not a link',
    text: [
      'A Headline Here',
      '',
      'Related: the ministry said on Monday that the two cases were linked, and that the inquiry into both would go on for months.',
    ],
    others: { 3: 'body' },
    record: { featured: [] },
  },
  {
    name: 'a link named by the site it is on',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Also on rt.com Journalists threatened with arrests as party is purged',
    ],
    lines: { 4: 'featured' },
    cut: { 4: ['featured-label: Also on rt.com'] },
    record: { featured: [{ title: 'Journalists threatened with arrests as party is purged' }] },
  },
  {
    name: 'the labels the story lists use, inline, in more languages',
    text: [
      'Un titular aquí',
      '',
      'El ministro dijo el lunes que las nuevas normas entrarán en vigor el próximo año.',
      'Lea también: Los sindicatos convocan una huelga general',
      'Czytaj także: Związki zawodowe ogłaszają strajk generalny',
      'Читайте также: Профсоюзы призвали к всеобщей забастовке',
    ],
    lines: { 4: 'featured', 5: 'featured', 6: 'featured' },
    cut: { 4: ['featured-label: Lea también:'] },
  },
]);

ruleCases('inlineRelated', [
  {
    name: 'a story linked inline and listed below is listed once',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Read more: China Prepares for Moon Colony',
      PROSE.replace('first', 'second'),
      '',
      'Related stories',
      'China Prepares for Moon Colony',
      'Army Liberates Town Near The Border',
    ],
    lines: { 4: 'featured' },
    record: {
      featured: [
        { title: 'China Prepares for Moon Colony' },
        { title: 'Army Liberates Town Near The Border' },
      ],
    },
  },
]);

ruleCases('inlineRelated', [
  {
    name: 'a label and a bar before the title (`Also Read | Title`)',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Also Read | Airport expressway toll rates to go up from July',
      PROSE.replace('first', 'second'),
    ],
    lines: { 4: 'featured' },
    cut: { 4: ['featured-label: Also Read |'] },
    record: { featured: [{ title: 'Airport expressway toll rates to go up from July' }] },
  },
  {
    name: 'a row of links after a bar is no story',
    text: ['A Headline Here', '', PROSE, 'Related | Sport | Business | World'],
    record: { featured: [] },
  },
  {
    name: 'labels of inline links only, in more languages',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Läs mer: Trängsel i kollektivtrafiken när skolorna börjar',
      'Les mer: Kommunen vil bygge nye boliger ved havnen',
      'Læs mere: Ny bro over fjorden åbner til sommer',
      'Lue lisää: Kaupunki rakentaa uuden uimahallin keskustaan',
      'Ez is érdekelheti: Új uszoda épül a város központjában',
      'Vezi și: Primăria construiește un nou bazin de înot',
      'Đọc thêm: Thành phố xây dựng hồ bơi mới ở trung tâm',
      'עוד בנושא: העירייה תבנה בריכת שחייה חדשה במרכז העיר',
      'Przeczytaj też: Miasto zbuduje nowy basen w centrum',
      PROSE.replace('first', 'second'),
    ],
    lines: Object.fromEntries([4, 5, 6, 7, 8, 9, 10, 11, 12].map((no) => [no, 'featured'])),
    cut: { 8: ['featured-label: Ez is érdekelheti:'], 11: ['featured-label: עוד בנושא:'] },
  },
]);

ruleCases('inlineRelated', [
  {
    name: 'read-also labels of more languages, after a colon',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Pročitajte još: Grad gradi novi bazen u centru',
      'Прочитајте још: Град гради нови базен у центру',
      'Prečítajte si tiež: Mesto postaví nový bazén v centre',
      'Четете още: Общината строи нов басейн в центъра',
      'Llegeix també: La ciutat construirà una piscina nova al centre',
      'Baca juga: Kota membangun kolam renang baru di pusat',
      'بیشتر بخوانید: شهرداری استخر تازه‌ای در مرکز شهر می‌سازد',
      '相关阅读：市政府将在市中心新建一座游泳馆',
      'আরও পড়ুনঃ শহরের কেন্দ্রে নতুন সুইমিং পুল তৈরি হবে',
      PROSE.replace('first', 'second'),
    ],
    lines: Object.fromEntries([4, 5, 6, 7, 8, 9, 10, 11, 12].map((no) => [no, 'featured'])),
    cut: {
      4: ['featured-label: Pročitajte još:'],
      6: ['featured-label: Prečítajte si tiež:'],
      12: ['featured-label: আরও পড়ুনঃ'],
    },
  },
  {
    name: 'the separators: a hyphen or dash before a space, a guillemet, arrows',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'यह भी पढ़ें- शहर के तीन बड़े पार्कों में लगेंगे नए फव्वारे',
      'Прочетете още – Градският транспорт тръгва по нови маршрути',
      'Read also — Airport expressway toll rates to go up',
      'Pročitajte još » Vlada najavila nove mjere za poljoprivrednike',
      'Read more >> China Prepares for Moon Colony',
      '» Lire aussi : Les critiques de la CNIL contre le projet',
      PROSE.replace('first', 'second'),
    ],
    lines: Object.fromEntries([4, 5, 6, 7, 8, 9].map((no) => [no, 'featured'])),
    cut: {
      4: ['featured-label: यह भी पढ़ें-'],
      5: ['featured-label: Прочетете още –'],
      7: ['featured-label: Pročitajte još »'],
      9: ['featured-label: » Lire aussi :'],
    },
    record: {
      featured: [
        { title: 'शहर के तीन बड़े पार्कों में लगेंगे नए फव्वारे' },
        { title: 'Градският транспорт тръгва по нови маршрути' },
        { title: 'Airport expressway toll rates to go up' },
        { title: 'Vlada najavila nove mjere za poljoprivrednike' },
        { title: 'China Prepares for Moon Colony' },
        { title: 'Les critiques de la CNIL contre le projet' },
      ],
    },
  },
  {
    name: 'a sentence after a label and a hyphen, or a hyphenated word, is the text',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Read - and read again - the minister said of the report, which runs to four hundred pages.',
      'Pročitajte-li izvještaj do kraja, vidjet ćete da je ministar bio u pravu.',
    ],
    others: { 4: 'body', 5: 'body' },
    record: { featured: [] },
  },
]);

ruleCases('inlineRelated', [
  {
    name: 'the story to read next, linked inline',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Up Next: Governments struggle with social media, and so do their voters',
      'Nächster Artikel: Fischer fordern neue Fangquoten für Dorsch',
      PROSE.replace('first', 'second'),
    ],
    lines: { 4: 'featured', 5: 'featured' },
    cut: { 4: ['featured-label: Up Next:'], 5: ['featured-label: Nächster Artikel:'] },
  },
]);

ruleCases('inlineRelated', [
  {
    name: 'a label in brackets, in Greek capitals without its accents, in Persian with the Arabic yeh',
    text: [
      'A Headline Here',
      '',
      PROSE,
      '【相关阅读】市政府将在市中心新建一座游泳馆',
      '［延伸閱讀］市府將在市中心興建游泳館',
      '[Read more] China Prepares for Moon Colony',
      'ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ: Νέα πισίνα στο κέντρο της πόλης',
      'بيشتر بخوانيد: شهرداری استخر تازه‌ای در مرکز شهر می‌سازد',
      PROSE.replace('first', 'second'),
    ],
    lines: { 4: 'featured', 5: 'featured', 6: 'featured', 7: 'featured', 8: 'featured' },
    cut: {
      4: ['featured-label: 【相关阅读】'],
      6: ['featured-label: [Read more]'],
      7: ['featured-label: ΔΙΑΒΑΣΤΕ ΕΠΙΣΗΣ:'],
    },
  },
]);

ruleCases('inlineRelated', [
  {
    name: 'a title in quotes, and more bullets and brackets before a label',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Читайте также: «Профсоюзы призвали к всеобщей забастовке»',
      'Lesen Sie auch: „Die Stadt baut ein neues Hallenbad“',
      '推荐阅读：市政府将在市中心新建一座游泳馆',
      '☞ 관련기사: 시청, 도심에 새 수영장 건립 추진',
      '「関連記事」市が中心部に新しいプールを建設へ',
      PROSE.replace('first', 'second'),
    ],
    lines: { 4: 'featured', 5: 'featured', 6: 'featured', 7: 'featured', 8: 'featured' },
    cut: {
      4: ['featured-label: Читайте также:', 'featured-label: « »'],
      7: ['featured-label: ☞ 관련기사:'],
      8: ['featured-label: 「関連記事」'],
    },
    record: {
      featured: [
        { title: 'Профсоюзы призвали к всеобщей забастовке' },
        { title: 'Die Stadt baut ein neues Hallenbad' },
        { title: '市政府将在市中心新建一座游泳馆' },
        { title: '시청, 도심에 새 수영장 건립 추진' },
        { title: '市が中心部に新しいプールを建設へ' },
      ],
    },
  },
  {
    name: 'a quotation after a label, with the speaker after it, is the text',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Читайте также: «Мы не сдадимся», — заявил министр на встрече с журналистами в понедельник.',
    ],
    others: { 4: 'body' },
    record: { featured: [] },
  },
]);

ruleCases('inlineRelated', [
  {
    name: 'a link is listed in page order, before the lists below it',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Read more: China Prepares for Moon Colony',
      PROSE.replace('first', 'second'),
      '',
      'Related stories',
      'Army Liberates Town Near The Border',
      'Talks Resume In The Capital',
    ],
    lines: { 4: 'featured' },
    record: {
      featured: [
        { title: 'China Prepares for Moon Colony' },
        { title: 'Army Liberates Town Near The Border' },
        { title: 'Talks Resume In The Capital' },
      ],
    },
  },
]);
