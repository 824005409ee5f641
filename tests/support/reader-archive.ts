// A small hand-made archive for what a reader sees (tests/site/reader*.test.ts): an article
// with its outlet, byline, original address and dateline in front matter, and a "Related
// stories" list of ten, one of them archived; an archived story; an Arabic article.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tempDir } from './temp.ts';

const PROSE =
  'The council approved the new harbour budget on Monday after a long debate about the bridge.';
export const MISSING = [
  'Storm closes the northern ferry route',
  'Fishermen protest new quotas & "catch limits"',
  'Port authority names a new director',
  'Tourism rises for the third year',
  'Old lighthouse to become a museum',
  'Rail link to the port approved',
  'Harbour pilots strike for a day',
  'A new fish market opens downtown',
  'Cruise ships return to the bay',
];

/** Writes the archive's texts into a new temporary folder; returns its path. */
export function writeReaderArchive(): string {
  const input = tempDir('news-archive-reader-');
  const write = (name: string, lines: string[]) =>
    writeFileSync(join(input, name), `${lines.join('\n')}\n`);
  write('budget.txt', [
    '---',
    'source: Daily Planet',
    'byline: Lois Lane',
    'url: https://www.dailyplanet.example/news/harbour-budget',
    'dateline: METROPOLIS --',
    '---',
    'Council approves the harbour budget',
    '17 February 2020 08:43',
    '',
    `METROPOLIS -- ${PROSE}`,
    '',
    'The vote was close, and the opposition said it would ask for a review of the figures.',
    '',
    'Related stories',
    'Bridge repairs to start in the spring',
    ...MISSING,
  ]);
  write('bridge.txt', [
    'Bridge repairs to start in the spring',
    '16 February 2020',
    '',
    'Repairs to the old harbour bridge will start in the spring, the city said on Sunday evening.',
  ]);
  write('arabic.txt', [
    '---',
    'language: ar',
    '---',
    'افتتاح جسر جديد في الميناء',
    '',
    'افتتحت البلدية يوم الاثنين جسرا جديدا في الميناء بعد أشهر من أعمال البناء والإصلاح.',
  ]);
  return input;
}
