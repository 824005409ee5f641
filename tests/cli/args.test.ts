// The one argument parser: both spellings of a value, unknown flags named with the known ones
// and a near miss, numbers checked, names as users type them, the forgotten `--` of npm run.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { helpText, parseOptions, UsageError } from '../../src/cli/args.ts';
import siteDefaults from '../../site.config.ts';
import { ConfigError, configFromArgs } from '../../src/site/config.ts';

const SPECS = {
  limit: { type: 'integer', min: 1, help: 'results to show' },
  dir: { type: 'string', value: 'DIR', help: 'the site' },
  json: { type: 'boolean', help: 'JSON out' },
  include: { type: 'string', multiple: true, help: 'globs' },
} as const;

const fails = (argv: string[], message: RegExp, positionals = true) =>
  assert.throws(
    () => parseOptions(argv, SPECS, { positionals }),
    (e: Error) => e instanceof UsageError && message.test(e.message),
  );

test('--flag=value and --flag value are the same; words are positionals', () => {
  for (const argv of [['--limit=5'], ['--limit', '5']])
    assert.deepEqual(parseOptions([...argv, 'aleppo'], SPECS), {
      options: { limit: 5 },
      positionals: ['aleppo'],
    });
  assert.deepEqual(parseOptions(['--include', 'a/*.txt', '--include=b/*.txt'], SPECS).options, {
    include: ['a/*.txt', 'b/*.txt'],
  });
  assert.deepEqual(parseOptions(['--json', 'x'], SPECS).options, { json: true });
});

test('an unknown option is named with the known ones, and a near miss is suggested', () => {
  fails(
    ['--limt', '3', 'aleppo'],
    /^unknown option --limt \(did you mean --limit\?\); known: --limit --dir --json --include$/,
  );
  fails(['--colour'], /^unknown option --colour; known: /);
});

test('numbers are checked and options are named as typed', () => {
  fails(['--limit', 'many'], /^--limit must be a whole number of 1 or more, got "many"$/);
  fails(['--limit=0'], /--limit must be a whole number of 1 or more, got "0"/);
  fails(['--limit', '2.5'], /got "2\.5"/);
  fails(['--dir'], /^--dir needs a value \(DIR\)$/);
  fails(['--json=yes'], /^--json takes no value$/);
});

test('a stray word where none is expected says so, with the npm run hint under npm', () => {
  const before = process.env.npm_lifecycle_event;
  process.env.npm_lifecycle_event = 'build';
  try {
    fails(
      ['/tmp/input'],
      /^unexpected argument "\/tmp\/input" \(with npm run, put -- before/,
      false,
    );
  } finally {
    if (before === undefined) delete process.env.npm_lifecycle_event;
    else process.env.npm_lifecycle_event = before;
  }
});

test('the site configuration: option names in messages, a base URL path and a prefix that disagree', () => {
  const bad = (argv: string[], message: RegExp) =>
    assert.throws(
      () => configFromArgs(siteDefaults, argv),
      (e: Error) => e instanceof ConfigError && message.test(e.message),
    );
  bad(['--page-size', '0'], /^--page-size must be a whole number of 1 or more/);
  bad(['--latest=x'], /^--latest must be a whole number/);
  bad(
    ['--base-url', 'https://h.example/repo', '--path-prefix', '/other/'],
    /has the path \/repo but --path-prefix is \/other\//,
  );
  const same = configFromArgs(siteDefaults, [
    '--base-url',
    'https://h.example/repo/',
    '--path-prefix=/repo',
  ]);
  assert.equal(same.pathPrefix, '/repo/');
  const fromUrl = configFromArgs(siteDefaults, ['--base-url', 'https://h.example/repo']);
  assert.equal(fromUrl.pathPrefix, '/repo/');
  assert.deepEqual(configFromArgs(siteDefaults, ['--include', 'a/*.md']).include, ['a/*.md']);
  assert.equal(configFromArgs(siteDefaults, ['--index-links']).indexLinks, true);
});

test('--help lists every option with its value', () => {
  const text = helpText('cmd [options]', SPECS);
  assert.match(text, /^usage: cmd \[options\]\n\n {2}--limit N {8}results to show\n/);
  assert.match(text, /--dir DIR/);
  assert.match(text, /--json {11}JSON out/);
});
