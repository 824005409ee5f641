// `npm start` (the build script with --serve): builds once, listens on 127.0.0.1 only, sees an
// input added the moment it says it is serving, and a deleted input's page is gone after the
// rebuild its deletion starts; an edit after that, which a rebuild reads by the watcher's word,
// shows.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, unlinkSync, writeFileSync } from 'node:fs';
import { connect } from 'node:net';
import { networkInterfaces } from 'node:os';
import { join } from 'node:path';
import { tempDir } from '../support/temp.ts';

const temp = (name: string) => tempDir(name);

/** Whether something accepts a TCP connection at host:port. */
const accepts = (host: string, port: number) =>
  new Promise<boolean>((resolve) => {
    const s = connect({ host, port }, () => {
      s.destroy();
      resolve(true);
    });
    s.once('error', () => resolve(false));
  });

test('npm start builds once, serves on 127.0.0.1 only, sees an input added at once, drops a deleted one’s page', async () => {
  const input = temp('serve-in-');
  const seeds = readdirSync('seeds').sort();
  for (const f of seeds.slice(1)) copyFileSync(join('seeds', f), join(input, f));
  const output = join(temp('serve-out-'), 'site');
  const child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'scripts/build.ts',
      '--serve',
      '--port',
      '0',
      '--input',
      input,
      '--output',
      output,
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  let out = '';
  const waitFor = (re: RegExp, from = 0) =>
    new Promise<RegExpMatchArray>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`timed out waiting for ${re}: ${out}`)),
        60_000,
      );
      const check = () => {
        const m = out.slice(from).match(re);
        if (m) {
          clearTimeout(timer);
          child.stdout.off('data', check);
          resolve(m);
        }
      };
      child.stdout.on('data', check);
      check();
    });
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  try {
    const [, url, port] = await waitFor(/serving .* at (http:\/\/127\.0\.0\.1:(\d+)\/)/);
    assert.equal(out.match(/^built /gm)?.length, 1, 'one build on start');
    // A file added at once is seen: the watcher was ready before the server said so.
    const serving = out.length;
    copyFileSync(join('seeds', seeds[0]!), join(input, seeds[0]!));
    await waitFor(/^built \d+ of \d+ files/m, serving);
    const home = await fetch(url!);
    assert.equal(home.status, 200);
    const page = (await home.text()).match(/href="(\d{4}\/\d\d\/\d\d\/[^"]+\/)"/)![1]!;
    assert.equal((await fetch(new URL(page, url))).status, 200);
    // Another address of this machine reaches nothing.
    const others = Object.values(networkInterfaces())
      .flat()
      .filter((a) => a && !a.internal && a.family === 'IPv4')
      .map((a) => a!.address);
    for (const address of others)
      assert.equal(await accepts(address, Number(port)), false, address);
    // Delete the input of the first article the home page links to.
    const before = out.length;
    const victim = (await fetch(new URL(page, url)).then((r) => r.text())).match(
      /<summary>Source text: <code>([^<]+)<\/code>/,
    )?.[1];
    assert.ok(victim, 'the page names its input file');
    unlinkSync(join(input, victim!));
    await waitFor(/^built \d+ of \d+ files/m, before);
    assert.equal((await fetch(new URL(page, url))).status, 404);
    assert.equal(out.match(/^built /gm)?.length, 3);
    // An edit, read by a rebuild that reads only the files the watcher reported.
    const other = (await fetch(url!).then((r) => r.text())).match(
      /href="(\d{4}\/\d\d\/\d\d\/[^"]+\/)"/,
    )![1]!;
    const file = (await fetch(new URL(other, url)).then((r) => r.text())).match(
      /<summary>Source text: <code>([^<]+)<\/code>/,
    )![1]!;
    const edited = out.length;
    const text = readFileSync(join(input, file), 'utf8');
    writeFileSync(join(input, file), text.replace(/([.!?])\n/, '$1 Edited while served here.\n'));
    await waitFor(/^built \d+ of \d+ files/m, edited);
    assert.match(await fetch(new URL(other, url)).then((r) => r.text()), /Edited while served/);
  } finally {
    child.kill();
  }
});
