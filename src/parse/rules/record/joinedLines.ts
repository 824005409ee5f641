// The lines hardWrap joined to the line before them go back in their places, each with the
// role and reason of the line its text went into (in the same paragraph, when that is body).
// A part a rule cut off the joined text is reported on each line it was printed on.
import { normalizeSpacing } from '../../text.ts';
import type { Line, ParseRule, ParseState } from '../../state.ts';
import type { DroppedLine } from '../../../model/article.ts';

export const joinedLines: ParseRule = {
  name: 'joinedLines',
  purpose: 'A line joined to the one before it (hardWrap) takes that line’s role, in its place.',
  reads: ['joined lines', 'line roles', 'blocks', 'cut'],
  sets: ['line roles', 'blocks', 'cut'],
  essential: true,
  run,
};

function run(state: ParseState): void {
  if (state.joined.length === 0) return;
  const byNo = new Map(state.lines.map((l) => [l.no, l]));
  const parts = new Map<number, Line[]>(); // host's number → its lines, host first
  for (const line of state.joined) {
    const host = byNo.get(line.joinedTo!)!;
    line.role = host.role;
    line.reason = host.reason;
    const lines = parts.get(host.no);
    if (lines) lines.push(line);
    else parts.set(host.no, [host, line]);
  }
  for (const block of state.blocks)
    block.lines = block.lines.flatMap((no) => parts.get(no)?.map((l) => l.no) ?? [no]);
  state.cut = state.cut.flatMap((c) => {
    const lines = parts.get(c.line);
    return lines ? byLine(c, lines) : [c];
  });
  state.lines = merge(state.lines, state.joined);
  state.joined = [];
}

/** A part cut off a joined text, as the lines it was printed on hold it. */
function byLine(cut: DroppedLine, lines: readonly Line[]): DroppedLine[] {
  const walked = byWords(cut, lines);
  if (walked) return walked;
  const out = lines.flatMap((l) => {
    const part = overlap(cut.text, normalizeSpacing(l.raw));
    return part === null ? [] : [{ ...cut, line: l.no, text: part }];
  });
  return out.length > 0 ? out : [cut];
}

/** A word as the lines and the cut both print it, without its punctuation (`Evans,`). */
const bare = (token: string) => token.toLowerCase().replace(/[^\p{L}\p{N}\p{M}]/gu, '');

/**
 * A cut with a hole in it (`Councillor , who chairs …`: the byline's name was taken out of the
 * middle) shares no edge with the lines: its words are found in the lines' words in order, and
 * each line is given the run of them it printed. Null when a word is not found in order.
 */
function byWords(cut: DroppedLine, lines: readonly Line[]): DroppedLine[] | null {
  const printed = lines.flatMap((l) =>
    normalizeSpacing(l.raw)
      .split(' ')
      .map((t) => [l.no, bare(t)] as const),
  );
  const parts = new Map<number, string[]>();
  const add = (no: number, tokens: string[]) => {
    const part = parts.get(no);
    if (part) part.push(...tokens);
    else parts.set(no, tokens);
  };
  let at = 0;
  let no: number | null = null;
  let pending: string[] = []; // marks before the next word (`©`), printed with it
  for (const token of cut.text.split(' ')) {
    const word = bare(token);
    if (word === '') {
      pending.push(token);
      continue;
    }
    while (at < printed.length && printed[at]![1] !== word) at++;
    if (at === printed.length) return null;
    no = printed[at++]![0];
    add(no, [...pending, token]);
    pending = [];
  }
  if (no === null) return null; // no word at all: the overlap of the edges decides
  if (pending.length > 0) add(no, pending);
  return [...parts].map(([line, tokens]) => ({ ...cut, line, text: tokens.join(' ') }));
}

/** What `cut` and `part` share, when one holds the other or the cut starts or ends in it. */
function overlap(cut: string, part: string): string | null {
  if (cut.includes(part)) return part;
  if (part.includes(cut)) return cut;
  // Only at a word's edge: a letter both end in is no shared part.
  const edge = (s: string, i: number) =>
    i <= 0 || i >= s.length || s[i] === ' ' || s[i - 1] === ' ';
  for (let k = Math.min(cut.length, part.length) - 1; k > 0; k--) {
    const head = cut.slice(0, k);
    if (part.endsWith(head) && edge(part, part.length - k) && edge(cut, k))
      return head.trim() || null;
    const tail = cut.slice(-k);
    if (part.startsWith(tail) && edge(part, k) && edge(cut, cut.length - k))
      return tail.trim() || null;
  }
  return null;
}

/** Two lists of lines in order of number, as one. */
function merge(a: readonly Line[], b: readonly Line[]): Line[] {
  const out: Line[] = [];
  let j = 0;
  for (const line of a) {
    while (j < b.length && b[j]!.no < line.no) out.push(b[j++]!);
    out.push(line);
  }
  while (j < b.length) out.push(b[j++]!);
  return out;
}
