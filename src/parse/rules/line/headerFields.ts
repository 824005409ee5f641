// The article's head: date lines and bylines near the top, before the body starts (what one
// line gives, labelled `Source:` and `Author:` fields too, is read by readers/headLine.ts), a
// `By` label with the name on the next line, a name printed beside a date line or alone right
// under the headline, the author's role under the byline, the story's address, a "this report
// was originally published by" line. A numeric date that reads two ways is read in the order
// the text's language writes dates, or reported.
import { DAY_MONTH_ORDER } from '../../readers/calendar-names.ts';
import { ambiguousDate, orderedDate, printsOnly, type FoundDate } from '../../readers/date.ts';
import { languageOf } from '../../readers/language.ts';
import { PAGE_HEAD_WINDOW } from '../../readers/pageHead.ts';
import { publishedDate } from '../../readers/publishedDate.ts';
import { reporterCredit } from '../../readers/reporterCredit.ts';
import { isNameLine, isRoleOnly, leadingName, withoutRole } from '../../readers/bylineName.ts';
import {
  AGENCY_NAME,
  lineFields,
  splitDate,
  stampKind,
  type Fields,
} from '../../readers/headLine.ts';
import { isWebAddress } from '../../../model/web-address.ts';
import { drop, isOpen, type Line, type ParseRule, type ParseState } from '../../state.ts';
import { isName, isProse, isTitleLike, lineKey, wordCount } from '../../text.ts';
import { BYLINE, BYLINE_ALONE, BYLINE_LABEL, BYLINE_ROLE_WORD } from '../../vocabulary.ts';

const PUBLISHED_LABEL = /^(?:published|posted|first published)\s*:?$/i;

/** `|`, `Updated:` alone on a line, between date parts. */
const HEAD_LABEL = /^(?:\||updated\s*:?)$/i;

/** `Outlet.com` names the outlet `Outlet`. */
const DOMAIN_SUFFIX = /\.(?:com|net|org)$/i;

/** `PTI, Washington,`: a name, then a place, then the comma a date would follow. */
const NAME_PLACE = /^([^,]+),[^,]+,$/;

/** `This report was originally published by NAME at OUTLET`. */
const REPUBLISHED_BY =
  /^this (?:report|article|story) was (?:originally )?published by (.+?) (?:at|on|in) (\S.*?)\.?$/i;

/** `Staff Writer`, `Senior Correspondent`, `Correspondant à Bruxelles`: a role alone on a line. */
const ROLE_LINE = new RegExp(`^(?:\\S+\\s+){0,3}(?:${BYLINE_ROLE_WORD})(?:\\s+\\S+){0,3}$`, 'iu');

/** `Fotograf`, `Photographer`, `Kuvaaja`: a photographer's role alone on its line, in the
 * languages of the news. */
const PHOTO_ROLE_LINE =
  /^(?:photographer|photography|photos?|fotos?|fotograf(?:o|a|in)?|fotógraf[oa]|photographe|fotoğrafçı|kuvaaja|fotós|φωτογράφος|фотограф|nhiếp ảnh|צלם|צלמת)$/iu;
/** A credited name has two to four words. */
const MAX_CREDITED_NAME_WORDS = 4;

/** `Richard (R.J.) Eskow`: a nickname or a note in brackets inside a name. */
const BRACKETED = /\s*\([^)]*\)/g;

/** Lines looked up from a name for the headline above it (a standfirst may stand between). */
const MAX_LINES_UNDER_TITLE = 4;

/** Does the line stand right under the title (a page's, or the text's title-like first line,
 * which the title rule reads next), with only blank lines or the page head (a standfirst)
 * between? A bare name there is the byline. */
function underTitle(state: ParseState, line: Line, first: Line | undefined): boolean {
  // By place, not number: the lines hardWrap joined are set aside while the rules run.
  const at = state.lines.indexOf(line);
  for (let k = at - 1; k >= Math.max(0, at - MAX_LINES_UNDER_TITLE); k--) {
    const above = state.lines[k]!;
    if (above.role === 'title') return true;
    if (above === first) return state.title === null && isTitleLike(above.text);
    if (above.text !== '' && above.reason !== 'page-head') return false;
  }
  return false;
}

/** A date line above the headline that gives way to a labelled publication date below it. */
function isMastheadDate(line: Line, head: { titleNo: number; labelledBelow: boolean }): boolean {
  return line.no < head.titleNo && head.labelledBelow && publishedDate(line.text) === null;
}

/** `Name, Outlet`, `Name - Outlet`, `Name | Outlet`: an outlet's name after the author's. */
const OUTLET_AFTER_NAME = /^(.+?)(?:,\s+|\s+[-–—|]\s+)([^,|–—]+)$/u;
/** A masthead (the outlet's name) is a short line. */
const MAX_MASTHEAD_WORDS = 6;
const MAX_MASTHEAD_CHARS = 80;

/** The keys of the short lines the text prints elsewhere than on `byline`'s line. */
function printedNames(lines: readonly Line[], byline: Line): Set<string> {
  const out = new Set<string>();
  for (const l of lines)
    if (
      l !== byline &&
      l.text !== '' &&
      l.text.length <= MAX_MASTHEAD_CHARS &&
      wordCount(l.text, MAX_MASTHEAD_WORDS + 1) <= MAX_MASTHEAD_WORDS
    )
      out.add(lineKey(l.text));
  return out;
}

/** A byline's name without the outlet printed after it, when the page prints that outlet's
 * name alone too (its masthead): `Ana Rezende, Folha do Vale` under a page headed `Folha do
 * Vale`. A second author's name is not printed alone, so `Ana Rezende, João Silva` stays. */
function withoutOutlet(
  byline: string,
  names: Set<string>,
): { name: string; outlet: string | null } {
  const m = OUTLET_AFTER_NAME.exec(byline);
  if (!m || !names.has(lineKey(m[2]!.trim()))) return { name: byline, outlet: null };
  return { name: m[1]!.trim(), outlet: m[2]!.trim() };
}

/** A prose line longer than this ends the article's head (a short bio may follow a byline). */
const MAX_HEAD_PROSE_WORDS = 25;

export const headerFields: ParseRule = {
  name: 'headerFields',
  purpose:
    'Date and byline lines at the head of the article (one line may print both) give the record its date and byline.',
  reads: ['open lines'],
  sets: [
    'date',
    'dateText',
    'byline',
    'source',
    'line roles date, byline',
    'dropped: head-field:*, label, post-age',
    'cut: head-rest, reporter-credit',
  ],
  run,
};

function run(state: ParseState): void {
  const open = state.lines.filter(isOpen);
  const first = state.lines.find((l) => l.text !== '' && l.role !== 'dropped');
  /** Update times, in order: the date only when no other is printed. */
  const updates: { line: Line; date: FoundDate }[] = [];
  /** Lines that gave the record fields, with the texts they gave. */
  const claimed = new Map<Line, string[]>();
  /** The short lines the page prints (its masthead among them), by key: asked once. */
  let names: Set<string> | undefined;
  const claim = (line: Line, fields: Fields[]) => {
    const used: string[] = [];
    for (const { date, byline, updated: isUpdate, source } of fields) {
      if (source && state.source === null) {
        state.source = source;
        used.push(source);
      }
      if (date && isUpdate) updates.push({ line, date });
      else if (date && state.date === null) {
        state.date = date.iso;
        state.dateText = date.text;
        used.push(date.text);
      }
      if (byline && state.byline === null) {
        const { name, outlet } = withoutOutlet(byline, (names ??= printedNames(state.lines, line)));
        state.byline = name;
        used.push(name);
        line.role = 'byline';
        if (outlet && state.source === null) {
          state.source = outlet;
          used.push(outlet);
        }
      }
    }
    if (used.length > 0) {
      line.role ??= 'date';
      claimed.set(line, used);
    } else if (updates.at(-1)?.line !== line) drop(line, 'head-field:unused');
    // An update time alone is decided at the end: the date, if no other line prints one.
  };
  // Past the first paragraph the head is over: a later line may still name the author, but a
  // date there belongs to the text (`Updated on 3 March …` in a paragraph).
  let pastHead = false;
  /** A numeric date of the head that could be read two ways: reported when no date is read. */
  let ambiguous: { line: Line; text: string } | null = null;
  /** A name printed alone right under the headline: the byline if no line gives one. */
  let bareName: Line | null = null;
  /** The first title-like open line (asked once, of a name beside a date). */
  let firstTitleLike: number | null = null;
  // The headline: a page's, as pageRegion chose it; in a dump, the first title-like line that
  // is no head field (the title rule reads it after this one). Looked for once, and only
  // when a date line may stand above it.
  let head: { titleNo: number; labelledBelow: boolean } | undefined;
  const headOf = () => {
    const titleNo =
      (
        state.lines.find((l) => l.role === 'title') ??
        open.find((l) => isTitleLike(l.text) && !lineFields(l.text).some((f) => f.date || f.byline))
      )?.no ?? 0;
    const below = open.filter((l) => l.no > titleNo).slice(0, PAGE_HEAD_WINDOW);
    return { titleNo, labelledBelow: titleNo > 0 && below.some((l) => publishedDate(l.text)) };
  };
  for (let i = 0; i < open.length; i++) {
    const line = open[i]!;
    // `〔記者王小明／台中報導〕台中市政府…`: a reporter's credit opening a head line or the first
    // paragraph gives the byline and is cut off; the paragraph stays.
    if (!pastHead && readCredit(state, line, claimed)) continue;
    const t = line.text;
    const max = MAX_HEAD_PROSE_WORDS;
    const long = isProse(t) && wordCount(t, max + 1) > max && !BYLINE.test(t);
    if (long && i > 0) {
      if (state.date === null) break;
      pastHead = true;
    }
    if (!pastHead && ambiguous === null) {
      const text = ambiguousDate(t);
      if (text !== null) ambiguous = { line, text };
    }
    // Above the headline, an unlabelled date (a masthead's `Sábado, 14 de marzo de 2026`, the
    // day the page was seen) gives way to a labelled publication date in the head below.
    const dated = !pastHead && lineFields(t).some((f) => f.date);
    if (dated && isMastheadDate(line, (head ??= headOf()))) {
      drop(line, 'head-field:unused');
      continue;
    }
    const fields = lineFields(t).filter(
      (f) =>
        (f.date && !pastHead) ||
        (f.byline && state.byline === null) ||
        (f.source && state.source === null),
    );
    if (fields.length > 0) {
      claim(line, pastHead ? fields.map((f) => ({ ...f, date: null })) : fields);
      continue;
    }
    // `November 20` / `15:23 2019`: a date split over two short lines.
    const split =
      !pastHead && state.date === null && open[i + 1] ? splitDate(t, open[i + 1]!.text) : null;
    if (split) {
      state.date = split.iso;
      state.dateText = split.text;
      line.role = 'date';
      open[++i]!.role = 'date';
      continue;
    }
    if (pastHead) continue;
    // `Staff Writer`, `Associated Press` under the byline: the author's role or agency, on a
    // line of its own.
    if (open[i - 1]?.role === 'byline' && (ROLE_LINE.test(t) || AGENCY_NAME.test(t))) {
      drop(line, 'byline-role');
      continue;
    }
    // The story's address printed in the head, alone on its line (`https://…`): its url.
    if (state.url === null && isWebAddress(t)) {
      state.url = t;
      drop(line, 'head-address');
      continue;
    }
    if (PUBLISHED_LABEL.test(t) || HEAD_LABEL.test(t)) {
      drop(line, 'label');
      continue;
    }
    const next = open[i + 1];
    if (BYLINE_ALONE.test(t) && next && isName(next.text) && state.byline === null) {
      drop(line, 'label');
      next.role = 'byline';
      state.byline = next.text;
      i++;
      continue;
    }
    // `Kari Nordmann` / `Journalist`, `Per Hansen` / `Fotograf`: the people a page credits in
    // its head, each name with its role on the line under it. The reporter is the byline (the
    // role under it is dropped next, as a byline's role); the photographer's is a photo credit.
    const nameWords = next ? wordCount(t, MAX_CREDITED_NAME_WORDS + 1) : 0;
    if (
      nameWords >= 2 &&
      nameWords <= MAX_CREDITED_NAME_WORDS &&
      line !== first &&
      isName(t) &&
      next
    ) {
      if (PHOTO_ROLE_LINE.test(next.text)) {
        drop(line, 'caption');
        drop(next, 'caption');
        i++;
        continue;
      }
      if (state.byline === null && isRoleOnly(next.text)) {
        state.byline = t;
        line.role = 'byline';
        continue;
      }
    }
    // `Temps de lecture 3 min`, `8h` alone in the head: how long it reads, how old it is.
    const ownStamp = stampKind(t);
    if (ownStamp !== null) {
      drop(line, ownStamp);
      continue;
    }
    // A name printed right beside the date line: its byline.
    const prev = open[i - 1];
    const stamp = next === undefined ? null : stampKind(next.text);
    const age = stamp !== null;
    // The text's first line above a date line is where a title stands, not a byline.
    const besideDate =
      age ||
      prev?.role === 'date' ||
      (line !== first &&
        next !== undefined &&
        lineFields(next.text).some((f) => f.date && !f.byline));
    // `Maria Silva` / `São Paulo` / date: under a bare name, the line beside the date is the
    // place it was filed from.
    if (besideDate && bareName !== null && prev === bareName && isName(t)) {
      drop(line, 'head-field:place');
      continue;
    }
    if (state.byline === null && besideDate && isNameLine(t) && wordCount(t) >= 2) {
      // A headline in title case with no title above it (`Politics` / `Bridge Reopens After
      // Repairs` / date): the headline, which the title rule reads next.
      if (state.title === null) {
        firstTitleLike ??= open.findIndex((l) => isTitleLike(l.text));
        if (firstTitleLike < 0 || firstTitleLike >= i) continue;
      }
      // `PTI, Washington,`: an agency or name, then the place.
      state.byline = NAME_PLACE.exec(t)?.[1] ?? withoutRole(t);
      line.role = 'byline';
      claimed.set(line, [state.byline]);
      if (stamp) drop(open[++i]!, stamp); // no date: an age, a reading time, a time of day
      continue;
    }
    // `Madrid`, `AFP`: one word beside the date line, where the place or agency stands. An
    // agency is the byline, if no line gives one; a place is no text.
    if (besideDate && wordCount(t) === 1 && isName(t)) {
      if (state.byline === null && AGENCY_NAME.test(t)) {
        state.byline = t;
        line.role = 'byline';
      } else drop(line, 'head-field:place');
      continue;
    }
    // A bare name right under the headline: the byline, unless the head prints one (a label
    // such as `Tech Insider` may stand there too). An agency alone (`EFE`) likewise.
    const named = wordCount(t) >= 2 || AGENCY_NAME.test(t);
    if (bareName === null && named && underTitle(state, line, first))
      if (isNameLine(t.replace(BRACKETED, ''))) bareName = line;
    const rep = REPUBLISHED_BY.exec(t);
    if (rep && state.byline === null) {
      state.byline = rep[1]!.trim();
      // (The outlet is claimed only when this line gave it: a source read elsewhere, such as a
      // page title's `- E`, is no part of this line.)
      const outlet = state.source === null ? rep[2]!.replace(DOMAIN_SUFFIX, '').trim() : null;
      state.source ??= outlet;
      line.role = 'byline';
      claimed.set(line, outlet === null ? [state.byline] : [state.byline, outlet]);
    }
  }
  if (state.byline === null && bareName !== null) {
    // `Maria Keller, Associated Press`: what follows the name is reported.
    state.byline = leadingName(bareName.text);
    if (state.byline !== bareName.text) claimed.set(bareName, [state.byline]);
    bareName.role = 'byline';
  } else if (bareName !== null && bareName.role === null && claimed.size > 0)
    drop(bareName, 'label'); // `Tech Industry` between the headline and its byline or date
  const update = updates[0];
  if (state.date === null && update) {
    state.date = update.date.iso;
    state.dateText = update.date.text;
    update.line.role ??= 'date';
    claimed.set(update.line, [...(claimed.get(update.line) ?? []), update.date.text]);
  }
  for (const { line } of updates) if (line.role === null) drop(line, 'head-field:updated');
  if (state.date === null && ambiguous !== null) {
    const read = inTextOrder(ambiguous.line, open);
    if (read) {
      state.date = read.iso;
      state.dateText = read.text;
      ambiguous.line.role ??= 'date';
      claimed.set(ambiguous.line, [...(claimed.get(ambiguous.line) ?? []), read.text]);
    } else
      state.warnings.push(
        `the text prints ${ambiguous.text}, which could be read day first or month first: no date read`,
      );
  }
  // What a head line prints besides its fields (`PST`, `• 8h`, `Le Monde |`, `Published:`) is
  // reported, never lost.
  for (const [line, used] of claimed) {
    const left = used.reduce((t, part) => {
      const at = wordAt(t, part);
      return at < 0 ? t : `${t.slice(0, at)} ${t.slice(at + part.length)}`;
    }, line.text);
    // The label opening a byline line goes with the name (`by the harbour` gave none; in
    // `14 March 2020 by Jane Doe` the `by` is reported with the rest).
    const labelled = line.role === 'byline' && BYLINE_LABEL.test(line.text);
    const rest = labelled ? left.replace(BYLINE_LABEL, '') : left;
    if (wordCount(rest, 1) > 0)
      state.cut.push({
        line: line.no,
        text: rest.replace(/\s+/g, ' ').trim(),
        reason: 'head-rest',
      });
  }
}

/** A reporter's credit in brackets opening the line (`〔記者王小明／台中報導〕`, `(서울=연합뉴스)
 * 홍길동 기자 =`): its name is the byline (when no line gave one), its place the dateline. On a
 * line of its own, the line is the byline's; before a paragraph, it is cut off, and the rest of
 * the line read on. True when the line is the credit alone, and so decided. */
function readCredit(state: ParseState, line: Line, claimed: Map<Line, string[]>): boolean {
  const credit = reporterCredit(line.text);
  if (!credit) return false;
  const named = state.byline === null;
  if (named) state.byline = credit.name;
  state.dateline ??= credit.place;
  if (credit.agency !== null) state.source ??= credit.agency;
  const rest = line.text.slice(line.text.indexOf(credit.text) + credit.text.length).trim();
  if (rest === '' && credit.before === '') {
    if (named) {
      line.role = 'byline';
      claimed.set(line, [credit.name]);
    } else drop(line, 'head-field:unused');
    return true;
  }
  state.cut.push({ line: line.no, text: credit.text, reason: 'reporter-credit' });
  // (A wire's dateline before the credit stays, as a dateline does: `新华社北京3月14日电`.)
  line.text = credit.before === '' ? rest : `${credit.before} ${rest}`;
  return false;
}

const WORD_CHAR = /[\p{L}\p{N}]/u;

/** Where the part stands as printed on its own, not inside a longer word (`S` of a byline, not
 * of `Sul`); where it is glued to one (`GETTLEMANJAN. 13`), where it first stands; or -1. (A
 * search, not a regex built per part: compiling one per head line costs more than the rule.) */
function wordAt(t: string, part: string): number {
  const apart = (c: string | undefined) => c === undefined || !WORD_CHAR.test(c);
  for (let at = t.indexOf(part); at >= 0; at = t.indexOf(part, at + 1))
    if (apart(t[at - 1]) && apart(t[at + part.length])) return at;
  return t.indexOf(part);
}

/** A numeric date that reads two ways by its numbers (`04/03/2019`), read as the text's language
 * writes dates (4 March, in Portuguese); null where the language is not told or writes both
 * orders (English), or the line prints more than the date. */
function inTextOrder(line: Line, open: readonly Line[]): FoundDate | null {
  const language = languageOf(open.filter((l) => isProse(l.text)).map((l) => l.text));
  const order = language === null ? undefined : DAY_MONTH_ORDER[language];
  const found = order === undefined ? null : orderedDate(line.text, order);
  return found && printsOnly(line.text, found) ? found : null;
}
