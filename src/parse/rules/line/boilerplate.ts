// Whole lines that every site prints around an article: comment forms, subscribe boxes,
// share buttons, licence footers, reporting credits. Each kind is a pattern below. A licence
// footer glued to the end of a paragraph is cut off it.
import { drop, isOpen, type Line, type ParseRule, type ParseState } from '../../state.ts';
import { wordCount } from '../../text.ts';

/** Boilerplate: whole lines, by kind (the kind is the drop reason's second part). */
const BOILERPLATE: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'comment-form',
    /^(?:comments?|leave a (?:comment|reply)|post a comment|add (?:a )?comment|\d+ comments?|please enter your (?:comment|name|email)(?: here)?!?|your (?:email address|name|comment).*|name \*|email \*|website|save my name, email.*|notify me of .*|you must be logged in to post a comment.*|comments? (?:are|is) closed.*|show comments?|view comments?)\.?$/i,
  ],
  ['captcha', /recaptcha|please reload the page|i'?m not a robot/i],
  [
    'subscribe',
    /^(?:[›»>]\s*)?(?:subscribe(?: now| to .{1,40}| on youtube)?|sign up(?: for .{1,40})?|newsletter|get (?:our|the) newsletter.*)\s*:?$/i,
  ],
  [
    'more-articles',
    /^(?:more articles|more(?!\s*:)|read more|continue reading|load more|show more|see more|next article|previous article|advertisement|advertising|ad|sponsored|anzeige|reklama|publicité|publicidad|loading\.*|skip to (?:main )?content|back to top|print|share(?: this)?(?: article| story)?|tweet|email|whatsapp|facebook|twitter|reddit|linkedin|pinterest)\s*:?$/i,
  ],
  // Buttons of a page's photo viewer and article tools.
  [
    'button',
    /^(?:print article|buy photo|full ?screen|enlarge image|view (?:all|profile|photos?|gallery)(?: \(\d+\))?|read now|submit|caption|autoplay|skip ad|resize text|share tweet share|\d+ of \d+)$/i,
  ],
  [
    'social',
    /^(?:follow (?:us|on|me)\b.*|like us on facebook.*|facebook: \S+|twitter: \S+|instagram: \S+|share (?:on|via) .{1,30})$/i,
  ],
  [
    'licence',
    /^(?:all content by .* is licensed under .*|content of this site is licensed under .*|this work is licensed under .*|copyright ©.*|© ?\d{4}.*|all rights reserved\.?)$/i,
  ],
  ['standards', /^our standards: .*$/i],
  // `— Name (@handle) October 31, 2021`: the signature of an embedded tweet, not the article's date.
  ['tweet-embed', /^[—–-]\s*\S.*\(@\w+\)\s+\S.*\d{4}$/],
  ['share-count', /^this (?:story|article|post) has been shared [\d,.]+ times\b.*$/i],
  ['reporting-credit', /^\((?:additional )?(?:reporting|writing|editing) by [^)]*\)$/i],
  ['correction', /^\((?:fixes|corrects|updates|adds|refiles)[^)]*\)$/i],
  [
    'call-to-action',
    /^(?:what do you think\?|let us know in the comments.*|tell us what you think.*|join the (?:discussion|conversation).*|click here .*)$/i,
  ],
  [
    'permission',
    /^(?:article|this article|story) (?:posted|reprinted|republished) with permission from .*$/i,
  ],
  ['rule', /^[*=_~#-]{3,}$/],
];

/** All of them in one alternation: most lines match none, and one test rules them out. */
const BOILERPLATE_ANY = new RegExp(BOILERPLATE.map(([, re]) => `(?:${re.source})`).join('|'), 'i');

/** A licence footer glued to the end of a paragraph (`… against Syria and Iran. MH/PA All
 * Content by X is licensed under …`, `… said. © 2019 X. All rights reserved.`): cut off. */
const GLUED_LICENCE =
  /\s((?:all content by .{1,80}? is licensed under|this (?:work|article|content) is licensed under|(?:copyright\s*)?©\s*\d{4}|copyright \d{4})\s.{0,200})$/i;
/** The words a licence footer holds: most lines have none (a cheap test first). */
const MAY_BE_LICENCE = /licen[cs]|©|copyright/i;
/** What stays must be a paragraph (a footer alone on its line is the whole-line kind). */
const MIN_PARAGRAPH_WORDS = 8;

export const boilerplate: ParseRule = {
  name: 'boilerplate',
  purpose:
    'Whole lines every site prints around an article (comment forms, share buttons, licences, …) are dropped by kind; a licence glued to a paragraph is cut off.',
  reads: ['open lines'],
  sets: ['dropped: boilerplate:KIND', 'cut: boilerplate:licence', 'line text'],
  run,
};

/** Cuts a licence footer off the end of a paragraph's line. */
function cutGluedLicence(state: ParseState, line: Line): void {
  const m = GLUED_LICENCE.exec(line.text);
  if (!m) return;
  const rest = line.text.slice(0, m.index).trim();
  if (wordCount(rest, MIN_PARAGRAPH_WORDS) < MIN_PARAGRAPH_WORDS) return;
  state.cut.push({ line: line.no, text: m[1]!, reason: 'boilerplate:licence' });
  line.text = rest;
}

function run(state: ParseState): void {
  for (const line of state.lines) {
    if (!isOpen(line)) continue;
    if (MAY_BE_LICENCE.test(line.text) && !BOILERPLATE_ANY.test(line.text))
      cutGluedLicence(state, line);
    if (!BOILERPLATE_ANY.test(line.text)) continue;
    for (const [kind, re] of BOILERPLATE) {
      if (re.test(line.text)) {
        drop(line, `boilerplate:${kind}`);
        break;
      }
    }
  }
}
