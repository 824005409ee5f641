// The article's head: date lines and bylines near the top, before the body starts (what one
// line gives is read by headFields), a `By` label with the name on the next line, a name
// printed beside a date line, a "this report was originally published by" line.
import { dateLine, type FoundDate } from '../../dates.ts';
import { isPostAge, lineFields, type Fields } from '../../headFields.ts';
import { PATTERNS } from '../../patterns.ts';
import { drop, isOpen, type Line, type ParseState } from '../../state.ts';
import { isName, isProse, wordCount } from '../../text.ts';

export function headerFields(state: ParseState): void {
  const open = state.lines.filter(isOpen);
  const first = state.lines.find((l) => l.text !== '' && l.role !== 'dropped');
  const seen: { updated: FoundDate | null } = { updated: null };
  const claim = (line: Line, fields: Fields[]) => {
    const used: string[] = []; // the texts this line gave the record
    let update = false; // an update time, the date if no other is printed
    for (const { date, byline, updated: isUpdate } of fields) {
      if (date && isUpdate) {
        seen.updated ??= date;
        update = true;
      } else if (date && state.date === null) {
        state.date = date.iso;
        state.dateText = date.text;
        used.push(date.text);
      }
      if (byline && state.byline === null) {
        state.byline = byline;
        used.push(byline);
        line.role = 'byline';
      }
    }
    // The record has its date and byline from earlier lines already.
    if (used.length === 0 && !update) return drop(line, 'head-field:unused');
    line.role ??= 'date';
    if (line.role === 'date' && (update || (fields.length === 1 && dateLine(line.text)))) return;
    // What the line prints beside its fields (`PST`, `• 8h`, `Le Monde |`) is reported.
    const rest = used
      .reduce((t, part) => t.replace(part, ' '), line.text)
      .replace(PATTERNS.bylineLabel, '');
    if (wordCount(rest, 1) > 0)
      state.cut.push({ line: line.no, text: rest.trim(), reason: 'head-rest' });
  };
  for (let i = 0; i < open.length; i++) {
    const line = open[i]!;
    const t = line.text;
    const max = PATTERNS.maxHeadProseWords;
    const long = isProse(t) && wordCount(t, max + 1) > max && !PATTERNS.byline.test(t);
    if (long && i > 0 && state.date === null) break;
    const fields = lineFields(t).filter((f) => f.date || (f.byline && state.byline === null));
    if (fields.length > 0) {
      claim(line, fields);
      continue;
    }
    if (PATTERNS.publishedLabel.test(t) || PATTERNS.headLabel.test(t)) {
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
    const age = next !== undefined && isPostAge(next.text);
    // The text's first line above a date line is where a title stands, not a byline.
    const besideDate =
      age ||
      prev?.role === 'date' ||
      (line !== first &&
        next !== undefined &&
        lineFields(next.text).some((f) => f.date && !f.byline));
    if (state.byline === null && besideDate && isName(t) && wordCount(t) >= 2) {
      // `PTI, Washington,`: an agency or name, then the place.
      state.byline = PATTERNS.namePlace.exec(t)?.[1] ?? t;
      line.role = 'byline';
      if (age) drop(open[++i]!, 'post-age'); // no date: relative to a day not printed
      continue;
    }
    const rep = PATTERNS.republishedBy.exec(t);
    if (rep && state.byline === null) {
      state.byline = rep[1]!.trim();
      state.source ??= rep[2]!.replace(PATTERNS.domainSuffix, '').trim();
      line.role = 'byline';
    }
  }
  if (state.date === null && seen.updated) {
    state.date = seen.updated.iso;
    state.dateText = seen.updated.text;
  }
}
