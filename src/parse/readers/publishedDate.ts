// A line that labels a publication date and prints little else: `Published on 17 February
// 2020`, `Publié le 4 mars 2019`, `Veröffentlicht am …`. (Not an update time: `Updated …`.)
import { dateLine, type FoundDate } from './date.ts';
import { wordCount } from '../text.ts';

/** "Published" and its phrases, in the languages of the news, opening the line. */
const PUBLISHED_LABEL =
  /^(?:(?:first |originally )?published|posted|publié|publiée|publicado|publicada|veröffentlicht|erschienen|pubblicato|pubblicata|gepubliceerd|opublikowano|publikováno|publicerad|publiceret|publisert|julkaistu|опубликовано|yayınlanma tarihi|yayınlandı|diterbitkan|dipublikasikan|تاريخ النشر|نشر في|تاریخ انتشار|发布时间|發佈時間|发表于|公開日|게시일|등록일)(?![\p{L}])/iu;

/** How many non-blank lines after the article's last paragraph may hold its date (a share bar
 * or a tag list may stand between). */
export const MAX_LINES_AFTER_ARTICLE = 3;

/** A date line is short; a sentence that opens with the word is text. */
const MAX_DATE_LINE_WORDS = 12;

/**
 * The date a labelled publication line prints, or null.
 * @example publishedDate('Published on 17 February 2020') // { iso: '2020-02-17', … }
 * @example publishedDate('Updated on 17 February 2020') // null
 */
export function publishedDate(t: string): FoundDate | null {
  if (!PUBLISHED_LABEL.test(t)) return null;
  if (wordCount(t, MAX_DATE_LINE_WORDS + 1) > MAX_DATE_LINE_WORDS) return null;
  return dateLine(t);
}
