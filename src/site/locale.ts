// The date-fns locale for a site's language (BCP 47): the tag itself when date-fns has it
// (`pt-BR`, `en-GB`), else its language's main locale (`zh` → `zh-CN`, `en` → `en-US`), else
// the bare language (`fr`), else English. Loaded on demand: the whole locale index costs half
// a second to import, one locale a few milliseconds.
import { createRequire } from 'node:module';
import type { Locale } from 'date-fns';

const require = createRequire(import.meta.url);

/** A language's main locale where date-fns names none after the bare language. */
const MAIN_LOCALE: Record<string, string> = { en: 'en-US', zh: 'zh-CN' };

/** The module names to try for `tag`, best first. */
export function localeCandidates(tag: string): string[] {
  const [lang = '', ...rest] = tag.split('-');
  const region = rest.find((p) => /^[A-Z]{2}$|^[A-Z][a-z]{3}$/i.test(p));
  const cased = region
    ? `${lang.toLowerCase()}-${region.length === 2 ? region.toUpperCase() : region[0]!.toUpperCase() + region.slice(1).toLowerCase()}`
    : null;
  const main = MAIN_LOCALE[lang.toLowerCase()] ?? lang.toLowerCase();
  return [...new Set([cased, main, 'en-US'].filter((x): x is string => !!x))];
}

export function dateLocale(tag: string): Locale {
  for (const name of localeCandidates(tag)) {
    if (!/^[a-z]{2,3}(?:-[A-Za-z]{2,4})?$/.test(name)) continue;
    try {
      const mod = require(`date-fns/locale/${name}`) as Record<string, Locale>;
      const locale = Object.values(mod).find((l) => typeof l === 'object' && 'code' in l);
      if (locale) return locale;
    } catch {
      // Not a locale date-fns ships: the next candidate.
    }
  }
  throw new Error('date-fns has no en-US locale');
}
