// title: the first title-like line before any prose; its repeats are dropped.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

ruleCases('title', [
  {
    name: 'the first short line without a full stop, and its repeat',
    text: ['Talks Resume In The Capital', '', 'Talks resume in the capital', PROSE],
    lines: { 1: 'title', 3: 'dropped: duplicate-title' },
    record: { title: 'Talks Resume In The Capital' },
  },
  {
    name: 'a headline in a script without capitals (Hebrew) opens like a title',
    text: [
      'פתיחת גשר חדש בנמל חיפה',
      '',
      'העירייה פתחה ביום שני גשר חדש בנמל לאחר חודשים של עבודות בנייה ותיקונים.',
    ],
    lines: { 1: 'title' },
    record: { title: 'פתיחת גשר חדש בנמל חיפה' },
  },
  {
    name: 'a text that opens with prose has no title: null, never a guess',
    text: [PROSE, 'Another sentence of the text follows it here, as long as the first one.'],
    record: { title: null },
  },
]);

ruleCases('title', [
  {
    name: 'below a menu’s words, the headline standing above the byline and first paragraph',
    text: [
      'Design',
      'Transportation',
      'Environment',
      '',
      'Why Neon Is the Ultimate Symbol of the 20th Century',
      '',
      'Sarah Archer',
      '1:39 PM ET',
      PROSE,
    ],
    lines: { 1: 'dropped: navigation', 3: 'dropped: navigation', 5: 'title' },
    others: { 7: 'byline' },
    record: { title: 'Why Neon Is the Ultimate Symbol of the 20th Century' },
  },
  {
    name: 'below a kicker, a headline in title case above its date is the title, not a byline',
    text: ['Politics', 'Harbour Bridge Reopens After Long Repairs', '17 February 2020', PROSE],
    lines: { 1: 'dropped: navigation', 2: 'title' },
    others: { 3: 'date' },
    record: { title: 'Harbour Bridge Reopens After Long Repairs', byline: null, body: [PROSE] },
  },
  {
    name: 'below a menu’s words, a short label above the first paragraph is no title',
    text: ['Design', 'Transportation', '', 'Latest Updates', PROSE],
    record: { title: null },
  },
]);

ruleCases('title', [
  {
    name: 'a headline in a script written without spaces (Chinese, Japanese) is title-like',
    text: [
      '政府公布新预算',
      '',
      '部长周一表示，经过议会的长期辩论，新规则将于明年生效。',
      '',
      '批评人士表示，该计划力度不够，并呼吁在投票前对法律作进一步修改。',
    ],
    lines: { 1: 'title' },
    record: { title: '政府公布新预算' },
  },
  {
    name: 'a Japanese headline above its date line',
    text: [
      '政府が新予算を発表',
      '2019年3月4日 8時40分',
      '',
      '大臣は月曜日、議会での長い議論の末、新しい規則が来年施行されると述べた。',
    ],
    lines: { 1: 'title' },
    others: { 2: 'date' },
    record: { title: '政府が新予算を発表', date: '2019-03-04T08:40' },
  },
  ...['WORLD NEWS', 'EXAMPLE TIMES', 'Politics'].map((kicker) => ({
    name: `a kicker or the outlet's name above a dump's headline and date: "${kicker}"`,
    text: [kicker, 'Floods force thousands from homes in northern Italy', 'May 21, 2023', PROSE],
    lines: { 1: 'dropped: navigation', 2: 'title' },
    others: { 3: 'date' },
    record: { title: 'Floods force thousands from homes in northern Italy' },
  })),
  {
    name: 'a short headline in lower case over its standfirst is the headline; the standfirst goes',
    text: [
      'Brexit deal agreed',
      'The UK and EU reached agreement on Thursday after months of talks',
      'March 4, 2019',
      '',
      PROSE,
    ],
    lines: { 1: 'title', 2: 'dropped: page-head' },
    record: { title: 'Brexit deal agreed', body: [PROSE] },
  },
  {
    name: 'a headline broken over two lines is joined',
    text: ['Floods force thousands', 'from homes in northern Italy', '', 'May 21, 2023', '', PROSE],
    lines: { 1: 'title', 2: 'title' },
    record: { title: 'Floods force thousands from homes in northern Italy', date: '2023-05-21' },
  },
  {
    name: 'a line after a blank line is no part of the headline',
    text: ['Floods force thousands', '', 'from homes in northern Italy', '', PROSE],
    record: { title: 'Floods force thousands' },
  },
  {
    name: 'a cut-off copy of the headline above it whole: the whole one is the title',
    text: [
      'Floods force thousands from homes in…',
      'Floods force thousands from homes in northern Italy',
      'May 21, 2023',
      '',
      PROSE,
    ],
    lines: { 1: 'dropped: navigation', 2: 'title' },
    record: { title: 'Floods force thousands from homes in northern Italy' },
  },
  {
    name: 'a short headline in title case over its standfirst and date is the title',
    text: [
      'Markets Rally',
      'Stocks rose sharply on Monday as investors cheered the rate cut',
      'May 21, 2023',
      '',
      PROSE,
    ],
    lines: { 1: 'title', 2: 'dropped: page-head' },
    record: { title: 'Markets Rally' },
  },
  {
    name: 'a subheading between the headline and a first paragraph that opens with a dateline goes',
    text: [
      'Acme Opens New Plant In Ohio, Creating 300 Jobs',
      '',
      'New site will make parts for electric cars sold across the country',
      '',
      'COLUMBUS, Ohio, Sept. 12, 2023 — Acme Corp. said today it would open a plant in Ohio, creating 300 jobs.',
    ],
    lines: { 1: 'title', 3: 'dropped: page-head' },
  },
]);
