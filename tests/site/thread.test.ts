// The search index built in a worker thread is the one built in this thread, byte for byte;
// an error in the thread reaches the caller; a thread started ahead of its input runs it when
// it comes, and one never given any keeps no process alive; a service thread runs input after
// input with a memory of its own, and builds each index as this thread does.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeIndexJob, type IndexJob } from '../../src/site/search-step.ts';
import { serviceThread, warmThread } from '../../src/site/thread.ts';
import type { SearchDoc } from '../../src/search/doc.ts';
import { tempDir } from '../support/temp.ts';

const doc = (n: number): SearchDoc => ({
  ref: `2020-01-0${n}-story-${n}`,
  url: `2020/01/0${n}/story-${n}/`,
  title: `Story ${n} about rivers`,
  date: `2020-01-0${n}`,
  shownDate: `${n} Jan 2020`,
  source: n % 2 ? 'Outlet' : null,
  byline: null,
  dateline: null,
  sourceFile: `story-${n}.txt`,
  sourceUrl: null,
  body: `The river rose ${n} metres overnight.`,
});

const files = (dir: string) =>
  readdirSync(dir, { recursive: true, encoding: 'utf8' })
    .filter((f) => statSync(join(dir, f)).isFile())
    .sort()
    .map((f) => [f, readFileSync(join(dir, f), 'utf8')]);

test('a worker thread writes the same search index as this thread', async () => {
  const docs = [1, 2, 3].map(doc);
  const here = tempDir('index-here-');
  const there = tempDir('index-thread-');
  const stage = (dir: string) => ({ dir, live: null, prior: [] });
  const keys = docs.map(() => null);
  writeIndexJob({ docs, keys, cache: null, stage: stage(here) });
  await warmThread(new URL('../../src/site/search-step.ts', import.meta.url), 'writeIndexJob').run({
    docs,
    keys,
    cache: null,
    stage: stage(there),
  });
  assert.ok(files(here).length > 3);
  assert.deepEqual(files(there), files(here));
});

test('an error in the worker thread rejects with its message', async () => {
  await assert.rejects(
    warmThread(new URL('../../src/site/search-step.ts', import.meta.url), 'writeIndexJob').run({
      docs: [doc(1)],
      stage: { dir: '/dev/null/cannot-be-a-folder', live: null, prior: [] },
    }),
    /writeIndexJob in a worker thread: .*ENOTDIR/s,
  );
});

test('a thread started ahead runs its input when it comes; one left unused holds nothing', async () => {
  const thread = warmThread(
    new URL('../../src/site/search-step.ts', import.meta.url),
    'writeIndexJob',
  );
  await new Promise((resolve) => setTimeout(resolve, 200));
  const dir = tempDir('index-warm-');
  const docs = [1, 2].map(doc);
  await thread.run({
    docs,
    keys: docs.map(() => null),
    cache: null,
    stage: { dir, live: null, prior: [] },
  });
  assert.ok(files(dir).length > 3);
  assert.throws(() => void thread.run({}), /second input/);
  // A process that starts one and never gives it work exits at once.
  const script = `import { warmThread } from './src/site/thread.ts';
    warmThread(new URL('./src/site/search-step.ts', import.meta.url), 'writeIndexJob');
    console.log('started');`;
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', '--input-type=module', '-e', script],
    {
      encoding: 'utf8',
      timeout: 60_000,
    },
  );
  assert.equal(out.trim(), 'started');
});

test('a service thread runs one input after the other, with a memory of its own', async () => {
  const thread = serviceThread<number, number>(
    new URL('../support/tally.ts', import.meta.url),
    'tally',
  );
  try {
    assert.equal(await thread.run(2), 2);
    const running = thread.run(1);
    assert.throws(() => void thread.run(1), /at once/);
    await thread.stop();
    assert.equal(await running, 3);
    assert.equal(await thread.run(3), 6);
    await assert.rejects(thread.run(-1), /tally in a worker thread: .*no negative/s);
    // A failed input leaves the thread and its memory as they were.
    assert.equal(await thread.run(1), 7);
  } finally {
    await thread.close();
  }
  await assert.rejects(thread.run(1), /exited/);
  // Idle, it keeps no process alive (a script file: a worker of \`-e\` code would inherit its
  // --input-type).
  const script = join(tempDir('service-exit-'), 'run.mts');
  writeFileSync(
    script,
    `import { serviceThread } from ${JSON.stringify(new URL('../../src/site/thread.ts', import.meta.url).href)};
    const t = serviceThread(new URL(${JSON.stringify(new URL('../support/tally.ts', import.meta.url).href)}), 'tally');
    console.log(await t.run(4));`,
  );
  const out = execFileSync(process.execPath, ['--import', 'tsx', script], {
    encoding: 'utf8',
    timeout: 60_000,
  });
  assert.equal(out.trim(), '4');
});

test('a service thread writes the same search index as this thread, build after build', async () => {
  const thread = serviceThread<IndexJob, unknown>(
    new URL('../../src/site/search-step.ts', import.meta.url),
    'writeIndexJob',
  );
  try {
    for (const n of [2, 3]) {
      const docs = Array.from({ length: n }, (_, k) => doc(k + 1));
      const here = tempDir('index-here-');
      const there = tempDir('index-service-');
      const keys = docs.map(() => null);
      writeIndexJob({ docs, keys, cache: null, stage: { dir: here, live: null, prior: [] } });
      await thread.run({ docs, keys, cache: null, stage: { dir: there, live: null, prior: [] } });
      assert.deepEqual(files(there), files(here));
    }
  } finally {
    await thread.close();
  }
});
