// The site's typefaces, shipped with it from their npm packages (fontsource, SIL Open Font
// Licence): Source Serif 4 for text, Inter for the interface, Noto Naskh Arabic for Arabic
// script. Each package's stylesheet is copied with its font files (one per script subset, each
// with its unicode-range, so a reader's browser fetches only the subsets a page uses) and its
// licence, under assets/fonts/.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const require = createRequire(import.meta.url);

/** The stylesheets: a package's `@font-face` rules, upright and italic. */
const STYLESHEETS = [
  '@fontsource-variable/source-serif-4/index.css',
  '@fontsource-variable/source-serif-4/wght-italic.css',
  '@fontsource-variable/inter/index.css',
  '@fontsource-variable/noto-naskh-arabic/index.css',
] as const;

const FONT_URL = /url\(\.\/files\/([\w.-]+\.woff2)\)/g;

/** The files of the site's fonts: `assets/fonts.css`, the font files and their licences, each
 * read when asked for (a rebuild keeps them unread: render.ts). */
export function fontAssets(): [string, () => Buffer][] {
  const files = new Map<string, () => Buffer>();
  const css: string[] = [
    '/* The site’s typefaces (fontsource, SIL Open Font Licence: see fonts/LICENSE-*). */',
  ];
  for (const sheet of STYLESHEETS) {
    const path = require.resolve(sheet);
    const pkg = dirname(path);
    css.push(
      readFileSync(path, 'utf8').replace(FONT_URL, (_, file: string) => {
        files.set(`assets/fonts/${file}`, () => readFileSync(join(pkg, 'files', file)));
        return `url(fonts/${file})`;
      }),
    );
    const name = sheet.split('/')[1]!;
    files.set(`assets/fonts/LICENSE-${name}.txt`, () => readFileSync(join(pkg, 'LICENSE')));
  }
  const sheet = Buffer.from(css.join('\n'));
  return [['assets/fonts.css', () => sheet], ...[...files].sort(([a], [b]) => (a < b ? -1 : 1))];
}
