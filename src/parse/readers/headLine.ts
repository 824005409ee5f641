// What a head line (near the title) prints: a date, a byline, or both. A byline may carry the
// date (`by Name January 18, 2017 11:00 PM`), a name may stand before a date
// (`Name - Apr 16, 2015`), and one line may hold several fields (`Outlet | date | Par X`).
import { dateLine, findDate, type FoundDate } from './date.ts';
import { memoize } from '../memo.ts';
import { isName, wordCount, SHORT_LINE_WORDS } from '../text.ts';
import {
  AGENCY,
  AUTHOR_LABEL,
  BYLINE,
  BYLINE_AFTER,
  BYLINE_ROLE_WORD,
  MONTH,
  SOURCE_LABEL,
} from '../vocabulary.ts';

/** Relative dates ("8h ago", "Updated today at 10:30") are never turned into a date. The whole
 * stamp: a headline that ends in "Today" is no post's age. */
const RELATIVE_DATE =
  /^(?:(?:updated|published|posted)\s+)?(?:\d+\s*(?:s|m|h|d|min|mins|minutes?|seconds?|hours?|days?|weeks?|months?)\s+ago|yesterday|today)(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?$/i;

/** `8h`, `2d`: a post's age printed beside its author. */
const POST_AGE = /^\d+\s*(?:s|m|min|h|d|w)$/i;

/** `před 2 hodinami`, `vor 3 Stunden`, `il y a 2 heures`: "ago" before the number. */
const AGO_BEFORE = /^(?:před|vor|il y a|hace|há|fa)\s+\d+\s+\p{L}+$/iu;

/** Where a yearless date starts in a byline: `By Name March 18 at 3:57 PM`. */
const MONTH_DAY = new RegExp(`\\s(?:${MONTH})\\.?\\s+\\d`, 'i');

/** A label that says a date is the update time, not publication, in several languages. */
const UPDATED_LABEL =
  /(?<![\p{L}])(?:updated|modified|mis à jour|actualizado|atualizado|aktualisiert|aggiornato|bijgewerkt|zaktualizowano|aktualizacja|aktualizováno|güncelleme|güncellendi|diperbarui|uppdaterad|opdateret|oppdatert|päivitetty|frissítve|ενημερώθηκε|cập nhật|обновлено|оновлено|تحديث|به‌روزرسانی|更新|更新时间|更新時間|수정|업데이트)(?![\p{L}])/iu;

/** Where a name ends in a byline line: at a handle (`@ahiza_garcia`) or a number (`0 Comments`,
 * `1 day ago`) printed after it. */
const NAME_END = /\s+(?:@\S|\d)/;

/** An agency credit is a byline of one word (`AFP 30 avril 2015`); a person's has two or more. */
export const AGENCY_NAME = new RegExp(`^(?:${AGENCY})$`);

/** `Alex Perry 1 day ago`: a name, then how old the post is, on one line. */
const NAME_THEN_AGE = /^(\S.*?)\s+(\d+\s*\p{L}+(?:\s+\p{L}+)?)$/u;
const MAX_NAME_THEN_AGE_CHARS = 160;

/** `…, a deputy editor and …`, `…, AP National Security Writer`: a role after the name (in
 * lower case, or ending in a role's word), not part of it. */
const LOWER_CASE_ROLE = /,\s+\p{Ll}.*$/u;
const ROLE_WORD_AT_END = new RegExp(`,\\s+(?:\\S+\\s+){0,4}(?:${BYLINE_ROLE_WORD})$`, 'iu');

/** `Jean Dupont (Bruxelles, correspondant)`: a place and a role in brackets after the name. */
const BRACKETED_ROLE = new RegExp(
  `\\s*\\([^)]*(?<![\\p{L}])(?:${BYLINE_ROLE_WORD})(?![\\p{L}])[^)]*\\)$`,
  'iu',
);

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

function readNameLine(t: string): boolean {
  if (isName(t)) return true;
  // What follows a name stands after a comma, bracket, bar, slash or dash (hot path: the
  // role's patterns are not tried on lines without one).
  if (!AFTER_NAME_MARK.test(t)) return false;
  return isName(withoutRole(t).replace(TRAILING_SEPARATORS, '').trim());
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

/** Separators left at the end of a name cut off before a date: `Dan Goodin -`. */
const TRAILING_SEPARATORS = /[\s|•·,:@–—-]+$/;

/** `(avec X et Y)`: co-authors in brackets after the name. */
const BRACKETED_PART = /\s*\([^)]*\)/g;

/** Text running into a date with no space between. */
const GLUED_TO_DATE = /\p{L}$/u;

/** Separators between a date and what follows it on the line: `, `, ` | `, ` - `. */
const LEADING_MARKS = /^[\s|•·,:–—-]+/;

/** The rest of a clock time and a time zone between a date and the byline label after it. */
const ZONE_BEFORE_LABEL = /^(?:(?:[AaPp]\.?[Mm]\.?|[A-Z]{2,4})\s+){1,2}(?=[Bb][Yy]\s)/;

/** Words that label a date line; what stands before a date there is no name. */
const DATE_LABEL_WORD = /\b(?:published|posted|updated|modified|last|on|at)\b/i;
/** The same in scripts without capitals, where any words may look like a name: `نشر في`
 * (Arabic), `تاریخ انتشار` (Persian), `发布时间` (Chinese), `公開日` (Japanese), `입력` (Korean). */
const CASELESS_DATE_LABEL =
  /(?<![\p{L}])(?:نشر|في|بتاريخ|تاريخ|آخر|تحديث|منتشر|شده|تاریخ|انتشار|发布|发布时间|更新|公開|公開日|입력|수정|게시)(?![\p{L}])/u;

/** `Le Monde | 04.05.2015 à 13h36 • Mis à jour … | Par X`: head fields printed on one line. */
const FIELD_SEPARATOR = /\s+[|•·]\s+/;

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
 * The name a byline's text gives, without the role, place or outlet printed after it; null
 * when it gives none.
 * @example nameOf('Maria Keller, Rome') // 'Maria Keller'
 */
export const nameOf = (s: string): string | null => bylineName(s, null);

/** The name in a byline's text: cut before a date printed in it and before `, a role…`. */
function bylineName(s: string, date: FoundDate | null): string | null {
  const cut = date ? s.indexOf(date.text) : (MONTH_DAY.exec(s)?.index ?? -1);
  // `Juan Pérez | Madrid | 14/03/2019`: the name ends at the first field separator.
  const head = (cut >= 0 ? s.slice(0, cut) : s).split(FIELD_SEPARATOR)[0]!;
  const end = NAME_END.exec(head)?.index ?? -1;
  const named = (end >= 0 ? head.slice(0, end) : head).replace(TRAILING_SEPARATORS, '');
  let name = withoutRole(named).replace(TRAILING_SEPARATORS, '').trim();
  // `Jane Doe Updated 3:15 PM ET, Mon March 4, 2019`: the update label was before the date.
  const updated = UPDATED_LABEL.exec(name);
  if (updated && updated.index > 0) name = name.slice(0, updated.index).trim();
  name = name.replace(TRAILING_DATE_LABEL, '').replace(TRAILING_SEPARATORS, '');
  const place = PLACE_OR_OUTLET.exec(name);
  if (place && !NAME_SUFFIX.test(name)) name = place[1]!;
  name = name.replace(AGENCY_AFTER_COMMA, '');
  // (One letter is an initial left of a cut-off line, no name.)
  return name.length >= 2 && isName(name.replace(BRACKETED_PART, '')) ? name : null;
}

export interface Fields {
  date: FoundDate | null;
  byline: string | null;
  /** The date is labelled as an update time. */
  updated: boolean;
  /** The outlet a `Source:` label names (`来源：新华网`), when the line prints one. */
  source?: string;
}

/** The date and byline one head line (or one part of it) prints. */
function fieldsOf(t: string): Fields {
  // An update label counts where it stands before the date (`AFP 30 avril 2015 (Mis à jour …)`
  // prints the publication first).
  const labelledUpdate = (date: FoundDate | null) =>
    UPDATED_LABEL.test(date ? t.slice(0, t.indexOf(date.text)) : t);
  const by = BYLINE.exec(t);
  if (by) {
    const date = findDate(by[1]!);
    return { date, byline: bylineName(by[1]!, date), updated: labelledUpdate(date) };
  }
  const after = BYLINE_AFTER.exec(t); // `홍길동 기자`: the name before the word for reporter
  if (after) return { date: null, byline: after[1]!, updated: false };
  const date = dateLine(t);
  const updated = labelledUpdate(date);
  // A relative time beside a printed date (`November 19, 2019 / 12:21 AM / Updated 14 hours
  // ago`) is the update; the printed date stands. A relative time alone is never a date.
  if (!date) return { date: null, byline: null, updated };
  // `Sarah Gooding March 9, 2017`: a name (two words or more, no label) before the date.
  const before = t.slice(0, t.indexOf(date.text));
  // `Associated PressDecember 2, 2016`: an outlet label glued to the date is no byline.
  const label =
    DATE_LABEL_WORD.test(before) || GLUED_TO_DATE.test(before) || CASELESS_DATE_LABEL.test(before);
  const name = label ? null : bylineName(before, null);
  const isByline = name !== null && (wordCount(name) >= 2 || AGENCY_NAME.test(name));
  if (isByline) return { date, byline: name, updated };
  // `Posted on March 14, 2019 by Jane Doe`, `Publié le 14 mars 2019 par X`: the name after.
  // (`2/26/2015 7:11 AM PST BY TMZ STAFF`: a time's `AM` and zone may stand before the label.)
  const byAfter = BYLINE.exec(
    t
      .slice(t.indexOf(date.text) + date.text.length)
      .replace(LEADING_MARKS, '')
      .replace(ZONE_BEFORE_LABEL, ''),
  );
  return { date, byline: byAfter ? bylineName(byAfter[1]!, null) : null, updated };
}

/** `来源：新华网`, `Source: Reuters`, `Fuente: EFE`: the outlet a head line credits. */
const SOURCE_FIELD = new RegExp(`^(?:${SOURCE_LABEL})\\s*[:：]\\s*(\\S.*)$`, 'iu');
/** Where a labelled field starts inside a head line: before a source or author label. */
const BEFORE_FIELD_LABEL = new RegExp(`\\s+(?=(?:${SOURCE_LABEL}|${AUTHOR_LABEL})\\s*[:：])`, 'iu');
/** Labels end in a colon: a line without one is not split (hot path). */
const LABEL_COLON = /[:：]/;
/** A head line of labelled fields is short; a paragraph is not split (hot path). */
const MAX_LABELLED_LINE_CHARS = 200;

function labelledField(part: string): Fields {
  const source = SOURCE_FIELD.exec(part)?.[1]?.trim();
  return source ? { date: null, byline: null, updated: false, source } : fieldsOf(part);
}

/** The fields of a head line: whole, or part by part when separators join several. Cached:
 * headerFields asks it of each head line and of the line after. Callers must not change the
 * answer. */
export const lineFields: (t: string) => readonly Fields[] = memoize(readLineFields);

function readLineFields(t: string): Fields[] {
  // `2021-03-14 08:40 来源：新华网`: labelled fields one after the other, a date before them.
  const labelled =
    t.length <= MAX_LABELLED_LINE_CHARS && LABEL_COLON.test(t) ? t.split(BEFORE_FIELD_LABEL) : [t];
  const parted = labelled.length >= 2 ? labelled.map(labelledField) : null;
  const gives = (f: Fields) => f.date !== null || f.byline !== null;
  if (parted?.some((f) => f.source || f.byline) && parted.some(gives)) return parted;
  const whole = fieldsOf(t);
  // `Aktualizacja: 22.05.2023 Publikacja: 21.05.2023`: the update printed first, the publication
  // after it on the line, with no separator between: the later date is the publication's.
  if (whole.date && whole.updated && !whole.byline) {
    const later = findDate(t.slice(t.indexOf(whole.date.text) + whole.date.text.length));
    if (later) return [whole, { date: later, byline: null, updated: false }];
  }
  // `Updated: March 15 | Published: March 14`: the parts are read apart, so the update printed
  // first does not hide the publication date.
  if (whole.byline || (whole.date && !(whole.updated && FIELD_SEPARATOR.test(t)))) return [whole];
  // A name and an age are a short line (a lazy match on a paragraph would be quadratic).
  const aged = t.length <= MAX_NAME_THEN_AGE_CHARS ? NAME_THEN_AGE.exec(t) : null;
  if (aged && isPostAge(aged[2]!) && isName(aged[1]!) && wordCount(aged[1]!) >= 2)
    return [{ date: null, byline: aged[1]!, updated: false }];
  // Labelled fields without a source or author: a date among them, still read part by part.
  if (parted?.some(gives)) return parted;
  const parts = t.split(FIELD_SEPARATOR);
  if (parts.length < 2) return [];
  // `Name • 8h`: an author beside the post's age (which is no date).
  if (parts.some(isPostAge)) {
    const name = parts.find((p) => isName(p) && wordCount(p) >= 2);
    if (name) return [{ date: null, byline: name, updated: false }];
  }
  // `Maria Keller | Reuters`: a name beside the agency it writes for.
  const agency = parts.length === 2 ? parts.findIndex((p) => AGENCY_NAME.test(p)) : -1;
  const name = agency >= 0 ? parts[1 - agency]! : '';
  if (agency >= 0 && isName(name) && wordCount(name) >= 2)
    return [{ date: null, byline: name, updated: false }];
  return parts.map(fieldsOf);
}

/** `5 Min Read`, `Lesezeit: 4 Min.`, `Temps de lecture : 3 min`: how long the article takes. */
const READING_TIME =
  /^(?:(?:reading time|lesezeit|temps de lecture|tiempo de lectura|tempo de leitura|czas czytania)\s*:?\s*)?\d+\s*min(?:s|utes?|uten)?\.?(?:\s+(?:read|de lecture|de lectura|de leitura|lesen|czytania))?$/iu;
/** `1:39 PM ET`: a clock time with no date beside it. */
const TIME_ONLY = /^\d{1,2}[:.]\d{2}\s*(?:[ap]\.?\s?m\.?)?(?:\s+[A-Z]{2,4})?$/i;

/** What a short stamp beside an author's name says, when it prints no date: how old the post
 * is (`8h`), how long it reads (`5 Min Read`), a time of day (`1:39 PM ET`); else null. */
export function stampKind(t: string): 'post-age' | 'reading-time' | 'time-only' | null {
  if (isPostAge(t)) return 'post-age';
  if (READING_TIME.test(t)) return 'reading-time';
  if (TIME_ONLY.test(t)) return 'time-only';
  return null;
}

/** `8h`, `2 hours ago`, `před 2 hodinami`: how old a post is, printed beside its author. */
export function isPostAge(t: string): boolean {
  if (wordCount(t, SHORT_LINE_WORDS + 1) > SHORT_LINE_WORDS) return false;
  return POST_AGE.test(t) || AGO_BEFORE.test(t) || RELATIVE_DATE.test(t);
}

/** A split date's parts are short: a month and day, a time and year. */
const MAX_SPLIT_DATE_WORDS = 3;

/** `November 20` / `15:23 2019`: the date two consecutive lines print together, when neither
 * prints one alone. */
export function splitDate(first: string, second: string): FoundDate | null {
  const short = (t: string) => wordCount(t, MAX_SPLIT_DATE_WORDS + 1) <= MAX_SPLIT_DATE_WORDS;
  if (!short(first) || !short(second) || findDate(first) || findDate(second)) return null;
  const both = `${first} ${second}`;
  const d = dateLine(both);
  return d && d.text === both ? d : null;
}
