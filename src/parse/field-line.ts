// A labelled field line of a file's header (`Title: …`, `HEADLINE: …`, `HD …`), given to the
// record: what the fieldHeader and exportFields rules do with each line they read. The first
// title, byline and date keep their line (its label cut off and reported); a source, url or
// dateline goes to the record and its line is dropped; a field with no place there is dropped.
import { isWebAddress } from '../model/web-address.ts';
import { findDate } from './readers/date.ts';
import { drop, type Line, type ParseState } from './state.ts';
import { BYLINE_LABEL } from './vocabulary.ts';

/** A field the record has; null for one it has no place for (`Category:`, `LENGTH:`). */
export type RecordField = 'title' | 'byline' | 'date' | 'source' | 'url' | 'dateline' | null;

/** `From: Outlet <news@outlet.example>`: the sender's address after the name. */
const MAIL_ADDRESS = /\s*<[^<>\s]+@[^<>\s]+>$/;
const HAS_WORD = /[\p{L}\p{N}]/u;

/**
 * Gives the line's field to the record; `value` is the line's text after its label.
 * @example giveField(state, line, 'title', 'Port strike enters its second week') // state.title
 */
export function giveField(state: ParseState, line: Line, field: RecordField, value: string): void {
  const kept = keep(state, field, value);
  if (kept === null) {
    drop(line, field === null ? 'field-header' : `field-header:${field}`);
    return;
  }
  // The line keeps what it gave; its label (`BYLINE: By`) is cut off and reported.
  // (A list of names keeps the names only: its label is what stands before the value.)
  const keptText = line.text.endsWith(kept.text) ? kept.text : value;
  const label = line.text.slice(0, line.text.length - keptText.length).trim();
  state.cut.push({ line: line.no, text: label, reason: 'field-label' });
  line.text = kept.text;
  line.role = kept.role;
  // `2016-03-29T`, `14 March 2021 Sunday`: what a date field prints beside the date.
  if (kept.rest) state.cut.push({ line: line.no, text: kept.rest, reason: 'head-rest' });
}

interface Kept {
  role: 'title' | 'byline' | 'date';
  text: string;
  rest?: string;
}

/** `['Jane Doe', 'John Roe']`: an author field printed as a list (a scraping library's Python
 * or JSON list of names). */
const NAME_LIST = /^\[\s*((?:(['"])[^'"]*\2\s*,?\s*)+)\]$/;
const LISTED_NAME = /(['"])([^'"]*)\1/g;

/** The names of an author field printed as a list, joined by commas; else the value. */
function listedNames(value: string): string {
  const list = NAME_LIST.exec(value);
  if (!list) return value;
  return [...list[1]!.matchAll(LISTED_NAME)]
    .map((m) => m[2]!.trim())
    .filter(Boolean)
    .join(', ');
}

/** Sets the record's field; the role and text the line keeps, or null when it is dropped (its
 * value in the record already, or no field of it). */
function keep(state: ParseState, field: RecordField, value: string): Kept | null {
  if (value === '' || field === null) return null;
  if (field === 'title' && state.title === null) {
    state.title = value;
    return { role: 'title', text: value };
  }
  const name = field === 'byline' ? listedNames(value).replace(BYLINE_LABEL, '').trim() : '';
  if (name !== '' && state.byline === null) {
    state.byline = name;
    return { role: 'byline', text: name };
  }
  const date = field === 'date' ? findDate(value) : null;
  if (field === 'date' && date === null)
    state.warnings.push(`the header's date "${value}" is no date the parser reads: no date read`);
  if (date && state.date === null) {
    state.date = date.iso;
    state.dateText = date.text;
    const rest = value.replace(date.text, ' ').trim();
    return { role: 'date', text: value, ...(HAS_WORD.test(rest) ? { rest } : {}) };
  }
  if (field === 'source') state.source ??= value.replace(MAIL_ADDRESS, '');
  if (field === 'url' && isWebAddress(value)) state.url ??= value;
  if (field === 'dateline') state.dateline ??= value;
  return null;
}
