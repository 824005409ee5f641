// What a head line (near the title) prints: a date, a byline, or both. A byline may carry the
// date (`by Name January 18, 2017 11:00 PM`), a name may stand before a date
// (`Name - Apr 16, 2015`), and one line may hold several fields (`Outlet | date | Par X`).
import { bylineName, FIELD_SEPARATOR } from './bylineName.ts';
import { dateLine, findDate, type FoundDate } from './date.ts';
import { memoize } from '../memo.ts';
import { isName, wordCount, SHORT_LINE_WORDS } from '../text.ts';
import {
  AGENCY,
  AUTHOR_LABEL,
  BYLINE,
  BYLINE_AFTER,
  SOURCE_LABEL,
  UPDATED_LABEL,
} from '../vocabulary.ts';

/** Relative dates ("8h ago", "Updated today at 10:30") are never turned into a date. The whole
 * stamp: a headline that ends in "Today" is no post's age. */
const RELATIVE_DATE =
  /^(?:(?:updated|published|posted)\s+)?(?:\d+\s*(?:s|m|h|d|min|mins|minutes?|seconds?|hours?|days?|weeks?|months?)\s+ago|yesterday|today)(?:,?\s+(?:at\s+)?\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?)?$/i;

/** `8h`, `2d`: a post's age printed beside its author. */
const POST_AGE = /^\d+\s*(?:s|m|min|h|d|w)$/i;

/** `před 2 hodinami`, `vor 3 Stunden`, `il y a 2 heures`: "ago" before the number. */
const AGO_BEFORE = /^(?:před|vor|il y a|hace|há|fa)\s+\d+\s+\p{L}+$/iu;

/** An agency credit is a byline of one word (`AFP 30 avril 2015`); a person's has two or more. */
export const AGENCY_NAME = new RegExp(`^(?:${AGENCY})$`);

/** `Alex Perry 1 day ago`: a name, then how old the post is, on one line. */
const NAME_THEN_AGE = /^(\S.*?)\s+(\d+\s*\p{L}+(?:\s+\p{L}+)?)$/u;
const MAX_NAME_THEN_AGE_CHARS = 160;

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
    isDateLabel(before) || GLUED_TO_DATE.test(before) || CASELESS_DATE_LABEL.test(before);
  const name = label ? nameBeforeLabel(before) : bylineName(before, null);
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

/** `Laura Bennett · CBC News · Posted: `: the head's fields set apart by separators, the date's
 * label in the part next to the date; the name is the first part, the desk or outlet between
 * (reported with the rest). With no desk between, the first part may be a section's label
 * (`Local News · Updated:`): null, as when the label stands elsewhere. */
const MIN_NAME_DESK_LABEL_PARTS = 3;
function nameBeforeLabel(before: string): string | null {
  const parts = before.split(FIELD_SEPARATOR);
  if (parts.length < MIN_NAME_DESK_LABEL_PARTS || !isDateLabel(parts.at(-1)!)) return null;
  const first = parts[0]!;
  return isDateLabel(first) ? null : bylineName(first, null);
}
const isDateLabel = (s: string) => DATE_LABEL_WORD.test(s) || CASELESS_DATE_LABEL.test(s);

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
  const fields = parts.map(fieldsOf);
  // `Laura Bennett · Reporter · Posted: Mar 14, 2024`: the name first, a role or desk between,
  // the date last: the name is the byline (a section's label, with no part between, is not).
  const dated = fields.findIndex((f) => f.date !== null);
  if (dated >= MIN_NAME_DESK_LABEL_PARTS - 1 && !fields.some((f) => f.byline)) {
    const first = bylineName(parts[0]!, null);
    if (first !== null && first === parts[0]!.trim() && wordCount(first) >= 2)
      fields[0] = { date: null, byline: first, updated: false };
  }
  return fields;
}

/** `5 Min Read`, `Lesezeit: 4 Min.`, `Temps de lecture : 3 min`, `Leestijd 3 minuten`: how long
 * the article takes, in the languages of the news (the label before the minutes, or the
 * reading's word after them). */
const READING_TIME =
  /^(?:(?:reading time|read time|lesezeit|temps de lecture|tiempo de lectura|tempo de leitura|tempo di lettura|czas czytania|leestijd|lesetid|lästid|læsetid|lukuaika|olvasási idő|doba čtení|čas čtení|čas čítania|χρόνος ανάγνωσης|час читання|время чтения|время прочтения|timp de citire|thời gian đọc|okuma süresi|waktu baca|זמן קריאה)\s*:?\s*(?:ca\.?\s*|~\s*)?)?\d+\s*(?:min(?:s|utes?|uten|utter|uter|uti|utos|ut|uty)?|perc|λεπτά|хв(?:илин[аи]?)?|мин(?:ут[аы]?)?|phút|dakika|menit|דקות)\.?(?:\s+(?:read|de lecture|de lectura|de leitura|di lettura|lesen|czytania|leestijd|lesetid|läsning|læsning|lukuaika|olvasás|čtení|ανάγνωση|читання|чтения|citire|đọc|okuma|baca|קריאה))?$/iu;
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
