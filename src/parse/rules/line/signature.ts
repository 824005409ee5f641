// Editor signatures (`S/SH 11`, `AK/PA`, `Manar/Manal/ H. Said`, `（责任编辑：王五）`, `Edited by
// Jane Doe`): on a line of their own,
// or glued to the end of the last paragraph, where they are cut off and reported.
import { drop, isOpen, type ParseRule, type ParseState } from '../../state.ts';

/** `S/SH 11`, `AK/PA`, `H.A./M.K.` — initials separated by slashes. */
const INITIALS_SIGNATURE =
  /^(?:[A-Z]{1,4}\.?){1,3}(?:\s*\/\s*(?:[A-Z]{1,4}\.?){1,3})+(?:\s+\d{1,3})?$/;

/** `Manar/Manal/ H. Said` — names separated by slashes, ending with an initial and a name. */
const NAMES_SIGNATURE = /^(?:[A-Z][a-z]+\s*\/\s*)+(?:[A-Z]\.\s*)+[A-Z][a-z]+$/;

/** The same initials glued to the end of a paragraph: `… the gathering. AK/PA`. */
const TRAILING_SIGNATURE =
  /(?<=[.!?"”’)])\s+((?:[A-Z]{1,4}\.?){1,3}(?:\s*\/\s*(?:[A-Z]{1,4}\.?){1,3})+(?:\s+\d{1,3})?)$/;

/** Words that label the editor's credit: Chinese, Japanese, Korean, English, French, German,
 * Spanish, Portuguese, Italian, Russian, Turkish. Not the editor's picks, a story list's
 * heading (`Editor's Picks`, `编辑推荐`, `編輯精選`). */
const EDITOR_LABEL =
  "(?:(?:责任编辑|責任編輯|编辑|編輯|編集|편집)(?!推[荐薦]|精[选選])|(?:edited by|editing by|editor|rédaction|redaktion|edición|edição|redazione|редактор|editör)(?![\\p{L}'’]))";
/** `（责任编辑：王五）`, `[Edited by Jane Doe]`, `Редактор: Иван Петров`: the editor's credit, on
 * its own line. */
const EDITOR_SIGNATURE = new RegExp(
  `^[(（\\[【]?${EDITOR_LABEL}\\s*[:：]?\\s*[^()（）\\[\\]【】:：]{1,40}[)）\\]】]?$`,
  'iu',
);
/** An editor's credit is a short line (hot path: paragraphs are not tried). */
const MAX_EDITOR_SIGNATURE_CHARS = 80;

/** The same credit in brackets glued to the end of the last paragraph: `…修改。（责任编辑：王五）`. */
const TRAILING_EDITOR_SIGNATURE = new RegExp(
  `(?<=[.!?。！？"”’)])\\s*([(（\\[【]${EDITOR_LABEL}\\s*[:：]?\\s*[^()（）\\[\\]【】]{1,40}[)）\\]】])$`,
  'iu',
);

/** A line that a bracketed credit could end (hot path: most lines do not). */
const CLOSING_BRACKET_END = /[)）\]】]$/;

export const signature: ParseRule = {
  name: 'signature',
  purpose:
    "Editor signatures (`S/SH 11`, `AK/PA`) are dropped on a line of their own and cut off a paragraph's end.",
  reads: ['open lines'],
  sets: ['dropped: signature', 'cut: signature', 'line text'],
  run,
};

function run(state: ParseState): void {
  for (const line of state.lines) {
    if (!isOpen(line)) continue;
    if (
      INITIALS_SIGNATURE.test(line.text) ||
      NAMES_SIGNATURE.test(line.text) ||
      (line.text.length <= MAX_EDITOR_SIGNATURE_CHARS && EDITOR_SIGNATURE.test(line.text))
    ) {
      drop(line, 'signature');
      continue;
    }
    // A signature holds a slash; most lines do not (hot path).
    const glued =
      (line.text.includes('/') ? TRAILING_SIGNATURE.exec(line.text) : null) ??
      (CLOSING_BRACKET_END.test(line.text) ? TRAILING_EDITOR_SIGNATURE.exec(line.text) : null);
    if (glued) {
      state.cut.push({ line: line.no, text: glued[1]!, reason: 'signature' });
      line.text = line.text.slice(0, glued.index).trim();
    }
  }
}
