// The views' HTML helper: text is escaped as Nunjucks' autoescape did, markup is kept once.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { escapeHtml, html, raw } from '../../src/site/html.ts';

test('html escapes interpolated text, keeps markup, joins lists, prints nothing for absent values', () => {
  const evil = `<script>alert("x & 'y'")</script>\\`;
  assert.equal(
    html`<p>${evil}</p>`.markup,
    '<p>&lt;script&gt;alert(&quot;x &amp; &#39;y&#39;&quot;)&lt;/script&gt;&#92;</p>',
  );
  assert.equal(escapeHtml(evil), html`${evil}`.markup);
  const inner = html`<b>${'a<b'}</b>`;
  assert.equal(html`<i>${inner}</i>`.markup, '<i><b>a&lt;b</b></i>');
  assert.equal(html`${['a', html`<br>`, 'c&d']}`.markup, 'a<br>c&amp;d');
  assert.equal(html`[${null}${undefined}${false}${0}]`.markup, '[0]');
  assert.equal(html`${raw('<hr>')}`.markup, '<hr>');
});
