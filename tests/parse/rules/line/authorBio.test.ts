// authorBio: the author's bio among the text's last lines.
import { PROSE, ruleCases } from '../../../support/rule-cases.ts';

ruleCases('authorBio', [
  {
    name: 'a name, "is", a role: the author’s bio at the end is dropped',
    text: [
      'A Headline Here',
      '',
      PROSE,
      '',
      'Paul Joseph Watson is the editor at large of Infowars.com and Prison Planet.com.',
    ],
    lines: { 5: 'dropped: author-bio' },
    record: { body: [PROSE] },
  },
  {
    name: 'in another language, with the byline’s name',
    text: [
      'Un titre ici',
      'Par Jean Dupont',
      '',
      'Le ministre a déclaré lundi que les nouvelles règles entreraient en vigueur l’an prochain.',
      'Jean Dupont est journaliste au service politique.',
    ],
    lines: { 5: 'dropped: author-bio' },
  },
  {
    name: 'a closing line about another person of the story stays',
    text: [
      'A Headline Here',
      'By Jane Doe',
      '',
      PROSE,
      'John Smith is a former editor of the newspaper and now teaches in Boston.',
    ],
    others: { 5: 'body' },
  },
  {
    name: 'such a line in the middle of the text stays',
    text: [
      'A Headline Here',
      '',
      'Erin Cunningham is a correspondent who has covered the war since it began in 2011.',
      PROSE,
      PROSE.replace('first', 'second'),
      PROSE.replace('first', 'third'),
    ],
    others: { 3: 'body' },
  },
]);
