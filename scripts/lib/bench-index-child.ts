// One measured index build in its own process (so peak memory is its own), printing one JSON
// line: `sharded INPUT DIR` (our writeSearchIndex) or `lunr INPUT DIR` (one lunr index with
// positions, serialized, plus a page that loads it whole). Both parse INPUT first.
import { copyFileSync, mkdirSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import lunr from 'lunr';
import { toSearchDoc } from '../../src/search/doc.ts';
import { BOOSTS, FIELDS } from '../../src/search/fields.ts';
import { writeSearchIndex } from '../../src/search/write.ts';
import siteDefaults from '../../site.config.ts';
import { loadInputs } from '../../src/parse/input/load.ts';
import { articleUrl } from '../../src/site/urls.ts';
import { displayDate } from '../../src/site/dates.ts';

const [mode, input, dir] = process.argv.slice(2) as [string, string, string];
const docs = loadInputs(input, { include: siteDefaults.include }).loaded.map(({ article }) =>
  toSearchDoc(article, articleUrl(article), article.date && displayDate(article.date)),
);
mkdirSync(dir, { recursive: true });
const started = performance.now();
if (mode === 'sharded') {
  await writeSearchIndex(docs, dir);
} else {
  const index = lunr(function () {
    this.ref('ref');
    for (const f of FIELDS) this.field(f, { boost: BOOSTS[f] });
    this.metadataWhitelist = ['position'];
    for (const d of docs) this.add(d);
  });
  // What a reader's browser needs: the index, and title/url/date per result.
  const shown = Object.fromEntries(
    docs.map((d) => [d.ref, { title: d.title, url: d.url, date: d.date }]),
  );
  writeFileSync(join(dir, 'index.js'), `window.LUNR_INDEX=${JSON.stringify(index)};\n`);
  writeFileSync(join(dir, 'docs.js'), `window.LUNR_DOCS=${JSON.stringify(shown)};\n`);
  copyFileSync(
    createRequire(import.meta.url).resolve('lunr/lunr.min.js'),
    join(dir, 'lunr.min.js'),
  );
  writeFileSync(
    join(dir, 'bench.js'),
    `var q = new URLSearchParams(location.search).get('q') || '';
var hits = lunr.Index.load(window.LUNR_INDEX).search(q);
var ol = document.getElementById('r');
hits.slice(0, 20).forEach(function (h) {
  var li = document.createElement('li');
  li.textContent = window.LUNR_DOCS[h.ref].title;
  ol.appendChild(li);
});
document.body.dataset.done = String(hits.length);
`,
  );
  writeFileSync(
    join(dir, 'index.html'),
    '<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>lunr</title></head><body><ol id="r"></ol>' +
      '<script src="lunr.min.js"></script><script src="index.js"></script><script src="docs.js"></script><script src="bench.js"></script></body></html>\n',
  );
}
console.log(
  JSON.stringify({
    ms: performance.now() - started,
    maxRssMiB: process.resourceUsage().maxRSS / 1024,
  }),
);
