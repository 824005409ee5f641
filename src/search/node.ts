// Opening a built search index from disk (terminal and tests): the same files the browser
// loads, read and unwrapped instead of run.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { SearchEngine } from './engine.ts';
import { fileOf, MANIFEST, unwrapData, type Manifest } from './format.ts';
import { Highlighter } from './highlight.ts';
import { lunr } from './write.ts';

export interface OpenedSearch {
  engine: SearchEngine;
  highlighter: Highlighter;
  /** Bytes read so far, per file key. */
  read: Map<string, number>;
}

export async function openSearch(dir: string): Promise<OpenedSearch> {
  const read = new Map<string, number>();
  const load = async (key: string): Promise<unknown> => {
    const text = await readFile(join(dir, fileOf(key)), 'utf8');
    read.set(key, Buffer.byteLength(text));
    return unwrapData(text);
  };
  const manifest = (await load(MANIFEST)) as Manifest;
  return {
    engine: new SearchEngine(lunr, manifest, load),
    highlighter: new Highlighter(lunr),
    read,
  };
}
