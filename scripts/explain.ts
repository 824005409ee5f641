// `npm run explain -- FILE`: every line of FILE with its number, where it ended (a record field,
// or dropped and why) and the rule that put it there; parts cut off a line follow it.
// `npm run explain -- --rules`: the parser's chains, in order, with what each rule does.
import { commandLine } from '../src/cli/command-line.ts';
import { readInputFile } from '../src/parse/input/file.ts';
import { decode } from '../src/parse/input/decode.ts';
import { Parser, type LineTrace } from '../src/parse/parser.ts';
import { reasonInWords } from '../src/model/reasons.ts';

const OPTIONS = {
  rules: { type: 'boolean', help: 'print the parser’s chains of rules instead' },
  help: { type: 'boolean', help: 'print this help' },
} as const;
const USAGE = 'npm run explain -- FILE | --rules';
const parsed = commandLine(USAGE, OPTIONS);
const args = parsed.options.rules ? ['--rules'] : parsed.positionals;
const parser = new Parser();
const tty = process.stdout.isTTY;
const paint = (code: number, s: string) => (tty ? `\x1b[${code}m${s}\x1b[0m` : s);
const ROLE_COLOUR: Record<string, number> = {
  title: 32,
  date: 32,
  byline: 32,
  body: 0,
  featured: 36,
  dropped: 31,
};

if (args[0] === '--rules') {
  for (const [chain, ruler] of Object.entries(parser.chains())) {
    console.log(paint(1, chain));
    for (const { rule } of ruler.rules())
      console.log(
        `  ${rule.name.padEnd(15)} ${rule.purpose}\n${''.padEnd(18)}reads ${rule.reads.join(', ')}; sets ${rule.sets.join(', ')}` +
          (rule.needs?.length ? `; needs ${rule.needs.join(', ')}` : '') +
          (rule.essential ? '; essential' : ''),
      );
  }
} else if (args.length !== 1) {
  console.error('usage: npm run explain -- FILE   (or --rules)');
  process.exitCode = 2;
} else {
  const { text, warnings } = decode(readInputFile(args[0]!));
  const { article, lines, headlines } = parser.explain(text, args[0]!);
  const where = (l: LineTrace) =>
    l.role === null ? '' : l.role === 'dropped' ? `dropped: ${l.reason}` : l.role;
  const words = (l: LineTrace) =>
    l.role === 'dropped' && l.reason ? paint(2, ` (${reasonInWords(l.reason)})`) : '';
  const width = Math.max(...lines.map((l) => where(l).length), 8);
  const ruleWidth = Math.max(...lines.map((l) => (l.rule ?? '').length), 6);
  for (const l of lines) {
    if (l.raw.trim() === '' && l.role === null) continue;
    const w = where(l);
    console.log(
      `${String(l.no).padStart(5)}  ${paint(ROLE_COLOUR[l.role ?? ''] ?? 2, w.padEnd(width))}  ` +
        `${paint(2, (l.rule ?? '').padEnd(ruleWidth))}  ${l.raw.trim().slice(0, 100)}${words(l)}`,
    );
    for (const c of l.cut)
      console.log(
        `${''.padStart(5)}  ${paint(33, `cut: ${c.reason}`.padEnd(width))}  ${''.padEnd(ruleWidth)}  ${c.text.slice(0, 100)}`,
      );
  }
  if (headlines.length > 0) {
    console.log('\nheadline candidates (pageRegion), best first:');
    for (const h of headlines.slice(0, 8))
      console.log(
        `${String(h.line).padStart(5)}  ${String(h.score).padStart(4)}  ${lines[h.line - 1]!.raw.trim().slice(0, 70)}  ${paint(2, h.why)}`,
      );
  }
  const fields = {
    title: article.title,
    date: article.date,
    byline: article.byline,
    source: article.source,
    dateline: article.dateline,
  };
  console.log(
    `\n${Object.entries(fields)
      .map(([k, v]) => `${k}: ${v ?? '—'}`)
      .join('\n')}`,
  );
  console.log(`body: ${article.body.length} blocks; featured: ${article.featured.length} stories`);
  for (const w of [...warnings, ...article.warnings]) console.log(`warning: ${w}`);
}
