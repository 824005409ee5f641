// `npm run build [-- --input DIR --output DIR --base-url URL --path-prefix /archive/ …]`:
// parses the input folder and publishes the archive site into the output folder. Exit codes:
// 0 built; 1 nothing to build (no input folder, or no file gave an article: the previous site
// is left as it was); 2 wrong configuration or an output folder the build may not use; 3 the
// site was built but some file brought out an internal error (reported with its name).
// `npm start` runs this with `--serve [--port N] [--host ADDRESS]`: build, serve, rebuild on change.
import siteDefaults from '../site.config.ts';
import { buildSite } from '../src/site/build.ts';
import { ConfigError, configFromArgs } from '../src/site/config.ts';
import { InputFolderError } from '../src/parse/input/load.ts';
import { OutputFolderError } from '../src/site/output/guard.ts';
import { OutputLockedError } from '../src/site/output/lock.ts';
import { OutputConflictError } from '../src/site/output/publish.ts';
import { report, type Report } from '../src/site/report.ts';
import { serveSite } from '../src/site/serve.ts';

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
  if (e instanceof InputFolderError) {
    console.error(e.message);
    return 1;
  }
  return null;
}

/** `--serve`, `--port N` and `--host A` are not site configuration: they are taken out first. */
function serveArgs(args: string[]): { serve: boolean; port: number; host: string } {
  const take = (flag: string): string | undefined => {
    const at = args.findIndex((a) => a === flag || a.startsWith(`${flag}=`));
    if (at < 0) return undefined;
    const [arg] = args.splice(at, 1);
    if (arg!.includes('=')) return arg!.slice(flag.length + 1);
    if (args[at] === undefined || args[at]!.startsWith('--'))
      throw new ConfigError(`option ${flag} needs a value`);
    return args.splice(at, 1)[0];
  };
  const serveAt = args.indexOf('--serve');
  if (serveAt >= 0) args.splice(serveAt, 1);
  const portText = take('--port') ?? '8080';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new ConfigError(`--port must be a port number, got ${JSON.stringify(portText)}`);
  return { serve: serveAt >= 0, port, host: take('--host') ?? '127.0.0.1' };
}

try {
  const args = process.argv.slice(2);
  const { serve, port, host } = serveArgs(args);
  const config = configFromArgs(siteDefaults, args);
  if (serve) {
    const serving = await serveSite(config, {
      port,
      host,
      onBuild: (r) => {
        if (!(r instanceof Error)) {
          const t = r.timings;
          const ms = (t.parse ?? 0) + (t.data ?? 0) + (t.stage ?? 0) + (t.publish ?? 0);
          print(report(config, r, ms / 1000));
        } else if (stopped(r) === null) console.error(r);
      },
    });
    console.log(
      `serving ${config.output}/ at ${serving.url}; rebuilding when ${config.input}/ or templates/ change (Ctrl+C stops)`,
    );
  } else {
    const started = performance.now();
    const result = await buildSite(config, { progress });
    process.exitCode = print(report(config, result, (performance.now() - started) / 1000));
  }
} catch (e) {
  const code = stopped(e);
  if (code === null) throw e;
  process.exitCode = code;
}
