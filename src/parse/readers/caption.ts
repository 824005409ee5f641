// Photo captions and credits, as pages print them under a picture: read by the caption rule
// and by the page head (a caption is never a headline).
import { AGENCY } from '../vocabulary.ts';

/** A line that is only a photo credit: `Photo by Name/CNET`, `Image: Name / Outlet`, `(Bild: X)`. */
export const CREDIT_LINE =
  /^\(?(?:[Pp]hoto(?:graph)?s?|[Ii]mage[nm]?|[Ii]mmagine|[Pp]icture|[Ff]otos?|[Bb]ild|[Cc]redit|Фото|[Ff]otó)\s*(?::|by)\s*[\p{Lu}\p{N}][^.!?]*\)?$/u;

/** A caption ending in its credit: `… [File: Reuters]`, `… (Credit: AP/…)`, `… Photograph: Name`,
 * `… / Reuters file`, `…, ASSOCIATED PRESS`, `… | Foto: Reuters`, `….CreditName/Outlet`, the
 * photographer in capitals and the agency in brackets after the caption's last sentence (`…,
 * este domingo. LUCA ROSSI (AP)`); or one opening with a label. */
const CREDIT_END =
  /(?:\[(?:File|Photo|Image|Credit)\b[^\]]*\]|\((?:Credit|Photo|Image|Foto|Bild)\b[^)]*\)|\b(?:Photograph|Photo|Image|Foto|Picture)s?\s*(?::|by)\s*\p{Lu}[^.!?]*|Credit:?\s*\p{Lu}(?:[^.!?]|(?<=\b\p{Lu})\.)*|(?:[/,]\s*|\s)(?:Reuters|AP|AFP|EPA|Getty Images|ASSOCIATED PRESS)(?: file)?|(?<=[.!?]\s)\p{Lu}{2,}(?:[\s-]\p{Lu}{2,}){1,3}\s\((?:\p{Lu}{2,6}|Getty Images|Reuters)\))$|^(?:Media|Image) (?:caption|copyright)/u;

/** A caption ending in its photographer and outlet joined by a slash, as agencies credit:
 * `… Benoit Tessier/Reuters`, `… - Heinrich Aikawa/Instituto Lula`, `(Ellen M. Banner / The
 * Seattle Times)`. The name has two or three capitalised words, not acronyms (`Biz/Tech`, `View PDF/Print` are
 * buttons). */
const NAME_SLASH_OUTLET =
  /(?:^|[\s(])\p{Lu}(?:[\p{Ll}'’-]+|\.)(?:\s\p{Lu}(?:[\p{Ll}'’-]+|\.)){1,2}\s?\/\s?\p{Lu}[\p{L}'’&-]*(?:\s\p{Lu}[\p{L}'’&-]*){0,3}\)?$/u;

export function isCaption(t: string): boolean {
  return (
    CREDIT_LINE.test(t) ||
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

/** Where a credit printed at the end of the line starts (`… parliament. Photo: Name/Reuters`),
 * or -1. */
export function creditStart(t: string): number {
  const end = CREDIT_END.exec(t) ?? NAME_SLASH_OUTLET.exec(t);
  if (!end || end.index === 0) return -1;
  return end.index + (end[0].length - end[0].trimStart().length);
}
