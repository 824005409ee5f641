// The build's report file: every entry of the input folder that was not read and why, every
// file that failed and every warning, one per line. It sits beside the output folder
// (`.NAME.report.txt`), so the site never publishes it, and each build rewrites it.
import { existsSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import type { ParseFailure } from '../../model/article.ts';

export interface ReportFacts {
  notRead: readonly { name: string; kind: string }[];
  failures: readonly ParseFailure[];
  warnings: readonly { file: string; warnings: readonly string[] }[];
}

export function reportFilePath(out: string): string {
  return join(dirname(out), `.${basename(out)}.report.txt`);
}

/** The report as text: a heading with a count per section, then one entry per line. */
export function reportText({ notRead, failures, warnings }: ReportFacts): string {
  const section = (title: string, lines: string[]) =>
    `${title} (${lines.length})\n${lines.map((l) => `  ${l}\n`).join('')}`;
  return [
    section(
      'not article texts, not read',
      notRead.map((e) => `${e.name}  [${e.kind}]`),
    ),
    section(
      'skipped: could not be read or parsed',
      failures.map(
        (f) => `${f.file}  ${f.kind === 'internal' ? 'internal error: ' : ''}${f.error}`,
      ),
    ),
    section(
      'built, with warnings',
      warnings.map((w) => `${w.file}  ${w.warnings.join('; ')}`),
    ),
  ].join('\n');
}

/** Writes the report beside `out` when its folder exists; returns the path, or null. */
export function writeReportFile(out: string, facts: ReportFacts): string | null {
  const path = reportFilePath(out);
  if (!existsSync(dirname(out))) return null;
  writeFileSync(path, reportText(facts));
  return path;
}
