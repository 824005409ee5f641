// `npm run --silent parse -- FILE...`: one JSON array on stdout, one element per file, in
// order: the record or {file, error, kind}. Exit 1 when any file failed.
import { isFailure, loadFiles } from '../src/parse/input/load.ts';

const files = process.argv.slice(2);
if (files.length === 0) {
  process.stderr.write('usage: npm run --silent parse -- FILE...\n');
  process.exit(2);
}
const results = loadFiles(files).map((r) => (isFailure(r) ? r : r.article));
process.stdout.write(`${JSON.stringify(results, null, 1)}\n`);
process.exitCode = results.some((r) => 'error' in r) ? 1 : 0;
