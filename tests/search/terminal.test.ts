// `npm run search` in the terminal: counts per period (and per source) as the chart counts
// them, every match as CSV or JSON, and wrong options refused with exit code 2.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { generatedDocs } from '../../scripts/lib/archive.ts';
import { coverage } from '../../src/search/coverage.ts';
import { openSearch } from '../../src/search/node.ts';
import { timelineTable } from '../../src/search/timeline.ts';
import { writeSearchIndex } from '../../src/search/write.ts';
import { tempDir } from '../support/temp.ts';

const docs = generatedDocs(300, 5);
const dir = tempDir('search-terminal-');
await writeSearchIndex(docs, dir);
test.after(() => rmSync(dir, { recursive: true, force: true }));
const search = (...args: string[]) =>
  spawnSync(process.execPath, ['--import', 'tsx', 'scripts/search.ts', '--dir', dir, ...args], {
    encoding: 'utf8',
  });

test('--timeline prints the chart’s counts; --by source splits them; --csv and --json', async () => {
  const { engine } = await openSearch(dir);
  const hits = await engine.search('minister');
  const c = coverage(await engine.docTable(), [hits.map((h) => h.doc)], 'year');
  for (const bySource of [false, true]) {
    const t = timelineTable(c, ['minister'], engine.manifest.sources, bySource);
    const csv = search(
      'minister',
      '--timeline',
      'year',
      '--csv',
      ...(bySource ? ['--by', 'source'] : []),
    );
    assert.equal(csv.status, 0, csv.stderr);
    assert.equal(csv.stdout, [t.header, ...t.rows].map((r) => `${r.join(',')}\r\n`).join(''));
    const text = search('minister', '--timeline=year', ...(bySource ? ['--by=source'] : []));
    assert.match(text.stdout, new RegExp(`^${hits.length} results for minister, by year\\n`));
    assert.equal(text.stdout.trimEnd().split('\n').length, t.rows.length + 2);
  }
  const all = search('minister', '--csv');
  assert.equal(all.stdout.trimEnd().split('\r\n').length, hits.length + 1);
  const json = JSON.parse(search('minister', '--json', '--limit', '5').stdout);
  assert.deepEqual([json.total, json.results.length], [hits.length, 5]);
  assert.ok(json.results.every((r: { sourceFile: string }) => r.sourceFile.endsWith('.txt')));
});

test('wrong options are refused with exit code 2', () => {
  for (const [args, message] of [
    [['--timeline', 'fortnight'], /--timeline must be day, week, month, year or auto/],
    [['--by', 'source'], /--by needs --timeline/],
    [['--timeline', 'month', '--by', 'outlet'], /--by must be source/],
    [['--json', '--csv'], /choose one of --json and --csv/],
  ] as const) {
    const r = search('minister', ...args);
    assert.equal(r.status, 2);
    assert.match(r.stderr, message);
  }
});
