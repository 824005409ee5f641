// The author's bio at the end of an article (`Paul Joseph Watson is the editor at large of …`,
// `Erin Cunningham is an Egypt-based correspondent for The Post.`): a name, a verb of being
// and a role, in the last lines of the text. It is about the author, not the story: dropped.
import { drop, lastOpen, type ParseRule, type ParseState } from '../../state.ts';
import { isName, wordCount } from '../../text.ts';
import { BYLINE_ROLE_WORD } from '../../vocabulary.ts';

/** `Name is a …`, `Name est …`, `Name es …`, `Name ist …`, `Name é …`, `Name è …`: the name,
 * then the verb (English, French, Spanish, German, Portuguese, Italian, Dutch, Polish). */
const NAME_IS =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+(?:is|was|est|es|ist|é|è|jest)\s/u;

/** A role, or the writing that makes one an author. */
const ROLE = new RegExp(
  `(?<![\\p{L}])(?:${BYLINE_ROLE_WORD}|author|editor at large|author of|auteur|autor|autore|autorin|fellow|professor)(?![\\p{L}])`,
  'iu',
);

/** A bio is one short paragraph among the text's last lines. */
const BIO_LAST_LINES = 3;
const MAX_BIO_WORDS = 70;

export const authorBio: ParseRule = {
  name: 'authorBio',
  purpose:
    'The author’s bio among the last lines (a name, “is”, a role: `X is a reporter for …`) is dropped.',
  reads: ['open lines', 'byline'],
  sets: ['dropped: author-bio'],
  run,
};

/** Is the line a bio, and of the author (the byline's name, when the text prints one: a
 * closing line about a person of the story is the story's)? */
function isBio(t: string, byline: string | null): boolean {
  if (wordCount(t, MAX_BIO_WORDS + 1) > MAX_BIO_WORDS) return false;
  const m = NAME_IS.exec(t);
  if (!m || !isName(m[1]!) || !ROLE.test(t.slice(m[0].length))) return false;
  return byline === null || byline.toLowerCase().includes(m[1]!.toLowerCase());
}

function run(state: ParseState): void {
  for (const line of lastOpen(state.lines, BIO_LAST_LINES))
    if (isBio(line.text, state.byline)) drop(line, 'author-bio');
}
