// Runs every tests/**/*.test.ts with Node's own test runner (Node 20 has no glob for .ts);
// `tsx scripts/test.ts tests/parse` runs those under one folder (`npm run test:parse`), two files
// at a time: the parser's tests are pure computation, and each file's start-up is most of it.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

const dir = process.argv[2] ?? 'tests';
const files = readdirSync(dir, { recursive: true, encoding: 'utf8' })
  // Not the texts inside fixture folders (a fixture could be named `x.test.ts`).
  .filter((f) => f.endsWith('.test.ts') && !f.split('/').slice(0, -1).includes('fixtures'))
  .map((f) => join(dir, f))
  .sort();
const concurrency = dir === 'tests' ? [] : ['--test-concurrency=2'];
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...concurrency, ...files], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
