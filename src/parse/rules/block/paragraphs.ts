// Body lines become paragraphs; a line that breaks a sentence off mid-way (the next line
// starts in lower case, or the line ends in an abbreviation and the next is a fragment)
// is joined to the next with one space.
import { PATTERNS } from '../../patterns.ts';
import type { Line, ParseRule, ParseState } from '../../state.ts';
import { endsSentence, wordCount } from '../../text.ts';

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
  if (PATTERNS.bullet.test(next.text)) return false;
  if (!endsSentence(prev) && PATTERNS.startsLowercase.test(next.text)) return true;
  // The regex last: most lines fail the cheaper tests (hot path).
  const short = wordCount(next.text, PATTERNS.shortLineWords + 1) <= PATTERNS.shortLineWords;
  return short && prev.endsWith('.') && PATTERNS.abbreviationEnd.test(prev);
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
