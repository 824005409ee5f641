// A photo gallery as a scraper prints it: each slide opens with its counter (`1/50 Title`, `2 of
// 50 Title`), then its caption and credit. Three slides counted in a row make a gallery; its
// slides are dropped whole (the last one as long as the others were), and so is a counter alone
// on its line (`1 / 5`). A gallery set in the middle of an article no longer reads as its text.
import { drop, isOpen, type Line, type ParseRule, type ParseState } from '../../state.ts';

/** `3/50 Title`, `3 / 50`, `3 of 50`: a slide's counter, then maybe its title. */
const COUNTER = /^(\d{1,3})\s?(?:\/|of)\s?(\d{1,3})(?:\s+(\S.*))?$/;

/** Slides counted in a row that make a gallery (two could be a fraction and a score). */
const MIN_SLIDES = 3;

/** A slide has its counter line and a few more (caption, credit). */
const MAX_SLIDE_LINES = 6;

export const slideshow: ParseRule = {
  name: 'slideshow',
  purpose:
    'A photo gallery’s slides (counter, caption, credit) and slide counters alone on a line are dropped.',
  reads: ['open lines'],
  sets: ['dropped: slideshow'],
  run,
};

interface Counter {
  at: number;
  k: number;
  n: number;
  titled: boolean;
}

function counterAt(open: readonly Line[], at: number): Counter | null {
  const m = COUNTER.exec(open[at]!.text);
  if (!m) return null;
  const [k, n] = [Number(m[1]), Number(m[2])];
  return k >= 1 && k <= n && n >= 2 ? { at, k, n, titled: m[3] !== undefined } : null;
}

/** Drops the slides of one gallery (counters in a row); the last slide gets the others' median
 * number of lines, so the article going on below it stays. */
function dropGallery(open: readonly Line[], run: readonly Counter[]): void {
  const sizes = run.slice(1).map((c, i) => c.at - run[i]!.at);
  const median = [...sizes].sort((a, b) => a - b)[sizes.length >> 1]!;
  const end = run.at(-1)!.at + Math.min(median, MAX_SLIDE_LINES);
  for (let i = run[0]!.at; i < Math.min(end, open.length); i++) drop(open[i]!, 'slideshow');
}

function run(state: ParseState): void {
  const open = state.lines.filter(isOpen);
  const counters = open.map((_, i) => counterAt(open, i)).filter((c) => c !== null);
  let k = 0;
  while (k < counters.length) {
    // The counters that follow on: the same total, each one more, a few lines apart.
    let e = k + 1;
    while (
      e < counters.length &&
      counters[e]!.n === counters[k]!.n &&
      counters[e]!.k === counters[e - 1]!.k + 1 &&
      counters[e]!.at - counters[e - 1]!.at <= MAX_SLIDE_LINES
    )
      e++;
    const run = counters.slice(k, e);
    if (run.length >= MIN_SLIDES) dropGallery(open, run);
    else for (const c of run) if (!c.titled) drop(open[c.at]!, 'slideshow');
    k = e;
  }
}
