// Counted words for headings and summaries: `1 article`, `1,204 articles`, `2 stories`.
export function plural(n: number, word: string, many = `${word}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? word : many}`;
}
