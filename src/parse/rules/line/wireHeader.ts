// A wire-service dump opens with its metadata, one `-- ` line each: the headline, the byline,
// the date, the story's address (`-- Wal-Mart sees slower sales growth`, `-- By Nicole
// Maestri`, `-- Thu Oct 19, 2006 5:02pm EDT`, `-- http://www.reuters.com/article/…`). The
// marks are taken off so the title, header and date rules read those lines as what they are;
// the address is the record's url, names the outlet (its source) and is dropped.
import { isWebAddress } from '../../../model/web-address.ts';
import { drop, isOpen, type Line, type ParseRule, type ParseState } from '../../state.ts';

/** `-- `, `— `: the mark of a wire-service header line. */
const HEADER_MARK = /^(?:--|—|–)\s+(?=\S)/;

/** Header lines are few; a longer run of marked lines is a list in the text. */
const MAX_HEADER_LINES = 8;

/** `B y Name`: a dump's letter-spaced `By`. */
const SPACED_BY = /^B y\s+/;

/** The story's address, and its host without `www.`. */
const ADDRESS = /^https?:\/\/(?:www\.)?([^/\s]+)\S*$/i;

export const wireHeader: ParseRule = {
  name: 'wireHeader',
  purpose:
    'A wire-service dump’s `-- ` header lines lose their mark (headline, byline, date); the story’s address gives the url and source and is dropped.',
  reads: ['open lines'],
  sets: ['line text', 'source', 'url', 'dropped: wire-address', 'cut: wire-mark'],
  run,
};

function header(lines: readonly Line[]): Line[] {
  const open = lines.filter(isOpen);
  const marked: Line[] = [];
  for (const line of open) {
    if (!HEADER_MARK.test(line.text) || marked.length === MAX_HEADER_LINES) break;
    marked.push(line);
  }
  // One marked line is a dash before a sentence, not a header.
  return marked.length >= 2 && marked.length < MAX_HEADER_LINES ? marked : [];
}

function run(state: ParseState): void {
  for (const line of header(state.lines)) {
    line.text = line.text.replace(HEADER_MARK, '');
    const spaced = SPACED_BY.exec(line.text);
    if (spaced) {
      // Read as `By`; the spaced letters are reported as what was taken off.
      state.cut.push({ line: line.no, text: spaced[0].trim(), reason: 'wire-mark' });
      line.text = `By ${line.text.slice(spaced[0].length)}`;
    }
    const address = ADDRESS.exec(line.text);
    if (address && isWebAddress(line.text)) {
      state.source ??= address[1]!;
      state.url ??= line.text;
      drop(line, 'wire-address');
    }
  }
}
