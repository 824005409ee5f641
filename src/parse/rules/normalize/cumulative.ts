// Some crawls print each paragraph followed by the whole rest of the article, so line k
// repeats lines k+1..n. Each line keeps only its own part; a line that is nothing but a
// repeat of the next one is dropped.
import { drop, type ParseRule, type ParseState } from '../../state.ts';

const MIN_CUMULATIVE_TAIL = 40;

export const cumulative: ParseRule = {
  name: 'cumulative',
  purpose:
    'Where a crawl printed each paragraph followed by the rest of the article, each line keeps its own part; the repeat is cut off.',
  reads: ['open lines'],
  sets: ['line text', 'cut: duplicate-line', 'dropped: duplicate-line'],
  run,
};

function run(state: ParseState): void {
  const open = state.lines.filter((l) => l.role === null && l.text !== '');
  // Compare with the next line's full text, read before any line is narrowed.
  const full = open.map((l) => l.text);
  for (let i = 0; i + 1 < open.length; i++) {
    const tail = full[i + 1]!;
    const text = full[i]!;
    if (tail.length < MIN_CUMULATIVE_TAIL || !text.endsWith(tail)) continue;
    // The repeat must start at a word boundary, not inside a word.
    if (text.length > tail.length && text[text.length - tail.length - 1] !== ' ') continue;
    const own = text.slice(0, text.length - tail.length).trim();
    if (own === '') drop(open[i]!, 'duplicate-line');
    else {
      open[i]!.text = own;
      state.cut.push({ line: open[i]!.no, text: tail, reason: 'duplicate-line' });
    }
  }
}
