// The browser tests pass on a machine without a system Chromium: the @sparticuz/chromium
// devDependency's browser is used then. A browser that cannot be found is a message that says
// how to get one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

const env = (extra: Record<string, string>) => {
  const e: Record<string, string | undefined> = { ...process.env, ...extra };
  delete e.CHROMIUM_PATH;
  delete e.NODE_TEST_CONTEXT; // a test file run as its own test run
  return { ...e, ...extra };
};

test('with no system Chromium reachable, the browser tests run on the packaged one', () => {
  const which = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      "import('./tests/support/browser.ts').then(async (b) => console.log(await b.chromiumPath()))",
    ],
    { encoding: 'utf8', env: env({ NO_SYSTEM_CHROMIUM: '1' }), timeout: 60_000 },
  );
  assert.equal(which.status, 0, which.stderr);
  // @sparticuz/chromium unpacks its browser into the temporary folder.
  assert.match(which.stdout.trim(), /^\/tmp\/chromium$|chromium$/);
  assert.doesNotMatch(which.stdout, /^\/usr\/bin\//);
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', '--test', 'tests/site/browser.test.ts'],
    { encoding: 'utf8', env: env({ NO_SYSTEM_CHROMIUM: '1' }), timeout: 240_000 },
  );
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`.slice(-3000));
  assert.match(r.stdout, /# pass [1-9]/);
  assert.match(r.stdout, /# fail 0/);
});

test('a browser that is not there is a message saying how to get one, not a stack trace', () => {
  const r = spawnSync(
    process.execPath,
    [
      '--import',
      'tsx',
      '-e',
      "import('./tests/support/browser.ts').then((b) => b.launchChromium())",
    ],
    { encoding: 'utf8', env: env({ CHROMIUM_PATH: '/nonexistent/chromium' }), timeout: 60_000 },
  );
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /CHROMIUM_PATH=\/nonexistent\/chromium is no executable/);
  assert.match(r.stderr, /npm install/);
  assert.match(r.stderr, /apt-get install -y chromium/);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
});
