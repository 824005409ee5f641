// relatedData: related stories dumped as JSON become featured stories.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

ruleCases('relatedData', [
  {
    name: 'a PHP var_dump of a JSON list; a date in an item path is the story date',
    text: [
      'A Headline Here',
      '',
      PROSE,
      'string(90) "[{"id":"1","pic":"/2016/03/26/a.jpg","title":"Army Liberates Town"},{"title":"Talks Resume"}]"',
    ],
    lines: { 4: 'dropped: featured-data' },
    record: {
      featured: [
        { title: 'Army Liberates Town', date: '2016-03-26' },
        { title: 'Talks Resume', date: null },
      ],
    },
  },
]);
