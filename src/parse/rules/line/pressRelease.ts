// A press release, as wires and newsrooms pass it on, opens with its label (`FOR IMMEDIATE
// RELEASE`, `Pressemitteilung`) and ends with the issuer's parts: its `About` paragraph, a
// forward-looking statements note, the media contact and an end mark (`###`, `-30-`). On a
// text that shows it is a release (a label at the top, a contact heading or an end mark), the
// label is dropped, and so is everything from the first of those closing headings on.
import { drop, isOpen, type ParseRule, type ParseState } from '../../state.ts';
import { endsSentence } from '../../text.ts';

/** A release's label, in the languages of the news; alone on its line. */
const RELEASE_LABEL =
  /^(?:for immediate release|immediate release|(?:news|press|media) release|embargoed(?: until| for release)?\b.{0,60}|communiqué(?: de presse)?|pressemitteilung|presseinformation|comunicado(?: de prensa| de imprensa)?|nota de (?:prensa|imprensa)|comunicato stampa|persbericht|pressmeddelande|pressemelding|pressemeddelelse|tiedote|komunikat prasowy|tisková zpráva|пресс-релиз|прес-реліз)\s*:?$/i;
/** Where a release's label stands: among its first lines. */
const LABEL_LINES = 6;

/** The closing parts, each a heading alone on its line; the drop reason's kind. */
const CLOSING: ReadonlyArray<readonly [string, RegExp]> = [
  // `About Northfield Foods`, `À propos de X`, `Über X`: the issuer's standing paragraph.
  [
    'about',
    /^(?:à propos d(?:e\s+|'|’)|(?:about|über|acerca de|sobre|informazioni su|a proposito di|over|om)\s+)\p{Lu}.{0,60}$/iu,
  ],
  [
    'forward-looking',
    /^(?:forward[- ]looking statements?|safe harbou?r statement|cautionary (?:note|statement)\b.{0,40}|déclarations prospectives|zukunftsgerichtete aussagen|declaraciones prospectivas|declarações prospectivas)\s*:?$/i,
  ],
  [
    'contact',
    /^(?:(?:media|press|investor|news)\s+(?:contacts?|enquiries|inquiries|relations)|contacts?|contact us|for (?:more|further) information(?:,? (?:contact|please contact))?|contact presse|contacts? presse|pressekontakt|medienkontakt|contacto de prensa|contacto para medios|contato(?: para imprensa| de imprensa)?|assessoria de imprensa|contatti stampa|ufficio stampa|perscontact|presskontakt|kontakt dla mediów|kontakt pro média)\s*(?:[:：].{0,60})?$/i,
  ],
  ['end', /^(?:#{3}|-\s?30\s?-|-\s?ends\s?-|ends|—\s?ends\s?—|fin|-\s?fin\s?-)$/i],
];
/** `Contact`, `Contact us`: on a page, a link of its footer; a contact heading only where the
 * text is shown to be a release. */
const BARE_CONTACT = /^(?:contacts?|contact us)\s*:?$/i;
/** A company's name may end in a full stop (`About Acme Corp.`). */
const COMPANY_END = /\b(?:Inc|Corp|Co|Ltd|LLC|L\.P|plc|S\.A|N\.V|S\.p\.A|GmbH|AG)\.$/i;
/** A closing heading is short; an `About …` line longer than this is a sentence. */
const MAX_HEADING_CHARS = 80;

export const pressRelease: ParseRule = {
  name: 'pressRelease',
  purpose:
    'On a press release, its label is dropped, and so are its closing parts (About, forward-looking note, media contact, end mark).',
  reads: ['open lines'],
  sets: ['dropped: press-release:label, about, forward-looking, contact, end'],
  run,
};

function closingKind(t: string): string | null {
  // A heading, not a sentence of the text (`About 200 people came.`).
  if (t.length > MAX_HEADING_CHARS || (endsSentence(t) && !COMPANY_END.test(t))) return null;
  return CLOSING.find(([, re]) => re.test(t))?.[0] ?? null;
}

/** The end mark's and the media contact's patterns (what shows a release, with its label). */
const END_MARK = CLOSING.find(([k]) => k === 'end')![1];
const CONTACT = CLOSING.find(([k]) => k === 'contact')![1];
/** An end mark or a contact heading is short: longer lines are not tried (hot path). */
const MAX_SHOWING_CHARS = 60;

/** Does the line show the text is a release: an end mark, or a media contact's heading? */
function showsRelease(t: string): boolean {
  if (t.length > MAX_SHOWING_CHARS || endsSentence(t)) return false;
  return END_MARK.test(t) || (CONTACT.test(t) && !BARE_CONTACT.test(t));
}

function run(state: ParseState): void {
  const open = state.lines.filter(isOpen);
  const label = open.slice(0, LABEL_LINES).find((l) => RELEASE_LABEL.test(l.text));
  // An `About` heading alone proves nothing (`About the author`), nor does a page's `Contact`
  // link: a label, an end mark or a media contact shows the release. (Asked first, of short
  // lines only: most texts are no release.)
  if (!label && !open.some((l) => showsRelease(l.text))) return;
  if (label) drop(label, 'press-release:label');
  // The closing parts start after some text: a heading in the head is the release's own.
  const firstProse = open.findIndex((l) => l.text.length > MAX_HEADING_CHARS);
  let kind: string | null = null;
  open.forEach((line, i) => {
    if (i <= firstProse || line.role !== null) return;
    kind = closingKind(line.text) ?? kind;
    if (kind) drop(line, `press-release:${kind}`);
  });
}
