// `npm run build [-- --input DIR --output DIR --base-url URL --path-prefix /archive/ …]`:
// parses the input folder and publishes the archive site into the output folder. Exit codes:
// 0 built; 1 nothing to build (no input folder, or no file gave an article: the previous site
// is left as it was); 2 wrong configuration or an output folder the build may not use; 3 the
// site was built but some file brought out an internal error (reported with its name).
// `npm start` runs this with `--serve [--port N] [--host ADDRESS]`: build, serve, rebuild on change.
import siteDefaults from '../site.config.ts';
import { buildSite } from '../src/site/build.ts';
import type { OptionSpecs } from '../src/cli/args.ts';
import { commandLine } from '../src/cli/command-line.ts';
import {
  ConfigError,
  configFromOptions,
  PLACEHOLDER_BASE_URL,
  SITE_OPTIONS,
} from '../src/site/config.ts';
import { InputChangedError, InputFolderError } from '../src/parse/input/load.ts';
import { OutputFolderError } from '../src/site/output/guard.ts';
import { OutputLockedError } from '../src/site/output/lock.ts';
import { OutputConflictError } from '../src/site/output/publish.ts';
import { report, type Report } from '../src/site/report.ts';
import { findConfigFile, withConfigFile } from '../src/site/config-file.ts';
import { resolve } from 'node:path';
import { serveSite, WatchError } from '../src/site/serve.ts';

// A progress line on a terminal only; logs and CI get the report alone.
const tty = process.stderr.isTTY;
let lastShown = 0;
const progress = (step: string, done: number, total: number) => {
  if (!tty || (done < total && performance.now() - lastShown < 100)) return;
  lastShown = performance.now();
  process.stderr.write(`\r${step}: ${done}/${total}`.padEnd(40) + (done === total ? '\n' : ''));
};

/** Prints a report (problems on stderr, the rest on stdout); returns its exit code. */
function print({ lines, code }: Report): number {
  for (const { text, error } of lines) (error ? console.error : console.log)(text);
  return code;
}

/** The exit code and message for an error that stops a build, or null for a bug. */
function stopped(e: unknown): number | null {
  if (e instanceof ConfigError || e instanceof OutputFolderError) {
    console.error(`configuration error: ${e.message}`);
    return 2;
  }
  if (e instanceof OutputConflictError || e instanceof OutputLockedError) {
    console.error(e.message);
    return 2;
  }
  if (e instanceof InputFolderError || e instanceof InputChangedError || e instanceof WatchError) {
    console.error(e.message);
    return 1;
  }
  return null;
}

/** The build's options: the site's configuration, and serving it (`npm start`). */
const OPTIONS = {
  ...SITE_OPTIONS,
  serve: { type: 'boolean', help: 'serve the site and rebuild when an input changes' },
  port: { type: 'integer', min: 0, max: 65535, help: 'port to serve on (default 8080)' },
  host: { type: 'string', value: 'ADDRESS', help: 'address to serve on (default 127.0.0.1)' },
  config: {
    type: 'string',
    value: 'FILE',
    help: 'settings file (default: news-archive.config.json/.ts/.js in the input folder, else here)',
  },
  verbose: { type: 'boolean', help: 'say how long each step took' },
  help: { type: 'boolean', help: 'print this help' },
} as const satisfies OptionSpecs;

try {
  const { options } = commandLine('npm run build -- [options]', OPTIONS, { positionals: false });
  const { serve = false, port = 8080, host = '127.0.0.1' } = options;
  // The news-archive command runs this from the package's folder and says where it was run.
  const here = process.env.NEWS_ARCHIVE_CWD ?? process.cwd();
  const file = options.config
    ? resolve(here, options.config)
    : findConfigFile([resolve(here, options.input ?? siteDefaults.input), here]);
  const fromFile = file ? await withConfigFile(siteDefaults, file) : siteDefaults;
  // Run as the news-archive command, the default site folder is the user's, not the package's.
  const defaults =
    process.env.NEWS_ARCHIVE_CWD && fromFile.output === siteDefaults.output
      ? { ...fromFile, output: resolve(here, siteDefaults.output) }
      : fromFile;
  if (file) console.log(`settings from ${file}`);
  const config = configFromOptions(defaults, options);
  if (config.baseUrl === PLACEHOLDER_BASE_URL)
    console.error(
      `warning: the base URL is still ${PLACEHOLDER_BASE_URL} (canonical links, feeds and the sitemap point there): give --base-url URL or set baseUrl in site.config.ts`,
    );
  if (serve) {
    const serving = await serveSite(config, {
      port,
      host,
      onBuild: (r) => {
        if (!(r instanceof Error)) {
          const t = r.timings;
          const ms = (t.parse ?? 0) + (t.data ?? 0) + (t.stage ?? 0) + (t.publish ?? 0);
          print(report(config, r, ms / 1000, { verbose: options.verbose, serving: true }));
        } else if (stopped(r) === null) console.error(r);
      },
    });
    console.log(
      `serving ${config.output}/ at ${serving.url}; rebuilding when ${config.input}/ or templates/ change (Ctrl+C stops)`,
    );
  } else {
    const started = performance.now();
    const result = await buildSite(config, { progress });
    process.exitCode = print(
      report(config, result, (performance.now() - started) / 1000, { verbose: options.verbose }),
    );
  }
} catch (e) {
  const code = stopped(e);
  if (code === null) throw e;
  process.exitCode = code;
}
