// A page saved as Markdown (as reader tools and HTML-to-text converters write it): heading
// marks, emphasis and links are markup, not text. On a text that is Markdown (it prints its
// marks on several lines), the marks are taken off so the other rules read the words as a
// plain scrape prints them; a link's address and an image's are cut off and reported. Written
// here rather than with markdown-it: the parser needs each line's words in place, line by
// line, not HTML.
import { drop, type Line, type ParseRule, type ParseState } from '../../state.ts';

/** `# Title`, `## Heading`. */
const HEADING_MARK = /^#{1,6}\s+/;
/** `![alt](src)`: an image, its alt text a caption. */
const IMAGE = /!\[([^\]]*)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
/** A line that is one image and nothing else: its alt text is the picture's caption. */
const IMAGE_LINE = /^!\[[^\]]*\]\([^)]*\)$/;
/** `[text](href)`. */
const LINK = /\[([^\]]+)\]\(([^)\s]+)(?:\s+"[^"]*")?\)/g;
/** `**strong**`, `__strong__`, `*em*`, `_em_`: emphasis around words (not a bullet's `* `, not
 * marks inside a word: `A*0*`, `file_name_`). */
const EMPHASIS = /(?<![\p{L}\p{N}*_])(\*\*|__|\*|_)(?=\S)([^*_]*?\S)\1(?![\p{L}\p{N}*_])/gu;
/** `> quoted`. */
const QUOTE_MARK = /^>\s?/;

/** Lines that print a Markdown mark before the text is read as Markdown: one `*` or `_` in
 * a plain text proves nothing. */
const MIN_MARKED_LINES = 2;
/** Markdown prints its marks from the top (the headline's `#`, the byline's emphasis): only the
 * first lines are looked at to tell it. */
const MAX_LINES_READ = 60;

export const markdown: ParseRule = {
  name: 'markdown',
  purpose:
    'On a text written in Markdown, heading marks, emphasis, quote marks and link syntax are taken off; link addresses are cut off, an image alone on its line dropped.',
  reads: ['line text'],
  sets: ['line text', 'cut: markup', 'dropped: caption'],
  run,
};

const MARKS = [HEADING_MARK, IMAGE, LINK, EMPHASIS, QUOTE_MARK];

/** A line without one of these characters prints no mark (most lines: a cheap test first,
 * by string search rather than a regex scan). */
const mayBeMarked = (t: string) =>
  t.startsWith('#') || t.startsWith('>') || t.includes('*') || t.includes('_') || t.includes('](');

function isMarked(line: Line): boolean {
  if (!mayBeMarked(line.text)) return false;
  return MARKS.some((re) => {
    re.lastIndex = 0;
    return re.test(line.text);
  });
}

function run(state: ParseState): void {
  let marked = 0;
  let read = 0;
  for (const line of state.lines) {
    if (line.text === '') continue;
    if (isMarked(line)) marked++;
    if (marked === MIN_MARKED_LINES || ++read === MAX_LINES_READ) break;
  }
  if (marked < MIN_MARKED_LINES) return;
  for (const line of state.lines) {
    if (line.text === '' || !mayBeMarked(line.text)) continue;
    if (IMAGE_LINE.test(line.text)) {
      drop(line, 'caption');
      continue;
    }
    const cut: string[] = [];
    const text = line.text
      .replace(HEADING_MARK, '')
      .replace(QUOTE_MARK, '')
      .replace(IMAGE, (_, alt: string, src: string) => {
        cut.push(src);
        return alt;
      })
      .replace(LINK, (_, words: string, href: string) => {
        cut.push(href);
        return words;
      })
      .replace(EMPHASIS, '$2')
      .trim();
    if (text === line.text) continue;
    line.text = text;
    for (const href of cut) state.cut.push({ line: line.no, text: href, reason: 'markup' });
  }
}
