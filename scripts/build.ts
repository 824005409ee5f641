// `npm run build [-- --input DIR --output DIR --base-url URL --path-prefix /archive/ …]`:
// parses the input folder and renders the archive site. Exit code non-zero only when the
// configuration is wrong or nothing could be built; bad files are reported and skipped.
import siteDefaults from '../site.config.ts';
import { buildSite, serveSite } from '../src/site/build.ts';
import { ConfigError, configFromArgs, type SiteConfig } from '../src/site/config.ts';
import { InputFolderError } from '../src/site/load.ts';

// `--serve [--port N]` (what `npm start` runs) is not configuration: take it out first.
const args = process.argv.slice(2);
const serveAt = args.indexOf('--serve');
let port = 8080;
if (serveAt >= 0) {
  args.splice(serveAt, 1);
  const p = args.indexOf('--port');
  if (p >= 0) port = Number(args.splice(p, 2)[1]);
}

let config: SiteConfig;
try {
  config = configFromArgs(siteDefaults, args);
} catch (e) {
  if (!(e instanceof ConfigError)) throw e;
  console.error(`configuration error: ${e.message}`);
  process.exit(2);
}

// A progress line on a terminal only; logs and CI get the report alone.
const tty = process.stderr.isTTY;
let lastShown = 0;
const progress = (step: string, done: number, total: number) => {
  if (!tty || (done < total && performance.now() - lastShown < 100)) return;
  lastShown = performance.now();
  process.stderr.write(`\r${step}: ${done}/${total}`.padEnd(40) + (done === total ? '\n' : ''));
};

if (serveAt >= 0) {
  await serveSite(config, port);
} else
  try {
    const started = performance.now();
    const result = await buildSite(config, progress);
    const { data, failures, files } = result;
    for (const f of failures) console.error(`skipped ${f.file}: ${f.error}`);
    const warnings = data.articles.filter((e) => e.article.warnings.length);
    for (const e of warnings)
      console.error(`warning ${e.article.sourceFile}: ${e.article.warnings.join('; ')}`);
    const steps = Object.entries(result.timings)
      .map(([k, ms]) => `${k} ${(ms / 1000).toFixed(2)} s`)
      .join(', ');
    console.log(
      `built ${data.articles.length} of ${files} files into ${config.output}/ ` +
        `(${data.undated} undated, ${warnings.length} with warnings, ${failures.length} failed) ` +
        `in ${((performance.now() - started) / 1000).toFixed(1)} s: ${steps}`,
    );
    process.exitCode = data.articles.length === 0 ? 1 : 0;
  } catch (e) {
    if (!(e instanceof InputFolderError)) throw e;
    console.error(e.message);
    process.exitCode = 1;
  }
