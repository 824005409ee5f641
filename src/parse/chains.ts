// The parser's four chains and the order of their rules: the one place where it is written.
// Order matters, and the reasons are these:
// - normalize: front matter is read off the raw lines before anything changes them; spaces are
//   normalised before any rule compares text; a text browser's link marks go before a wrapped
//   text's lines are joined (hardWrap measures the lines as printed, and joins their clean
//   text), and the lines are joined before Markdown marks go (a link may be wrapped over two
//   lines); Markdown marks go before any rule reads words; the cumulative repeats are cut
//   before lines are classified.
// - line: the scraper's own lines and data dumps go first, so no later rule takes them for the
//   article's (a wire dump's header loses its marks, to be read by title and headerFields; a
//   dump's `Key: value` header and a news database's export give their fields; a page's title
//   element goes before any rule takes it for the headline); boilerplate,
//   forms, a press release's label and closing parts, and signatures before story lists (a
//   list ends at them); widgets set in an article
//   (player, slideshow, chart, pull quotes) before pageRegion, which then reads the prose around them as one
//   run; featuredList before pageRegion, which scores story lists as page chrome (inlineRelated
//   too: after featuredList, so a label alone on its line heads a list; headlineList after both,
//   as labelled lists are surer); pageRegion before headerFields and title, as on a page it
//   picks the article and its title; headerFields before title (a date line is no title) and
//   before authorBio and signOff (they read the byline); tailDate after it (a date under the
//   article counts only when the head printed none) and before signOff (which reads the last
//   lines: a date there would hide the sign-off above it); title before caption, so a
//   caption-like first line can still become the title (a known weakness: see
//   tests/parse/fixtures/KNOWN-FAILURES.json); body last, taking whatever no rule claimed.
// - block: paragraphs groups the body lines, then headings and the dateline read the blocks.
// - record: the language is told from the body once it is built; front matter overrides what
//   the text gave; then the lines hardWrap joined take the roles of the lines they joined.
import { dateline } from './rules/block/dateline.ts';
import { headings } from './rules/block/headings.ts';
import { paragraphs } from './rules/block/paragraphs.ts';
import { authorBio } from './rules/line/authorBio.ts';
import { body } from './rules/line/body.ts';
import { boilerplate } from './rules/line/boilerplate.ts';
import { caption } from './rules/line/caption.ts';
import { chart } from './rules/line/chart.ts';
import { exportFields } from './rules/line/exportFields.ts';
import { featuredList } from './rules/line/featuredList.ts';
import { fieldHeader } from './rules/line/fieldHeader.ts';
import { formBlock } from './rules/line/formBlock.ts';
import { headerFields } from './rules/line/headerFields.ts';
import { headlineList } from './rules/line/headlineList.ts';
import { highlights } from './rules/line/highlights.ts';
import { inlineRelated } from './rules/line/inlineRelated.ts';
import { pageRegion } from './rules/line/pageRegion.ts';
import { pageTitle } from './rules/line/pageTitle.ts';
import { player } from './rules/line/player.ts';
import { pressRelease } from './rules/line/pressRelease.ts';
import { pullQuote } from './rules/line/pullQuote.ts';
import { relatedData } from './rules/line/relatedData.ts';
import { scraperHeader } from './rules/line/scraperHeader.ts';
import { signature } from './rules/line/signature.ts';
import { signOff } from './rules/line/signOff.ts';
import { slideshow } from './rules/line/slideshow.ts';
import { tailDate } from './rules/line/tailDate.ts';
import { title } from './rules/line/title.ts';
import { wireHeader } from './rules/line/wireHeader.ts';
import { cumulative } from './rules/normalize/cumulative.ts';
import { frontMatter } from './rules/normalize/frontMatter.ts';
import { hardWrap } from './rules/normalize/hardWrap.ts';
import { linkMarks } from './rules/normalize/linkMarks.ts';
import { markdown } from './rules/normalize/markdown.ts';
import { whitespace } from './rules/normalize/whitespace.ts';
import { frontOverrides } from './rules/record/frontOverrides.ts';
import { joinedLines } from './rules/record/joinedLines.ts';
import { language } from './rules/record/language.ts';
import type { ParseRule } from './state.ts';

export const CHAINS = {
  normalize: [frontMatter, whitespace, linkMarks, hardWrap, markdown, cumulative],
  line: [
    scraperHeader,
    wireHeader,
    fieldHeader,
    exportFields,
    pageTitle,
    relatedData,
    highlights,
    boilerplate,
    formBlock,
    pressRelease,
    player,
    slideshow,
    chart,
    pullQuote,
    signature,
    featuredList,
    inlineRelated,
    headlineList,
    pageRegion,
    headerFields,
    tailDate,
    authorBio,
    signOff,
    title,
    caption,
    body,
  ],
  block: [paragraphs, headings, dateline],
  record: [language, frontOverrides, joinedLines],
} as const satisfies Record<string, readonly ParseRule[]>;

export type ChainName = keyof typeof CHAINS;
