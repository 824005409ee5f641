// The parser: ordered chains of small named rules (normalise → classify lines → group
// blocks → build record), after markdown-it's parser_block. After every rule the dispatcher
// checks the one invariant they all share, by content (account.ts): each non-blank input line
// ends in the record or in `dropped`, and a rule that loses one is named.
import type { Article, DroppedLine } from '../model/article.ts';
import { LineAccount } from './account.ts';
import { cleanText, cleanedWarning } from './clean.ts';
import { decode, InputError, tooManyLines } from './decode.ts';
import { PATTERNS } from './patterns.ts';
import { Ruler } from './ruler.ts';
import { newState, type ParseState } from './state.ts';
import { slugId } from '../model/slug.ts';
import { frontMatter } from './rules/normalize/frontMatter.ts';
import { whitespace } from './rules/normalize/whitespace.ts';
import { cumulative } from './rules/normalize/cumulative.ts';
import { scraperHeader } from './rules/line/scraperHeader.ts';
import { relatedData } from './rules/line/relatedData.ts';
import { highlights } from './rules/line/highlights.ts';
import { boilerplate } from './rules/line/boilerplate.ts';
import { formBlock } from './rules/line/formBlock.ts';
import { signature } from './rules/line/signature.ts';
import { pageRegion } from './rules/line/pageRegion.ts';
import { featuredList } from './rules/line/featuredList.ts';
import { headerFields } from './rules/line/headerFields.ts';
import { title } from './rules/line/title.ts';
import { caption } from './rules/line/caption.ts';
import { body } from './rules/line/body.ts';
import { paragraphs } from './rules/block/paragraphs.ts';
import { headings } from './rules/block/headings.ts';
import { dateline } from './rules/block/dateline.ts';
import { frontOverrides } from './rules/record/frontOverrides.ts';

export class Parser {
  readonly normalize = new Ruler<ParseState>().push(frontMatter).push(whitespace).push(cumulative);
  readonly line = new Ruler<ParseState>()
    .push(scraperHeader)
    .push(relatedData)
    .push(highlights)
    .push(boilerplate)
    .push(formBlock)
    .push(signature)
    .push(featuredList)
    .push(pageRegion)
    .push(headerFields)
    .push(title)
    .push(caption)
    .push(body);
  readonly block = new Ruler<ParseState>().push(paragraphs).push(headings).push(dateline);
  readonly record = new Ruler<ParseState>().push(frontOverrides);

  /** Turns rules off by name; throws on a name no chain has. */
  disable(names: readonly string[]): this {
    const chains = [this.normalize, this.line, this.block, this.record];
    const unknown = names.filter((n) => chains.every((c) => c.set([n], false).length > 0));
    if (unknown.length > 0) throw new Error(`unknown parser rule(s): ${unknown.join(', ')}`);
    return this;
  }

  /** Parses decoded text. Pure: the same text gives the same record. */
  parseText(text: string, sourceFile: string, warnings: string[] = []): Article {
    const state = newState(sourceFile);
    state.warnings.push(...warnings);
    // Bytes went through decode(), which cleans; a string from elsewhere is cleaned here.
    const cleaned = cleanText(text);
    if (cleaned.removed > 0) state.warnings.push(cleanedWarning(cleaned.removed));
    const raws = cleaned.text.split(PATTERNS.lineBreak);
    if (raws.length > PATTERNS.maxInputLines) throw new InputError(tooManyLines(raws.length));
    state.lines = raws.map((raw, i) => ({ no: i + 1, raw, text: raw, role: null, reason: null }));
    const account = new LineAccount();
    const check = (rule: string) => account.check(state, rule);
    this.normalize.run(state, check);
    this.line.run(state, check);
    this.block.run(state, check);
    this.record.run(state, check);
    account.final(state);
    return toArticle(state);
  }

  /** Parses a file's bytes; throws InputError for input that is not a readable text. */
  parseBytes(bytes: Uint8Array, sourceFile: string): Article {
    const { text, warnings } = decode(bytes);
    return this.parseText(text, sourceFile, warnings);
  }
}

function toArticle(s: ParseState): Article {
  const dropped: DroppedLine[] = [...s.cut];
  for (const line of s.lines) {
    if (line.text === '' && line.role === null) continue;
    if (line.role === 'dropped')
      dropped.push({ line: line.no, text: line.raw, reason: line.reason ?? 'unknown' });
  }
  dropped.sort((a, b) => a.line - b.line);
  if (s.blocks.length === 0) s.warnings.push('no body text found');
  return {
    id: slugId(s.date, s.title ?? s.blocks[0]?.text ?? s.sourceFile),
    sourceFile: s.sourceFile,
    title: s.title,
    date: s.date,
    dateText: s.date === null ? null : s.dateText,
    source: s.source,
    dateline: s.dateline,
    byline: s.byline,
    body: s.blocks.map(({ type, text }) => ({ type, text })),
    featured: s.featured,
    tags: s.front.tags ?? [],
    dropped,
    warnings: s.warnings,
  };
}

const shared = new Parser();
export const parseText = (text: string, sourceFile: string): Article =>
  shared.parseText(text, sourceFile);
export const parseBytes = (bytes: Uint8Array, sourceFile: string): Article =>
  shared.parseBytes(bytes, sourceFile);
