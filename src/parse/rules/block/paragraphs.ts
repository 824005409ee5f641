// Body lines become paragraphs; a line that breaks a sentence off mid-way (the next line
// starts in lower case, or the line ends in an abbreviation and the next is a fragment)
// is joined to the next with one space.
import type { Line, ParseRule, ParseState } from '../../state.ts';
import { endsSentence, wordCount, ABBREVIATION_END, BULLET, SHORT_LINE_WORDS } from '../../text.ts';

const STARTS_LOWERCASE = /^[\p{Ll}]/u;

export const paragraphs: ParseRule = {
  name: 'paragraphs',
  purpose: 'Body lines become paragraphs; a line broken off mid-sentence is joined to the next.',
  reads: ['body lines'],
  sets: ['blocks'],
  needs: ['body'],
  essential: true,
  run,
};

function continues(prev: string, next: Line): boolean {
  if (BULLET.test(next.text)) return false;
  if (!endsSentence(prev) && STARTS_LOWERCASE.test(next.text)) return true;
  // The regex last: most lines fail the cheaper tests (hot path).
  const short = wordCount(next.text, SHORT_LINE_WORDS + 1) <= SHORT_LINE_WORDS;
  return short && prev.endsWith('.') && ABBREVIATION_END.test(prev);
}

function run(state: ParseState): void {
  // The tests look at the end of the paragraph so far, which is its last line: testing that
  // line, not the whole paragraph, keeps a long paragraph of broken lines linear.
  let lastLine = '';
  for (const line of state.lines) {
    if (line.role !== 'body') continue;
    const last = state.blocks.at(-1);
    if (last && last.type === 'paragraph' && continues(lastLine, line)) {
      last.text = `${last.text} ${line.text}`;
      last.lines.push(line.no);
    } else state.blocks.push({ type: 'paragraph', text: line.text, lines: [line.no] });
    lastLine = line.text;
  }
}
