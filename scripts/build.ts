// `npm run build [-- --input DIR --output DIR --base-url URL --path-prefix /archive/ …]`:
// parses the input folder and renders the archive site. Exit code non-zero only when the
// configuration is wrong (2) or nothing could be built (1); bad files are reported and skipped.
// `npm start` runs this with `--serve [--port N]`: build, then Eleventy's dev server.
import siteDefaults from '../site.config.ts';
import { buildSite, serveSite } from '../src/site/build.ts';
import { ConfigError, configFromArgs, type SiteConfig } from '../src/site/config.ts';
import { InputFolderError } from '../src/site/load.ts';

// A progress line on a terminal only; logs and CI get the report alone.
const tty = process.stderr.isTTY;
let lastShown = 0;
const progress = (step: string, done: number, total: number) => {
  if (!tty || (done < total && performance.now() - lastShown < 100)) return;
  lastShown = performance.now();
  process.stderr.write(`\r${step}: ${done}/${total}`.padEnd(40) + (done === total ? '\n' : ''));
};

/** Builds and reports; returns the exit code. */
async function build(config: SiteConfig): Promise<number> {
  const started = performance.now();
  const result = await buildSite(config, { progress });
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
  return data.articles.length === 0 ? 1 : 0;
}

try {
  // `--serve [--port N]` is not configuration: take it out first.
  const args = process.argv.slice(2);
  const serveAt = args.indexOf('--serve');
  if (serveAt >= 0) args.splice(serveAt, 1);
  const portAt = args.indexOf('--port');
  const port = portAt >= 0 ? Number(args.splice(portAt, 2)[1]) : 8080;
  const config = configFromArgs(siteDefaults, args);
  if (serveAt >= 0) await serveSite(config, port);
  else process.exitCode = await build(config);
} catch (e) {
  if (e instanceof ConfigError) {
    console.error(`configuration error: ${e.message}`);
    process.exitCode = 2;
  } else if (e instanceof InputFolderError) {
    console.error(e.message);
    process.exitCode = 1;
  } else throw e;
}
