// A reporter's credit in brackets opening a line, as Chinese, Korean and Japanese papers print
// it at the start of the first paragraph or on its own line: `〔記者王小明／台中報導〕`, `（记者
// 张三）`, `【记者 李四 北京报道】`, `(서울=연합뉴스) 홍길동 기자 =`, `[서울신문 홍길동 기자]`,
// `【ワシントン=山田太郎】`. The name is the byline, the place it
// was filed from the dateline; the credit is no part of the paragraph. Read by headerFields.

/** The credit's brackets, opening the line: `〔…〕`, `【…】`, `（…）`, `(…)`, `[…]`, `［…］`. */
const BRACKETED =
  /^\s*([〔【（([［「〖])([^〔【（([［「〖〕】）)\]］」〗]{2,40})([〕】）)\]］」〗])\s*/u;

/** What a Chinese credit opens with: the word for reporter (`记者`, `記者`), maybe after `本报`
 * ("this paper's") or the outlet's name and before a correspondent's word (`通讯员`). */
const REPORTER_WORD =
  /^(?:本报|本報|本网|本網|本台|本刊|\p{Script=Han}{1,6}(?:社|网|網|台|报|報))?(?:特派|特约|特約|实习|實習|首席|驻\p{Script=Han}{1,4}|駐\p{Script=Han}{1,4})?(?:记者|記者|通讯员|通訊員)\s*[:：]?\s*/u;

/** `／台中報導`, ` 北京报道`, ` 北京3月14日电`: the place it was filed from, after a mark or a
 * space, then the word for report or wire. Captures the place. */
const FILED_FROM =
  /(?:\s*[／/|｜]\s*|\s+)(\p{Script=Han}{2,8}?)(?:\d{1,2}月\d{1,2}日)?(?:报道|報導|报导|報道|电|電|讯|訊)$/u;

/** Between names: a space, `、`, `，`, a slash; a correspondent's word between two names. */
const NAME_SEPARATOR = /\s*(?:[、，,／/\s]|通讯员|通訊員|记者|記者)+\s*/u;
/** A Chinese name is two to four characters. */
const HAN_NAME = /^\p{Script=Han}{2,4}$/u;

/** `(서울=연합뉴스) 홍길동 기자 =`: a Korean agency's credit, the place and agency in brackets,
 * the reporter's name and `기자` after them, then `=`. Captures place, agency, name. */
const KOREAN_CREDIT =
  /^\s*[([（【]\s*(\p{Script=Hangul}{1,10})\s*=\s*([^)\]）】]{1,20}?)\s*[)\]）】]\s*((?:\p{Script=Hangul}{2,4}\s*)+?)\s*(?:기자|특파원)\s*=\s*/u;

/** `新华社北京3月14日电（记者张三）`: a wire's dateline before the credit (the agency, the place,
 * the day, `电`); it stays in the text. Captures the agency and the place. */
const WIRE_DATELINE =
  /^\s*(\p{Script=Han}{1,8}?(?:社|网|網))(\p{Script=Han}{2,6}?)\d{1,2}月\d{1,2}日(?:电|電)\s*/u;

/** `[서울신문 홍길동 기자]`: a Korean paper's credit in brackets, the outlet, then the reporter's
 * name and `기자`. Captures the outlet and the name. */
const KOREAN_BRACKET =
  /^\s*[[【(（]\s*(\p{Script=Hangul}[\p{Script=Hangul}\p{N}A-Za-z]{0,10})\s+(\p{Script=Hangul}{2,4})\s*(?:기자|특파원)\s*[\]】)）]\s*/u;

/** `【ワシントン=山田太郎】`, `【北京=共同】`: a Japanese paper's credit, the place it was filed
 * from, `=`, the reporter's or agency's name. Captures the place and the name. */
const JAPANESE_CREDIT =
  /^\s*【\s*([\p{Script=Han}\p{Script=Katakana}ー・]{1,12})\s*[=＝]\s*([\p{Script=Han}\p{Script=Katakana}\p{Script=Hiragana}ー・]{2,8})\s*】\s*/u;

export interface ReporterCredit {
  /** A wire's dateline printed before the credit, which stays in the text; '' when none. */
  before: string;
  /** The credit as printed, brackets and the mark after it included. */
  text: string;
  /** The reporter's name (or names), as printed. */
  name: string;
  /** The place the story was filed from, when the credit prints it. */
  place: string | null;
  /** The agency a Korean credit names (`연합뉴스`). */
  agency: string | null;
}

/**
 * The reporter's credit that opens a line; null when it opens with none.
 * @example reporterCredit('〔記者王小明／台中報導〕台中市政府今天宣布…') // { text: '〔記者王小明／台中報導〕', name: '王小明', place: '台中', agency: null }
 */
export function reporterCredit(t: string): ReporterCredit | null {
  const korean = KOREAN_CREDIT.exec(t);
  if (korean)
    return {
      before: '',
      text: korean[0].trim(),
      name: korean[3]!.trim(),
      place: korean[1]!,
      agency: korean[2]!.trim(),
    };
  const paper = KOREAN_BRACKET.exec(t);
  if (paper)
    return { before: '', text: paper[0].trim(), name: paper[2]!, place: null, agency: paper[1]! };
  const japanese = JAPANESE_CREDIT.exec(t);
  if (japanese)
    return {
      before: '',
      text: japanese[0].trim(),
      name: japanese[2]!,
      place: japanese[1]!,
      agency: null,
    };
  const wire = WIRE_DATELINE.exec(t);
  const before = wire ? wire[0] : '';
  const m = BRACKETED.exec(t.slice(before.length));
  if (!m) return null;
  const inner = m[2]!.trim();
  const label = REPORTER_WORD.exec(inner);
  if (!label) return null;
  let rest = inner.slice(label[0].length);
  const filed = FILED_FROM.exec(rest);
  if (filed) rest = rest.slice(0, filed.index);
  rest = rest.trim();
  // Every part left must be a name: `记者李四北京报道`, with no mark between the name and the
  // place, cannot be divided and is read as no credit.
  const names = rest.split(NAME_SEPARATOR).filter((n) => n !== '');
  if (names.length === 0 || !names.every((n) => HAN_NAME.test(n))) return null;
  return {
    before: before.trim(),
    text: m[0].trim(),
    name: rest,
    place: filed?.[1] ?? wire?.[2] ?? null,
    agency: wire?.[1] ?? null,
  };
}
