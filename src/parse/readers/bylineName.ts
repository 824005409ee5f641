// The name in a byline's text: what follows a name on a byline line (a role, a place, an
// outlet or agency, a photographer's credit, a date's label) is cut off, and what is left must
// be a name. Read by the head-line reader and by the rules that take a bare name or a sign-off.
import type { FoundDate } from './date.ts';
import { memoize } from '../memo.ts';
import { isName, wordCount } from '../text.ts';
import { AGENCY, BYLINE_ROLE_WORD, MONTH, UPDATED_LABEL } from '../vocabulary.ts';

/** Where a yearless date starts in a byline: `By Name March 18 at 3:57 PM`. */
const MONTH_DAY = new RegExp(`\\s(?:${MONTH})\\.?\\s+\\d`, 'i');

/** Where a name ends in a byline line: at a handle (`@ahiza_garcia`) or a number (`0 Comments`,
 * `1 day ago`) printed after it. */
const NAME_END = /\s+(?:@\S|\d)/;

/** `Le Monde | 04.05.2015 à 13h36 • Mis à jour … | Par X`: head fields printed on one line. */
export const FIELD_SEPARATOR = /\s+[|•·]\s+/;

/** `…, a deputy editor and …`, `…, AP National Security Writer`: a role after the name (in
 * lower case, or ending in a role's word), not part of it. */
const LOWER_CASE_ROLE = /,\s+\p{Ll}.*$/u;
const ROLE_WORD_AT_END = new RegExp(`,\\s+(?:\\S+\\s+){0,4}(?:${BYLINE_ROLE_WORD})$`, 'iu');

/** `Jean Dupont (Bruxelles, correspondant)`: a place and a role in brackets after the name. */
const BRACKETED_ROLE = new RegExp(
  `\\s*\\([^)]*(?<![\\p{L}])(?:${BYLINE_ROLE_WORD})(?![\\p{L}])[^)]*\\)$`,
  'iu',
);

/** Words that qualify a role (`regional affairs reporter`, `Senior Political Correspondent`,
 * `staff writer`): a role printed beside the name without a comma is found by them. */
const ROLE_QUALIFIER =
  'staff|senior|chief|political|foreign|special|national|regional|local|sports?|business|health|science|education|crime|court|city|state|investigative|deputy|associate|assistant|contributing|managing|news|data|environment(?:al)?|climate|technology|tech|arts|culture|music|food|travel|economics?|diplomatic|defen[cs]e|security|legal|transport|consumer|home|affairs|world|international|parliamentary|community|digital|video|europe|africa|asia|america|middle east|white house|washington|our|the|a|an|and|&';
/** `regional affairs reporter Jane Doe`, `Political Correspondent Jane Doe`: the role before the
 * name (the name's capital after it is tested apart: under the `i` flag `\p{Lu}` is any letter). */
const ROLE_BEFORE = new RegExp(
  `^(?:(?:${ROLE_QUALIFIER})\\s+){0,4}(?:${BYLINE_ROLE_WORD})\\s+(?=\\S)`,
  'iu',
);
const CAPITAL_FIRST = /^\p{Lu}/u;
/** `Jane Doe Staff writer`, `Jane Doe reporter`: the role after the name with no comma: a
 * qualified role, or a role's word in lower case (`Daily Mail Reporter` is a desk's credit). */
const ROLE_AFTER_QUALIFIED = new RegExp(
  `\\s+(?:(?:${ROLE_QUALIFIER})\\s+){1,3}(?:${BYLINE_ROLE_WORD})$`,
  'iu',
);
const ROLE_AFTER_LOWER_CASE = new RegExp(`\\s+(?:${BYLINE_ROLE_WORD})$`, 'u');

/** `Laura Bennett - Reporter`, `Jane Doe | Staff Writer`, `Ana Ruiz / Corresponsal`: the role
 * set off by a dash, bar or slash after the name (the handle after it is cut first). */
const MARKED_ROLE = new RegExp(
  `\\s+[-–—|/]\\s+(?:(?:${ROLE_QUALIFIER})\\s+){0,3}(?:${BYLINE_ROLE_WORD})$`,
  'iu',
);

/** `Journalist`, `Senior Political Correspondent`: a role's words and nothing else. */
const ROLE_ONLY = new RegExp(`^(?:(?:${ROLE_QUALIFIER})\\s+){0,3}(?:${BYLINE_ROLE_WORD})$`, 'iu');
/**
 * Whether a line is a role alone, as a page prints it under a name.
 * @example isRoleOnly('Senior Correspondent') // true
 */
export const isRoleOnly = (t: string): boolean => ROLE_ONLY.test(t);

/** A byline's name without the role printed before it (`By political correspondent Jane Doe`). */
function withoutRoleBefore(name: string): string {
  const m = ROLE_BEFORE.exec(name);
  if (!m) return name;
  const rest = name.slice(m[0].length);
  // (`Staff Reporter` is a desk's credit: a name of two words must be left.)
  return CAPITAL_FIRST.test(rest) && wordCount(rest, 2) >= 2 ? rest : name;
}

/** Longer than a role of three qualifiers with the space before it. */
const ROLE_TAIL_CHARS = 64;

/** A byline's name without the role printed after it with no comma; the name itself when a
 * single word would be left (`John Writer`). */
function withoutRoleAfter(name: string): string {
  // Only the end of the name is searched: a pattern anchored at the end is tried from every
  // position, and a role is short.
  const tail = name.slice(-ROLE_TAIL_CHARS);
  const m =
    MARKED_ROLE.exec(tail) ?? ROLE_AFTER_QUALIFIED.exec(tail) ?? ROLE_AFTER_LOWER_CASE.exec(tail);
  if (!m) return name;
  const cut = name.slice(0, name.length - tail.length + m.index);
  return wordCount(cut) >= 2 ? cut : name;
}

/** `Jane Doe, Special to The Post`: a contributor's credit to the outlet, capitalised. */
const SPECIAL_TO = /,\s+[Ss]pecial (?:to|for)\s.*$/u;

/** `Jane Doe / Reuters`, `Jane Doe (AP)`, `JANE DOE Associated Press`: the agency credited
 * after the name, set off by a mark or brackets; with a space only, an agency of several words
 * (one word may be a surname: `Anna Mehr`). */
const MARKED_AGENCY = new RegExp(
  `(?:\\s*[/|•·]\\s*|\\s+[-–—]\\s+|\\s*\\()(?:the\\s+)?(?:${AGENCY})\\)?$`,
  'iu',
);
const SPACED_AGENCY = new RegExp(
  `\\s+(?:${AGENCY.split('|')
    .filter((a) => a.includes(' '))
    .join('|')})$`,
  'u',
);
/** `…, The New York Times`: an outlet after the comma (a second author's name has no `The`). */
const OUTLET_AFTER_COMMA = /,\s+The\s+\p{Lu}[\p{L}'’.&-]*(?:\s+\p{Lu}[\p{L}'’.&-]*){0,5}$/u;

/** A byline's name without the agency credited after it; the name itself when it is one, or
 * when a single word would be left (`Jane Doe (AP)`: a name has two words or more). */
function withoutAgency(name: string): string {
  // Only the end of the name is searched: a pattern anchored at the end is tried from every
  // position (hot path), and an agency's name is short.
  const tail = name.slice(-AGENCY_TAIL_CHARS);
  const m = MARKED_AGENCY.exec(tail) ?? SPACED_AGENCY.exec(tail);
  if (!m) return name;
  const cut = name
    .slice(0, name.length - tail.length + m.index)
    .replace(TRAILING_SEPARATORS, '')
    .trim();
  return wordCount(cut) >= 2 ? cut : name; // (`The Associated Press` is the agency alone)
}
/** Longer than any agency's name with the mark before it. */
const AGENCY_TAIL_CHARS = 48;

/** `Texto: João Silva / Fotos: Ana Costa`: the photographer's credit after the author's. */
const PHOTO_CREDIT_AFTER =
  /\s*[/|•·]\s*(?:photos?|photographs?|pictures?|fotos?|fotografías?|fotografias?|imagens?|bilder|bild|фото)\s*[:：].*$/iu;

/**
 * Whether a line is a name, with what may follow a name on a byline line (`, envoyé spécial à
 * Rome`, `, AP National Security Writer`).
 * @example isNameLine('Jean Dupont, envoyé spécial à Rome') // true
 */
export const isNameLine: (t: string) => boolean = memoize(readNameLine);

/** A share row's word (`Social Sharing`, `Teilen`, `शेयर करें`, `シェア`), in the languages of the
 * news: a line that says it is a tool's label, never a name. */
const SHARE_WORD =
  /(?<![\p{L}])(?:share|sharing|teilen|compartir|comparte|partager|partagez|condividi|compartilhar|compartilhe|partilhar|partilhe|udostępnij|sdílet|zdieľať|podijeli|сподели|поделиться|поділитися|paylaş|bagikan|chia sẻ|शेयर|साझा|শেয়ার|شیئر|اشتراک|مشاركة|شارك|공유|シェア|分享)(?![\p{L}])/iu;

function readNameLine(t: string): boolean {
  if (SHARE_WORD.test(t)) return false;
  if (isName(t)) return true;
  // What follows a name stands after a comma, bracket, bar, slash or dash (hot path: the
  // role's patterns are not tried on lines without one).
  if (!AFTER_NAME_MARK.test(t)) return false;
  // A name of two words or more: one word before a comma is a label (`Brexit, explained`).
  const name = withoutRole(t).replace(TRAILING_SEPARATORS, '').trim();
  return wordCount(name) >= 2 && isName(name);
}
const AFTER_NAME_MARK = /[,(|/•·–—-]/;

/** `Eleanor Ainge Roy (reporting) and Adrian Malloch (photography)`: each name with its part
 * in brackets; the photographer's is no author's, and the writer's part goes with its brackets. */
const PICTURES_PART =
  /(?:\s*(?:,|\band\b|&|\by\b|\bet\b|\bund\b|\be\b|\bи\b))?\s*[^,()]*\((?:photography|photographs?|photos?|pictures?|video|graphics|illustrations?|fotos?|fotografía|fotografia|bilder|фото)\)/giu;
const WRITING_PART = /\s*\((?:reporting|text|words|writing|texto|texte|report)\)/giu;

/** A byline's name without the role printed after it. */
export function withoutRole(name: string): string {
  const named = name.includes('(')
    ? name.replace(PICTURES_PART, '').replace(WRITING_PART, '')
    : name;
  return withoutAgency(named.replace(PHOTO_CREDIT_AFTER, ''))
    .replace(OUTLET_AFTER_COMMA, '')
    .replace(SPECIAL_TO, '')
    .replace(BRACKETED_ROLE, '')
    .replace(LOWER_CASE_ROLE, '')
    .replace(ROLE_WORD_AT_END, '');
}

/** Separators left at the end of a name cut off before a date or a handle: `Dan Goodin -`,
 * `Laura Bennett /`. */
const TRAILING_SEPARATORS = /[\s|•·,:@/–—-]+$/;

/** `(avec X et Y)`: co-authors in brackets after the name. */
const BRACKETED_PART = /\s*\([^)]*\)/g;

/** `Jane Doe on`, `Jane Doe Updated`: a label of the date left before it. */
const TRAILING_DATE_LABEL =
  /\s+(?:published|posted|updated|modified|last updated|on|at|le|el|am|em|il|op|den|publié le|mis à jour|actualizado|atualizado|aktualisiert|aggiornato)$/iu;

/** `Hans Müller, Berlin`, `Jane Doe, Reuters`: one word after the comma of a name of two or
 * more is the place or outlet, not a second author (whose name has two words). */
const PLACE_OR_OUTLET = /^(\S+\s+\S.*?),\s+\p{Lu}[\p{L}'’.-]*$/u;

/** `, MA`, `, PhD`, `, Jr.`: a degree or suffix after the comma is part of the name as printed
 * (an outlet's or agency's initials, `, CNN`, `, AFP`, are not). */
const NAME_SUFFIX =
  /,\s+(?:M\.?[AD]\.?|MBA|MPH|MSc|BSc|B\.?A\.?|J\.?D\.?|R\.?N\.?|LL\.?M\.?|CPA|DDS|Esq\.?|[OMC]BE|[KQ]C|Ph\.?D\.?|Jr\.?|Sr\.?|I{2,3}|IV)$/u;

/** `Jane Doe, Associated Press`: an agency of several words after the comma. */
const AGENCY_AFTER_COMMA = new RegExp(`,\\s+(?:the\\s+)?(?:${AGENCY})$`, 'iu');

/**
 * The name a byline line opens with, without the role, place or outlet printed after it; the
 * line as it stands when it opens with no such name.
 * @example leadingName('Maria Keller, Rome') // 'Maria Keller'
 */
export function leadingName(s: string): string {
  const name = bylineName(s, null);
  return name !== null && s.startsWith(name) ? name : s;
}

/** The name in a byline's text: cut before a date printed in it and before `, a role…`. */
export function bylineName(s: string, date: FoundDate | null): string | null {
  const cut = date ? s.indexOf(date.text) : (MONTH_DAY.exec(s)?.index ?? -1);
  // `Juan Pérez | Madrid | 14/03/2019`: the name ends at the first field separator.
  const head = (cut >= 0 ? s.slice(0, cut) : s).split(FIELD_SEPARATOR)[0]!;
  const end = NAME_END.exec(head)?.index ?? -1;
  const named = (end >= 0 ? head.slice(0, end) : head).replace(TRAILING_SEPARATORS, '');
  let name = withoutRoleAfter(withoutRole(withoutRoleBefore(named)))
    .replace(TRAILING_SEPARATORS, '')
    .trim();
  // `Jane Doe Updated 3:15 PM ET, Mon March 4, 2019`: the update label was before the date.
  const updated = UPDATED_LABEL.exec(name);
  if (updated && updated.index > 0) name = name.slice(0, updated.index).trim();
  name = name.replace(TRAILING_DATE_LABEL, '').replace(TRAILING_SEPARATORS, '');
  const place = PLACE_OR_OUTLET.exec(name);
  if (place && !NAME_SUFFIX.test(name)) name = place[1]!;
  name = name.replace(AGENCY_AFTER_COMMA, '');
  // (One letter is an initial left of a cut-off line, no name.)
  return name.length >= 2 && isName(name.replace(BRACKETED_PART, '')) && !SHARE_WORD.test(name)
    ? name
    : null;
}
