// A poll or sign-up form set inside an article: from its opener ("take our poll - story
// continues below") to the privacy/terms small print that closes it.
import { drop, isOpen, type ParseRule, type ParseState } from '../../state.ts';

/** Opens a poll or sign-up form set in the middle of an article. */
const FORM_OPENER = /^take our poll\b|\bstory continues below\b/i;

/** Closes such a form: privacy or terms small print. */
const FORM_CLOSER = /\bprivacy policy\b|\bterms of (?:use|service)\b/i;

const MAX_FORM_LINES = 15;

export const formBlock: ParseRule = {
  name: 'formBlock',
  purpose:
    'A poll or sign-up form set in the article, from its opener to its small print, is dropped.',
  reads: ['open lines'],
  sets: ['dropped: boilerplate:poll'],
  run,
};

function run(state: ParseState): void {
  const open = state.lines.filter(isOpen);
  for (let i = 0; i < open.length; i++) {
    if (!FORM_OPENER.test(open[i]!.text)) continue;
    const limit = Math.min(open.length, i + MAX_FORM_LINES);
    let end = -1;
    for (let j = i + 1; j < limit; j++) if (FORM_CLOSER.test(open[j]!.text)) end = j;
    if (end < 0) {
      drop(open[i]!, 'boilerplate:poll');
      continue;
    }
    for (let j = i; j <= end; j++) drop(open[j]!, 'boilerplate:poll');
    i = end;
  }
}
