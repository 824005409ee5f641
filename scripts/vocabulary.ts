// `npm run vocabulary`: writes src/parse/readers/calendar-names.ts, the month and weekday names
// of every locale date-fns ships (wide and abbreviated, in running text and standalone), so the
// date reader knows "30 avril 2015", "1 de diciembre de 2017" and "3 февраля 2020" without a
// hand-made list and without loading 95 locales each time the parser starts.
// tests/parse/readers/calendar.test.ts checks that the file is what this script writes.
import { writeFileSync } from 'node:fs';
import { calendarNamesSource } from './lib/calendar-names.ts';

const out = 'src/parse/readers/calendar-names.ts';
writeFileSync(out, await calendarNamesSource());
console.log(`wrote ${out}`);
