// The author's bio at the end of an article (`Paul Joseph Watson is the editor at large of …`,
// `Erin Cunningham is an Egypt-based correspondent for The Post.`, `Daniel Okafor covers
// agriculture for …`): a name, a verb of being and a role, or the verb of a reporter's beat,
// in the last lines of the text. It is about the author, not the story: dropped.
import { drop, isOpen, lastOpen, type ParseRule, type ParseState } from '../../state.ts';
import { isName, wordCount } from '../../text.ts';
import { BYLINE_ROLE_WORD } from '../../vocabulary.ts';

/** `Name is a …`, `Name est …`, `Name es …`, `Name ist …`, `Name é …`, `Name è …`: the name,
 * then the verb (English, French, Spanish, German, Portuguese, Italian, Dutch, Polish), or the
 * dash Russian and Ukrainian write for it (`Анна Смирнова — корреспондент …`). */
const NAME_IS =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})\s+(?:is|was|est|es|ist|é|è|jest|[—–])\s/u;

/** `Name covers …`, `Name writes about …`, `Name couvre …`, `Name berichtet über …`, `Name
 * escribe sobre …`: the name, maybe a handle in brackets, then the verb of a reporter's beat
 * (English, French, Spanish, Portuguese, German, Italian, Dutch, Polish, Russian). It is a bio
 * only when the name is the byline's (a closing line about a person of the story is text). */
const NAME_COVERS =
  /^(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){1,3})(?:\s+\([^)]{1,40}\))?,?\s+(?:covers|writes (?:about|on|for)|reports (?:on|for|from)|has (?:covered|written (?:about|on|for)|reported (?:on|for|from))|has been (?:covering|reporting on|writing about)|couvre|écrit (?:sur|pour)|suit (?:l['’]actualité|les questions)|cubre|escribe (?:sobre|para)|informa sobre|cobre|escreve (?:sobre|para)|berichtet (?:über|für|aus|seit)|schreibt (?:über|für)|si occupa di|scrive (?:di|per)|segue (?:per|la cronaca)|schrijft (?:over|voor)|pisze (?:o|dla)|zajmuje się|пишет (?:о|об|для)|освещает)(?![\p{L}])/u;

/** A role, or the writing that makes one an author. */
const ROLE = new RegExp(
  `(?<![\\p{L}])(?:${BYLINE_ROLE_WORD}|author|editor at large|author of|auteur|autor|autore|autorin|fellow|professor|journalistin|reporterin|kolumnist(?:in)?|chroniqueu(?:r|se)|columnista|colunista|editorialista|colaborador(?:a)?|корреспондентка|журналистка|кореспондент(?:ка)?|журналіст(?:ка)?)(?![\\p{L}])`,
  'iu',
);

/** `About the author: …`, `Über die Autorin`, `Sobre el autor`, `作者简介`: the label of the
 * author's box, alone (its bio on the next line) or before the bio, in the languages of the
 * news. */
const ABOUT_AUTHOR =
  /^(?:about the (?:authors?|writers?)|über (?:den autor|die autorin|die autoren)|zur person|sobre (?:el|la|los) autor(?:a|es)?|sobre (?:o|a|os) autor(?:a|es)?|à propos de l['’]aut(?:eur|eure|rice)|l['’]aut(?:eur|eure|rice)|sull['’]autore|over de (?:auteur|schrijver)|o autorze|об авторе|про автора|yazar hakkında|(?:نبذة )?عن الكاتب|درباره نویسنده|关于作者|作者简介|關於作者|作者簡介|著者について|筆者紹介|기자 소개|लेखक के बारे में)(?:\s*[:：]\s*(\S.*))?$/iu;

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
  const is = NAME_IS.exec(t);
  if (is && isName(is[1]!) && ROLE.test(t.slice(is[0].length)))
    return byline === null || byline.toLowerCase().includes(is[1]!.toLowerCase());
  // A beat's verb without a role (`Medicare Part B covers …`) needs the byline's name.
  if (byline === null) return false;
  const covers = NAME_COVERS.exec(t);
  return !!covers && isName(covers[1]!) && byline.toLowerCase().includes(covers[1]!.toLowerCase());
}

function run(state: ParseState): void {
  const last = lastOpen(state.lines, BIO_LAST_LINES);
  last.forEach((line, i) => {
    const about = ABOUT_AUTHOR.exec(line.text);
    if (about) {
      drop(line, 'author-bio');
      // The label alone: the bio is the line under it.
      const next = last[i + 1];
      if (about[1] === undefined && next && wordCount(next.text) <= MAX_BIO_WORDS)
        drop(next, 'author-bio');
    } else if (isOpen(line) && isBio(line.text, state.byline)) drop(line, 'author-bio');
  });
}
