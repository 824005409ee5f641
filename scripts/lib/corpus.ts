// A seeded generator of seed-like scraped news texts for benchmarks and scale tests.
// Realistic on purpose: varied outlets, date formats, page shapes (scraper header, title printed
// twice, datelines, signatures, comment forms, "Featured Stories" / "Check Also" sidebars whose
// titles and dates name other generated articles, related stories dumped as PHP/JSON), and a
// Zipf-like vocabulary with a long tail of names, so search indexes grow as real ones do.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** Mulberry32: small, fast, good enough for test data; same seed, same corpus. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON = `the of and to in a that for on is was said with by as at from his it an were are
which be this has have had not but its their they after who been also more one two new over
government minister president officials country forces army security talks meeting support
week year city region province capital people report reports statement spokesman agency border
attack attacks troops police military economic trade oil prices market markets bank budget
election parliament vote party leader leaders opposition council court law ministry foreign
defense health water energy power workers students schools farmers villages aid crisis peace
ceasefire negotiations sanctions agreement deal cooperation relations visit delegation summit
conference project plan plans growth investment company companies million billion percent
rose fell increase decrease record highest lowest announced confirmed denied warned urged
called stressed added noted told reuters local international national regional western eastern
northern southern central ancient historic strategic major key senior former deputy general
officer commander spokeswoman residents civilians families children hospital victims rescue
flood storm drought weather climate rain snow heat fire fires damage roads bridge railway port
airport flights ship ships fleet coast river valley mountain desert island lake harbor museum
festival exhibition film music book author artist team match season championship league coach
players fans stadium victory defeat win lost goal goals final cup science research university
study scientists discovery space satellite launch technology internet data network phone users`
  .split(/\s+/)
  .filter(Boolean);

const SYLLABLES = `ka ra mi to sa le an or ve di lo na is ta re en mar bel cor dan fel gar hal jin
kel lom mor nes pal quin ros sel tam vor wen yar zol ash bri cha dro ela fio gre hul ira jov`
  .split(/\s+/)
  .filter(Boolean);

const OUTLETS = [
  { name: 'Harbor Wire', agency: 'HW' },
  { name: 'Northern Dispatch', agency: 'ND' },
  { name: 'Valley Times', agency: 'VTA' },
  { name: 'Continental Press', agency: 'CPA' },
  { name: 'Meridian Herald', agency: 'MHN' },
  { name: 'Coastal Observer', agency: 'COBS' },
  { name: 'Capital Bulletin', agency: 'CBN' },
  { name: 'Frontier Post', agency: 'FPN' },
];
const MONTHS = `January February March April May June July August September October November
December`.split(/\s+/);
const DAYS = 'Sunday Monday Tuesday Wednesday Thursday Friday Saturday'.split(' ');

export interface GeneratedText {
  name: string;
  text: string;
  /** What the generator meant; benchmarks and tests may compare the parser with it. */
  title: string;
  date: string | null;
}

interface Item {
  title: string;
  date: string | null;
  when: Date;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Generates `count` texts; the same `seed` always gives the same texts. */
export function generateCorpus(count: number, seed = 1): GeneratedText[] {
  const rand = rng(seed);
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(rand() * xs.length)]!;
  // Zipf-like choice among common words, then a long tail of invented names.
  const names: string[] = [];
  for (let i = 0; i < Math.max(2000, count * 3); i++) {
    const n = 2 + Math.floor(rand() * 2);
    let w = '';
    for (let k = 0; k < n; k++) w += pick(SYLLABLES);
    names.push(w[0]!.toUpperCase() + w.slice(1));
  }
  const word = (): string =>
    rand() < 0.9
      ? COMMON[Math.floor(COMMON.length * Math.pow(rand(), 2.2))]!
      : names[Math.floor(names.length * Math.pow(rand(), 1.5))]!;
  const sentence = (): string => {
    const n = 8 + Math.floor(rand() * 22);
    const ws: string[] = [];
    for (let i = 0; i < n; i++) ws.push(word());
    if (rand() < 0.15) ws.splice(3, 0, `${1 + Math.floor(rand() * 900)}`);
    const s = ws.join(' ');
    return `${s[0]!.toUpperCase()}${s.slice(1)}${rand() < 0.1 ? ', ' + pick(names) + ' said' : ''}.`;
  };
  const paragraph = (): string =>
    Array.from({ length: 1 + Math.floor(rand() * 4) }, sentence).join(' ');
  const title = (): string => {
    const n = 5 + Math.floor(rand() * 7);
    const ws = Array.from({ length: n }, () => word());
    ws[Math.floor(rand() * n)] = pick(names);
    if (ws[0] === 'by') ws[0] = pick(names); // a title opening with "By" reads as a byline
    return ws.map((w) => w[0]!.toUpperCase() + w.slice(1)).join(' ');
  };

  const start = Date.UTC(2015, 0, 1);
  const span = 6 * 365 * 86400e3;
  const items: Item[] = [];
  const out: GeneratedText[] = [];
  for (let i = 0; i < count; i++) {
    const when = new Date(start + Math.floor(rand() * span));
    const outlet = pick(OUTLETS);
    const shape = i % 5;
    const undated = rand() < 0.05 && shape !== 0 && shape !== 3;
    const t = title();
    const Y = when.getUTCFullYear();
    const M = when.getUTCMonth();
    const D = when.getUTCDate();
    const h = when.getUTCHours();
    const m = when.getUTCMinutes();
    const s = when.getUTCSeconds();
    const isoDay = `${Y}-${pad(M + 1)}-${pad(D)}`;
    const lines: string[] = [];
    const body = Array.from({ length: 4 + Math.floor(rand() * 14) }, paragraph);
    const city = pick(names).toUpperCase();
    let date: string | null = undated ? null : isoDay;
    const related = items.length ? items.slice(-40) : [];
    const sidebar = (k: number) =>
      Array.from({ length: Math.min(k, related.length) }, () => pick(related));

    if (shape === 0) {
      // Scraper header, long date, title, story code, title again, sidebar with dates.
      date = `${isoDay}T${pad(h)}:${pad(m)}`;
      lines.push(
        ` date ${isoDay} 0`,
        `${DAYS[when.getUTCDay()]} ${D} ${MONTHS[M]} ${Y} - ${pad(h)}:${pad(m)}`,
      );
      lines.push('', t, '', `Story Code : ${100000 + i}`, t);
      lines.push(
        ...body
          .map((p, k) => (k === 0 ? `${p}, ${outlet.agency} reported.` : p))
          .join('\n\n')
          .split('\n'),
      );
      lines.push('', 'Featured Stories');
      for (const f of sidebar(6)) {
        const cut = f.title.split(' ').slice(0, 4).join(' ');
        lines.push(cut, f.title);
        if (rand() < 0.3) lines.push(`By: ${pick(names)} ${pick(names)}`);
        if (f.when)
          lines.push(
            `${f.when.getUTCDate()} ${MONTHS[f.when.getUTCMonth()]} ${f.when.getUTCFullYear()}`,
          );
      }
    } else if (shape === 1) {
      // Dateline naming the outlet, paragraphs broken mid-sentence, signature, "Check Also".
      lines.push(t, '');
      if (!undated) lines.push(`${D} ${MONTHS[M]} ${Y}`, '');
      body.forEach((p, k) => {
        const text =
          k === 0 ? `${city[0]}${city.slice(1).toLowerCase()}, ${outlet.agency} – ${p}` : p;
        const cut = text.length > 200 && rand() < 0.3 ? text.lastIndexOf(' ', 150) : -1;
        if (cut > 0) lines.push(text.slice(0, cut), text.slice(cut + 1));
        else lines.push(text);
        lines.push('');
      });
      lines.push(`${pick(names)}/${pick(names)}/ H. ${pick(names)}`, '', 'Check Also', '');
      for (const f of sidebar(1)) lines.push(f.title, '', `${sentence().slice(0, 80)} …`);
    } else if (shape === 2) {
      // Plain page with subscribe line and a comment form.
      lines.push(t, '');
      if (!undated) lines.push(`PUBLISHED: ${pad(h)}:${pad(m)} GMT, ${D} ${MONTHS[M]} ${Y}`, '');
      lines.push(...body.flatMap((p) => [p, '']));
      lines.push(
        '› Subscribe',
        '',
        '',
        'Please enter your comment!',
        'Please enter your name here',
        '',
      );
      lines.push(
        'The reCAPTCHA verification period has expired. Please reload the page.',
        '',
        'More Articles',
      );
    } else if (shape === 3) {
      // Title twice, US-style timestamp, related stories as a PHP-dumped JSON array.
      date = `${isoDay}T${pad(h)}:${pad(m)}:${pad(s)}`;
      const dow = DAYS[when.getUTCDay()]!.slice(0, 3);
      lines.push(
        t,
        '',
        t,
        `${dow} ${MONTHS[M]!.slice(0, 3)} ${D}, ${Y} ${pad(h)}:${pad(m)}:${pad(s)}`,
        '',
      );
      lines.push(...body.flatMap((p) => [p, '']));
      const rel = sidebar(5).map((f, k) => {
        const d = f.when;
        const path = `/${d.getUTCFullYear()}/${pad(d.getUTCMonth() + 1)}/${pad(d.getUTCDate())}/img_${i}_${k}.jpg`;
        return JSON.stringify({ id: String(i * 10 + k), pic: path, title: f.title });
      });
      const json = `[${rel.join(' ,')} ]`;
      if (rel.length) lines.push(`string(${json.length}) "${json}"`);
    } else {
      // Agency dateline in capitals, one paragraph per line, no blank lines.
      lines.push(t);
      if (!undated) lines.push(`${MONTHS[M]} ${D}, ${Y}`);
      lines.push(`${city}/${pick(names).toUpperCase()} -- ${body[0]}`, ...body.slice(1));
    }
    items.push({ title: t, date, when });
    out.push({
      name: `${String(i).padStart(6, '0')}.txt`,
      text: `${lines.join('\n')}\n`,
      title: t,
      date,
    });
  }
  return out;
}

/** Writes `count` generated texts into `dir` (emptied first); returns them. */
export function writeCorpus(dir: string, count: number, seed = 42): GeneratedText[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const docs = generateCorpus(count, seed);
  for (const doc of docs) writeFileSync(join(dir, doc.name), doc.text);
  return docs;
}
