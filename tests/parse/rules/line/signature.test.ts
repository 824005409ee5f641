// signature: editor signatures, alone on a line or glued to the last paragraph.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

const LAST = 'The delegation left the capital on Monday after three days of talks.';

ruleCases('signature', [
  {
    name: 'initials on their own line',
    text: ['A Headline Here', '', LAST, 'S/SH 11'],
    lines: { 4: 'dropped: signature' },
  },
  {
    name: 'initials glued to a paragraph are cut off it',
    text: ['A Headline Here', '', `${LAST} AK/PA`],
    cut: { 3: ['signature: AK/PA'] },
    record: { body: [LAST] },
  },
]);

ruleCases('signature', [
  {
    name: 'an editor’s credit in many languages, on its own line or glued in brackets',
    text: [
      '政府公布新预算',
      '',
      '部长周一表示，经过议会的长期辩论，新规则将于明年生效。（责任编辑：王五）',
      '',
      '批评人士表示，该计划力度不够，并呼吁在投票前对法律作进一步修改。',
      '【编辑：李四】',
      'Редактор: Иван Петров',
      'Edited by Jane Doe',
    ],
    lines: { 6: 'dropped: signature', 7: 'dropped: signature', 8: 'dropped: signature' },
    cut: { 3: ['signature: （责任编辑：王五）'] },
    record: {
      body: [
        '部长周一表示，经过议会的长期辩论，新规则将于明年生效。',
        '批评人士表示，该计划力度不够，并呼吁在投票前对法律作进一步修改。',
      ],
    },
  },
  {
    name: 'an editor’s note opening a paragraph is text',
    text: [
      'A Headline Here',
      '',
      'Editor’s note: this story was updated on Monday to add the ministry’s answer.',
      PROSE,
    ],
    others: { 3: 'body' },
  },
]);

ruleCases('signature', [
  {
    name: 'the editors’ picks head a story list: no editor’s credit',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Editor’s Picks',
      'Army Liberates Town Near The Border',
      '编辑推荐',
      '政府公布新一年的城市预算方案',
    ],
    others: { 4: 'dropped: featured-heading', 5: 'featured', 6: 'dropped: featured-heading' },
  },
]);
