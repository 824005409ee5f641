// `npm run --silent parse -- FILE...`: one JSON array on stdout, one element per file, in
// order: the record or {file, error}. Exit 1 when any file failed.
import { parseFiles, isFailure } from '../src/parse/batch.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: npm run --silent parse -- FILE...\n');
  process.exit(2);
}
const results = parseFiles(files);
process.stdout.write(`${JSON.stringify(results, null, 1)}\n`);
process.exitCode = results.some(isFailure) ? 1 : 0;
