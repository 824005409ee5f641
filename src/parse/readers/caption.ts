// Photo captions and credits, as pages print them under a picture: read by the caption rule
// and by the page head (a caption is never a headline).
import { AGENCY } from '../vocabulary.ts';
import { memoizeShort } from '../memo.ts';

/** The labels a photo credit opens with, in the languages of the news, capitalised (a label
 * of a script with capitals is followed by a name in capitals): `Photo:`, `Beeld:` (Dutch),
 * `Kuva:` (Finnish), `Fotó:`, `Kép:` (Hungarian), `Ảnh:` (Vietnamese), `Zdjęcie:` (Polish),
 * `Snímek:` (Czech), `Φωτογραφία:` (Greek), `Світлина:` (Ukrainian). */
const CREDIT_LABEL =
  '(?:[Pp]hoto(?:graph)?s?|[Ii]mage[nm]?|[Ii]mmagine|[Ii]magem|[Pp]icture|[Ff]otos?|[Ff]otografi[ae]|[Bb]ild|[Bb]illede|[Cc]redit|[Bb]eeld|[Kk]uva|[Ff]otó|[Kk]ép|Ảnh|Hình|[Zz]djęcie|[Ff]ot\\.|[Ss]nímek|Φωτ(?:ογραφία)?\\.?|Фото|Світлина|Снимка)';
/** The same in scripts without capitals, with whatever name follows: `צילום:` (Hebrew), `صورة:`
 * (Arabic), `عکس:`, `تصویر:` (Persian, Urdu), `写真：` (Japanese), `사진=` (Korean), `图/`,
 * `摄影：` (Chinese), `फोटो:`, `तस्वीर:` (Hindi), `ছবি:` (Bengali), `ภาพ:` (Thai). */
const CASELESS_CREDIT_LABEL =
  '(?:צילום|תמונה|صورة|عکس|تصویر|写真|사진|图片|图|圖|摄影|攝影|फोटो|फ़ोटो|तस्वीर|चित्र|ছবি|ภาพ)';

/** A line that is only a photo credit: `Photo by Name/CNET`, `Image: Name / Outlet`, `(Bild: X)`,
 * `(צילום: Name)`. */
export const CREDIT_LINE = new RegExp(
  `^[(（]?(?:${CREDIT_LABEL}\\s*(?::|by)\\s*[\\p{Lu}\\p{N}][^.!?]*|${CASELESS_CREDIT_LABEL}\\s*[:：=/]\\s*[^.!?()（）]{1,60})[)）]?$`,
  'u',
);

/** A caption ending in its credit: `… [File: Reuters]`, `… (Credit: AP/…)`, `… Photograph: Name`,
 * `… / Reuters file`, `…, ASSOCIATED PRESS`, `… | Foto: Reuters`, `….CreditName/Outlet`, the
 * photographer in capitals and the agency in brackets after the caption's last sentence (`…,
 * este domingo. LUCA ROSSI (AP)`); or one opening with a label. */
const CREDIT_END = new RegExp(
  [
    `(?:\\[(?:File|Photo|Image|Credit)\\b[^\\]]*\\]`,
    `\\((?:Credit|Photo|Image|Foto|Bild)\\b[^)]*\\)`,
    // `(Beeld: Name)`, `(Fotó: Name)`, `(צילום: Name)`: a label of another language in brackets.
    `[(（](?:${CREDIT_LABEL}|${CASELESS_CREDIT_LABEL})\\s*[:：=/][^)）]*[)）]`,
    // `(AP Photo/Name, File)`: the agency's photo credit, as AP prints it.
    `\\((?:\\p{Lu}[\\p{L}&.-]*\\s){1,3}(?:Pool )?(?:Photo|Foto|Images?)\\s?\\/[^)]*\\)`,
    // `(ABC News: Name Surname)`: the outlet, a colon and the photographer, in brackets.
    `\\((?:\\p{Lu}[\\p{L}&.-]*\\s){0,3}\\p{Lu}[\\p{L}&.-]*:\\s\\p{Lu}[\\p{L}'’.-]*(?:\\s\\p{Lu}[\\p{L}'’.-]*){1,2}\\)`,
    `\\b(?:Photograph|Photo|Image|Foto|Picture)s?\\s*(?::|by)\\s*\\p{Lu}[^.!?]*`,
    // `… stationsplein. Beeld: Name`, `… sáng 11/3. Ảnh: Name`: another language's label.
    `(?<=[.!?]["”’]?\\s|\\s[-–—|]\\s)${CREDIT_LABEL}\\s*:\\s*\\p{Lu}[^.!?]*`,
    `Credit:?\\s*\\p{Lu}(?:[^.!?]|(?<=\\b\\p{Lu})\\.)*`,
    `(?:[/,]\\s*|\\s)(?:Reuters|AP|AFP|EPA|Getty Images|ASSOCIATED PRESS)(?: file)?`,
    `(?<=[.!?]\\s)\\p{Lu}{2,}(?:[\\s-]\\p{Lu}{2,}){1,3}\\s\\((?:\\p{Lu}{2,6}|Getty Images|Reuters)\\))$`,
    // `FILE - A ballot box …`: an archive photo's caption, as AP opens it.
    `^(?:(?:Media|Image) (?:caption|copyright)|FILE\\s[-–—]\\s)`,
  ].join('|'),
  'u',
);

/** A caption ending in its photographer and outlet joined by a slash, as agencies credit:
 * `… Benoit Tessier/Reuters`, `… - Heinrich Aikawa/Instituto Lula`, `(Ellen M. Banner / The
 * Seattle Times)`. The name has two or three capitalised words, not acronyms (`Biz/Tech`, `View PDF/Print` are
 * buttons). */
const NAME_WORD = `\\p{Lu}(?:[\\p{Ll}'’]+(?:-\\p{Lu}?[\\p{Ll}'’]+)*|\\.)`;
/** The lower-case particles of names (`Marieke de Groot`) and outlets (`Dagblad van het Noorden`). */
const PARTICLE =
  '(?:de|da|di|du|del|der|den|des|van|von|het|le|la|el|al|dos|das|ten|ter|of|the|and|y)';
/** A photographer's name, a slash and the outlet (or the agency, then the name). */
const NAME_SLASH_OUTLET_TEXT = `${NAME_WORD}(?:\\s(?:${PARTICLE}\\s){0,2}${NAME_WORD}){1,2}\\s?\\/\\s?\\p{Lu}[\\p{L}'’&-]*(?:\\s(?:${PARTICLE}\\s){0,2}\\p{Lu}[\\p{L}'’&-]*){0,3}\\)?$`;
const NAME_SLASH_OUTLET = new RegExp(`(?:^|[\\s(])${NAME_SLASH_OUTLET_TEXT}`, 'u');
/** The same, as the whole line (anchored: tried on every line, it fails at the first word). */
const NAME_SLASH_OUTLET_LINE = new RegExp(`^${NAME_SLASH_OUTLET_TEXT}`, 'u');

/** `© AFP / Name`, `© Reuters`: a photo's copyright credit alone on its line (a year after `©`
 * is a licence's, which boilerplate drops). Under a picture with no caption as often as under
 * one: it takes no line above. */
const COPYRIGHT_CREDIT = /^©\s*\p{Lu}[^.!?\d]{0,60}$/u;

/** Longer lines are paragraphs, seldom seen twice. */
const MAX_CACHED_CAPTION_CHARS = 200;
/** Whether a line is a photo's caption or credit. Cached for short lines: a page's captions and
 * credits are short, and three rules ask it of the same lines. */
export const isCaption: (t: string) => boolean = memoizeShort(
  readCaption,
  MAX_CACHED_CAPTION_CHARS,
);

function readCaption(t: string): boolean {
  return (
    CREDIT_LINE.test(t) ||
    COPYRIGHT_CREDIT.test(t) ||
    CREDIT_END.test(t) ||
    NAME_SLASH_OUTLET.test(t) ||
    (t.endsWith(')') && t.length <= MAX_BRACKETED_CAPTION_CHARS && AGENCY_IN_BRACKETS.test(t))
  );
}

/** `I vigili del fuoco a Faenza (Ansa)`: a caption's words, then the agency in brackets (after a
 * sentence's end it is the story's sign-off, which signOff reads). */
/** Such a caption is short: a paragraph ending so is the text, with a slip of the pen. */
const MAX_BRACKETED_CAPTION_CHARS = 120;
const AGENCY_IN_BRACKETS = new RegExp(`(?<![.!?]["”’]?)\\s\\((?:${AGENCY}|Getty Images)\\)$`, 'iu');

/** A line that is a photo credit and nothing else (`Photo: Name`, `Name/Outlet`, `Gallo
 * Images/Name`): the caption it credits may stand on the line above. */
export function isCreditOnly(t: string): boolean {
  return (
    CREDIT_LINE.test(t) || (t.length <= MAX_CREDIT_ONLY_CHARS && NAME_SLASH_OUTLET_LINE.test(t))
  );
}
/** A credit alone is a name and an outlet: short. */
const MAX_CREDIT_ONLY_CHARS = 100;

/** Where a credit printed at the end of the line starts (`… parliament. Photo: Name/Reuters`),
 * or -1. */
export function creditStart(t: string): number {
  const end = CREDIT_END.exec(t) ?? NAME_SLASH_OUTLET.exec(t);
  if (!end || end.index === 0) return -1;
  return end.index + (end[0].length - end[0].trimStart().length);
}
