// A build that replaces most of the site (a swap: here 400 articles over 2), killed at any
// moment (SIGKILL: no clean-up runs), leaves the previous site exactly as it was, or the new one
// complete; never a mix, never an empty file. The next build removes what the killed one left
// beside the output and gives the same site as a clean build. (A rebuild published in place,
// killed half-way: in-place.test.ts.)
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import {
  copyFileSync,
  existsSync,
  lstatSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  renameSync,
  unlinkSync,
  writeFileSync,
} from 'node:fs';
import { dirname, join } from 'node:path';
import siteDefaults from '../../site.config.ts';
import { buildSite } from '../../src/site/build.ts';
import { configFromArgs } from '../../src/site/config.ts';
import { recover, siblings } from '../../src/site/output/publish.ts';
import { writeCorpus } from '../../scripts/lib/corpus.ts';
import { besideOutput, siteDigest, treeDigest, treeEntries } from '../support/digest.ts';
import { tempDir } from '../support/temp.ts';
import { killedBuild, type KillMoment } from '../support/killed-build.ts';

const temp = (name: string) => tempDir(name);
const build = (input: string, output: string) =>
  buildSite(configFromArgs(siteDefaults, ['--input', input, '--output', output]));

const small = temp('interrupt-a-');
for (const f of readdirSync('seeds').sort().slice(0, 2))
  copyFileSync(join('seeds', f), join(small, f));
const large = temp('interrupt-b-');
writeCorpus(large, 400, 7);
// The two sites a killed build may leave.
const oldSite = join(temp('interrupt-old-'), 'site');
await build(small, oldSite);
const newSite = join(temp('interrupt-new-'), 'site');
await build(large, newSite);
const newDigest = siteDigest(newSite);

/** Starts a build of the large input over a copy of the old site; resolves when it is killed. */
const killed = (output: string, when: KillMoment) => killedBuild(large, output, when);

// How long such a build takes here, so the kills fall across it whatever the machine's speed.
const timed = join(temp('interrupt-timed-'), 'site');
await build(small, timed);
const started = performance.now();
await new Promise((resolve) =>
  spawn(process.execPath, ['--import', 'tsx', 'tests/support/build-child.ts', large, timed]).once(
    'exit',
    resolve,
  ),
);
const span = performance.now() - started;
const moments: ('staged' | { ms: number })[] = [
  'staged',
  ...[0.2, 0.4, 0.6, 0.8, 0.9, 1, 1.05, 1.1, 1.2, 1.4].map((f) => ({ ms: Math.round(f * span) })),
];

for (const when of moments) {
  const at = when === 'staged' ? 'once staged, before publishing' : `after ${when.ms} ms`;
  test(`killed ${at}: the old site or the new, whole`, async (t) => {
    const output = join(temp('interrupt-'), 'site');
    await build(small, output);
    const before = treeDigest(output);
    await killed(output, when);
    const now = treeDigest(output);
    const whole = now === before || siteDigest(output) === newDigest;
    assert.ok(whole, 'the output is the old site or the complete new one');
    t.diagnostic(now === before ? 'left the old site' : 'left the new site');
    if (when === 'staged') assert.equal(now, before, 'not published yet: the old site, untouched');
    for (const rel of treeEntries(output)) {
      const st = lstatSync(join(output, rel));
      assert.ok(!st.isFile() || st.size > 0, `no empty file: ${rel}`);
    }
    // The next build clears what the killed one left and gives what a clean build gives.
    await build(large, output);
    assert.equal(siteDigest(output), newDigest);
    assert.deepEqual(besideOutput(output), []);
  });
}

test('killed between the two renames: the old site is put back as it was', async () => {
  const output = join(temp('interrupt-'), 'site');
  await build(small, output);
  const before = treeDigest(output);
  // What a build leaves when killed right after the first rename: no output, the old site
  // beside it, the new one complete in its staging folder.
  const { previous, staging } = siblings(output);
  renameSync(output, previous);
  const stagingDir = staging('deadbeef0000');
  mkdirSync(stagingDir);
  writeFileSync(join(stagingDir, '.news-archive-staging'), '1\n');
  writeFileSync(join(stagingDir, 'index.html'), 'new');
  recover(output);
  assert.equal(treeDigest(output), before);
  assert.deepEqual(besideOutput(output), []);
});

/** The state after both renames: the large site published over the small one, which waits in
 * the previous folder to be emptied. */
async function justPublished(): Promise<{ output: string; previous: string }> {
  const output = join(temp('interrupt-'), 'site');
  await build(small, output);
  const { previous } = siblings(output);
  const staged = join(temp('interrupt-staged-'), 'site');
  await build(large, staged);
  renameSync(output, previous);
  renameSync(staged, output);
  return { output, previous };
}

test('killed while the previous site was being removed: the rest goes, the user’s files move over', async () => {
  const { output, previous } = await justPublished();
  // Half emptied, with a file the user added to it while the build ran.
  writeFileSync(join(previous, 'added-during-build.txt'), 'mine');
  unlinkSync(join(previous, 'index.html'));
  recover(output);
  assert.equal(readFileSync(join(output, 'added-during-build.txt'), 'utf8'), 'mine');
  assert.deepEqual(besideOutput(output), []);
});

test('a file of the user’s that the new site has taken the path of is kept beside it, not lost', async () => {
  const { output, previous } = await justPublished();
  // Put into the old site while the build ran, at a path the new site writes.
  writeFileSync(join(previous, 'feed.json'), 'my own feed');
  recover(output);
  const kept = readdirSync(dirname(output)).filter((n) => n.startsWith('.site.previous-kept-'));
  assert.equal(kept.length, 1);
  assert.equal(readFileSync(join(dirname(output), kept[0]!, 'feed.json'), 'utf8'), 'my own feed');
  // The next build is not in its way.
  await build(small, output);
  assert.ok(!existsSync(previous));
});
