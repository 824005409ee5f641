// What a build tells its user: the files it skipped and why, the warnings, what it kept of the
// user's in the output folder, one summary line (time per step with --verbose) and how to look
// at the site; and the exit code that says how it went:
// 0 built; 1 no file gave an article (the previous site was left alone); 3 built, but a file
// brought out an internal error (its name is reported). Configuration errors (2) stop a build
// before there is anything to report.
import type { BuildResult } from './build.ts';
import type { SiteConfig } from './config.ts';
import { describeSkipped } from '../parse/input/load.ts';

export interface Report {
  lines: { text: string; error: boolean }[];
  code: 0 | 1 | 3;
}

/** How to look at a built site: opened from disk when its links name index.html, else served. */
function howToLook(config: SiteConfig): string {
  return config.indexLinks
    ? `look at it: open ${config.output}/index.html in a browser`
    : `look at it: news-archive serve ${config.input} --output ${config.output} (or npm start), then open the address it prints; or build with --index-links to open ${config.output}/index.html from disk`;
}

export function report(
  config: SiteConfig,
  result: BuildResult,
  seconds: number,
  { verbose = false, serving = false }: { verbose?: boolean; serving?: boolean } = {},
): Report {
  const lines: Report['lines'] = [];
  const say = (text: string, error = false) => lines.push({ text, error });
  const { data, failures, files, skipped, published } = result;
  for (const f of failures)
    say(
      f.kind === 'internal'
        ? `internal error in ${f.file}: ${f.error}`
        : `skipped ${f.file}: ${f.error}`,
      true,
    );
  const warnings = data.articles.filter((e) => e.article.warnings.length);
  for (const e of warnings)
    say(`warning ${e.article.sourceFile}: ${e.article.warnings.join('; ')}`, true);
  if (skipped.size > 0)
    say(
      `not article texts, not read: ${describeSkipped(skipped)}` +
        (result.reportFile ? ` (each file, and why: ${result.reportFile})` : ''),
    );
  if (!published) {
    say(
      `no file gave an article: nothing was built, and ${config.output} was left as it was`,
      true,
    );
    return { lines, code: 1 };
  }
  const n = published.kept.length;
  if (n > 0)
    say(
      `kept ${n} ${n === 1 ? 'entry' : 'entries'} this tool did not write: ${published.kept.join(', ')}`,
    );
  if (published.leftBehind.length > 0)
    say(
      `left in the previous site's folder (their paths are taken in the new one): ${published.leftBehind.join(', ')}`,
      true,
    );
  if (result.cacheProblem) say(`the site is built, but ${result.cacheProblem}`, true);
  const steps = Object.entries(result.timings)
    .map(([k, ms]) => `${k} ${(ms / 1000).toFixed(2)} s`)
    .join(', ');
  say(
    `built ${data.articles.length} of ${files} files into ${config.output}/ ` +
      `(${data.undated} undated, ${warnings.length} with warnings, ${failures.length} failed) ` +
      `in ${seconds.toFixed(1)} s${verbose ? `: ${steps}; pages rendered ${result.rendered}, kept from the last build ${result.reused}` : ''}`,
  );
  // While serving, the address is already on screen.
  if (!serving) say(howToLook(config));
  const internal = failures.filter((f) => f.kind === 'internal').length;
  if (internal > 0)
    say(`${internal} file(s) brought out an internal error: please report it with the file`, true);
  return { lines, code: internal > 0 ? 3 : 0 };
}
