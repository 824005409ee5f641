// The parser: ordered chains of small named rules (normalise → classify lines → group
// blocks → build record), after markdown-it's parser_block. The dispatcher checks the one
// invariant they all share, by content (account.ts): each non-blank input line ends in the
// record or in `dropped`, and a rule that loses one is named. The check runs once, on the
// finished parse; when it fails, the text is parsed again with a check after every rule,
// which names the rule (a parse is pure, so the second run does what the first did). A check
// after each of thirty rules on every text would cost a tenth of the parse.
import type { Article, DroppedLine } from '../model/article.ts';
import { LineAccount, LostLineError } from './account.ts';
import { cleanText, cleanedWarning } from './input/clean.ts';
import { decode, InputError, tooManyLines, MAX_INPUT_LINES, type Decoded } from './input/decode.ts';
import { Ruler } from './ruler.ts';
import { newState, type ParseState } from './state.ts';
import { slugId } from '../model/slug.ts';
import { CHAINS, type ChainName } from './chains.ts';
import { LINE_BREAK } from '../model/text.ts';

/** One input line after a parse: where it ended and which rule put it there. */
export interface LineTrace {
  no: number;
  raw: string;
  /** `title`, `date`, `byline`, `featured`, `body`, `dropped`, or null for a blank line. */
  role: ParseState['lines'][number]['role'];
  reason: string | null;
  /** The last rule that changed the line (its role, text, or a part cut off it). */
  rule: string | null;
  /** Parts cut off the line, with why. */
  cut: { text: string; reason: string }[];
}

/** When the invariant is checked: on the finished parse (a failure is parsed again with a
 * check after each rule, to name it), or after every rule always, which also catches a rule
 * that moves a line back without losing it (tests, explain). */
export type Checks = 'once' | 'each rule';

export class Parser {
  readonly #checks: Checks;

  constructor({ checks = 'once' }: { checks?: Checks } = {}) {
    this.#checks = checks;
  }

  readonly normalize = new Ruler(CHAINS.normalize);
  readonly line = new Ruler(CHAINS.line);
  readonly block = new Ruler(CHAINS.block);
  readonly record = new Ruler(CHAINS.record);

  chains(): Record<ChainName, Ruler<ParseState>> {
    return { normalize: this.normalize, line: this.line, block: this.block, record: this.record };
  }

  /** Turns rules off by name. Throws on a name no chain has, and on a rule that is essential
   * or that an enabled rule needs (nothing is changed then). */
  disable(names: readonly string[]): this {
    return this.#toggle(names, false);
  }

  enable(names: readonly string[]): this {
    return this.#toggle(names, true);
  }

  /** Enables the named rules (and the essential ones), disables every other. */
  enableOnly(names: readonly string[]): this {
    const all = Object.values(this.chains()).flatMap((c) => c.rules());
    this.#known(names);
    return this.#apply(
      all.map(({ rule }) => [rule.name, names.includes(rule.name) || !!rule.essential]),
    );
  }

  #known(names: readonly string[]): void {
    const all = new Set(Object.values(this.chains()).flatMap((c) => c.names()));
    const unknown = names.filter((n) => !all.has(n));
    if (unknown.length > 0) throw new Error(`unknown parser rule(s): ${unknown.join(', ')}`);
  }

  #toggle(names: readonly string[], enabled: boolean): this {
    this.#known(names);
    return this.#apply(names.map((n) => [n, enabled]));
  }

  /** Sets rules on or off, then checks what the chains need; undoes it all when they fail. */
  #apply(changes: readonly (readonly [string, boolean])[]): this {
    const chains = Object.values(this.chains());
    const before = chains.map((c) => c.rules());
    for (const [name, on] of changes) for (const c of chains) c.set([name], on);
    const rules = chains.flatMap((c) => c.rules());
    const enabled = new Set(rules.filter((r) => r.enabled).map((r) => r.rule.name));
    const problems: string[] = [];
    for (const { rule, enabled: on } of rules) {
      if (!on && rule.essential)
        problems.push(`${rule.name} cannot be disabled: without it lines would end nowhere`);
      if (on)
        for (const need of rule.needs ?? [])
          if (!enabled.has(need)) problems.push(`${rule.name} needs ${need}`);
    }
    if (problems.length > 0) {
      chains.forEach((c, i) => {
        for (const { rule, enabled: on } of before[i]!) c.set([rule.name], on);
      });
      throw new Error(`cannot change the parser's rules: ${problems.join('; ')}`);
    }
    return this;
  }

  /** Parses text from anywhere (it is cleaned first). Pure: the same text gives the same record. */
  parseText(text: string, sourceFile: string, warnings: string[] = []): Article {
    return this.#parse(() => this.#prepare(text, sourceFile, warnings, true));
  }

  /** Parses what decode() gave: already cleaned, so not scanned for forbidden characters again. */
  parseDecoded({ text, warnings }: Decoded, sourceFile: string): Article {
    return this.#parse(() => this.#prepare(text, sourceFile, warnings, false));
  }

  #parse(prepare: () => ParseState): Article {
    try {
      return toArticle(this.#run(prepare(), this.#checks));
    } catch (e) {
      if (!(e instanceof LostLineError) || this.#checks === 'each rule') throw e;
      // Parsed again to name the rule that lost the line; should it pass, the first error holds.
      this.#run(prepare(), 'each rule');
      throw e;
    }
  }

  #prepare(text: string, sourceFile: string, warnings: string[], clean: boolean): ParseState {
    const state = newState(sourceFile);
    state.warnings.push(...warnings);
    const cleaned = clean ? cleanText(text) : { text, removed: 0 };
    if (cleaned.removed > 0) state.warnings.push(cleanedWarning(cleaned.removed));
    const raws = cleaned.text.split(LINE_BREAK);
    if (raws.length > MAX_INPUT_LINES) throw new InputError(tooManyLines(raws.length));
    state.lines = raws.map((raw, i) => ({
      no: i + 1,
      raw,
      text: raw,
      role: null,
      reason: null,
      joinedTo: null,
    }));
    return state;
  }

  /** Runs the chains, checking the invariant once at the end or after each rule (which names
   * the rule that broke it, and each line's decider for explain). */
  #run(state: ParseState, checks: Checks, account = new LineAccount()): ParseState {
    account.begin(state);
    const check = checks === 'each rule' ? (rule: string) => account.check(state, rule) : undefined;
    this.normalize.run(state, check);
    this.line.run(state, check);
    this.block.run(state, check);
    this.record.run(state, check);
    if (checks === 'once') account.check(state, 'the parse (rule not known)');
    account.final(state);
    return state;
  }

  /** Parses and says, line by line, where each line ended and which rule put it there. */
  explain(
    text: string,
    sourceFile: string,
  ): { article: Article; lines: LineTrace[]; headlines: ParseState['headlines'] } {
    const account = new LineAccount();
    const state = this.#prepare(text, sourceFile, [], true);
    this.#run(state, 'each rule', account);
    const cuts = new Map<number, { text: string; reason: string }[]>();
    for (const c of state.cut) cuts.set(c.line, [...(cuts.get(c.line) ?? []), c]);
    const lines = state.lines.map((l, i) => ({
      no: l.no,
      raw: l.raw,
      role: l.role,
      reason: l.reason,
      rule: account.decider(i),
      cut: (cuts.get(l.no) ?? []).map(({ text, reason }) => ({ text, reason })),
    }));
    return { article: toArticle(state), lines, headlines: state.headlines };
  }

  /** Parses a file's bytes; throws InputError for input that is not a readable text. */
  parseBytes(bytes: Uint8Array, sourceFile: string): Article {
    return this.parseDecoded(decode(bytes), sourceFile);
  }
}

function toArticle(s: ParseState): Article {
  const dropped: DroppedLine[] = [...s.cut];
  for (const line of s.lines) {
    if (line.text === '' && line.role === null) continue;
    if (line.role === 'dropped')
      dropped.push({ line: line.no, text: line.raw, reason: line.reason ?? 'unknown' });
  }
  dropped.sort((a, b) => a.line - b.line);
  if (s.blocks.length === 0) s.warnings.push('no body text found');
  return {
    id: slugId(s.date, s.title ?? s.blocks[0]?.text ?? s.sourceFile),
    sourceFile: s.sourceFile,
    title: s.title,
    date: s.date,
    dateText: s.date === null ? null : s.dateText,
    source: s.source,
    dateline: s.dateline,
    byline: s.byline,
    url: s.url,
    language: s.language,
    body: s.blocks.map(({ type, text }) => ({ type, text })),
    featured: s.featured,
    tags: s.front.tags ?? [],
    dropped,
    warnings: s.warnings,
  };
}

const shared = new Parser();
export const parseText = (text: string, sourceFile: string): Article =>
  shared.parseText(text, sourceFile);
export const parseBytes = (bytes: Uint8Array, sourceFile: string): Article =>
  shared.parseBytes(bytes, sourceFile);
