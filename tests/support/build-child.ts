// A build in a child process, for tests that kill one: `build-child.ts INPUT OUTPUT`. With
// PAUSE_BEFORE_PUBLISH set it prints `staged` once the site is complete in its staging folder
// and waits there to be killed; with KILL_AFTER_MOVES=N it kills itself (SIGKILL) once a publish
// in place has moved N files; otherwise it prints `done` when the build has published.
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
const killAfter = Number(process.env.KILL_AFTER_MOVES ?? 0);
await buildSite(configFromArgs(siteDefaults, ['--input', input, '--output', output]), {
  beforePublish: pause,
  duringPublish:
    killAfter > 0 ? (n) => n >= killAfter && process.kill(process.pid, 'SIGKILL') : undefined,
});
process.stdout.write('done\n');
