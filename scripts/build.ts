// `npm run build [-- --input DIR --output DIR]`: parses every text file of the input folder
// and writes the records as JSON under the output folder. (The Eleventy site comes next.)
import { mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseFiles, isFailure } from '../src/parse/batch.ts';
import type { Article } from '../src/model/article.ts';

function arg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
}
const input = arg('input', 'seeds');
const output = arg('output', '_site');
let files: string[];
try {
  files = readdirSync(input, { recursive: true, encoding: 'utf8' })
    .map((f) => join(input, f))
    .filter((f) => statSync(f).isFile() && !/(^|\/)\./.test(f))
    .sort();
} catch (e) {
  console.error(`cannot read input folder ${input}: ${(e as Error).message}`);
  process.exit(2);
}
if (files.length === 0) {
  console.error(`input folder ${input} has no files: put scraped .txt articles there`);
  process.exit(2);
}
const results = await parseFiles(files, (f) => relative(input, f));
const articles = results.filter((r): r is Article => !isFailure(r));
mkdirSync(join(output, 'records'), { recursive: true });
for (const a of articles)
  writeFileSync(join(output, 'records', `${a.id}.json`), `${JSON.stringify(a, null, 1)}\n`);
const failures = results.filter(isFailure);
for (const f of failures) console.error(`skipped ${f.file}: ${f.error}`);
const undated = articles.filter((a) => a.date === null).length;
const warnings = articles.reduce((n, a) => n + a.warnings.length, 0);
console.log(
  `built ${articles.length} articles (${undated} undated, ${warnings} warnings, ${failures.length} failed) into ${output}/records`,
);
process.exitCode = articles.length === 0 ? 1 : 0;
