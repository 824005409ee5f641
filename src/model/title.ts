// What to call an article whose text prints no title: its first words, else its file name.
import type { Article } from './article.ts';

const UNTITLED_CHARS = 80;

export function displayTitle(a: Article): string {
  return a.title ?? a.body[0]?.text.slice(0, UNTITLED_CHARS) ?? a.sourceFile;
}
