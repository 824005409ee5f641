// `npm run --silent parse -- FILE...`: one JSON array on stdout, one element per file, in
// order: the record or {file, error, kind}. Exit 1 when any file failed. Many files are
// parsed on every core (src/parse/input/pool.ts).
import { helpText, parseOptions, UsageError } from '../src/cli/args.ts';
import { parseFilesToJson, writeArrayJson } from '../src/parse/input/pool.ts';

// `npm run --silent parse -- FILES | head` closes the pipe early: not an error.
process.stdout.on('error', (e: NodeJS.ErrnoException) => {
  if (e.code === 'EPIPE') process.exit(0);
  throw e;
});
const OPTIONS = { help: { type: 'boolean', help: 'print this help' } } as const;
const USAGE = 'npm run --silent parse -- FILE...';
let files: string[];
try {
  const { options, positionals } = parseOptions(process.argv.slice(2), OPTIONS);
  if (options.help) {
    process.stdout.write(helpText(USAGE, OPTIONS));
    process.exit(0);
  }
  files = positionals;
} catch (e) {
  if (!(e instanceof UsageError)) throw e;
  process.stderr.write(`${e.message}\n`);
  process.exit(2);
}
if (files.length === 0) {
  process.stderr.write(`usage: ${USAGE}\n`);
  process.exit(2);
}
const results = await parseFilesToJson(files);
writeArrayJson(results, (bytes) => process.stdout.write(bytes));
process.stdout.write('\n');
process.exitCode = results.some((r) => r.id === null) ? 1 : 0;
