// Makes the one classic script `search.js` from client.ts and the modules it imports, so the
// browser and the terminal run the same query code. esbuild bundles them into one function
// scope (an IIFE): no module syntax reaches the browser, since file:// blocks type=module.
// Not minified, so a reader can follow it; gzip takes most of what minifying would.
import { fileURLToPath } from 'node:url';
import { buildSync } from 'esbuild';

let cached: string | null = null;

export function bundleClient(): string {
  if (cached !== null) return cached;
  const result = buildSync({
    entryPoints: [fileURLToPath(new URL('client.ts', import.meta.url))],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    write: false,
    legalComments: 'none',
    // Non-ASCII as escapes: a `\uffff` in the source would otherwise be written out as the
    // noncharacter itself, which no file of the site may hold.
    charset: 'ascii',
  });
  const js = result.outputFiles[0]!.text;
  cached = `// News archive search (generated from src/search/*.ts; see client.ts).\n${js}`;
  return cached;
}
