// A chart or data graphic as a scraper prints it: its title, then its axis ticks, values and
// labels one to a line (`$900`, `billion`, `’17`, `13.0%`, `Defense`), then its source. A run
// of short lines most of which are figures is such a chart; it is dropped with the title line
// right above it and a source line right below. Set in the middle of an article, it no longer
// splits the article's run of prose in two.
import { drop, isOpen, type Line, type ParseRule, type ParseState } from '../../state.ts';
import { endsSentence, isProse, wordCount } from '../../text.ts';

/** A tick or a value: a number with its currency or unit, a short year (`’17`), a bare `%`. */
const FIGURE =
  /^(?:[-+−]?[$€£¥]?\d[\d.,]*\s?(?:%|[kKmMbB]n?|bn|billion|million|trillion|milliard[s]?|mil|mio|mrd)?|[’']\d{2}|%)$/u;

/** A chart's lines are short: ticks, values, legend labels. */
const MAX_CHART_LINE_WORDS = 6;

/** So many figures make a chart (a list of scores or a short table has fewer). */
const MIN_FIGURES = 8;

/** A chart's title has a few words and ends no sentence. */
const MAX_TITLE_WORDS = 12;

/** `Source: Congressional Budget Office`, `Quelle: …`, in the languages of the news. */
const SOURCE_LINE =
  /(?:^|[|·•]\s*)(?:sources?|quelle|fuente|fonte|źródło|zdroj|источник|kaynak|المصدر|منبع|来源|出典|출처)\s*[:：]/iu;
const MAX_SOURCE_WORDS = 15;

export const chart: ParseRule = {
  name: 'chart',
  purpose:
    'A chart printed as text (a run of short lines, mostly figures), with its title and source line, is dropped.',
  reads: ['open lines'],
  sets: ['dropped: chart'],
  run,
};

function isChartLine(t: string): boolean {
  return wordCount(t, MAX_CHART_LINE_WORDS + 1) <= MAX_CHART_LINE_WORDS && !isProse(t);
}

function isTitle(t: string): boolean {
  return wordCount(t, MAX_TITLE_WORDS + 1) <= MAX_TITLE_WORDS && !endsSentence(t);
}

function isSource(t: string): boolean {
  return wordCount(t, MAX_SOURCE_WORDS + 1) <= MAX_SOURCE_WORDS && SOURCE_LINE.test(t);
}

function dropChart(open: readonly Line[], from: number, to: number): void {
  if (from > 0 && isTitle(open[from - 1]!.text)) from--;
  if (to + 1 < open.length && isSource(open[to + 1]!.text)) to++;
  for (let i = from; i <= to; i++) drop(open[i]!, 'chart');
}

function run(state: ParseState): void {
  const open = state.lines.filter(isOpen);
  // Most texts hold fewer figure lines than one chart needs: one cheap pass rules them out
  // before any line's words are counted.
  let allFigures = 0;
  for (const line of open) if (FIGURE.test(line.text)) allFigures++;
  if (allFigures < MIN_FIGURES) return;
  let i = 0;
  while (i < open.length) {
    if (!isChartLine(open[i]!.text)) {
      i++;
      continue;
    }
    // The run of short lines from i; a chart when most of it is figures.
    let j = i;
    let figures = 0;
    for (; j < open.length && isChartLine(open[j]!.text); j++)
      if (FIGURE.test(open[j]!.text)) figures++;
    if (figures >= MIN_FIGURES && 2 * figures >= j - i) dropChart(open, i, j - 1);
    i = j;
  }
}
