// A text browser's dump of a page (`lynx -dump`) numbers each link: `[12]News`, with the list
// of their addresses at the end (`References`, then `12. https://…`), and prints `[IMG]` where
// a picture stood. On such a text the marks are taken off (cut and reported, as markup), the
// address list and the picture marks dropped.
import { drop, type ParseRule, type ParseState } from '../../state.ts';

/** `[12]` before a link's text (not `word[1]`, a footnote's mark after a word). */
const LINK_MARK = /(?<![\p{L}\p{N}\]])\[\d{1,4}\](?=\S)/gu;
/** The same, to test a line (a global regex would keep its place between lines). */
const HAS_LINK_MARK = new RegExp(LINK_MARK.source, 'u');
/** Lines that print a mark before the text is read as such a dump: one proves nothing. */
const MIN_MARKED_LINES = 3;
/** The heading of the address list, as lynx prints it. */
const REFERENCES_HEADING = /^(?:References|Visible links:?|Hidden links:?)$/;
/** `12. https://…`, `3. file://…`: one address of the list. */
const REFERENCE_LINE = /^\d{1,4}\.\s+[a-z][a-z0-9+.-]*:\S*$/i;
/** `[IMG]`, `[INLINE]`, `[LINK]`: where the page showed a picture or an embedded object. */
const OBJECT_MARK = /^(?:\[(?:IMG|INLINE|LINK|BUTTON|EMBED|OBJECT|FIG)\]\s*)+$/;

export const linkMarks: ParseRule = {
  name: 'linkMarks',
  purpose:
    'On a text browser’s dump, the links’ number marks are taken off and their address list dropped.',
  reads: ['line text'],
  sets: ['line text', 'cut: markup', 'dropped: link-list, image-mark'],
  run,
};

function run(state: ParseState): void {
  let marked = 0;
  for (const line of state.lines) {
    if (line.text.includes('[') && HAS_LINK_MARK.test(line.text)) marked++;
    if (marked === MIN_MARKED_LINES) break;
  }
  if (marked < MIN_MARKED_LINES) return;
  let inReferences = false;
  for (const line of state.lines) {
    if (line.role !== null || line.text === '') continue;
    if (REFERENCES_HEADING.test(line.text)) inReferences = true;
    if (inReferences && (REFERENCES_HEADING.test(line.text) || REFERENCE_LINE.test(line.text))) {
      drop(line, 'link-list');
      continue;
    }
    inReferences = false;
    if (OBJECT_MARK.test(line.text)) {
      drop(line, 'image-mark');
      continue;
    }
    if (!line.text.includes('[')) continue;
    const marks = line.text.match(LINK_MARK);
    if (!marks) continue;
    line.text = line.text.replace(LINK_MARK, '');
    for (const mark of marks) state.cut.push({ line: line.no, text: mark, reason: 'markup' });
  }
}
