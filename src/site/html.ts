// HTML from template literals, for the page views in templates/: every interpolated value is
// text and is escaped, unless it is already HTML (made by `html` or `raw`). Safe by default,
// and far cheaper per page than a template engine (the archive renders tens of thousands).

const ESCAPES: Record<string, string> = {
  '&': '&amp;',
  '"': '&quot;',
  "'": '&#39;',
  '<': '&lt;',
  '>': '&gt;',
  '\\': '&#92;',
};
const UNSAFE = /[&"'<>\\]/g;
const HAS_UNSAFE = /[&"'<>\\]/;

export function escapeHtml(text: string): string {
  // Most text has nothing to escape: a test is cheaper than a replace with a callback.
  return HAS_UNSAFE.test(text) ? text.replace(UNSAFE, (c) => ESCAPES[c]!) : text;
}

/** A piece of markup: interpolated into `html`, it is not escaped again. */
export class Html {
  constructor(readonly markup: string) {}
  toString(): string {
    return this.markup;
  }
}

/** What a view may interpolate: text, numbers, markup, lists of them; absent values print nothing. */
export type HtmlValue = Html | string | number | null | undefined | false | readonly HtmlValue[];

function toMarkup(value: HtmlValue): string {
  if (value === null || value === undefined || value === false) return '';
  if (value instanceof Html) return value.markup;
  if (Array.isArray(value)) return value.map(toMarkup).join('');
  return escapeHtml(String(value));
}

export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): Html {
  let out = strings[0]!;
  for (let i = 0; i < values.length; i++) out += toMarkup(values[i]) + strings[i + 1]!;
  return new Html(out);
}

/** Markup made elsewhere (markdown-it's body, JSON for a script element), taken as it is. */
export function raw(markup: string): Html {
  return new Html(markup);
}
