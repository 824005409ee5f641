// Test folders go when their test process ends, locked ones too, and nothing a link inside
// them points to is touched.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from '../support/temp.ts';

test('a test folder is removed at exit; a folder it links to keeps its files and mode', () => {
  const outside = tempDir('temp-outside-');
  mkdirSync(join(outside, 'kept'), { mode: 0o755 });
  const script = `
    import { chmodSync, mkdirSync, symlinkSync, writeFileSync } from 'node:fs';
    import { join } from 'node:path';
    import { tempDir } from './tests/support/temp.ts';
    const dir = tempDir('temp-child-');
    mkdirSync(join(dir, 'locked'));
    writeFileSync(join(dir, 'locked', 'f.txt'), 'x');
    chmodSync(join(dir, 'locked'), 0o000);
    symlinkSync(${JSON.stringify(outside)}, join(dir, 'link'));
    console.log(dir);`;
  const r = spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], {
    encoding: 'utf8',
  });
  assert.equal(r.status, 0, r.stderr);
  const made = r.stdout.trim();
  assert.ok(made.length > 0);
  assert.ok(!existsSync(made), 'removed');
  assert.ok(existsSync(join(outside, 'kept')), 'what the link points to stays');
  assert.equal(statSync(join(outside, 'kept')).mode & 0o777, 0o755);
  assert.equal(statSync(outside).mode & 0o777, 0o700); // as mkdtemp made it
});
