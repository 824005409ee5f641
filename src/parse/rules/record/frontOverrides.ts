// Front matter wins over whatever the text gave: it is how a user supplies what is missing or
// corrects what the parser read. The text's own title, byline or date line that front matter
// replaces is not lost: it is dropped as `overridden-by-front-matter` (or, when the line still
// gives the record another field, the replaced part is cut off with that reason).
import { isWebAddress } from '../../../model/web-address.ts';
import { words } from '../../account.ts';
import { findDate } from '../../readers/date.ts';
import { drop, type ParseRule, type ParseState } from '../../state.ts';
import { BYLINE_LABEL } from '../../vocabulary.ts';

export const frontOverrides: ParseRule = {
  name: 'frontOverrides',
  purpose:
    'Front matter wins over what the text gave; the title, byline and date lines it replaces are dropped.',
  reads: ['front', 'record fields'],
  sets: [
    'title',
    'date',
    'byline',
    'source',
    'dateline',
    'url',
    'dropped: overridden-by-front-matter',
  ],
  needs: ['frontMatter'],
  run,
};

const REASON = 'overridden-by-front-matter';
/** `fr`, `pt-BR`: what a language tag looks like. */
const LANGUAGE_TAG = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

function run(state: ParseState): void {
  const f = state.front;
  const replaced: string[] = [];
  const set = <K extends 'title' | 'source' | 'byline' | 'dateline'>(key: K) => {
    const value = f[key];
    if (value === undefined) return;
    if (state[key] !== null && state[key] !== value) replaced.push(state[key]!);
    state[key] = value;
  };
  set('title');
  set('source');
  set('byline');
  set('dateline');
  if (f.url !== undefined) {
    if (isWebAddress(f.url)) state.url = f.url;
    else state.warnings.push(`front matter url "${f.url}" is no http(s) address; ignored`);
  }
  if (f.language !== undefined) {
    if (LANGUAGE_TAG.test(f.language)) state.language = f.language;
    else state.warnings.push(`front matter language "${f.language}" is no BCP 47 tag; ignored`);
  }
  if (f.date !== undefined) {
    if (state.dateText !== null) replaced.push(state.dateText);
    const d = findDate(f.date);
    // An impossible date (`2020-02-30`, hour 25) is no date: never rolled over, never guessed.
    if (d === null) state.warnings.push(`front matter date "${f.date}" is not a date; ignored`);
    state.date = d?.iso ?? null;
    state.dateText = d ? f.date : null;
  }
  if (replaced.length === 0) return;
  const kept = [state.title, state.byline, state.dateText, state.source].filter(
    (v): v is string => v !== null && v !== '',
  );
  for (const line of state.lines) {
    if (line.role !== 'title' && line.role !== 'byline' && line.role !== 'date') continue;
    const own = words(line.text.replace(BYLINE_LABEL, ''));
    // Still the source of a field (a byline line that printed the date too): cut what went.
    // (A field's value printed in the line, not a word shared with it: `de` of a title.)
    if (own.length === 0 || kept.some((v) => line.text.includes(v))) {
      for (const text of replaced)
        if (line.text.includes(text)) state.cut.push({ line: line.no, text, reason: REASON });
        // One line of a title printed over two.
        else if (line.role === 'title' && text.includes(line.text))
          state.cut.push({ line: line.no, text: line.text, reason: REASON });
      // The label of a byline that went goes with it.
      const label = BYLINE_LABEL.exec(line.text)?.[0].trim();
      const gone = state.byline === null || !line.text.includes(state.byline);
      if (label && line.role === 'byline' && gone)
        state.cut.push({ line: line.no, text: label, reason: REASON });
    } else drop(line, REASON);
  }
}
