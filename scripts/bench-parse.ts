// `npm run bench:parse [-- --mb 50] [--dir DIR[,DIR…]] [--corpus] [--command]`: parses a
// generated corpus (the seeds' text, or the .txt files of each DIR; `--corpus` is every set of
// the development corpus, ../shared/corpus/{seeds,real,html}), copied with varied digits so no
// two files are equal, and prints MB/s and peak memory. In-process on one core by default;
// with `--command`, the copies are written to a temporary folder and `npm run --silent parse`
// is timed on them as a user runs it (all cores, JSON written out), less its start-up (the
// same command on one small file, best of three).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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
if (process.argv.includes('--command')) benchCommand(docs, bytes);
else benchInProcess(docs, bytes);

function benchInProcess(docs: string[], bytes: number): void {
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
}

/** Wall time of `npm run --silent parse -- FILES` (its output thrown away, as a pipe reads it). */
function timeCommand(files: string[]): number {
  const start = process.hrtime.bigint();
  const r = spawnSync(
    process.execPath,
    ['--import', 'tsx', join('scripts', 'parse.ts'), ...files],
    {
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  );
  if (r.status !== 0) throw new Error(`the parse command failed (exit code ${r.status})`);
  return Number(process.hrtime.bigint() - start) / 1e9;
}

function benchCommand(docs: string[], bytes: number): void {
  const dir = mkdtempSync(join(tmpdir(), 'news-archive-bench-parse-'));
  try {
    const files = docs.map((doc, k) => {
      const f = join(dir, `gen-${String(k).padStart(6, '0')}.txt`);
      writeFileSync(f, doc);
      return f;
    });
    const startUp = Math.min(...[0, 1, 2].map(() => timeCommand(files.slice(0, 1))));
    const total = timeCommand(files);
    const seconds = total - startUp;
    console.log(
      `npm run --silent parse: ${docs.length} files, ${(bytes / 1e6).toFixed(1)} MB in ` +
        `${total.toFixed(2)} s, start-up ${startUp.toFixed(2)} s`,
    );
    console.log(`throughput after start-up: ${(bytes / 1e6 / seconds).toFixed(1)} MB/s`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
