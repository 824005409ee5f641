// An inline link to another story, set between paragraphs: a label and the story's title on one
// line (`Read more: Title`, `Related: Title`, `Lire aussi : Title`, `Leia mais: Title`, `Also
// Read | Title`, `Läs mer: Title`, `Also on rt.com Title`). The title is a listed story, as in a
// story list; the label is cut off.
import { isOpen, type ParseRule, type ParseState } from '../../state.ts';
import { lineKey, opensLikeTitle, wordCount } from '../../text.ts';
import {
  anyArabicSpelling,
  anyGreekAccent,
  anyNukta,
  NEXT_STORY,
  READ_ALSO,
} from '../../vocabulary.ts';

/** Labels that open an inline link only, never a list's heading (alone on a line, `Läs mer`
 * is a button): "read more", "read", "don't miss", "you may be interested in", in the
 * languages of the news (`Läs mer:`, `Les mer:`, `Læs mere:`, `Lue lisää:`, `Ez is
 * érdekelheti:`, `Olvassa el ezt is:`, `Vezi și:`, `Đọc thêm:`, `עוד בנושא:`, `קראו גם:`,
 * `Przeczytaj też:`), and the bare "read:" of more (`Pročitajte:`, `Прочетете:`, `Czytaj:`,
 * `पढ़ें:`, `بخوانید:`). */
const LINK_ONLY_LABEL = [
  "lire|read|must read|don[’']t miss|also see|läs mer|läs även|les mer|læs mere|lue lisää|čtěte více|přečtěte si také|ez is érdekelheti|ezt is ajánljuk|olvassa el ezt is|olvasd el|vezi [sșş]i|διαβάστε ακόμη|читайте більше|đọc thêm|עוד בנושא|קראו גם|קראו עוד|przeczytaj (?:też|także|również)|ayrıca okuyun|bunu da okuyun|auch interessant|lea más|lee más",
  'pro[čc]itajte|pro[čc]itaj|pre[čc][íi]tajte si|přečtěte si|czytaj|przeczytaj|llegeix|baca|прочитајте|прочитај|прочетете|прочети|четете|читайте|διαβάστε|بخوانید|পড়ুন',
  anyNukta('(?:और )?पढ़ें|पढ़िए'),
].join('|');
/** What stands between the label and the title: a colon (`：` and the Bengali `ঃ` too), a bar
 * (`Also Read | Title`), a guillemet or arrows (`» Title`, `>> Title`), or a hyphen or dash
 * before a space (`यह भी पढ़ें- Title`, `Прочетете още – Title`). */
const LINK_MARK = '(?:[:：ঃ|｜»›→]|>>|[-–—](?=\\s))';
/** A bullet or arrow some sites print before the label (`» Read also: Title`, `☞ 관련기사:`,
 * `▷ Xem thêm:`). */
const LINK_BULLET = '(?:[»›►▶▷•■□◆◇●○☞→]\\s*)?';
/** The labels of an inline related link, in the languages of the news (Greek ones with or
 * without their accents, as capitals print them; Arabic-script ones with either yeh and kaf). */
const LINK_LABEL = anyArabicSpelling(
  anyGreekAccent(`${READ_ALSO}|${NEXT_STORY}|${LINK_ONLY_LABEL}`),
);
/** A label before the mark. */
const INLINE_LINK = new RegExp(
  `^${LINK_BULLET}(?:${LINK_LABEL})\\s*${LINK_MARK}\\s*(\\S.*)$`,
  'iu',
);
/** A label in brackets, maybe with a mark after (`【相关阅读】Title`, `[Read more] Title`,
 * `「関連記事」Title`). */
const BRACKETED_LINK = new RegExp(
  `^[【\\[［〔「]\\s*(?:${LINK_LABEL})\\s*[:：]?\\s*[】\\]］〕」]\\s*(?:${LINK_MARK}\\s*)?(\\S.*)$`,
  'iu',
);
/** `Also on rt.com Title`: a link to another story of the site, named by its domain. */
const ALSO_ON_SITE =
  /^(?:also on|aussi sur|también en|também em|auch auf)\s+\S+\.[a-z]{2,}\s+(\S.*)$/iu;
/** A title printed in quotes (`«Title»`, `„Title“`, `"Title"`, `「Title」`): the title between
 * them. */
const QUOTE_PAIR = /^(?:«([^«»]+)»|„([^„“”]+)[“”]|“([^“”]+)”|"([^"]+)"|「([^「」]+)」)$/u;
/** A title without the quotes it was printed in. */
function unquoted(t: string): string {
  const m = QUOTE_PAIR.exec(t);
  return m
    ? m
        .slice(1)
        .find((x) => x !== undefined)!
        .trim()
    : t;
}
/** A title has a few words and opens like one; a longer text, or one in lower case, after the
 * label is a sentence of the article, not a link. */
const MIN_LINK_TITLE_WORDS = 3;
const MAX_LINK_TITLE_WORDS = 25;
/** `Related | Sport | Business`: a row of links after a bar is a menu, not a story's title. */
const LINK_ROW = /\s[|｜]\s/;

export const inlineRelated: ParseRule = {
  name: 'inlineRelated',
  purpose:
    'An inline link to another story (`Read more: Title`, `Lire aussi : Title`) is a listed story; its label is cut off.',
  reads: ['open lines'],
  sets: ['featured', 'line role featured', 'cut: featured-label'],
  run,
};

/** The line each story listed so far was read from: the first featured line that prints its
 * title (a story not found stands last). */
function storyLines(state: ParseState): number[] {
  const featured = state.lines
    .filter((l) => l.role === 'featured')
    .map((l) => ({ no: l.no, key: lineKey(l.text) }));
  const exact = new Map<string, number>();
  for (const f of featured) if (!exact.has(f.key)) exact.set(f.key, f.no);
  return state.featured.map((story) => {
    const key = lineKey(story.title);
    return exact.get(key) ?? featured.find((f) => f.key.includes(key))?.no ?? Infinity;
  });
}

function run(state: ParseState): void {
  /** Where the stories listed so far stand, to list a link among them in page order (asked
   * at the first link: most pages have none). */
  let at: number[] | null = null;
  for (const line of state.lines) {
    if (!isOpen(line)) continue;
    const m =
      INLINE_LINK.exec(line.text) ?? BRACKETED_LINK.exec(line.text) ?? ALSO_ON_SITE.exec(line.text);
    if (!m) continue;
    const title = unquoted(m[1]!.trim());
    const n = wordCount(title, MAX_LINK_TITLE_WORDS + 1);
    if (n < MIN_LINK_TITLE_WORDS || n > MAX_LINK_TITLE_WORDS || !opensLikeTitle(title)) continue;
    if (LINK_ROW.test(title)) continue;
    // A story the page lists too is listed once.
    const key = lineKey(title);
    if (!state.featured.some((f) => lineKey(f.title) === key)) {
      at ??= storyLines(state);
      const before = at.findIndex((no) => no > line.no);
      const k = before < 0 ? at.length : before;
      state.featured.splice(k, 0, { title, date: null, byline: null });
      at.splice(k, 0, line.no);
    }
    line.role = 'featured';
    const label = line.text.slice(0, line.text.length - m[1]!.length).trim();
    state.cut.push({ line: line.no, text: label, reason: 'featured-label' });
    // The quotes a title was printed in (`«Title»`) are reported with it.
    const quoted = m[1]!.trim();
    if (title !== quoted)
      state.cut.push({
        line: line.no,
        text: `${quoted[0]} ${quoted.at(-1)}`,
        reason: 'featured-label',
      });
  }
}
