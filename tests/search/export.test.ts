// Exports: every match as rows with the page, the source file and the scraped address; CSV as
// RFC 4180 (quotes, commas and line breaks quoted; a leading = + - @ kept as text, not a
// spreadsheet formula), JSON with the total of every match.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { rmSync } from 'node:fs';
import { generatedDocs } from '../../scripts/lib/archive.ts';
import { csvTable, exportRows, toCsv, toJson } from '../../src/search/export.ts';
import { EXPORT_PER_FILE } from '../../src/search/format.ts';
import { openSearch } from '../../src/search/node.ts';
import { writeSearchIndex } from '../../src/search/write.ts';
import { tempDir } from '../support/temp.ts';

test('CSV fields are quoted when they must be and formulas stay text', () => {
  assert.equal(
    csvTable(
      ['a', 'b', 'c'],
      [
        ['plain', 'with, comma', 'say "hi"'],
        ['two\nlines', null, 3.5],
        ['=1+1', '-5 degrees', '@home'],
      ],
    ),
    'a,b,c\r\nplain,"with, comma","say ""hi"""\r\n"two\nlines",,3.5\r\n\'=1+1,\'-5 degrees,\'@home\r\n',
  );
});

test('every match exports with its page, source file and score, across export files', async () => {
  const docs = generatedDocs(EXPORT_PER_FILE + 200, 3);
  const dir = tempDir('search-export-');
  try {
    await writeSearchIndex(docs, dir);
    const { engine, read } = await openSearch(dir);
    const hits = await engine.search('government');
    assert.ok(
      hits.some((h) => h.doc >= EXPORT_PER_FILE),
      'matches in the second export file',
    );
    const rows = await exportRows(engine, hits, (url) => `https://news.example.net/${url}`);
    assert.equal(rows.length, hits.length);
    rows.forEach((r, i) => {
      const d = docs[hits[i]!.doc]!;
      assert.deepEqual(
        [r.title, r.date, r.source, r.byline, r.url, r.sourceFile, r.sourceUrl],
        [
          d.title,
          d.date,
          d.source,
          d.byline,
          `https://news.example.net/${d.url}`,
          d.sourceFile,
          d.sourceUrl,
        ],
      );
    });
    // The rows came from the two export files, not from a document file per match.
    assert.ok(read.has('x/0') && read.has('x/1'));
    assert.ok(![...read.keys()].some((k) => k.startsWith('d/')));
    const csv = toCsv(rows).split('\r\n');
    assert.equal(csv.length, rows.length + 2); // header, rows, and the final line end
    const json = JSON.parse(toJson('government', rows.slice(0, 3), rows.length));
    assert.deepEqual([json.total, json.results.length], [rows.length, 3]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
