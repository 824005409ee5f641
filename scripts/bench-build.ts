// `npm run bench:build [-- --articles 10000] [--no-plain] [--incremental [--add 10]]`:
// generates that many seed-like texts (seeded), builds the archive from them and prints total
// seconds, seconds per 1,000 articles, peak memory and where the time goes; then two rebuilds
// into the published site (nothing changed; 1 % more articles); beside it a plain Eleventy
// build of the same articles as one Markdown file each (with one layout), measured in the same
// run. With --incremental: a full build, then rebuilds after adding `--add` files, editing one
// and deleting one. Each build runs in its own process.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeCorpus } from './lib/corpus.ts';
import { parseText } from '../src/parse/parser.ts';

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1]! : fallback;
};
const n = Number(arg('articles', '10000'));
const added = Number(arg('add', '10'));
const root = join('bench-out', `build-${n}`);
rmSync(root, { recursive: true, force: true });
const input = join(root, 'input');
const plainInput = join(root, 'plain', 'src');
mkdirSync(join(plainInput, '_includes'), { recursive: true });
// The least a plain site needs for real pages: one layout giving each page its HTML frame.
writeFileSync(
  join(plainInput, '_includes', 'article.njk'),
  '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8"><title>{{ title }}</title></head>\n<body><main>{{ content | safe }}</main></body></html>\n',
);

// The plain Eleventy input only when the plain build runs: writing 10,000 more files just
// before the measured builds would leave the disk busy flushing them during the first one.
const withPlain = !process.argv.includes('--no-plain') && !process.argv.includes('--incremental');
let bytes = 0;
for (const doc of writeCorpus(input, n)) {
  bytes += doc.text.length;
  if (!withPlain) continue;
  // The plain build gets the same article as Markdown: front matter, then its paragraphs.
  const a = parseText(doc.text, doc.name);
  const fm = [
    'layout: article.njk',
    `title: ${JSON.stringify(a.title ?? doc.name)}`,
    ...(a.date ? [`date: ${a.date.slice(0, 10)}`] : []),
  ];
  writeFileSync(
    join(plainInput, doc.name.replace(/\.txt$/, '.md')),
    `---\n${fm.join('\n')}\n---\n\n# ${a.title ?? ''}\n\n${a.body.map((b) => b.text).join('\n\n')}\n`,
  );
}
console.log(`generated ${n} articles, ${(bytes / 1e6).toFixed(1)} MB, in ${root}/`);

interface Run {
  ms: number;
  /** The whole process, its start-up included. */
  wallMs?: number;
  timings: Record<string, number>;
  pages: number;
  /** Records whose body the build parsed or read. */
  bodies: number;
  maxRssMiB: number;
}
const run = (mode: string, from: string, to: string, ...extra: string[]): Run => {
  const started = performance.now();
  const out = execFileSync(
    process.execPath,
    ['--import', 'tsx', 'scripts/lib/bench-child.ts', mode, from, to, ...extra],
    {
      encoding: 'utf8',
      maxBuffer: 1 << 26,
    },
  );
  const r = JSON.parse(out.trim().split('\n').pop()!) as Run;
  return { ...r, wallMs: performance.now() - started };
};
const s = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const row = (label: string, r: Run) =>
  `${label.padEnd(16)} ${s(r.ms).padStart(8)} ${(((r.ms / n) * 1000) / 1000).toFixed(2).padStart(9)} s ${r.maxRssMiB.toFixed(0).padStart(8)} MiB`;

const ours = run('pipeline', input, join(root, 'site'));
if (process.argv.includes('--incremental')) {
  // A growing archive with the build cache: `--add` new files (10), then 1 edited, then 1 deleted; each
  // rebuild a whole process, start-up included, against the full build above.
  const steps: [string, () => void][] = [
    [
      `rebuild, +${added} files`,
      () => {
        const more = join(root, 'more');
        writeCorpus(more, added, 4242);
        for (const f of readdirSync(more)) renameSync(join(more, f), join(input, `new-${f}`));
      },
    ],
    [
      'rebuild, 1 edited',
      () => {
        const f = join(input, readdirSync(input).sort()[100]!);
        writeFileSync(
          f,
          `${readFileSync(f, 'utf8')}\nOne more sentence closes this article now.\n`,
        );
      },
    ],
    ['rebuild, 1 deleted', () => rmSync(join(input, readdirSync(input).sort()[200]!))],
  ];
  console.log(
    `\n${'build'.padEnd(20)} ${'process'.padStart(8)} ${'of full'.padStart(8)} ${'in build'.padStart(9)} ${'peak RSS'.padStart(10)} ${'bodies'.padStart(7)}  steps (s)`,
  );
  const show = (label: string, r: Run) =>
    console.log(
      `${label.padEnd(20)} ${s(r.wallMs!).padStart(8)} ${`${((100 * r.wallMs!) / ours.wallMs!).toFixed(0)} %`.padStart(8)} ${s(r.ms).padStart(9)} ${r.maxRssMiB.toFixed(0).padStart(6)} MiB ${String(r.bodies).padStart(7)}  ${Object.entries(
        r.timings,
      )
        .map(([k, ms]) => `${k} ${(ms / 1000).toFixed(2)}`)
        .join(', ')}`,
    );
  show('full build', ours);
  for (const [label, change] of steps) {
    change();
    show(label, run('pipeline', input, join(root, 'site')));
  }
  process.exit(0);
}
const same = run('pipeline', input, join(root, 'site'));
// A growing archive: 1 % new texts (another seed, so other titles) beside the same ones.
const more = join(root, 'more');
writeCorpus(more, Math.max(1, Math.round(n / 100)), 4242);
for (const f of readdirSync(more)) renameSync(join(more, f), join(input, `more-${f}`));
const grown = run('pipeline', input, join(root, 'site'));
const plain = withPlain ? run('plain', plainInput, join(root, 'plain', 'out')) : null;
console.log(
  `\n${'build'.padEnd(16)} ${'total'.padStart(8)} ${'per 1,000'.padStart(11)} ${'peak RSS'.padStart(12)}`,
);
console.log(row('archive pipeline', ours));
console.log(row('rebuild, same', same));
console.log(row('rebuild, +1 %', grown));
if (plain) console.log(row('plain Eleventy', plain));
console.log(`\narchive pipeline: ${ours.pages} pages; time by step:`);
for (const [step, ms] of Object.entries(ours.timings))
  console.log(
    `  ${step.padEnd(14)} ${s(ms).padStart(8)} ${((100 * ms) / ours.ms).toFixed(0).padStart(4)} %`,
  );
for (const [label, r] of [
  ['rebuild, same', same],
  ['rebuild, +1 %', grown],
] as const)
  console.log(
    `${label}: ${Object.entries(r.timings)
      .map(([k, ms]) => `${k} ${s(ms)}`)
      .join(', ')}`,
  );
if (plain) console.log(`\npipeline / plain Eleventy: ${(ours.ms / plain.ms).toFixed(2)}`);
