// language: the language the article is written in, told from its body.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

ruleCases('language', [
  { name: 'English', text: ['A Headline Here', '', PROSE], record: { language: 'en' } },
  {
    name: 'French',
    text: [
      'Un nouveau pont sur le fleuve',
      '',
      'Le gouvernement a annoncé lundi la construction d’un nouveau pont sur le fleuve, qui reliera les deux rives de la ville.',
    ],
    record: { language: 'fr' },
  },
  {
    name: 'Portuguese',
    text: [
      'Governo anuncia nova ponte',
      '',
      'O governo anunciou nesta segunda-feira a construção de uma nova ponte sobre o rio, que ligará as duas margens da cidade.',
    ],
    record: { language: 'pt' },
  },
  { name: 'too little text to tell', text: ['Ok then'], record: { language: null } },
  {
    name: 'front matter says it',
    text: ['---', 'language: de', '---', 'A Headline Here', '', PROSE],
    record: { language: 'de' },
  },
]);
