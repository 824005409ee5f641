// Makes the one classic script `search.js` from the TypeScript modules the browser needs, so
// the browser and the terminal run the same query code. A deliberately tiny bundler: modules
// are listed in dependency order, type-stripped by TypeScript, their import lines dropped and
// `export` keywords removed, and all of it wrapped in one function scope (names are unique
// across these modules). No module syntax reaches the browser: file:// blocks type=module.
import { readFileSync } from 'node:fs';
import ts from 'typescript';

const MODULES = [
  'fields.ts',
  'format.ts',
  'highlight.ts',
  'score.ts',
  'engine.ts',
  'results.ts',
  'client.ts',
];

let cached: string | null = null;

export function bundleClient(): string {
  if (cached !== null) return cached;
  const parts = MODULES.map((name) => {
    const source = readFileSync(new URL(name, import.meta.url), 'utf8');
    const js = ts.transpileModule(source, {
      compilerOptions: { target: ts.ScriptTarget.ES2020, module: ts.ModuleKind.ESNext },
    }).outputText;
    const body = js
      .replace(/^import[^;]*;\n/gm, '')
      .replace(/^export \{\};\n/gm, '')
      .replace(/^export (?=(async )?function|const|let|class)/gm, '');
    if (/^\s*(import|export)\b/m.test(body))
      throw new Error(`bundle: module syntax left in ${name}`);
    return `// ${name}\n${body}`;
  });
  cached = `// News archive search (generated from src/search/*.ts; see client.ts).\n(function () {\n'use strict';\n${parts.join('\n')}})();\n`;
  return cached;
}
