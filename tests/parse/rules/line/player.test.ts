// player: a video player's controls, notices and dialog menus.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

const P2 = 'The second paragraph goes on with what the officials said on Tuesday afternoon.';

ruleCases('player', [
  {
    name: 'a player with its captions dialog in the middle of the text is dropped whole',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Play Video',
      'Play',
      'Mute',
      'Current Time 0:00',
      'Duration Time 0:00',
      'Loaded: 0%',
      'Progress: 0%',
      'Playback Rate',
      '1',
      'captions settings, opens captions settings dialog',
      'captions off, selected',
      'Foreground',
      'White',
      'Semi-Transparent',
      '75%',
      'Done',
      'Close',
      'This is a modal window. This modal can be closed by pressing the Escape key.',
      P2,
    ],
    lines: {
      4: 'dropped: player',
      12: 'dropped: player',
      17: 'dropped: player',
      21: 'dropped: player',
    },
    record: { body: [PROSE, P2] },
  },
  {
    name: 'a notice alone, in another language’s status shape too',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Media playback is unsupported on your device',
      'Tempo restante -0:00',
      P2,
    ],
    lines: { 4: 'dropped: player', 5: 'dropped: player' },
    record: { body: [PROSE, P2] },
  },
  {
    name: 'a clip’s title after “now playing”, and its length under it',
    text: ['A Headline Here', '', PROSE, 'Reproduciendo: Inundaciones en Italia', '8:09', PROSE],
    lines: { 4: 'dropped: player', 5: 'dropped: player' },
  },
  ...[
    'Listen to this article · 4:12 min',
    'Artikel anhören',
    'Écouter cet article',
    'Écoutez cet article',
    'Escucha esta noticia',
    'Ouça este artigo',
    'Luister naar dit artikel',
    'इस खबर को सुनें',
    'شنیدن این خبر',
    '收听本文',
    '기사 듣기',
  ].map((line) => ({
    name: `an article’s audio player: "${line}"`,
    text: ['A Headline Here', line, 'By Jane Doe', '', PROSE],
    lines: { 2: 'dropped: player' },
    record: { body: [PROSE] },
  })),
  {
    name: 'another player’s caption settings, between the byline and the text',
    text: [
      'Veteran Wraps Baby in American Flag, Photo Sparks Controversy',
      'By GILLIAN MOHNEY March 11, 2015 3:46 PM',
      'Closed Caption Settings',
      'Type Size',
      'Times New Roman',
      '75% (transparency)',
      'Captions will look like this',
      'Video Not Available',
      'Unfortunately, this video is not available in your region.',
      PROSE,
    ],
    lines: { 3: 'dropped: player', 6: 'dropped: player', 9: 'dropped: player' },
    record: { byline: 'GILLIAN MOHNEY', body: [PROSE] },
  },
  {
    name: 'a sentence that opens with the verb to listen stays',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Listen to this story, the mayor told the council, and then tell me the wall can wait.',
    ],
    others: { 4: 'body' },
  },
  {
    name: 'short lines that are no player’s stay',
    text: ['A Headline Here', '', PROSE, 'Play', '', 'Close', '', P2],
    others: { 4: 'body', 6: 'body' },
  },
]);

ruleCases('player', [
  {
    name: '`Up next` is no notice of a player: it heads the story to read next',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'Up next',
      'Fishermen call for new quotas as cod stocks recover',
    ],
    others: { 4: 'dropped: featured-heading', 5: 'featured' },
  },
]);
