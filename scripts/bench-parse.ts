// `npm run bench:parse [-- --mb 50] [--dir DIR[,DIR…]] [--corpus]`: parses a generated corpus
// (the seeds' text, or the .txt files of each DIR; `--corpus` is every set of the development
// corpus, ../shared/corpus/{seeds,real,html}), copied with varied digits so no two files are
// equal, and prints MB/s and peak memory.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Parser } from '../src/parse/parser.ts';

const arg = (name: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] : undefined;
};
const targetMb = Number(arg('mb') ?? 50);
const CORPUS = ['seeds', 'real', 'html'].map((set) => join('..', 'shared', 'corpus', set));
const dirs = process.argv.includes('--corpus') ? CORPUS : (arg('dir') ?? 'seeds').split(',');
const seeds = dirs.flatMap((dir) =>
  readdirSync(dir)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => readFileSync(join(dir, f), 'utf8')),
);
const docs: string[] = [];
let bytes = 0;
for (let n = 0; bytes < targetMb * 1e6; n++) {
  // Vary digits so every document differs, as a real archive's would.
  const doc = seeds[n % seeds.length]!.replace(/\d/g, (d) => String((Number(d) + n) % 10));
  docs.push(doc);
  bytes += Buffer.byteLength(doc);
}
const parser = new Parser();
let peak = process.memoryUsage().rss;
const start = process.hrtime.bigint();
docs.forEach((doc, k) => {
  parser.parseText(doc, `gen-${k}.txt`);
  if (k % 500 === 0) peak = Math.max(peak, process.memoryUsage().rss);
});
const seconds = Number(process.hrtime.bigint() - start) / 1e9;
peak = Math.max(peak, process.memoryUsage().rss);
console.log(
  `parsed ${docs.length} documents, ${(bytes / 1e6).toFixed(1)} MB in ${seconds.toFixed(2)} s`,
);
console.log(`throughput: ${(bytes / 1e6 / seconds).toFixed(1)} MB/s on one core`);
console.log(`peak memory (RSS): ${(peak / 1048576).toFixed(0)} MiB`);
