// The browser tests pass on a machine without a system Chromium: the @sparticuz/chromium
// devDependency's browser is used then. A browser that cannot be found is a message that says
// how to get one.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';

/** Node with tsx on `args`, CHROMIUM_PATH unset unless `extra` sets it. */
function node(args: string[], extra: Record<string, string>, timeout = 60_000) {
  const env: Record<string, string | undefined> = { ...process.env };
  delete env.CHROMIUM_PATH;
  delete env.NODE_TEST_CONTEXT; // a test file run as its own test run
  return spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    encoding: 'utf8',
    env: { ...env, ...extra },
    timeout,
  });
}
const browserModule = (then: string) => [
  '-e',
  `import('./tests/support/browser.ts').then(${then})`,
];

test('with no system Chromium reachable, the browser tests run on the packaged one', () => {
  const hidden = { NO_SYSTEM_CHROMIUM: '1' };
  const which = node(browserModule('async (b) => console.log(await b.chromiumPath())'), hidden);
  assert.equal(which.status, 0, which.stderr);
  // @sparticuz/chromium unpacks its browser into the temporary folder.
  assert.match(which.stdout.trim(), /chromium$/);
  assert.doesNotMatch(which.stdout, /^\/usr\/bin\//);
  const r = node(['--test', 'tests/site/browser.test.ts'], hidden, 240_000);
  assert.equal(r.status, 0, `${r.stdout}\n${r.stderr}`.slice(-3000));
  assert.match(r.stdout, /# pass [1-9]/);
  assert.match(r.stdout, /# fail 0/);
});

test('a browser that is not there is a message saying how to get one, not a stack trace', () => {
  const r = node(browserModule('(b) => b.launchChromium()'), {
    CHROMIUM_PATH: '/nonexistent/chromium',
  });
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /CHROMIUM_PATH=\/nonexistent\/chromium is no executable/);
  assert.match(r.stderr, /npm install/);
  assert.match(r.stderr, /apt-get install -y chromium/);
  assert.doesNotMatch(r.stderr, /\n\s+at /, 'no stack trace');
});
