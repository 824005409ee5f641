// The author's bio at the end of an article (`Paul Joseph Watson is the editor at large of …`,
// `Erin Cunningham is an Egypt-based correspondent for The Post.`, `Daniel Okafor covers
// agriculture for …`): a name, a verb of being and a role, or the verb of a reporter's beat,
// in the last lines of the text. It is about the author, not the story: dropped.
// An author box there too (`Über die Autorin` / `Anna Becker` / `Redakteurin`): the heading
// and the role are dropped, the name is the byline when the head prints none.
import { isNameLine, leadingName } from '../../readers/bylineName.ts';
import { drop, isOpen, lastOpen, type Line, type ParseRule, type ParseState } from '../../state.ts';
import { isName, isProse, wordCount } from '../../text.ts';
import { AUTHOR_LABEL, BYLINE_ALONE, BYLINE_ROLE_WORD } from '../../vocabulary.ts';

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

/** The heading of an author box after the text, in the languages of the news: `About the
 * author`, `Über die Autorin`, `Sobre el autor`, `O autorovi`, `Об авторе`, `关于作者`, or an
 * author's label alone (`Autor`, `Autorin:`). */
const BOX_HEADING = new RegExp(
  `^(?:about the (?:author|writer|reporter)s?|the author|über (?:den autor|die autorin)|zum autor|zur autorin|sobre (?:el autor|la autora|o autor|a autora)|à propos de l['’]aut(?:eur|rice)|sull['’]aut(?:ore|rice)|over de (?:auteur|schrijver)|om (?:författaren|forfatteren|skribenten)|o autor(?:ovi|ce|ze|ke|u)|об авторе|про автора|yazar hakkında|tentang penulis|عن الكاتب|درباره نویسنده|关于作者|關於作者|作者简介|作者簡介|著者について|筆者について|기자 소개|${AUTHOR_LABEL})\\s*[:：]?$`,
  'iu',
);
/** The role under the name in an author box: a role's word among a few words (`Redakteurin im
 * Ressort Wirtschaft`, `redaktor`, `Senior Reporter`), no sentence. */
const BOX_ROLE = new RegExp(`^(?:\\S+\\s+){0,3}(?:${BYLINE_ROLE_WORD})(?:\\s+\\S+){0,4}$`, 'iu');
/** An author box is the text's last lines: heading, name, role, a short bio. */
const BOX_LAST_LINES = 5;
/** A name has two to four words. */
const MAX_BOX_NAME_WORDS = 4;

export const authorBio: ParseRule = {
  name: 'authorBio',
  purpose:
    'The author’s bio among the last lines (a name, “is”, a role: `X is a reporter for …`) is dropped; an author box there (heading, name, role) too, its name the byline when none is printed.',
  reads: ['open lines', 'byline'],
  sets: [
    'byline',
    'line role byline',
    'dropped: author-bio, byline-role (a page’s box, dropped as navigation, too)',
  ],
  run,
};

/** The author box among the last lines: its heading, name and role lines, when what follows
 * the name is a role or a bio only. */
function authorBox(
  last: readonly Line[],
  byline: string | null,
): { heading: Line; name: Line; rest: Line[] } | null {
  for (let k = 0; k + 1 < last.length; k++) {
    const heading = last[k]!;
    if (!BOX_HEADING.test(heading.text) && !BYLINE_ALONE.test(heading.text)) continue;
    const name = last[k + 1]!;
    const words = wordCount(name.text, MAX_BOX_NAME_WORDS + 1);
    if (words < 2 || words > MAX_BOX_NAME_WORDS || !isNameLine(name.text)) continue;
    const rest = last.slice(k + 2);
    const fits = (l: Line) =>
      (BOX_ROLE.test(l.text) && !isProse(l.text)) || isBio(l.text, byline ?? name.text);
    if (rest.every(fits)) return { heading, name, rest };
  }
  return null;
}

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

/** On a page, the author box stands after the article, among the lines pageRegion dropped as
 * the page's own: looked for among the first lines after the text. */
const BOX_AFTER_TEXT_LINES = 8;

/** A page's author box after the text, dropped as the page's navigation: its heading, name
 * and role (here the role must be printed: a menu's lines are short too). */
function pageBox(lines: readonly Line[]): [Line, Line, Line] | null {
  let end = lines.length - 1;
  while (end >= 0 && !isOpen(lines[end]!)) end--;
  if (end < 0) return null;
  const after = lines
    .slice(end + 1)
    .filter((l) => l.text !== '')
    .slice(0, BOX_AFTER_TEXT_LINES);
  const paged = (l: Line) => l.role === 'dropped' && l.reason === 'navigation';
  for (let k = 0; k + 2 < after.length; k++) {
    const [heading, name, role] = [after[k]!, after[k + 1]!, after[k + 2]!];
    if (![heading, name, role].every(paged)) continue;
    if (!BOX_HEADING.test(heading.text) && !BYLINE_ALONE.test(heading.text)) continue;
    const words = wordCount(name.text, MAX_BOX_NAME_WORDS + 1);
    if (words < 2 || words > MAX_BOX_NAME_WORDS || !isNameLine(name.text)) continue;
    if (BOX_ROLE.test(role.text) && !isProse(role.text)) return [heading, name, role];
  }
  return null;
}

function run(state: ParseState): void {
  const paged = state.byline === null ? pageBox(state.lines) : null;
  if (paged) {
    // (The lines stay dropped, with the box's reasons: the name is the byline.)
    const [heading, name, role] = paged;
    drop(heading, 'author-bio');
    drop(name, 'author-bio');
    drop(role, 'byline-role');
    state.byline = leadingName(name.text);
  }
  const box = authorBox(lastOpen(state.lines, BOX_LAST_LINES), state.byline);
  if (box) {
    drop(box.heading, 'author-bio');
    if (state.byline === null) {
      state.byline = leadingName(box.name.text);
      box.name.role = 'byline';
    } else drop(box.name, 'author-bio');
    for (const l of box.rest) if (!isBio(l.text, state.byline)) drop(l, 'byline-role');
  }
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
