// Articles per month as a bar chart drawn at build time: an SVG with a title and a description
// (what it shows, the busiest month), bars stacked by source with a legend when there are
// several, and its figures as a table beside it for screen readers and for copying. No script.
import type { MonthlyChart } from '../../../src/site/chart.ts';
import { html, raw, type Html } from '../../../src/site/html.ts';
import { plural } from '../../../src/site/words.ts';
import type { View } from './view.ts';

const HEIGHT = 140;
const AXIS = 18;
/** The chart is drawn this wide (CSS scales it to the page): narrow bars for a long span. */
const WIDTH = 720;
const MAX_BAR = 28;

function bars(chart: MonthlyChart): string {
  const n = chart.bars.length;
  const step = Math.min(MAX_BAR, WIDTH / n);
  const gap = step > 6 ? 1 : 0;
  const y = (v: number) => (v / chart.max) * HEIGHT;
  const out: string[] = [];
  chart.bars.forEach((b, i) => {
    let top = HEIGHT;
    b.counts.forEach((c, s) => {
      if (c === 0) return;
      const h = y(c);
      top -= h;
      out.push(
        `<rect class="s${s}" x="${(i * step).toFixed(2)}" y="${top.toFixed(2)}" width="${(step - gap).toFixed(2)}" height="${h.toFixed(2)}"></rect>`,
      );
    });
    // A year's first month (or the first bar) is named under the axis.
    if (i === 0 || b.month.endsWith('-01'))
      out.push(
        `<text x="${(i * step).toFixed(2)}" y="${HEIGHT + AXIS - 4}">${b.month.slice(0, 4)}</text>`,
      );
  });
  return out.join('');
}

export function monthChart(v: View, chart: MonthlyChart | null, id: string): Html | null {
  if (!chart) return null;
  const label = (month: string) =>
    `${v.dates.month(Number(month.slice(5, 7)))} ${month.slice(0, 4)}`;
  const busiest = chart.bars.reduce((a, b) => (b.total > a.total ? b : a));
  const total = chart.bars.reduce((n, b) => n + b.total, 0);
  const span = `${label(chart.bars[0]!.month)} to ${label(chart.bars.at(-1)!.month)}`;
  const width = Math.min(WIDTH, MAX_BAR * chart.bars.length);
  const several = chart.series.length > 1;
  return html`<figure class="month-chart">
  <svg viewBox="0 0 ${width} ${HEIGHT + AXIS}" role="img" aria-labelledby="${id}-title ${id}-desc" preserveAspectRatio="xMinYMin meet">
    <title id="${id}-title">Articles per month, ${span}</title>
    <desc id="${id}-desc">${plural(total, 'dated article')}${several && `, by source (${chart.series.join(', ')})`}; the busiest month is ${label(busiest.month)} with ${plural(busiest.total, 'article')}.</desc>
    <line class="axis" x1="0" y1="${HEIGHT}" x2="${width}" y2="${HEIGHT}"></line>
    ${raw(bars(chart))}
  </svg>
  <figcaption>Articles per month, ${span}; the tallest bar is ${plural(chart.max, 'article')}.${
    several &&
    html`
    <ul class="legend">${chart.series.map((s, i) => html`<li><span class="swatch s${i}"></span>${s}</li>`)}</ul>`
  }
  <details class="chart-figures">
    <summary>The figures</summary>
    <table>
      <thead><tr><th scope="col">Month</th><th scope="col">Articles</th>${several && chart.series.map((s) => html`<th scope="col">${s}</th>`)}</tr></thead>
      <tbody>${chart.bars
        .filter((b) => b.total > 0)
        .map(
          (b) =>
            html`
        <tr><th scope="row"><a href="${v.href(`${b.month.slice(0, 4)}/${b.month.slice(5, 7)}/`)}">${label(b.month)}</a></th><td>${b.total}</td>${several && b.counts.map((c) => html`<td>${c}</td>`)}</tr>`,
        )}
      </tbody>
    </table>
  </details></figcaption>
</figure>`;
}
