// A dump that opens with its fields, one `Key: value` line each (`Title: …`, `Author: …`,
// `Date: …`, `Source: …`, `URL: …`), as exports of feed readers, monitoring tools and
// scrapers print them, in their users' languages. The values are the record's fields; the
// labels are cut off and reported; a field the record has no place for (`Category: …`) is
// dropped with its key.
import { giveField, type RecordField } from '../../field-line.ts';
import { drop, isOpen, type Line, type ParseRule, type ParseState } from '../../state.ts';
import { isName, wordCount } from '../../text.ts';

type Field = Exclude<RecordField, 'dateline' | null>;

/** The keys each field goes by, in the languages of the news (lower case, written without the
 * spaces, `_` or `-` a key may print: `publishedAt`, `date_publish`, `Publication date`). */
const KEYS: Readonly<Record<Field, string>> = {
  title:
    'title|headline|subject|titre|título|titulo|titolo|titel|tytuł|název|заголовок|başlık|عنوان|标题|標題|タイトル|제목',
  byline:
    'author|authors|byline|writer|auteur|autor|autora|autore|autorin|автор|yazar|نویسنده|الكاتب|作者|著者|기자|작성자',
  date: 'date|published|publishedat|publicationdate|publishdate|publisheddate|datepublished|datepublish|pubdate|datum|fecha|data|дата|tarih|تاريخ|日期|日付|날짜',
  source:
    'source|sourcename|sourcedomain|from|publisher|publication|outlet|newspaper|site|sitename|fuente|fonte|quelle|источник|kaynak|المصدر|来源|出典|출처',
  url: 'url|link|address|lien|enlace|ссылка',
};

/** Keys of the article's text, the header's last field (`content: …`, or `TEXT:` alone, the
 * text on the lines below), in the languages of the news. */
const BODY_KEYS =
  'content|text|body|maintext|fulltext|articletext|articlebody|story|texto|texte|contenu|inhalt|testo|tekst|treść|текст|içerik|metin|النص|متن|正文|本文|본문';

/** `Key: value`: a key of one to three words (or of a script without spaces), a colon, a value. */
const FIELD_LINE = /^([\p{L}][\p{L}_ -]{0,30}?)\s*[:：]\s+(\S.*)$/u;
/** `TEXT:`, `Body:` alone on its line. */
const KEY_ALONE = /^([\p{L}][\p{L}_ -]{0,30}?)\s*[:：]$/u;
const MAX_KEY_WORDS = 3;
/** `[+2371 chars]`: how a news API marks a text it cut short. */
const TRUNCATION_MARK = /\s*(?:…\s*)?\[\+\d+ chars\]$/;
/** A body field's value is a paragraph: `Text: Jane Doe` (a magazine's credit) is none. */
const MIN_BODY_WORDS = 8;

/** Fields the header must name before its lines are read so: one `Note: …` line is text. */
const MIN_KNOWN_FIELDS = 2;
/** A header is short; a longer run of `Key: value` lines is a list in the text. */
const MAX_HEADER_LINES = 12;

const keyOf = (key: string) => key.toLowerCase().replace(/[\s_-]+/g, '');
const FIELD_OF = new Map<string, Field>(
  (Object.entries(KEYS) as [Field, string][]).flatMap(([field, keys]) =>
    keys.split('|').map((k) => [k, field] as const),
  ),
);
const BODY_KEY = new Set(BODY_KEYS.split('|'));

export const fieldHeader: ParseRule = {
  name: 'fieldHeader',
  purpose:
    'A dump’s opening `Key: value` lines (title, author, date, source, url, in many languages) give the record its fields; their labels are cut off.',
  reads: ['open lines'],
  sets: [
    'title',
    'byline',
    'date',
    'source',
    'url',
    'line roles title, byline, date',
    'cut: field-label, truncated',
    'dropped: field-header, field-label',
  ],
  run,
};

interface FieldLine {
  line: Line;
  value: string;
  /** The record's field, `body` for the text's, null for one the record has no place for. */
  field: Field | 'body' | null;
}

/** The text's opening run of `Key: value` lines, when it names enough known fields. It ends
 * at a blank line or at the body's field. */
function header(lines: readonly Line[]): FieldLine[] {
  const run: FieldLine[] = [];
  let ended = false;
  for (const line of lines) {
    // A blank line ends the header; the text's own key alone may still follow it (`Text:`).
    if (line.text === '' && line.role === null) {
      ended = true;
      continue;
    }
    if (ended) {
      const key = KEY_ALONE.exec(line.text)?.[1];
      if (run.length > 0 && key && BODY_KEY.has(keyOf(key)))
        run.push({ line, value: '', field: 'body' });
      break;
    }
    if (run.length === MAX_HEADER_LINES) break;
    if (!isOpen(line)) continue;
    const alone = line.text.endsWith(':') || line.text.endsWith('：');
    const m = alone ? KEY_ALONE.exec(line.text) : FIELD_LINE.exec(line.text);
    if (!m || m[1]!.split(' ').length > MAX_KEY_WORDS) break;
    const key = keyOf(m[1]!);
    const value = (m[2] ?? '').trim();
    const body =
      BODY_KEY.has(key) && (value === '' || wordCount(value, MIN_BODY_WORDS) >= MIN_BODY_WORDS);
    if (value === '' && !body) break;
    // `Text: Jane Doe`: a magazine's credit for the words, as `Photos: …` is for the pictures.
    const credit = BODY_KEY.has(key) && isName(value) ? 'byline' : null;
    run.push({ line, value, field: body ? 'body' : (FIELD_OF.get(key) ?? credit) });
    if (body) break;
  }
  const known = new Set(run.map((f) => f.field).filter(Boolean));
  return known.size >= MIN_KNOWN_FIELDS ? run : [];
}

function run(state: ParseState): void {
  for (const { line, value, field } of header(state.lines)) {
    if (field === 'body') giveBody(state, line, value);
    else giveField(state, line, field, value);
  }
}

/** The body's field: its label is cut off (or dropped, alone on its line), and a news API's
 * mark that it cut the text short is reported; the text is the article's. */
function giveBody(state: ParseState, line: Line, value: string): void {
  if (value === '') {
    drop(line, 'field-label');
    return;
  }
  const label = line.text.slice(0, line.text.length - value.length).trim();
  state.cut.push({ line: line.no, text: label, reason: 'field-label' });
  const mark = TRUNCATION_MARK.exec(value);
  if (mark) state.cut.push({ line: line.no, text: mark[0].trim(), reason: 'truncated' });
  line.text = mark ? value.slice(0, mark.index) : value;
}
