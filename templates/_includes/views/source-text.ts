// The original file, line by line, with what the parser dropped marked and why: a reader can
// check what the parser did.
import { sourceLines, type ArticleEntry } from '../../../src/site/data.ts';
import { reasonInWords } from '../../../src/model/reasons.ts';
import { html, type Html } from '../../../src/site/html.ts';
import { plural } from '../../../src/site/words.ts';

export function sourceText(entry: ArticleEntry): Html {
  const a = entry.article;
  return html`<details class="source-text" id="source-text">
  <summary>Source text: <code>${a.sourceFile}</code> (${plural(a.dropped.length, 'line')} left out)</summary>
  <p class="explain">The file this page was read from, line by line. Struck-out lines are not in the article above; beside each is why.</p>${
    a.warnings.length > 0 &&
    html`
  <ul class="warnings">${a.warnings.map((w) => html`<li>${w}</li>`)}</ul>`
  }
  <ol class="source-lines">${sourceLines(entry).map((l) =>
    l.reason
      ? html`<li class="dropped" value="${l.no}"><del>${l.text}</del> <span class="reason">${reasonInWords(l.reason)} <code class="reason-code">${l.reason}</code></span></li>`
      : html`<li value="${l.no}">${l.text}</li>`,
  )}
  </ol>
</details>`;
}
