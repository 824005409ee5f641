// A video player's controls and notices, as a scraper prints them: `Play Video`, `Current Time
// 0:00`, `Loaded: 0%`, a captions-settings dialog with its colour and font menus, `This is a
// modal window.`, `Media playback is unsupported on your device`. A notice is dropped where it
// stands; between two notices, a run of short lines (the dialog's menus) goes with them. Such a
// block may stand in the middle of an article: dropped before pageRegion, it no longer splits
// the article's run of prose in two.
import { drop, isOpen, type Line, type ParseRule, type ParseState } from '../../state.ts';
import { isProse, wordCount } from '../../text.ts';

/** A player's status before playback: a label and a zero time or share (`Duration Time 0:00`,
 * `Remaining Time -0:00`, `Progress: 0%`), whatever the language of the label. */
const PLAYER_STATUS = /^\p{L}[\p{L} ]{1,30}:?\s*(?:-?0:00(?::00)?|0(?:[.,]00)?\s?%)$/u;

/** An article's audio player (`Listen to this article · 4:12 min`, `Écoutez cet article`,
 * `इस खबर को सुनें`, `기사 듣기`, `收听本文`), in the languages of the news. */
const LISTEN =
  "listen to (?:this |the )?(?:article|story|news|audio version)|hear this (?:article|story)|artikel (?:anhören|vorlesen lassen)|(?:diesen )?artikel anhören|(?:écouter|écoutez) (?:cet |l['’])?article|escuch(?:ar|a|e) (?:este |esta |el |la )?(?:artículo|noticia|nota)|(?:ouvir|ouça) (?:este |o |a |esta )?(?:artigo|texto|notícia|matéria)|ascolta (?:l'|l’|la |questo )?(?:articolo|notizia)|(?:luister naar|beluister) (?:dit |het )?artikel|artikel beluisteren|(?:posłuchaj|odsłuchaj) (?:tego )?artykułu|poslechněte si článek|(?:слушать|прослушать) (?:статью|новость|материал)|(?:bu )?haberi dinle|استمع (?:إلى )?(?:المقال|الخبر|هذا الخبر)|(?:شنیدن|بشنوید)(?: این)? (?:خبر|مطلب)|(?:इस )?(?:खबर|ख़बर|लेख) (?:को )?सुनें|(?:收听|朗读|播放)(?:本文|全文|此文|文章)|听新闻|(?:기사 ?)?듣기|(?:この)?記事を(?:聞く|読み上げる)|音声で聞く|ฟังข่าว(?:นี้)?|nghe (?:bài viết|tin)|dengarkan (?:artikel|berita)(?: ini)?";

/** A player's notices and dialog labels (video.js, the BBC's and others' players). Not `Up
 * next`: a page prints it above the story to read next too, which featuredList reads. */
const PLAYER_NOTICE = new RegExp(
  String.raw`^(?:playback rate|stream ?type ?live|captions settings, opens captions settings dialog|(?:closed )?captions? settings|closed captions|captions? (?:not available|will look like this)|video (?:is )?(?:not available|unavailable)|(?:unfortunately, )?this video is (?:not available|unavailable)(?: in your (?:region|country))?\.?|now (?:watching|playing)|video quality|(?:descriptions|subtitles|captions) (?:off|settings), selected|this is a modal window\..*|beginning of dialog window\..*|end of dialog window\.|close modal dialog|text edge style|media playback is unsupported on your device|your browser does not support (?:the )?(?:video|html5 video|iframes).*|next video starts in\s*:?.*|(?:the )?video (?:will )?(?:play|start)s? in .{1,20}|(?:reproduciendo|reproduzindo|en lecture|wird abgespielt|in riproduzione|now playing)\s*:\s*\S.{0,100}|(?:${LISTEN})(?:\s*[·•|:-]?\s*\d{1,2}[:.]\d{2}(?:\s*min(?:utes?)?)?|\s*[·•|:-]?\s*\d+\s*min(?:utes?)?)?)$`,
  'i',
);

/** A clip's length, alone on its line: `8:09`, `1:02:15`. */
const DURATION = /^\d{1,2}:\d{2}(?::\d{2})?$/;

/** A player's buttons: controls alone on their line, next to the notices. */
const PLAYER_BUTTON =
  /^(?:play(?: video)?|pause|mute|unmute|replay|fullscreen|non-fullscreen|exit fullscreen|chapters|descriptions|subtitles|captions|audio track|close)$/i;

/** The dialog's menus between two notices are short lines (`Semi-Transparent`, `75%`). */
const MAX_MENU_LINE_WORDS = 4;

/** How far apart (open lines) two notices of one player may stand. */
const MAX_PLAYER_GAP = 120;

export const player: ParseRule = {
  name: 'player',
  purpose:
    'A video player’s notices, status lines and buttons, and the dialog menus between them, are dropped.',
  reads: ['open lines'],
  sets: ['dropped: player'],
  run,
};

/** Longer lines are no notice: ruled out before the patterns are tried (most lines). */
const MAX_NOTICE_CHARS = 200;

/** A status ends in its zero: `0` or `%` (a cheap test before the pattern, on every line). */
const endsLikeStatus = (t: string) => t.endsWith('0') || t.endsWith('%');

function isNotice(t: string): boolean {
  return (
    t.length <= MAX_NOTICE_CHARS &&
    (PLAYER_NOTICE.test(t) || (endsLikeStatus(t) && PLAYER_STATUS.test(t)))
  );
}

function isMenuLine(t: string): boolean {
  return wordCount(t, MAX_MENU_LINE_WORDS + 1) <= MAX_MENU_LINE_WORDS && !isProse(t);
}

/** The index of the next notice after `i` reached over menu lines only, or -1. */
function nextNotice(open: readonly Line[], i: number): number {
  const limit = Math.min(open.length, i + 1 + MAX_PLAYER_GAP);
  for (let j = i + 1; j < limit; j++) {
    const t = open[j]!.text;
    if (isNotice(t)) return j;
    if (!isMenuLine(t)) return -1;
  }
  return -1;
}

function run(state: ParseState): void {
  const open = state.lines.filter(isOpen);
  for (let i = 0; i < open.length; i++) {
    if (!isNotice(open[i]!.text)) continue;
    let from = i;
    while (from > 0 && PLAYER_BUTTON.test(open[from - 1]!.text)) from--;
    let to = i;
    for (let j = nextNotice(open, to); j >= 0; j = nextNotice(open, to)) to = j;
    while (to + 1 < open.length && PLAYER_BUTTON.test(open[to + 1]!.text)) to++;
    // `Reproduciendo: Title` / `8:09`: the clip's length right under the notice.
    if (to + 1 < open.length && DURATION.test(open[to + 1]!.text)) to++;
    for (let k = from; k <= to; k++) drop(open[k]!, 'player');
    i = to;
  }
}
