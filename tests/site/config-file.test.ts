// A settings file beside the texts (or where the command runs) overrides the defaults; the
// command line overrides it; what it cannot mean is refused with the known settings.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import siteDefaults from '../../site.config.ts';
import { ConfigError, configFromArgs } from '../../src/site/config.ts';
import { findConfigFile, withConfigFile } from '../../src/site/config-file.ts';
import { tempDir } from '../support/temp.ts';

test('the input folder’s settings file first, then the current folder’s', () => {
  const root = tempDir('config-file-');
  const input = join(root, 'texts');
  mkdirSync(input);
  assert.equal(findConfigFile([input, root]), null);
  writeFileSync(join(root, 'news-archive.config.json'), '{}');
  assert.equal(findConfigFile([input, root]), join(root, 'news-archive.config.json'));
  writeFileSync(join(input, 'news-archive.config.ts'), 'export default { title: "T" };');
  assert.equal(findConfigFile([input, root]), join(input, 'news-archive.config.ts'));
});

test('its settings override the defaults, its paths are read from its folder', async () => {
  const root = tempDir('config-file-');
  const json = join(root, 'news-archive.config.json');
  writeFileSync(json, JSON.stringify({ title: 'My Scrapes', output: 'site', pageSize: 20 }));
  const c = await withConfigFile(siteDefaults, json);
  assert.equal(c.title, 'My Scrapes');
  assert.equal(c.output, join(root, 'site'));
  assert.equal(c.pageSize, 20);
  assert.equal(c.language, siteDefaults.language);
  const ts = join(root, 'news-archive.config.ts');
  writeFileSync(ts, 'export default { language: "fr" };');
  assert.equal((await withConfigFile(siteDefaults, ts)).language, 'fr');
  // The command line still wins.
  assert.equal(configFromArgs(c, ['--title', 'Other']).title, 'Other');
});

test('an unknown setting or a wrong type is refused, naming the file', async () => {
  const root = tempDir('config-file-');
  const bad = async (text: string, message: RegExp) => {
    const f = join(root, 'news-archive.config.json');
    writeFileSync(f, text);
    await assert.rejects(
      withConfigFile(siteDefaults, f),
      (e: Error) => e instanceof ConfigError && message.test(e.message) && e.message.includes(f),
    );
  };
  await bad('{ "titel": "x" }', /unknown setting "titel" \(known: title, /);
  await bad('{ "pageSize": "20" }', /"pageSize" must be a number/);
  await bad('[1]', /must hold an object of settings/);
  await bad('{ nope', /cannot read/);
});
