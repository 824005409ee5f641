// Runs every tests/**/*.test.ts with Node's own test runner (Node 20 has no glob for .ts);
// `tsx scripts/test.ts tests/parse` runs those under one folder (`npm run test:parse`), two files
// at a time: the parser's tests are pure computation, and each file's start-up is most of it.
// `--unit` (`npm run test:unit`) runs the tests that build no site and start no browser.
import { spawnSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

/** The quick tests: the parser, the model, the search engine's parts, the site's pure data. */
const UNIT = [
  'tests/parse',
  'tests/model',
  'tests/cli/args.test.ts',
  'tests/layers.test.ts',
  'tests/search/highlight.test.ts',
  'tests/search/score.test.ts',
  'tests/search/write.test.ts',
  'tests/search/export.test.ts',
  'tests/search/kept-terms.test.ts',
  'tests/site/units.test.ts',
  'tests/site/calendar.test.ts',
  'tests/site/chart.test.ts',
  'tests/site/config-file.test.ts',
  'tests/site/cache.test.ts',
  'tests/site/page-keys.test.ts',
];
/** Too slow for a quick run (20,000 generated texts): `npm test` runs it. */
const NOT_UNIT = ['tests/parse/fuzz.test.ts'];

const testFiles = (dir: string) =>
  dir.endsWith('.ts')
    ? [dir]
    : readdirSync(dir, { recursive: true, encoding: 'utf8' })
        // Not the texts inside fixture folders (a fixture could be named `x.test.ts`).
        .filter((f) => f.endsWith('.test.ts') && !f.split('/').slice(0, -1).includes('fixtures'))
        .map((f) => join(dir, f));

const unit = process.argv.includes('--unit');
const dir = process.argv.slice(2).find((a) => !a.startsWith('--')) ?? 'tests';
const files = (unit ? UNIT : [dir])
  .flatMap(testFiles)
  .filter((f) => !unit || !NOT_UNIT.includes(f))
  .sort();
const concurrency = dir === 'tests' && !unit ? [] : ['--test-concurrency=2'];
const r = spawnSync(process.execPath, ['--import', 'tsx', '--test', ...concurrency, ...files], {
  stdio: 'inherit',
});
process.exit(r.status ?? 1);
