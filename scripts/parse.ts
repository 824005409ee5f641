// `npm run --silent parse -- FILE...`: one JSON array on stdout, one element per file, in
// order: the record or {file, error, kind}. Exit 1 when any file failed. Many files are
// parsed on every core (src/parse/input/pool.ts).
import { commandLine } from '../src/cli/command-line.ts';
import { parseFilesToJson, writeArrayJson } from '../src/parse/input/pool.ts';

const OPTIONS = { help: { type: 'boolean', help: 'print this help' } } as const;
const USAGE = 'npm run --silent parse -- FILE...';
const files = commandLine(USAGE, OPTIONS).positionals;
if (files.length === 0) {
  process.stderr.write(`usage: ${USAGE}\n`);
  process.exit(2);
}
const results = await parseFilesToJson(files);
writeArrayJson(results, (bytes) => process.stdout.write(bytes));
process.stdout.write('\n');
process.exitCode = results.some((r) => r.id === null) ? 1 : 0;
