// The exports of the news databases researchers draw archives from print an article's fields
// as labelled lines, above and below its text: LexisNexis (`HEADLINE: …`, `BYLINE: …`,
// `SECTION: …`, `LENGTH: 412 words`, `BODY:`, `LOAD-DATE: …`, the `1 of 5 DOCUMENTS` counter)
// and Factiva (two-letter codes: `HD` headline, `BY`, `PD` date, `SN` source, `WC` word count,
// `LP`/`TD` before the lead and the text). The fields the record has go to it, labels cut off
// and reported; the database's own fields are dropped.
import { giveField, type RecordField } from '../../field-line.ts';
import { findDate } from '../../readers/date.ts';
import { drop, isOpen, type Line, type ParseRule, type ParseState } from '../../state.ts';

type Field = Exclude<RecordField, null> | 'database';

interface ExportFormat {
  name: string;
  /** A field line: its key, then its value (maybe empty: `BODY:`, `TD`). */
  line: RegExp;
  keys: Readonly<Record<string, Field>>;
  /** Distinct known keys the text must print to be such an export. */
  minKeys: number;
  /** The export prints the outlet's name, the date and the edition above the fields. */
  outletAbove: boolean;
}

const FORMATS: readonly ExportFormat[] = [
  {
    name: 'lexis',
    line: /^([A-Z][A-Z-]{2,}(?: [A-Z]{2,})?):(?:\s+(\S.*))?$/,
    keys: {
      HEADLINE: 'title',
      BYLINE: 'byline',
      DATELINE: 'dateline',
      URL: 'url',
      SECTION: 'database',
      LENGTH: 'database',
      BODY: 'database',
      'LOAD-DATE': 'database',
      LANGUAGE: 'database',
      'PUBLICATION-TYPE': 'database',
      'JOURNAL-CODE': 'database',
      'DOCUMENT-TYPE': 'database',
      GRAPHIC: 'database',
      HIGHLIGHT: 'database',
      NOTES: 'database',
      'CORRECTION-DATE': 'database',
      'CORRECTION-APPENDED': 'database',
      SUBJECT: 'database',
      GEOGRAPHIC: 'database',
      ORGANIZATION: 'database',
      PERSON: 'database',
      DISTRIBUTION: 'database',
      TYPE: 'database',
    },
    minKeys: 3,
    outletAbove: true,
  },
  {
    name: 'factiva',
    line: /^([A-Z]{2,3})(?:\s+(\S.*))?$/,
    keys: {
      HD: 'title',
      BY: 'byline',
      PD: 'date',
      SN: 'source',
      WC: 'database',
      ET: 'database',
      SC: 'database',
      ED: 'database',
      PG: 'database',
      LA: 'database',
      CY: 'database',
      LP: 'database',
      TD: 'database',
      CO: 'database',
      IN: 'database',
      NS: 'database',
      RE: 'database',
      IPC: 'database',
      IPD: 'database',
      PUB: 'database',
      AN: 'database',
      SE: 'database',
      CR: 'database',
      RF: 'database',
      ART: 'database',
    },
    minKeys: 4,
    outletAbove: false,
  },
];

/** `1 of 5 DOCUMENTS`: the export's counter above each article. */
const DOCUMENT_COUNTER = /^\d+ of \d+ documents?$/i;

export const exportFields: ParseRule = {
  name: 'exportFields',
  purpose:
    'A news database’s export (LexisNexis `HEADLINE:` / `BYLINE:` / `BODY:`, Factiva `HD` / `BY` / `PD`) gives its labelled fields to the record; the database’s own fields are dropped.',
  reads: ['open lines'],
  sets: [
    'title',
    'byline',
    'date',
    'source',
    'url',
    'dateline',
    'line roles title, byline, date',
    'cut: field-label',
    'dropped: field-header',
  ],
  run,
};

interface FieldLine {
  line: Line;
  key: string;
  value: string;
  field: Field;
}

/** An export prints some of its fields above the text: a text whose first lines print fewer
 * than two is no export, and the rest of it is not read (hot path). */
const HEAD_LINES = 40;
const MIN_HEAD_KEYS = 2;

function keysIn(format: ExportFormat, lines: readonly Line[]): number {
  const keys = new Set<string>();
  for (const line of lines) {
    const key = format.line.exec(line.text)?.[1];
    if (key !== undefined && format.keys[key]) keys.add(key);
  }
  return keys.size;
}

/** The text's field lines in the first format it prints enough keys of, else none. */
function fieldLines(lines: readonly Line[]): { format: ExportFormat; found: FieldLine[] } | null {
  const head: Line[] = [];
  for (const line of lines) {
    if (head.length === HEAD_LINES) break;
    if (isOpen(line)) head.push(line);
  }
  for (const format of FORMATS) {
    if (keysIn(format, head) < MIN_HEAD_KEYS) continue;
    const found: FieldLine[] = [];
    for (const line of lines) {
      if (!isOpen(line)) continue;
      const m = format.line.exec(line.text);
      const field = m ? format.keys[m[1]!] : undefined;
      if (field) found.push({ line, key: m![1]!, value: m![2]?.trim() ?? '', field });
    }
    if (new Set(found.map((f) => f.key)).size >= format.minKeys) return { format, found };
  }
  return null;
}

/** Above a LexisNexis export's fields: the outlet's name (the record's source), the date line
 * (left to headerFields) and the edition (dropped). */
function readOutlet(state: ParseState, first: Line): void {
  for (const line of state.lines) {
    if (line === first) break;
    if (!isOpen(line) || findDate(line.text)) continue;
    if (state.source === null) {
      state.source = line.text;
      drop(line, 'field-header:source');
    } else drop(line, 'field-header');
  }
}

function run(state: ParseState): void {
  const fields = fieldLines(state.lines);
  if (fields === null) return;
  for (const line of state.lines)
    if (isOpen(line) && DOCUMENT_COUNTER.test(line.text)) drop(line, 'field-header');
  if (fields.format.outletAbove) readOutlet(state, fields.found[0]!.line);
  for (const { line, field, value } of fields.found)
    giveField(state, line, field === 'database' ? null : field, value);
}
