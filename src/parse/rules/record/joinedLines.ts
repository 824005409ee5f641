// The lines hardWrap joined to the line before them go back in their places, each with the
// role and reason of the line its text went into (in the same paragraph, when that is body).
import type { Line, ParseRule, ParseState } from '../../state.ts';

export const joinedLines: ParseRule = {
  name: 'joinedLines',
  purpose: 'A line joined to the one before it (hardWrap) takes that line’s role, in its place.',
  reads: ['joined lines', 'line roles', 'blocks'],
  sets: ['line roles', 'blocks'],
  essential: true,
  run,
};

function run(state: ParseState): void {
  if (state.joined.length === 0) return;
  const byNo = new Map(state.lines.map((l) => [l.no, l]));
  const joinedTo = new Map<number, number[]>();
  for (const line of state.joined) {
    const host = byNo.get(line.joinedTo!)!;
    line.role = host.role;
    line.reason = host.reason;
    joinedTo.set(host.no, [...(joinedTo.get(host.no) ?? []), line.no]);
  }
  for (const block of state.blocks)
    block.lines = block.lines.flatMap((no) => [no, ...(joinedTo.get(no) ?? [])]);
  state.lines = merge(state.lines, state.joined);
  state.joined = [];
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
