// A dump that opens with its fields, one `Key: value` line each (`Title: …`, `Author: …`,
// `Date: …`, `Source: …`, `URL: …`), as exports of feed readers, monitoring tools and
// scrapers print them, in their users' languages. The values are the record's fields; the
// labels are cut off and reported; a field the record has no place for (`Category: …`) is
// dropped with its key.
import { giveField, type RecordField } from '../../field-line.ts';
import { isOpen, type Line, type ParseRule, type ParseState } from '../../state.ts';

type Field = Exclude<RecordField, 'dateline' | null>;

/** The keys each field goes by, in the languages of the news (lower case). */
const KEYS: Readonly<Record<Field, string>> = {
  title:
    'title|headline|subject|titre|título|titulo|titolo|titel|tytuł|název|заголовок|başlık|عنوان|标题|標題|タイトル|제목',
  byline:
    'author|authors|byline|writer|auteur|autor|autora|autore|autorin|автор|yazar|نویسنده|الكاتب|作者|著者|기자|작성자',
  date: 'date|published|publication date|pubdate|datum|fecha|data|дата|tarih|تاريخ|日期|日付|날짜',
  source:
    'source|from|publisher|publication|outlet|newspaper|site|fuente|fonte|quelle|источник|kaynak|المصدر|来源|出典|출처',
  url: 'url|link|address|lien|enlace|ссылка',
};

/** `Key: value`: a key of one to three words (or of a script without spaces), a colon, a value. */
const FIELD_LINE = /^([\p{L}][\p{L} ]{0,30}?)\s*[:：]\s+(\S.*)$/u;
const MAX_KEY_WORDS = 3;

/** Fields the header must name before its lines are read so: one `Note: …` line is text. */
const MIN_KNOWN_FIELDS = 2;
/** A header is short; a longer run of `Key: value` lines is a list in the text. */
const MAX_HEADER_LINES = 12;

const FIELD_OF = new Map<string, Field>(
  (Object.entries(KEYS) as [Field, string][]).flatMap(([field, keys]) =>
    keys.split('|').map((k) => [k, field] as const),
  ),
);

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
    'cut: field-label',
    'dropped: field-header',
  ],
  run,
};

interface FieldLine {
  line: Line;
  value: string;
  field: Field | null;
}

/** The text's opening run of `Key: value` lines, when it names enough known fields. */
function header(lines: readonly Line[]): FieldLine[] {
  const run: FieldLine[] = [];
  for (const line of lines) {
    if (line.text === '' && line.role === null) break; // a blank line ends the header
    if (!isOpen(line)) continue;
    const m = FIELD_LINE.exec(line.text);
    if (!m || m[1]!.split(' ').length > MAX_KEY_WORDS || run.length === MAX_HEADER_LINES) break;
    run.push({ line, value: m[2]!.trim(), field: FIELD_OF.get(m[1]!.toLowerCase()) ?? null });
  }
  const known = new Set(run.map((f) => f.field).filter(Boolean));
  return known.size >= MIN_KNOWN_FIELDS ? run : [];
}

function run(state: ParseState): void {
  for (const { line, value, field } of header(state.lines)) giveField(state, line, field, value);
}
