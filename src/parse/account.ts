// The parser's one invariant, checked by content: every word of every input line is in the
// record (in the field its line's role names, or in a part cut off the line) or the line is
// dropped with a reason. It runs after every rule, so a rule that loses text is named at once
// ("rule headerFields lost line 12"), not found later as a missing paragraph. Only lines whose
// role, text or field changed since the last check are looked at again: a check after each of
// twenty rules then costs about one pass over the text.
import { dateLine, type FoundDate } from './readers/date.ts';
import type { Line, ParseState } from './state.ts';
import { normalizeSpacing } from './text.ts';
import { BYLINE_LABEL } from './vocabulary.ts';

/** Letters and digits with their marks; what "the same words" means here. */
const WORD = /[\p{L}\p{N}\p{M}]+/gu;
/** Bullets and dashes before a line's first word. */
const LEADING_MARKS = /^[^\p{L}\p{N}]+/u;
/** Characters the whitespace rule removes from the text the rules read. */
const INVISIBLE = /[\u200b-\u200d\u2060\ufeff\u00ad]/g;
/** Glued words are split by trying every cut (quadratic): only words of up to this length. */
const MAX_GLUED_CHARS = 256;

export function words(s: string): string[] {
  return s.replace(INVISIBLE, '').toLowerCase().match(WORD) ?? [];
}

/** The error a parse throws when the invariant breaks: a bug in a rule, not bad input. */
export class LostLineError extends Error {
  override name = 'LostLineError';
}

export class LineAccount {
  /** Per line: the last rule that changed it. */
  readonly #deciders: (string | undefined)[] = [];
  /** Each line's role, reason and text when it was last checked (`undefined`: never). */
  readonly #roles: (Line['role'] | undefined)[] = [];
  readonly #reasons: (string | null | undefined)[] = [];
  readonly #texts: (string | undefined)[] = [];
  #head = '';
  #blocks: string[] = [];
  #featured: string[] = [];
  #cuts = 0;
  /** Words cut off each line (line number → words). */
  readonly #cutWords = new Map<number, Set<string>>();
  /** Line number → the block it went into. */
  #blockOf = new Map<number, number>();
  /** Per block: is its text its lines' texts joined by spaces (as paragraphs makes it)? */
  #joined: boolean[] = [];
  readonly #wordSets = new Map<string, Set<string>>();
  /** Per line: its words (computed when first needed; the raw text never changes). */
  readonly #rawWords: (string[] | undefined)[] = [];
  /** The date a list line's text prints (looked at again whenever the list changes). */
  readonly #dates = new Map<string, FoundDate | null>();
  /** Per line number: its raw text as the whitespace rule makes it (computed when needed). */
  readonly #spaced = new Map<number, string>();
  /** The featured titles, for the common case of a list line that is one title. */
  #titles = new Set<string>();
  /** The words of the listed stories, and of the head fields (built when first needed). */
  #featuredWords: Set<string> | null = null;
  #headWords: Set<string> | null = null;

  #set(s: string): Set<string> {
    let set = this.#wordSets.get(s);
    if (!set) this.#wordSets.set(s, (set = new Set(words(s))));
    return set;
  }

  /** Takes the lines as they are before the first rule (so no rule is named for them). */
  begin(state: ParseState): void {
    state.lines.forEach((line, i) => {
      this.#roles[i] = line.role;
      this.#reasons[i] = line.reason;
      this.#texts[i] = line.text;
    });
  }

  /** Checks the lines a rule may have changed; throws naming `rule` when one lost words. */
  check(state: ParseState, rule: string): void {
    const head = [state.title, state.byline, state.dateText, state.source, state.dateline].join(
      '\u0000',
    );
    const headDirty = head !== this.#head;
    if (headDirty) this.#headWords = null;
    this.#head = head;
    // (A block's lines count too: joinedLines adds lines to a block and leaves its text.)
    const blocks = state.blocks.map((b) => `${b.text}\u0000${b.lines.length}`);
    const blocksDirty = !sameStrings(blocks, this.#blocks);
    if (blocksDirty) {
      this.#blocks = blocks;
      this.#blockOf = new Map(state.blocks.flatMap((b, k) => b.lines.map((no) => [no, k])));
      // One comparison a block, not a search of the block for each of its lines (a paragraph of
      // 100,000 broken lines would make that quadratic).
      // (By number: while hard-wrapped lines are set aside, a line's number is not its place.)
      const byNo = new Map(state.lines.map((l) => [l.no, l.text]));
      this.#joined = state.blocks.map(
        (b) => b.text === b.lines.map((no) => byNo.get(no) ?? '').join(' '),
      );
    }
    const featured = state.featured.map((f) => `${f.title}\u0000${f.byline}\u0000${f.date}`);
    const featuredDirty = !sameStrings(featured, this.#featured);
    if (featuredDirty) {
      this.#featured = featured;
      this.#titles = new Set(state.featured.map((f) => f.title));
      this.#featuredWords = null;
    }
    const cutLines = new Set<number>();
    for (const c of state.cut.slice(this.#cuts)) {
      cutLines.add(c.line);
      const set = this.#cutWords.get(c.line) ?? new Set();
      for (const w of words(c.text)) set.add(w);
      this.#cutWords.set(c.line, set);
    }
    this.#cuts = state.cut.length;
    for (const line of state.lines) {
      // Kept by line number, not place: hard-wrapped lines are set aside while rules run.
      const i = line.no - 1;
      const role = line.role;
      const changed =
        this.#roles[i] !== role ||
        this.#reasons[i] !== line.reason ||
        this.#texts[i] !== line.text ||
        (role === null
          ? false
          : role === 'body'
            ? blocksDirty
            : role === 'featured'
              ? featuredDirty
              : role !== 'dropped' && headDirty) ||
        cutLines.has(line.no);
      if (!changed) continue;
      const was = this.#roles[i];
      // Roles only move forward: from open to a role, from a role to dropped; never back.
      if (was !== undefined && was !== null && was !== role && role !== 'dropped')
        throw new LostLineError(
          `parser bug: rule ${rule} moved line ${line.no} from ${was} to ${role ?? 'open'}`,
        );
      if (
        was !== role ||
        this.#reasons[i] !== line.reason ||
        this.#texts[i] !== line.text ||
        cutLines.has(line.no)
      )
        this.#deciders[i] = rule;
      this.#roles[i] = role;
      this.#reasons[i] = line.reason;
      this.#texts[i] = line.text;
      if (this.#plainlyKept(state, line)) continue;
      const lost = this.#lostWords(state, line, i);
      if (lost.length > 0)
        throw new LostLineError(
          `parser bug: rule ${rule} lost line ${line.no} (${line.role ?? 'open'}): ` +
            `${JSON.stringify(lost.slice(0, 5).join(' '))} of ${JSON.stringify(line.raw.slice(0, 120))}`,
        );
    }
  }

  /** The last rule that changed the `i`th line, or null when none did (a blank line). */
  decider(i: number): string | null {
    return this.#deciders[i] ?? null;
  }

  /** After the last rule: no line may be left unclaimed, no body line outside the body. */
  final(state: ParseState): void {
    for (const line of state.lines) {
      if (line.role === null && line.text !== '')
        throw new LostLineError(
          `parser bug: no rule claimed line ${line.no}: ${JSON.stringify(line.raw.slice(0, 120))}`,
        );
      if (line.role === 'body' && !this.#blockOf.has(line.no) && words(line.text).length > 0)
        throw new LostLineError(
          `parser bug: body line ${line.no} is in no block: ${JSON.stringify(line.raw.slice(0, 120))}`,
        );
    }
  }

  #normalized(line: Line): string {
    let n = this.#spaced.get(line.no);
    if (n === undefined) this.#spaced.set(line.no, (n = normalizeSpacing(line.raw)));
    return n;
  }

  /**
   * The common cases, decided without splitting words (most lines, after most rules): a line
   * still as it was printed, whole where its role puts it (its own text, its paragraph with
   * spaces around it, a listed title). Nothing is taken off such a line.
   */
  #plainlyKept(state: ParseState, line: Line): boolean {
    if (line.role === 'dropped') return true;
    const t = line.text;
    if (t !== line.raw.trim() && t !== this.#normalized(line)) return false;
    if (line.role === null) return true;
    if (line.role === 'featured') return this.#titles.has(t);
    if (line.role !== 'body') return false;
    const k = this.#blockOf.get(line.no);
    return k === undefined || this.#joined[k]!;
  }

  /** The words of `line` (the `i`th) that are nowhere its role says they went. */
  #lostWords(state: ParseState, line: Line, i: number): string[] {
    if (line.role === 'dropped') return [];
    let raw = line.raw;
    // A `By` label is markup, like a list bullet or a dump's `-- ` mark before it: the record
    // keeps it as the byline field.
    if (line.role !== null && line.role !== 'body')
      raw = raw.trim().replace(LEADING_MARKS, '').replace(BYLINE_LABEL, '');
    const need = raw === line.raw ? (this.#rawWords[i] ??= words(raw)) : words(raw);
    if (need.length === 0) return [];
    // A joined line's words went where its host line's did, and may be cut off with its text.
    const cut = union(this.#cutWords.get(line.no), this.#cutWords.get(line.joinedTo ?? 0));
    const into = this.#into(state, line);
    const date = line.role === 'featured' ? this.#listedDateWords(line, state) : null;
    // (A word glued to the date's, `00Z` of `10:30:00Z`, is covered by them too.)
    const has = (w: string) =>
      into.some((set) => set.has(w)) || (cut?.has(w) ?? false) || (date?.has(w) ?? false);
    return need.filter((w) => !has(w) && !isGlued(w, has));
  }

  /** A list's date line is in the record as a story's ISO date, not in its printed words: the
   * words of the date it prints, when a listed story has that date. */
  #listedDateWords(line: Line, state: ParseState): Set<string> | null {
    if (!this.#dates.has(line.text)) this.#dates.set(line.text, dateLine(line.text));
    const d = this.#dates.get(line.text)!;
    if (!d || !state.featured.some((f) => f.date !== null && d.iso.startsWith(f.date))) return null;
    return new Set(words(d.text));
  }

  /** The word sets where a line's text may have gone, by its role. */
  #into(state: ParseState, line: Line): Set<string>[] {
    switch (line.role) {
      case null:
        return [this.#set(line.text)];
      case 'body': {
        const k = this.#blockOf.get(line.no);
        return [this.#set(k === undefined ? line.text : state.blocks[k]!.text)];
      }
      case 'featured':
        // The words of every listed story at once, made again only when the list changed.
        return [(this.#featuredWords ??= new Set(this.#featured.flatMap(words)))];
      default:
        return [(this.#headWords ??= new Set(words(this.#head)))];
    }
  }
}

/** `PressDecember`, `Nolan22`: words a page printed with no space between, which the record
 * holds apart (the name and the date). Is `w` a run of two or more covered words? */
function isGlued(w: string, has: (w: string) => boolean): boolean {
  if (w.length > MAX_GLUED_CHARS) return false;
  const ends = [true]; // ends[i]: w.slice(0, i) is a run of covered words
  for (let i = 1; i <= w.length; i++) {
    ends[i] = false;
    for (let j = i === w.length ? 1 : 0; j < i && !ends[i]; j++)
      ends[i] = ends[j]! && has(w.slice(j, i));
  }
  return ends[w.length]!;
}

function union(a: Set<string> | undefined, b: Set<string> | undefined): Set<string> | undefined {
  return a && b ? new Set([...a, ...b]) : (a ?? b);
}

function sameStrings(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((s, i) => s === b[i]);
}
