// What a head line (near the title) prints: a date, a byline, or both. A byline may carry the
// date (`by Name January 18, 2017 11:00 PM`), a name may stand before a date
// (`Name - Apr 16, 2015`), and one line may hold several fields (`Outlet | date | Par X`).
import { dateLine, findDate, type FoundDate } from './dates.ts';
import { PATTERNS } from './patterns.ts';
import { isName, wordCount } from './text.ts';

/** The name in a byline's text: cut before a date printed in it and before `, a role…`. */
function bylineName(s: string, date: FoundDate | null): string | null {
  const cut = date ? s.indexOf(date.text) : (PATTERNS.monthDay.exec(s)?.index ?? -1);
  const name = (cut >= 0 ? s.slice(0, cut) : s)
    .replace(PATTERNS.bylineRole, '')
    .replace(PATTERNS.trailingSeparators, '')
    .trim();
  return name !== '' && isName(name.replace(PATTERNS.bracketedPart, '')) ? name : null;
}

export interface Fields {
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
  // `Associated PressDecember 2, 2016`: an outlet label glued to the date is no byline.
  const label = PATTERNS.dateLabelWord.test(before) || PATTERNS.gluedToDate.test(before);
  const name = label ? null : bylineName(before, null);
  return { date, byline: name && wordCount(name) >= 2 ? name : null, updated };
}

/** The fields of a head line: whole, or part by part when separators join several. */
export function lineFields(t: string): Fields[] {
  const whole = fieldsOf(t);
  if (whole.date || whole.byline) return [whole];
  const parts = t.split(PATTERNS.fieldSeparator);
  if (parts.length < 2) return [];
  // `Name • 8h`: an author beside the post's age (which is no date).
  if (parts.some(isPostAge)) {
    const name = parts.find((p) => isName(p) && wordCount(p) >= 2);
    if (name) return [{ date: null, byline: name, updated: false }];
  }
  return parts.map(fieldsOf);
}

/** `8h`, `2 hours ago`, `před 2 hodinami`: how old a post is, printed beside its author. */
export function isPostAge(t: string): boolean {
  if (wordCount(t, PATTERNS.shortLineWords + 1) > PATTERNS.shortLineWords) return false;
  return PATTERNS.postAge.test(t) || PATTERNS.agoBefore.test(t) || PATTERNS.relativeDate.test(t);
}
