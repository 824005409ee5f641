// Validation of an Article record: the invariants every consumer may rely on.
import { isWebAddress } from './web-address.ts';
import type { Article, Block, BlockType, DroppedLine, FeaturedStory } from './article.ts';

const BLOCK_TYPES: ReadonlySet<BlockType> = new Set(['paragraph', 'heading', 'quote', 'list-item']);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}(?:T\d{2}:\d{2}(?::\d{2})?)?$/;
/** Lowercase words of any script (letters without case too), joined by `-` (see slug.ts). */
const ID = /^[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+(?:-[\p{Ll}\p{Lo}\p{Lm}\p{M}\p{N}]+)*$/u;

/** `fr`, `pt-BR`, `zh-Hant`: a language, then subtags. */
const BCP47 = /^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/;

type Problems = string[];

function isObject(x: unknown): x is Record<string, unknown> {
  return typeof x === 'object' && x !== null && !Array.isArray(x);
}

function nullableString(o: Record<string, unknown>, key: string, p: Problems, where: string): void {
  const v = o[key];
  if (v !== null && typeof v !== 'string') p.push(`${where}${key} must be a string or null`);
  else if (typeof v === 'string' && v.trim() === '') p.push(`${where}${key} must not be blank`);
}

function isoDate(v: unknown, key: string, p: Problems, where: string): void {
  if (v === null) return;
  if (typeof v !== 'string' || !ISO_DATE.test(v)) {
    p.push(`${where}${key} must be an ISO date or null, got ${JSON.stringify(v)}`);
    return;
  }
  // Reject impossible calendar dates such as 2020-02-30.
  const [y, m, d] = v.slice(0, 10).split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) {
    p.push(`${where}${key} is not a calendar date: ${v}`);
  }
}

function checkBlock(b: unknown, i: number, p: Problems): void {
  if (!isObject(b)) return void p.push(`body[${i}] must be an object`);
  const blk = b as Partial<Block>;
  if (!BLOCK_TYPES.has(blk.type as BlockType)) p.push(`body[${i}].type is not a block type`);
  if (typeof blk.text !== 'string' || blk.text.trim() === '') p.push(`body[${i}].text is empty`);
}

function checkFeatured(f: unknown, i: number, p: Problems): void {
  if (!isObject(f)) return void p.push(`featured[${i}] must be an object`);
  const s = f as Partial<FeaturedStory>;
  if (typeof s.title !== 'string' || s.title.trim() === '') p.push(`featured[${i}].title is empty`);
  isoDate(s.date ?? null, 'date', p, `featured[${i}].`);
  nullableString(f, 'byline', p, `featured[${i}].`);
}

function checkDropped(d: unknown, i: number, p: Problems): void {
  if (!isObject(d)) return void p.push(`dropped[${i}] must be an object`);
  const x = d as Partial<DroppedLine>;
  if (!Number.isInteger(x.line) || (x.line ?? 0) < 1) p.push(`dropped[${i}].line must be >= 1`);
  if (typeof x.text !== 'string') p.push(`dropped[${i}].text must be a string`);
  if (typeof x.reason !== 'string' || !/^[a-z-]+(?::[a-z0-9-]+)?$/.test(x.reason)) {
    p.push(`dropped[${i}].reason must look like 'category' or 'category:kind'`);
  }
}

/** Returns the list of problems with a record; empty when it is a valid Article. */
export function validateArticle(x: unknown): string[] {
  const p: Problems = [];
  if (!isObject(x)) return ['record must be an object'];
  const a = x as Partial<Article>;
  if (typeof a.id !== 'string' || !ID.test(a.id)) p.push('id must be a lowercase slug');
  if (typeof a.sourceFile !== 'string' || a.sourceFile === '') p.push('sourceFile is required');
  for (const k of ['title', 'dateText', 'source', 'dateline', 'byline'])
    nullableString(x, k, p, '');
  isoDate(a.date ?? null, 'date', p, '');
  if (a.url !== null && (typeof a.url !== 'string' || !isWebAddress(a.url)))
    p.push(`url must be an http(s) address or null, got ${JSON.stringify(a.url)}`);
  if (a.language !== null && (typeof a.language !== 'string' || !BCP47.test(a.language)))
    p.push(`language must be a BCP 47 tag or null, got ${JSON.stringify(a.language)}`);
  if ((a.date === null) !== (a.dateText === null)) p.push('date and dateText go together');
  if (!Array.isArray(a.body)) p.push('body must be an array');
  else a.body.forEach((b, i) => checkBlock(b, i, p));
  if (!Array.isArray(a.featured)) p.push('featured must be an array');
  else a.featured.forEach((f, i) => checkFeatured(f, i, p));
  if (!Array.isArray(a.dropped)) p.push('dropped must be an array');
  else a.dropped.forEach((d, i) => checkDropped(d, i, p));
  if (!Array.isArray(a.tags) || a.tags.some((t) => typeof t !== 'string')) {
    p.push('tags must be an array of strings');
  }
  if (!Array.isArray(a.warnings) || a.warnings.some((w) => typeof w !== 'string')) {
    p.push('warnings must be an array of strings');
  }
  return p;
}

/** Throws with every problem listed when the record is not a valid Article. */
export function assertArticle(x: unknown): asserts x is Article {
  const problems = validateArticle(x);
  if (problems.length > 0) throw new Error(`invalid article: ${problems.join('; ')}`);
}
