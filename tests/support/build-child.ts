// A build in a child process, for tests that kill one: `build-child.ts INPUT OUTPUT`. With
// PAUSE_BEFORE_PUBLISH set it prints `staged` once the site is complete in its staging folder
// and waits there to be killed; otherwise it prints `done` when the build has published.
import siteDefaults from '../../site.config.ts';
import { buildSite } from '../../src/site/build.ts';
import { configFromArgs } from '../../src/site/config.ts';

const [input, output] = process.argv.slice(2) as [string, string];
const pause = process.env.PAUSE_BEFORE_PUBLISH
  ? () => {
      process.stdout.write('staged\n');
      setInterval(() => {}, 1000);
      return new Promise<void>(() => {});
    }
  : undefined;
await buildSite(configFromArgs(siteDefaults, ['--input', input, '--output', output]), {
  beforePublish: pause,
});
process.stdout.write('done\n');
