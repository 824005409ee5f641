// Counted words for headings and summaries: `1 article`, `1,204 articles`.
export function plural(n: number, word: string): string {
  return `${n.toLocaleString('en')} ${word}${n === 1 ? '' : 's'}`;
}
