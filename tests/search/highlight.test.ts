// What a result shows: the matched words marked, without the punctuation lunr's tokens keep
// glued to them, and the text itself unchanged.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import lunr from 'lunr';
import { Highlighter } from '../../src/search/highlight.ts';
import type { Lunr, LunrMetadata } from '../../src/search/lunr-types.ts';

const highlighter = new Highlighter(lunr as unknown as Lunr);
const matches = { aleppo: { body: {} }, citi: { body: {} } } as unknown as LunrMetadata;

test('marks the word inside a token, not the quotes and commas around it', () => {
  const text = 'In "Aleppo," the city... (Aleppo) re-Aleppo; ---';
  const segments = highlighter.mark(text, 'body', matches);
  assert.equal(segments.map((s) => s.text).join(''), text);
  assert.deepEqual(
    segments.filter((s) => s.mark).map((s) => s.text),
    ['Aleppo', 'city', 'Aleppo', 'Aleppo'],
  );
});

test('a snippet keeps what it cuts marked the same way', () => {
  const segments = highlighter.snippet('"Aleppo!" said the report.', 'body', matches);
  assert.deepEqual(segments, [
    { text: '"', mark: false },
    { text: 'Aleppo', mark: true },
    { text: '!" said the report.', mark: false },
  ]);
});
