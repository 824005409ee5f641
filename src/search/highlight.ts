// Highlighting without stored positions: the index keeps no term positions (they would be
// most of its size); for the few documents a page shows, their text is tokenised again with
// lunr's tokenizer and index pipeline, which gives exactly the positions lunr would have kept.
import { indexPipeline } from './fields.ts';
import type { Lunr, LunrMetadata, LunrPipeline } from './lunr-types.ts';

/** A token as lunr.tokenizer cuts the lowercased text: a run between its separators /[\s-]+/. */
const WORD = /[^\s-]+/g;

/** A run of text, marked when it is a matched word. */
export interface Segment {
  text: string;
  mark: boolean;
}

export class Highlighter {
  private readonly pipeline: LunrPipeline;
  private readonly memo = new Map<string, string[]>();

  constructor(private readonly lunr: Lunr) {
    this.pipeline = indexPipeline(lunr);
  }

  /** `[start, length]` of each token of `text` whose index term is in `terms` (lunr's `position`). */
  positions(text: string | null, terms: ReadonlySet<string>): [number, number][] {
    const out: [number, number][] = [];
    if (!text || terms.size === 0) return out;
    // lunr.tokenizer's tokens and positions, without its per-character regex test and a Token
    // per word: a whole article body took most of a page's highlighting time that way.
    for (const m of text.toLowerCase().matchAll(WORD)) {
      const raw = m[0];
      let made = this.memo.get(raw);
      if (!made) {
        made = this.pipeline.run([new this.lunr.Token(raw, {})]).map(String);
        this.memo.set(raw, made);
      }
      if (made.some((t) => terms.has(t))) out.push([m.index, raw.length]);
    }
    return out;
  }

  /** The whole text, with matched words marked (for titles). */
  mark(text: string, field: string, matches: LunrMetadata): Segment[] {
    return segments(text, this.positions(text, termsIn(field, matches)), 0, text.length);
  }

  /** About `width` characters around the densest run of matches, cut at word boundaries. */
  snippet(text: string, field: string, matches: LunrMetadata, width = 240): Segment[] {
    const at = this.positions(text, termsIn(field, matches));
    if (at.length === 0) return segments(text, at, 0, cutEnd(text, Math.min(width, text.length)));
    // The window start that covers the most matches.
    let best = 0;
    let bestCount = 0;
    for (let i = 0, j = 0; i < at.length; i++) {
      while (j < at.length && at[j]![0] + at[j]![1] <= at[i]![0] + width) j++;
      if (j - i > bestCount) [best, bestCount] = [i, j - i];
    }
    const first = at[best]![0];
    let from = Math.max(0, first - Math.floor(width / 4));
    if (from > 0) from = text.indexOf(' ', from) + 1 || first;
    const to = cutEnd(text, Math.min(text.length, from + width));
    const segs = segments(text, at, from, to);
    if (from > 0) segs.unshift({ text: '…', mark: false });
    if (to < text.length) segs.push({ text: '…', mark: false });
    return segs;
  }
}

function termsIn(field: string, matches: LunrMetadata): Set<string> {
  return new Set(Object.keys(matches).filter((t) => field in matches[t]!));
}

function cutEnd(text: string, to: number): number {
  if (to >= text.length) return text.length;
  const space = text.lastIndexOf(' ', to);
  return space > 0 ? space : to;
}

/** A token's word: from its first letter or digit to its last (`"Aleppo,"` → `Aleppo`). */
const WORD_IN_TOKEN = /[\p{L}\p{N}](?:.*[\p{L}\p{N}])?/su;

function segments(text: string, at: [number, number][], from: number, to: number): Segment[] {
  const out: Segment[] = [];
  let pos = from;
  for (const [tokenStart, tokenLength] of at) {
    if (tokenStart < from || tokenStart + tokenLength > to) continue;
    // Only the word is marked; the punctuation around it stays plain text.
    const token = text.slice(tokenStart, tokenStart + tokenLength);
    const inner = WORD_IN_TOKEN.exec(token);
    const start = tokenStart + (inner?.index ?? 0);
    const word = inner?.[0] ?? token;
    if (start > pos) out.push({ text: text.slice(pos, start), mark: false });
    out.push({ text: word, mark: true });
    pos = start + word.length;
  }
  if (pos < to) out.push({ text: text.slice(pos, to), mark: false });
  return out;
}
