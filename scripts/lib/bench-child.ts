// Runs one measured build in its own process (so peak memory is that build's alone) and prints
// one JSON line: `pipeline INPUT OUTPUT` (our build) or `plain INPUT OUTPUT` (Eleventy alone).
import { resolve } from 'node:path';
import Eleventy from '@11ty/eleventy';
import siteDefaults from '../../site.config.ts';
import { buildSite } from '../../src/site/build.ts';
import { bodyPending } from '../../src/site/cache/record-codec.ts';
import { configFromArgs } from '../../src/site/config.ts';

const [mode, input, output] = process.argv.slice(2) as [string, string, string];
const started = performance.now();
let timings: Record<string, number> = {};
let pages = 0;
/** Records whose body was parsed (read back from the cache, a record's body is parsed when read). */
let bodies = 0;
if (mode === 'pipeline') {
  const result = await buildSite(
    configFromArgs(siteDefaults, ['--input', input, '--output', output]),
  );
  timings = result.timings;
  pages = result.data.articles.length + result.data.lists.length;
  bodies = result.data.articles.filter((e) => !bodyPending(e.article)).length;
} else {
  // Plain Eleventy, run from the input folder so no project config file is picked up.
  const [from, to] = [resolve(input), resolve(output)];
  process.chdir(resolve(input, '..'));
  const eleventy = new Eleventy(from, to, { quietMode: true });
  await eleventy.write();
}
console.log(
  JSON.stringify({
    ms: performance.now() - started,
    timings,
    pages,
    bodies,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  }),
);
