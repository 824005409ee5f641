// The body is rendered with markdown-it from the record's blocks. The blocks are already
// structure, so we hand markdown-it tokens rather than text: scraped words such as "1." or
// "*" keep their meaning, and every character of the source is escaped by the renderer.
import MarkdownIt, { type Token } from 'markdown-it';
import type { Block } from '../model/article.ts';

const md = new MarkdownIt({ html: false });
// markdown-it exposes its Token class on the state objects only.
const TokenCtor = new md.core.State('', md, {}).Token;

const tok = (type: string, tag: string, nesting: -1 | 0 | 1, content = ''): Token => {
  const t = new TokenCtor(type, tag, nesting);
  t.content = content;
  if (nesting !== 0) t.block = true;
  return t;
};

function inline(text: string): Token {
  const t = tok('inline', '', 0, text);
  t.children = [tok('text', '', 0, text)];
  return t;
}

function blockTokens(block: Block): Token[] {
  switch (block.type) {
    case 'heading':
      return [tok('heading_open', 'h2', 1), inline(block.text), tok('heading_close', 'h2', -1)];
    case 'quote':
      return [
        tok('blockquote_open', 'blockquote', 1),
        ...paragraph(block.text),
        tok('blockquote_close', 'blockquote', -1),
      ];
    case 'list-item':
      return [tok('list_item_open', 'li', 1), inline(block.text), tok('list_item_close', 'li', -1)];
    default:
      return paragraph(block.text);
  }
}

const paragraph = (text: string) => [
  tok('paragraph_open', 'p', 1),
  inline(text),
  tok('paragraph_close', 'p', -1),
];

/** The first paragraph with the dateline that opens it marked (`<span class="dateline">`). */
function withDateline(block: Block, dateline: string): Token[] | null {
  if (block.type !== 'paragraph' || !block.text.startsWith(dateline)) return null;
  const t = tok('inline', '', 0, block.text);
  t.children = [
    tok('html_inline', '', 0, '<span class="dateline">'),
    tok('text', '', 0, dateline),
    tok('html_inline', '', 0, '</span>'),
    tok('text', '', 0, block.text.slice(dateline.length)),
  ];
  return [tok('paragraph_open', 'p', 1), t, tok('paragraph_close', 'p', -1)];
}

/** HTML for an article body; consecutive list items become one list; the dateline (shown once,
 * where the text prints it) is marked in the first paragraph. */
export function renderBody(blocks: readonly Block[], dateline: string | null = null): string {
  const tokens: Token[] = [];
  const first = blocks.findIndex((b) => b.type === 'paragraph');
  blocks.forEach((block, i) => {
    const marked = i === first && dateline ? withDateline(block, dateline) : null;
    if (marked) {
      tokens.push(...marked);
      return;
    }
    const list = block.type === 'list-item';
    if (list && blocks[i - 1]?.type !== 'list-item') tokens.push(tok('bullet_list_open', 'ul', 1));
    tokens.push(...blockTokens(block));
    if (list && blocks[i + 1]?.type !== 'list-item')
      tokens.push(tok('bullet_list_close', 'ul', -1));
  });
  return md.renderer.render(tokens, md.options, {});
}
