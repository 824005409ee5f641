// The state that the parser's rules read and write. Lines are never removed: a rule
// gives a line a role (or drops it with a reason), so nothing can be lost unnoticed.
import type { Article, Block, DroppedLine } from '../model/article.ts';
import type { Rule } from './ruler.ts';

export type LineRole = 'title' | 'date' | 'byline' | 'body' | 'featured' | 'dropped';

export interface Line {
  /** 1-based line number in the input. */
  no: number;
  /** The line as it stood in the input (after decoding). */
  raw: string;
  /** The normalised text the rules read; rules may narrow it (e.g. cut a signature off). */
  text: string;
  role: LineRole | null;
  /** Why a line was dropped: `category` or `category:kind`. */
  reason: string | null;
  /** A hard-wrapped line's text was joined to the end of this line's (by its number): the
   * line is set aside while the rules run (its own text kept), and takes that line's role
   * after them. */
  joinedTo: number | null;
}

export interface BodyBlock extends Block {
  /** The lines the block was built from. */
  lines: number[];
}

/** Fields read from front matter; they override what the text gives. */
export interface FrontMatter {
  title?: string;
  date?: string;
  source?: string;
  byline?: string;
  dateline?: string;
  url?: string;
  language?: string;
  tags?: string[];
}

/** The record's own fields, as the rules fill them in, plus the lines they work on. */
export interface ParseState extends Pick<
  Article,
  | 'sourceFile'
  | 'title'
  | 'date'
  | 'dateText'
  | 'source'
  | 'dateline'
  | 'byline'
  | 'url'
  | 'featured'
  | 'language'
> {
  lines: Line[];
  /** Lines whose text was joined to an earlier line's (hardWrap), set aside in order until the
   * rules have run (joinedLines puts them back): the rules read whole paragraphs, not the
   * pieces a text browser or mail client wrapped them into. */
  joined: Line[];
  front: FrontMatter;
  blocks: BodyBlock[];
  /** Parts cut off lines that stay in the record (e.g. a signature glued to a paragraph). */
  cut: DroppedLine[];
  /** The lines pageRegion weighed as the headline, with their scores (for npm run explain). */
  headlines: { line: number; score: number; why: string }[];
  warnings: string[];
}

export function newState(sourceFile: string): ParseState {
  return {
    sourceFile,
    lines: [],
    joined: [],
    front: {},
    title: null,
    date: null,
    dateText: null,
    source: null,
    dateline: null,
    byline: null,
    url: null,
    language: null,
    blocks: [],
    featured: [],
    cut: [],
    headlines: [],
    warnings: [],
  };
}

/** Lines no rule has claimed yet and that are not blank. */
export function isOpen(line: Line): boolean {
  return line.role === null && line.text !== '';
}

/** The last `n` open lines, in order (a scan from the end: most rules that look at a text's
 * end need no list of all its lines). */
export function lastOpen(lines: readonly Line[], n: number): Line[] {
  const out: Line[] = [];
  for (let i = lines.length - 1; i >= 0 && out.length < n; i--)
    if (isOpen(lines[i]!)) out.unshift(lines[i]!);
  return out;
}

export function drop(line: Line, reason: string): void {
  line.role = 'dropped';
  line.reason = reason;
}

/** A rule of the parser's chains (chains.ts). */
export type ParseRule = Rule<ParseState>;
