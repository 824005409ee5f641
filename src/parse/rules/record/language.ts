// The language of the article: read off its body (the article's own words, not the page's),
// else its title; null when the text is too short or mixed to tell.
import { languageOf } from '../../readers/language.ts';
import type { ParseRule, ParseState } from '../../state.ts';

export const language: ParseRule = {
  name: 'language',
  purpose: 'The language the article is written in (BCP 47), told from its body, else its title.',
  reads: ['blocks', 'title'],
  sets: ['language'],
  run,
};

function run(state: ParseState): void {
  state.language = languageOf([...state.blocks.map((b) => b.text), state.title ?? '']);
}
