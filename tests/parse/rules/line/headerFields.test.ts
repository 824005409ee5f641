// headerFields: date and byline lines at the head of an article.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

ruleCases('headerFields', [
  {
    name: 'a byline and a date line; what the date line prints beside the date is cut off',
    text: ['A Headline Here', 'By Jane Doe', 'Published: 17 February 2020 08:43 GMT', '', PROSE],
    lines: { 2: 'byline', 3: 'date' },
    cut: { 3: ['head-rest: Published: GMT'] },
    record: { byline: 'Jane Doe', date: '2020-02-17T08:43' },
  },
  {
    name: 'one line prints the byline and the date',
    text: ['A Headline Here', 'by Sarah Gooding January 18, 2017 11:00 PM', '', PROSE],
    lines: { 2: 'byline' },
    record: { byline: 'Sarah Gooding', date: '2017-01-18T23:00' },
  },
  {
    name: 'an update time beside the date is dropped; a later paragraph with a date stays',
    text: [
      'A Headline Here',
      '17 February 2020',
      'Updated 08:43 18 February 2020',
      '',
      PROSE,
      '',
      'Updated figures released on 3 March 2020 showed the same trend again.',
    ],
    lines: { 2: 'date', 3: 'dropped: head-field:updated' },
    others: { 7: 'body' },
    record: { date: '2020-02-17' },
  },
  {
    name: 'a "By" label with the name on the next line',
    text: ['A Headline Here', 'By', 'Jane Doe', '', PROSE],
    lines: { 2: 'dropped: label', 3: 'byline' },
    record: { byline: 'Jane Doe' },
  },
  {
    name: 'a numeric date that reads two ways is not read, and the record says why',
    text: ['A Headline Here', 'Posted 3/4/2015 7:11 AM', '', PROSE],
    record: { date: null },
    warnings: [/3\/4\/2015, which could be read day first or month first/],
  },
]);

ruleCases('headerFields', [
  {
    name: 'a handle or a comment count after the name is no part of it',
    text: ['A Headline Here', 'by India Post News Weekly 0 Comments', '', PROSE],
    record: { byline: 'India Post News Weekly' },
  },
  {
    name: 'an agency credit of one word before a date, in another language',
    text: [
      'Un troisième Français mort dans le séisme',
      'AFP 30 avril 2015 à 07:19 (Mis à jour : 30 avril 2015 à 07:38)',
      '',
      'Le ministère a annoncé jeudi la mort d’un troisième Français dans le séisme de samedi.',
    ],
    lines: { 2: 'byline' },
    record: { byline: 'AFP', date: '2015-04-30T07:19' },
  },
  {
    name: 'a name and how old the post is, on one line',
    text: ['A Headline Here', 'Alex Perry 1 day ago', '', PROSE],
    record: { byline: 'Alex Perry', date: null },
  },
]);

ruleCases('headerFields', [
  {
    name: 'a date split over two lines',
    text: ['A Headline Here', 'November 20', '15:23 2019', '', PROSE],
    lines: { 2: 'date', 3: 'date' },
    record: { date: '2019-11-20T15:23', dateText: 'November 20 15:23 2019' },
  },
  {
    name: 'a date line that also says how long ago it was updated keeps its date',
    text: ['A Headline Here', 'November 19, 2019 / 12:21 AM / Updated 14 hours ago', '', PROSE],
    lines: { 2: 'date' },
    record: { date: '2019-11-19' },
  },
]);

ruleCases('headerFields', [
  {
    name: 'a name above how long the article takes to read: a byline, the reading time dropped',
    text: ['A Headline Here', 'Jane Doe', '5 Min Read', '', PROSE],
    lines: { 2: 'byline', 3: 'dropped: reading-time' },
    record: { byline: 'Jane Doe', date: null },
  },
  {
    name: 'a name above a time of day with no date: a byline, and no date is made up',
    text: ['A Headline Here', 'Jane Doe', '1:39 PM ET', '', PROSE],
    lines: { 2: 'byline', 3: 'dropped: time-only' },
    record: { byline: 'Jane Doe', date: null },
  },
]);

ruleCases('headerFields', [
  {
    name: 'byline labels of many languages: Por, di, Door, Av, Autor:, Автор:, Yazar:, بقلم',
    text: ['Um título aqui', 'Por João Silva', '4 de março de 2019', '', PROSE],
    lines: { 2: 'byline', 3: 'date' },
    record: { byline: 'João Silva', date: '2019-03-04' },
  },
  ...(
    [
      ['di Mario Rossi', 'Mario Rossi'],
      ['Door Jan de Vries', 'Jan de Vries'],
      ['Av Anna Svensson', 'Anna Svensson'],
      ['Autor: Jan Novák', 'Jan Novák'],
      ['Автор: Иван Петров', 'Иван Петров'],
      ['Текст: Иван Петров', 'Иван Петров'],
      ['Yazar: Ahmet Yılmaz', 'Ahmet Yılmaz'],
      ['Written by Jane Smith', 'Jane Smith'],
      ['بقلم: محمد علي', 'محمد علي'],
      ['文/张伟', '张伟'],
      ['记者 张伟', '张伟'],
      ['Oleh: Budi Santoso', 'Budi Santoso'],
      ['Oleh Budi Santoso', 'Budi Santoso'],
      ['Penulis: Siti Rahma', 'Siti Rahma'],
      ['Szerző: Kovács János', 'Kovács János'],
      ['كتب: أحمد علي', 'أحمد علي'],
      ['लेखक: राहुल शर्मा', 'राहुल शर्मा'],
      ['بواسطة: محمد أحمد', 'محمد أحمد'],
    ] as const
  ).map(([line, byline]) => ({
    name: `the byline label of "${line}" is cut off the name`,
    text: ['A Headline Here', line, '4 March 2019', '', PROSE],
    lines: { 2: 'byline' },
    record: { byline, date: '2019-03-04' },
  })),
  {
    name: 'a preposition that opens a sentence is no byline label (`Por la tarde …`)',
    text: [
      'Un titular aquí',
      'Por la tarde del 4 de marzo de 2019 el ministro habló en el parlamento.',
      '',
      PROSE,
    ],
    record: { byline: null },
  },
  {
    name: 'the word for reporter after the name (Korean, Japanese), maybe with an address',
    text: ['정부, 새 예산안 발표', '홍길동 기자 hong@example.com', '2019.03.04 08:40', '', PROSE],
    lines: { 2: 'byline', 3: 'date' },
    cut: { 2: ['head-rest: 기자 hong@example.com'] },
    record: { byline: '홍길동', date: '2019-03-04T08:40' },
  },
  {
    name: 'a role after the comma is no part of the name (`, AP National Security Writer`)',
    text: [
      'A Headline Here',
      'By ROBERT BURNS, AP National Security Writer',
      'March 4, 2019',
      '',
      PROSE,
    ],
    record: { byline: 'ROBERT BURNS' },
  },
  {
    name: 'names after the comma stay, as does an academic degree (`, MA`)',
    text: ['A Headline Here', 'By LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER', '', PROSE],
    record: { byline: 'LISA MASCARO, MARY CLARE JALONICK and ERIC TUCKER' },
  },
  {
    name: 'a numeric date that reads two ways is read as the text’s language writes dates',
    text: [
      'O governo aprova o novo orçamento',
      '04/03/2019 08h40',
      '',
      'O ministro disse na segunda-feira que as novas regras entram em vigor no próximo ano.',
    ],
    lines: { 2: 'date' },
    record: { date: '2019-03-04T08:40' },
  },
  {
    name: 'in English, which writes both orders, it is still not read',
    text: ['A Headline Here', '04/03/2019 08:40', '', PROSE],
    record: { date: null },
    warnings: [/04\/03\/2019, which could be read day first or month first/],
  },
]);

ruleCases('headerFields', [
  {
    name: 'a place and a role in brackets after the name are no part of it',
    text: [
      'Le Parlement européen adopte la réforme',
      'Publié le 04 mars 2019 à 08h40',
      'Par Jean Dupont (Bruxelles, correspondant)',
      '',
      'Le Parlement européen a adopté mardi, à une large majorité, la réforme proposée par la Commission.',
    ],
    lines: { 3: 'byline' },
    cut: { 3: ['head-rest: (Bruxelles, correspondant)'] },
    record: { byline: 'Jean Dupont' },
  },
]);

ruleCases('headerFields', [
  {
    name: 'the author’s role alone under the byline is dropped',
    text: ['A HEADLINE HERE', 'By MARIA KELLER', 'Staff Writer', 'March 14, 2021', '', PROSE],
    lines: { 2: 'byline', 3: 'dropped: byline-role', 4: 'date' },
    record: { byline: 'MARIA KELLER', date: '2021-03-14' },
  },
]);

ruleCases('headerFields', [
  {
    name: 'a bare name right under the headline is the byline, a nickname in brackets and all',
    text: [
      'The sharing economy is a lie',
      'Richard (R.J.) Eskow',
      '',
      'Disruptive companies talk a good game about sharing, but the companies are really just under-regulated firms.',
    ],
    lines: { 2: 'byline' },
    record: { byline: 'Richard (R.J.) Eskow' },
  },
  {
    name: 'a label under the headline is no byline where a byline line follows; it is dropped',
    text: [
      'Zuckerberg offers peek at acquisition strategies',
      '',
      'Tech Industry',
      '',
      'by Steven Musil January 18, 2017 11:00 PM PST',
      '',
      PROSE,
    ],
    lines: { 3: 'dropped: label', 5: 'byline' },
    record: { byline: 'Steven Musil' },
  },
]);

ruleCases(
  'headerFields',
  (
    [
      ['By JEFFREY GETTLEMANJAN. 13, 2017', 'JEFFREY GETTLEMAN', '2017-01-13'],
      ['By Jane Doe on March 4, 2019', 'Jane Doe', '2019-03-04'],
      ['By Jane Doe Updated 3:15 PM ET, Mon March 4, 2019', 'Jane Doe', '2019-03-04'],
      ['Von Hans Müller, Berlin', 'Hans Müller', null],
      ['By Jane Doe, AFP', 'Jane Doe', null],
      ['By Brenda Goodman, MA', 'Brenda Goodman, MA', null],
      ['Par Jean Dupont et Marie Curie', 'Jean Dupont et Marie Curie', null],
      ['Por María García y Juan Pérez', 'María García y Juan Pérez', null],
      ['de Andrei Popescu', 'Andrei Popescu', null],
      ['Piše: Ivana Horvat', 'Ivana Horvat', null],
      ['Írta: Kovács Eszter', 'Kovács Eszter', null],
      ['Γράφει: Νίκος Αλεξίου', 'Νίκος Αλεξίου', null],
      ['Teksti: Matti Virtanen', 'Matti Virtanen', null],
      ['מאת דנה לוי', 'דנה לוי', null],
      ['Του Γιώργου Παπαδόπουλου', 'Γιώργου Παπαδόπουλου', null],
      ['Της Μαρίας Κωνσταντίνου', 'Μαρίας Κωνσταντίνου', null],
      ['By regional affairs reporter Jane Doe and John Roe', 'Jane Doe and John Roe', null],
      ['By political correspondent Jane Doe', 'Jane Doe', null],
      ['By Staff Writer Jane Doe', 'Jane Doe', null],
      ['By Jane Doe Staff writer', 'Jane Doe', null],
      ['By Jane Doe reporter', 'Jane Doe', null],
      ['By Staff Reporter', 'Staff Reporter', null], // a desk's credit, no role before a name
      ['By Daily Mail Reporter', 'Daily Mail Reporter', null],
      ['By John Writer', 'John Writer', null], // a surname that is a role's word
    ] as const
  ).map(([line, byline, date]) => ({
    name: `the name in "${line}"`,
    text: ['A Headline Here', line, '', PROSE],
    lines: { 2: 'byline' },
    record: { byline, date },
  })),
);

ruleCases('headerFields', [
  {
    name: 'the story’s address alone on a line of the head is its url',
    text: [
      'A Headline Here',
      'https://harbourdaily.example/news/port-strike-second-week',
      'Sunday 14 March 2021',
      '',
      PROSE,
    ],
    lines: { 2: 'dropped: head-address' },
    record: {
      url: 'https://harbourdaily.example/news/port-strike-second-week',
      date: '2021-03-14',
    },
  },
]);

ruleCases('headerFields', [
  {
    name: 'a date, a source and an author labelled one after the other on one line',
    text: [
      '城市地铁新线路正式开通运营',
      '2021-03-14 08:40:12 来源：新华网 作者：张伟',
      '',
      '本市地铁五号线周日上午正式开通运营，全长二十六公里，共设十八座车站，连接城市东部和西部的主要居民区。',
    ],
    lines: { 2: 'byline' },
    cut: { 2: ['head-rest: 来源： 作者：'] },
    record: { date: '2021-03-14T08:40:12', source: '新华网', byline: '张伟' },
  },
  {
    name: 'a date and a source labelled after it, no author',
    text: [
      '城市地铁新线路正式开通运营',
      '2021-03-14 08:40:12 来源：新华网',
      '',
      '本市地铁五号线周日上午正式开通运营，全长二十六公里，共设十八座车站，连接城市东部和西部的主要居民区。',
    ],
    lines: { 2: 'date' },
    record: { date: '2021-03-14T08:40:12', source: '新华网', byline: null },
  },
  {
    name: 'the same in another language',
    text: ['A Headline Here', '4 March 2019 Source: Reuters Author: Jane Doe', '', PROSE],
    record: { date: '2019-03-04', source: 'Reuters', byline: 'Jane Doe' },
  },
]);

ruleCases('headerFields', [
  {
    name: 'a name after the date, labelled (`Posted on DATE by NAME`), in several languages',
    text: ['A Headline Here', 'Posted on March 14, 2019 by Jane Doe', '', PROSE],
    lines: { 2: 'byline' },
    record: { date: '2019-03-14', byline: 'Jane Doe' },
  },
  {
    name: 'the same in French',
    text: ['Un titre ici', 'Publié le 14 mars 2019 à 10h30 par Jean Dupont', '', PROSE],
    record: { date: '2019-03-14T10:30', byline: 'Jean Dupont' },
  },
  {
    name: 'a time zone between the date and the byline label after it (`… 7:11 AM PST BY …`)',
    text: ['A Headline Here', '2/26/2015 7:11 AM PST BY TMZ STAFF', '', PROSE],
    lines: { 2: 'byline' },
    record: { byline: 'TMZ STAFF', date: '2015-02-26T07:11' },
  },
  {
    name: 'the update printed first on the line does not hide the publication date',
    text: ['A Headline Here', 'Updated: March 15, 2019 | Published: March 14, 2019', '', PROSE],
    record: { date: '2019-03-14' },
  },
  {
    name: 'the `by` between the date and the name is reported, not lost',
    text: ['A Headline Here', '14 February 2020 by Jane Doe', '', PROSE],
    cut: { 2: ['head-rest: by'] },
    record: { date: '2020-02-14', byline: 'Jane Doe' },
  },
  {
    name: 'a lower-case phrase after the date is no name',
    text: ['A Headline Here', 'March 14, 2019 by the harbour', '', PROSE],
    record: { date: '2019-03-14', byline: null },
  },
]);

ruleCases('headerFields', [
  {
    name: 'one word beside the date line: a place is dropped, an agency is the byline',
    text: ['A Headline Here', 'Jane Doe', 'Madrid', '14 March 2019', '', PROSE],
    lines: { 3: 'dropped: head-field:place', 4: 'date' },
    record: { byline: 'Jane Doe', date: '2019-03-14' },
  },
  {
    name: 'the agency alone above the date',
    text: ['A Headline Here', 'AFP', '14 March 2019', '', PROSE],
    lines: { 2: 'byline' },
    record: { byline: 'AFP' },
  },
  {
    name: 'the agency alone under the headline, no date printed: the byline',
    text: ['Un titular aquí sobre algo', 'EFE', '', PROSE],
    lines: { 2: 'byline' },
    record: { byline: 'EFE', date: null },
  },
  ...['STT', 'NTB', 'TT', 'Ritzau', 'Agerpres', 'ΑΠΕ-ΜΠΕ', 'Укрінформ', 'TTXVN', 'HINA', 'SPA'].map(
    (agency) => ({
      name: `a national agency alone under the date (${agency}): the byline, no place`,
      text: ['A Headline Here', '14.3.2024 10:32', agency, '', PROSE],
      lines: { 3: 'byline' },
      record: { byline: agency },
    }),
  ),
]);

ruleCases('headerFields', [
  {
    name: 'a bare name under the headline, then the place beside the date: the name is the byline',
    text: [
      'Governo anuncia novo pacote de medidas',
      'Maria Silva',
      'São Paulo',
      '14.mar.2019 às 10h30',
      '',
      PROSE,
    ],
    lines: { 2: 'byline', 3: 'dropped: head-field:place' },
    record: { byline: 'Maria Silva', date: '2019-03-14T10:30' },
  },
  {
    name: 'how long it reads, alone on a line of the head, is dropped',
    text: ['A Headline Here', 'Par Jean Dupont', '14 mars 2019', 'Temps de lecture 3 min.', PROSE],
    lines: { 4: 'dropped: reading-time' },
    record: { body: [PROSE] },
  },
  {
    name: 'how long it reads, in other languages and with the unit spelt out, is dropped',
    text: [
      'A Headline Here',
      'Door Jan de Boer',
      '14 maart 2019',
      'Leestijd 3 minuten',
      'Lesetid 4 minutter',
      '5 perc olvasás',
      PROSE,
    ],
    lines: {
      4: 'dropped: reading-time',
      5: 'dropped: reading-time',
      6: 'dropped: reading-time',
    },
    record: { body: [PROSE] },
  },
]);

ruleCases(
  'headerFields',
  [
    ['BY JANE DOE, ASSOCIATED PRESS', 'JANE DOE'],
    ['By Jane Doe, CNN', 'Jane Doe'],
    ['By Jane Doe, MD', 'Jane Doe, MD'],
    ['By Jane Doe, Staff Writer | March 14, 2019', 'Jane Doe'],
    ['Por Juan Pérez | Madrid | 14/03/2019', 'Juan Pérez'],
    ['By Jane Doe, Special to The Post', 'Jane Doe'],
    ['By Jane Doe, Special for Reuters', 'Jane Doe'],
    ['By Jane Doe / Reuters', 'Jane Doe'],
    ['By Jane Doe (AP)', 'Jane Doe'],
    ['By JANE DOE and JOHN ROE Associated Press', 'JANE DOE and JOHN ROE'],
    ['By Jane Doe and John Roe, The New York Times', 'Jane Doe and John Roe'],
    ['By The Associated Press', 'The Associated Press'],
    ['By Anna Mehr', 'Anna Mehr'], // a surname that is an agency's name too
    ['Maria Keller, Associated Press', 'Maria Keller'],
    ['Maria Keller | Reuters', 'Maria Keller'],
    ['Di Mario Rossi - ANSA', 'Mario Rossi'],
    ['By Jane Doe (reporting) and John Roe (photography)', 'Jane Doe'],
    ['Por María López (texto) y Juan Pérez (fotos)', 'María López'],
    ['Texto: João Silva / Fotos: Ana Costa', 'João Silva'],
    ['Jean Dupont, envoyé spécial à Rome', 'Jean Dupont'], // a bare name and its role
  ].map(([line, name]) => ({
    name: `the name in "${line}": an outlet, a role or a place after it is cut off`,
    text: ['A Headline Here', line!, '', PROSE],
    record: { byline: name },
  })),
);

ruleCases('headerFields', [
  {
    name: 'one letter left after `By:` on a cut-off line is no byline',
    text: ['A Headline Here', 'Sayyed Nasrallah Speaks • By: S', '14 February 2020', PROSE],
    record: { byline: null, date: '2020-02-14' },
  },
]);

ruleCases('headerFields', [
  {
    name: 'the agency alone under the byline is no text (`By JANE DOE` / `Associated Press`)',
    text: ['A HEADLINE HERE', '', 'By JANE DOE', 'Associated Press', '', PROSE],
    lines: { 4: 'dropped: byline-role' },
    record: { byline: 'JANE DOE', body: [PROSE] },
  },
  {
    name: 'a headline that ends in “Today” is no post’s age; the stamp alone is',
    text: ['Markets Rally Today', 'By Jane Doe', 'Updated today at 10:30', '', PROSE],
    lines: { 3: 'dropped: post-age' },
    others: { 1: 'title' },
    record: { title: 'Markets Rally Today', date: null },
  },
  {
    name: 'how long ago a live page was updated, in minutes, is no date',
    text: ['Live: Floods in northern Italy', 'Updated 10 minutes ago', '', PROSE],
    lines: { 2: 'dropped: post-age' },
    record: { date: null, body: [PROSE] },
  },
  {
    name: 'a date labelled in a script without capitals: the label is no name',
    text: [
      'فيضانات في شمال إيطاليا تجبر الآلاف على مغادرة منازلهم',
      'نشر في: الأحد 21 مايو 2023 - 18:45',
      '',
      'تسببت الأمطار الغزيرة يوم الأحد في فيضان الأنهار في أنحاء شمال إيطاليا، مما أجبر آلاف الأشخاص على مغادرة منازلهم.',
    ],
    lines: { 2: 'date' },
    record: { date: '2023-05-21T18:45', byline: null },
  },
  ...[
    'Aktualizacja: 22.05.2023 08:00 Publikacja: 21.05.2023 18:45',
    'Güncelleme: 22.05.2023 08:00 | Yayınlanma: 21.05.2023 18:45',
    'Uppdaterad 22 maj 2023 Publicerad 21 maj 2023',
    '更新时间：2023-05-22 08:00 发布时间：2023-05-21 18:45',
  ].map((line) => ({
    name: `the update printed first, the publication after it, with no separator: "${line}"`,
    text: ['A Headline About The Floods', line, '', PROSE],
    lines: { 2: 'date' },
    record: { date: line.includes('18:45') ? '2023-05-21T18:45' : '2023-05-21' },
  })),
  {
    name: 'one word before a comma under the headline is a label, no bare name (`Brexit, explained`)',
    text: ['Brexit deal: what it means', 'Brexit, explained', 'March 4, 2019', '', PROSE],
    record: { byline: null, date: '2019-03-04' },
  },
]);

ruleCases('headerFields', [
  {
    name: 'names credited in the head with their roles under them: the reporter is the byline',
    text: ['A Headline Here', '', 'Jane Doe', 'Journalist', 'John Roe', 'Photographer', '', PROSE],
    lines: {
      3: 'byline',
      4: 'dropped: byline-role',
      5: 'dropped: caption',
      6: 'dropped: caption',
    },
    record: { byline: 'Jane Doe', body: [PROSE] },
  },
  {
    name: 'a name above a line that merely holds a role’s word, in a sentence, is no credit',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Jane Doe',
      'The reporter who broke the story has since left the paper for a job abroad.',
    ],
    record: { byline: null },
  },
]);

ruleCases('headerFields', [
  {
    name: 'a label with its colon alone on a line (`بواسطة:`), the name on the next',
    text: ['A Headline Here', 'بواسطة:', 'محمد علي', '14 March 2024', '', PROSE],
    lines: { 2: 'dropped: label', 3: 'byline' },
    record: { byline: 'محمد علي' },
  },
]);

ruleCases('headerFields', [
  {
    name: 'a republished-by line claims no outlet it did not give (the page title gave one)',
    text: [
      'Floods force thousands from homes in northern Italy - E',
      'This report was originally published by Jane Doe at Example.com',
      'Floods force thousands from homes in northern Italy',
      '',
      PROSE,
    ],
    lines: { 2: 'byline' },
    cut: { 2: ['head-rest: This report was originally published by at Example.com'] },
    record: { byline: 'Jane Doe' },
  },
  {
    name: 'an outlet the page prints as its masthead, after the author’s name, is the source',
    text: [
      'Diário do Vale',
      '',
      'Prefeitura anuncia nova linha de ônibus',
      'Por Marina Costa, Diário do Vale',
      '22/04/2024 14h35',
      PROSE,
      'Diário do Vale',
    ],
    lines: { 4: 'byline' },
    record: { byline: 'Marina Costa', source: 'Diário do Vale' },
  },
  {
    name: 'a second author after the comma stays in the byline',
    text: [
      'Diário do Vale',
      '',
      'Prefeitura anuncia nova linha de ônibus',
      'Por Marina Costa, João Lima',
      '22/04/2024 14h35',
      PROSE,
    ],
    lines: { 4: 'byline' },
    record: { byline: 'Marina Costa, João Lima' },
  },
  {
    name: 'a masthead’s date above the headline gives way to the labelled publication date',
    text: [
      'Portada',
      'Región',
      'Deportes',
      'Cultura',
      'Domingo, 15 de marzo de 2026',
      'La sequía obliga a cerrar tres pozos de riego en la vega del río',
      'Por Marina Costa',
      'Publicado: 14/03/2026 09:12',
      'La confederación hidrográfica ordenó este viernes el cierre temporal de tres pozos de riego en la vega media del río, según la resolución publicada.',
      'Los regantes afectados, unas cuarenta familias, reclaman ayudas para instalar sistemas de goteo más eficientes antes del verano.',
    ],
    lines: { 5: 'dropped: head-field:unused', 8: 'date' },
    record: { date: '2026-03-14T09:12' },
  },
]);

// Labels of the author or reporter before the name, in the languages of the news.
ruleCases('headerFields', [
  {
    name: 'a woman author’s label (Slovak, Czech `Autorka:`) before the name',
    text: ['Most cez Váh zatvoria na tri mesiace', 'Autorka: Jana Nováková', '', PROSE],
    lines: { 2: 'byline' },
    record: { byline: 'Jana Nováková' },
  },
  {
    name: 'a reporter’s label in Persian before the name',
    text: ['A Headline Here', 'خبرنگار: علی محمدی', '', PROSE],
    lines: { 2: 'byline' },
    record: { byline: 'علی محمدی' },
  },
  {
    name: 'a Hindi report’s label before the name',
    text: ['A Headline Here', 'रिपोर्ट: सुनीता वर्मा', '', PROSE],
    lines: { 2: 'byline' },
    record: { byline: 'सुनीता वर्मा' },
  },
  {
    name: 'a `Reporter:` label, an `Editor:` line under it is no byline',
    text: ['A Headline Here', 'Reporter: Andi Wijaya', 'Editor: Dewi Lestari', '', PROSE],
    lines: { 2: 'byline' },
    record: { byline: 'Andi Wijaya' },
  },
  {
    name: '`Interview by`, `Reporting by` open a byline; the names after it are kept',
    text: ['A Headline Here', 'Reporting by Laura Bennett and Tom Hayes', '', PROSE],
    lines: { 2: 'byline' },
    record: { byline: 'Laura Bennett and Tom Hayes' },
  },
  {
    name: '`本报记者` (this paper’s reporter) is the label, not part of the name',
    text: ['北京地铁新线路年底开通 覆盖三个新城区', '本报记者 王五', '', PROSE],
    lines: { 2: 'byline' },
    record: { byline: '王五' },
  },
  {
    name: 'guard: a paragraph that opens with `Analysis by` names no one, and stays',
    text: [
      'A Headline Here',
      'By Jane Doe',
      '',
      'Analysis by the central bank shows that prices rose faster in the north than anywhere else.',
    ],
    others: { 4: 'body' },
    record: { byline: 'Jane Doe' },
  },
]);

// A reporter's credit in brackets opening the first paragraph or on its own line (Chinese,
// Korean): the name is the byline, the place the dateline, the credit is cut off the paragraph.
const ZH_TITLE = '台中公車路線明年大調整 新增十條幹線';
const ZH_PROSE =
  '交通局表示，新路網將以捷運站為中心，讓民眾轉乘更方便，預計每天可服務超過二十萬人次。';
ruleCases('headerFields', [
  {
    name: 'a Taiwanese credit `〔記者NAME／PLACE報導〕` opening the first paragraph is cut off it',
    text: [ZH_TITLE, '2024-03-14 10:30', `〔記者王小明／台中報導〕${ZH_PROSE}`],
    others: { 3: 'body' },
    cut: { 3: ['reporter-credit: 〔記者王小明／台中報導〕'] },
    record: { byline: '王小明', dateline: '台中', body: [ZH_PROSE] },
  },
  {
    name: 'two names `、` apart in a credit are both the byline',
    text: [ZH_TITLE, '2024-03-14 10:30', `〔記者王小明、李大華／台中報導〕${ZH_PROSE}`],
    record: { byline: '王小明、李大華', body: [ZH_PROSE] },
  },
  {
    name: 'a credit `【记者 NAME PLACE报道】` on its own line is the byline line',
    text: [ZH_TITLE, '2024-03-14 10:30', '【记者 李四 北京报道】', ZH_PROSE],
    lines: { 3: 'byline' },
    record: { byline: '李四', dateline: '北京' },
  },
  {
    name: 'a Korean agency’s credit `(서울=연합뉴스) NAME 기자 =` opening the first paragraph',
    text: [
      '대도시 빵값 한 주 만에 10% 올라',
      '2024.03.14 10:30',
      '(서울=연합뉴스) 홍길동 기자 = 지방 당국은 이달 말까지 가격을 점검하고 제과점에 대한 단속을 강화하겠다고 약속했다.',
    ],
    record: {
      byline: '홍길동',
      dateline: '서울',
      body: ['지방 당국은 이달 말까지 가격을 점검하고 제과점에 대한 단속을 강화하겠다고 약속했다.'],
    },
  },
  {
    name: 'a wire’s dateline before the credit stays in the paragraph; the agency is the source',
    text: [ZH_TITLE, '2024-03-14 10:30', `新华社北京3月14日电（记者张三、李四）${ZH_PROSE}`],
    cut: { 3: ['reporter-credit: （记者张三、李四）'] },
    record: {
      byline: '张三、李四',
      source: '新华社',
      dateline: '北京',
      body: [`新华社北京3月14日电 ${ZH_PROSE}`],
    },
  },
  {
    name: 'a Korean paper’s credit `[OUTLET NAME 기자]` opening the first paragraph',
    text: [
      '대도시 빵값 한 주 만에 10% 올라',
      '2024.03.14 10:30',
      '[서울신문 홍길동 기자] 지방 당국은 이달 말까지 가격을 점검하고 제과점에 대한 단속을 강화하겠다고 약속했다.',
    ],
    cut: { 3: ['reporter-credit: [서울신문 홍길동 기자]'] },
    record: { byline: '홍길동', source: '서울신문' },
  },
  {
    name: 'a Japanese credit `【PLACE=NAME】` opening the first paragraph',
    text: [
      '大都市でパンの値段が一割上昇',
      '2024年3月14日 10:30',
      '【ワシントン=山田太郎】米国の大都市でパンの値段が今週に入って一割ほど上がり、パン店は小麦粉の値上がりを理由に挙げた。',
    ],
    cut: { 3: ['reporter-credit: 【ワシントン=山田太郎】'] },
    record: { byline: '山田太郎', dateline: 'ワシントン' },
  },
  {
    name: 'guard: a photo credit or a label in brackets opening a paragraph is no reporter’s credit',
    text: [ZH_TITLE, '2024-03-14 10:30', `【新聞】${ZH_PROSE}`, `（圖／記者王小明攝）${ZH_PROSE}`],
    record: { byline: null },
  },
]);

// What follows the name on a byline line is cut off: the role after a dash, a handle, a desk.
ruleCases('headerFields', [
  {
    name: 'a role after a dash and a handle after a slash are cut off the name',
    text: ['A Headline Here', 'By: Laura Bennett - Reporter / @lbennett', '', PROSE],
    lines: { 2: 'byline' },
    cut: { 2: ['head-rest: - Reporter / @lbennett'] },
    record: { byline: 'Laura Bennett' },
  },
  {
    name: 'a name, the desk and a labelled date on one line: the byline is the name only',
    text: [
      'A Headline Here',
      'Laura Bennett · CBC News · Posted: Mar 14, 2024 10:30 AM ET',
      '',
      PROSE,
    ],
    lines: { 2: 'byline' },
    cut: { 2: ['head-rest: · CBC News · Posted: ET'] },
    record: { byline: 'Laura Bennett', date: '2024-03-14T10:30' },
  },
  {
    name: 'a name, the role and a labelled date on one line: the byline is the name only',
    text: [
      'A Headline Here',
      'Laura Bennett · Reporter · Posted: Mar 14, 2024 10:30 AM ET',
      '',
      PROSE,
    ],
    lines: { 2: 'byline' },
    record: { byline: 'Laura Bennett', date: '2024-03-14T10:30' },
  },
  {
    name: 'guard: a section label before a labelled date is no byline',
    text: ['A Headline Here', 'Local News · Updated: Mar 14, 2024', 'By Jane Doe', '', PROSE],
    others: { 3: 'byline' },
    record: { byline: 'Jane Doe', date: '2024-03-14' },
  },
]);

ruleCases('headerFields', [
  {
    name: 'a Japanese `文：` (text by) label before the name',
    text: ['大都市でパンの値段が一割上昇', '文：山田太郎', '', PROSE],
    lines: { 2: 'byline' },
    record: { byline: '山田太郎' },
  },
]);
