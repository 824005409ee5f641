// The article's head: date lines and bylines near the top, before the body starts. A
// byline may carry the date (`by Name January 18, 2017 11:00 PM`), a name may stand before
// a date (`Name - Apr 16, 2015`), and one line may hold several fields (`Outlet | date | Par X`).
import { dateLine, findDate, type FoundDate } from '../../dates.ts';
import { PATTERNS } from '../../patterns.ts';
import { drop, isOpen, type Line, type ParseState } from '../../state.ts';
import { isName, isProse, wordCount } from '../../text.ts';

/** The name in a byline's text: cut before a date printed in it and before `, a role…`. */
function bylineName(s: string, date: FoundDate | null): string | null {
  const cut = date ? s.indexOf(date.text) : -1;
  const name = (cut >= 0 ? s.slice(0, cut) : s)
    .replace(PATTERNS.bylineRole, '')
    .replace(PATTERNS.trailingSeparators, '')
    .trim();
  return name !== '' && isName(name.replace(PATTERNS.bracketedPart, '')) ? name : null;
}

interface Fields {
  date: FoundDate | null;
  byline: string | null;
  /** The date is labelled as an update time. */
  updated: boolean;
}

/** The date and byline one head line (or one part of it) prints. */
function fieldsOf(t: string): Fields {
  const updated = PATTERNS.updatedLabel.test(t);
  const by = PATTERNS.byline.exec(t);
  if (by) {
    const date = findDate(by[1]!);
    return { date, byline: bylineName(by[1]!, date), updated };
  }
  const date = dateLine(t);
  if (!date || PATTERNS.relativeDate.test(t)) return { date: null, byline: null, updated };
  // `Sarah Gooding March 9, 2017`: a name (two words or more, no label) before the date.
  const before = t.slice(0, t.indexOf(date.text));
  const name = PATTERNS.dateLabelWord.test(before) ? null : bylineName(before, null);
  return { date, byline: name && wordCount(name) >= 2 ? name : null, updated };
}

/** The fields of a head line: whole, or part by part when separators join several. */
function lineFields(t: string): Fields[] {
  const whole = fieldsOf(t);
  if (whole.date || whole.byline) return [whole];
  const parts = t.split(PATTERNS.fieldSeparator);
  return parts.length > 1 ? parts.map(fieldsOf) : [];
}

export function headerFields(state: ParseState): void {
  const open = state.lines.filter(isOpen);
  const seen: { updated: FoundDate | null } = { updated: null };
  const claim = (line: Line, fields: Fields[]) => {
    for (const { date, byline, updated: isUpdate } of fields) {
      if (date && isUpdate) seen.updated ??= date;
      else if (date && state.date === null) {
        state.date = date.iso;
        state.dateText = date.text;
      }
      if (byline && state.byline === null) state.byline = byline;
      line.role = byline ? 'byline' : (line.role ?? 'date');
    }
  };
  for (let i = 0; i < open.length; i++) {
    const line = open[i]!;
    const t = line.text;
    const long = isProse(t) && wordCount(t) > 25 && !PATTERNS.byline.test(t); // a bio may follow a byline
    if (long && i > 0 && state.date === null) break;
    const fields = lineFields(t).filter((f) => f.date || (f.byline && state.byline === null));
    if (fields.length > 0) {
      claim(line, fields);
      continue;
    }
    if (PATTERNS.publishedLabel.test(t) || /^\|$/.test(t) || /^updated\s*:?$/i.test(t)) {
      drop(line, 'label');
      continue;
    }
    const next = open[i + 1];
    if (PATTERNS.bylineAlone.test(t) && next && isName(next.text) && state.byline === null) {
      drop(line, 'label');
      next.role = 'byline';
      state.byline = next.text;
      i++;
      continue;
    }
    // A name printed right beside the date line: its byline.
    const prev = open[i - 1];
    const besideDate =
      prev?.role === 'date' ||
      (next !== undefined && lineFields(next.text).some((f) => f.date && !f.byline));
    if (state.byline === null && besideDate && isName(t) && wordCount(t) >= 2) {
      // `PTI, Washington,`: an agency or name, then the place.
      state.byline = PATTERNS.namePlace.exec(t)?.[1] ?? t;
      line.role = 'byline';
      continue;
    }
    const rep = PATTERNS.republishedBy.exec(t);
    if (rep && state.byline === null) {
      state.byline = rep[1]!.trim();
      state.source ??= rep[2]!.replace(/\.(?:com|net|org)$/i, '').trim();
      line.role = 'byline';
    }
  }
  if (state.date === null && seen.updated) {
    state.date = seen.updated.iso;
    state.dateText = seen.updated.text;
  }
}
