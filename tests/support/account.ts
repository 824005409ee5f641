// An independent check of the parser's invariant for tests: every non-blank input line is in
// the record (its text appears in a field, spaces and punctuation aside) or in `dropped`.
// It shares no code with src/parse/account.ts, so one cannot hide the other's mistake.
import assert from 'node:assert/strict';
import type { Article } from '../../src/model/article.ts';
import { cleanText } from '../../src/parse/input/clean.ts';
import { dateLine, findDate } from '../../src/parse/readers/date.ts';

/** Lower case, with the Greek final sigma as any sigma: `ΕΠΙΣΗΣ` lowers to `επισης` as a word
 * but to `επισησ` inside a run of letters (`ΕΠΙΣΗΣΝΕΑ`), which squashing makes of the record. */
const lower = (s: string) => s.toLowerCase().replace(/ς/gu, 'σ');
const squash = (s: string) => lower(s.replace(/[^\p{L}\p{N}\p{M}]+/gu, ''));

/** Byline labels of many languages, written apart from src/parse/vocabulary.ts. */
const BYLINE_LABEL =
  /^(?:(?:written|posted|reported|reporting|additional reporting|story|words|text|interview|interviewed|compiled|analysis|commentary|column|opinion|review|essay|report|photos and words|words and photos|text and photos) by|propos recueillis par|texte de|(?:geschrieben|ein (?:beitrag|artikel|kommentar|gastbeitrag|interview)|kommentar|gastbeitrag|analyse) von|(?:escrito|redactado|reportagem|reportaje|texto|entrevista) (?:por|de)|scritto da|a cura di|geschreven door|skrevet (?:av|af)|skrivet av|por|di|door|av|af|de|του|της|מאת|autor[a]?|autorka|autorin|autorica|autori|autoři|autorzy|autore|autrice|autorius|autorė|autors|avtor|avtorica|authors?|auteure?s?|verfasser(?:in)?|writer|words|reporters?|reporterin|reporterka|reportér|reportérka|riporter|texte?|testo|texto|tekst|teksti|wartawan|pewarta|kontributor|írta|toimittaja|journalist|novinarka|novinar|napisao|napisala|piše|pišu|пише|opracowanie|mwandishi|γράφει|κείμενο|συντάκτης|yazar|yazan|muhabir|müəllif|oleh|penulis|szerző|kirjoittaja|tác giả|phóng viên|автор|авторка|текст|журналист|журналіст|кореспондент|корреспондент|लेखक|लेखिका|रिपोर्टर|रिपोर्ट|संवाददाता|লেখক|প্রতিবেদক|প্রতিবেদন|رپورٹر|رپورٹ|تحریر|مصنف|نامہ نگار|كتبت?|الكاتب|كاتب|المراسل|مراسل|إعداد|اعداد|بقلم|به قلم|بواسطة|نوشته|نویسنده|خبرنگار|گزارشگر|گزارش|نگارنده|כתבת?|ผู้เขียน|글쓴이|글|기자|筆者|執筆|撰文|撰稿|采写|採寫|作者|文|(?:本报|本報|本网|本網|本台|本刊)?(?:特派|特约|特約|实习|實習)?(?:记者|記者))(?![\p{L}\p{N}])\s*[:：/／|｜]?/iu;

export function accountsFor(text: string, a: Article): void {
  const bylines = [a.byline, ...a.featured.map((f) => f.byline)]
    .filter((b): b is string => b !== null)
    .map(squash);
  const dropped = new Map<number, string[]>();
  for (const d of a.dropped) dropped.set(d.line, [...(dropped.get(d.line) ?? []), d.text]);
  const record = squash(
    [
      a.title ?? '',
      a.byline ?? '',
      a.dateText ?? '',
      a.source ?? '',
      ...a.body.map((b) => b.text),
      ...a.featured.flatMap((f) => [f.title, f.byline ?? '']),
    ].join('\n'),
  );
  cleanText(text)
    .text.split(/\r\n|\r|\n/)
    .forEach((line, i) => {
      const cut = squash((dropped.get(i + 1) ?? []).join(' '));
      // A date the record holds (the article's or a listed story's) or reports is in it, though
      // printed among other words or glued to them (`Lavrov17 February 2020`).
      const found = findDate(line.trim());
      const held =
        found !== null &&
        ([a.date, ...a.featured.map((f) => f.date)].some(
          (x) => x && found.iso.startsWith(x.slice(0, 10)),
        ) ||
          cut.includes(squash(found.text)));
      // A `By` label (maybe after a dump's `-- ` mark) is kept as the byline field.
      const t = (held ? line.replace(found.text, ' ') : line)
        .trim()
        .replace(/^[^\p{L}\p{N}]+/u, '')
        .replace(/^(?:by|par|von)\b\s*:?/i, '');
      // Letters and digits apart: a scraper runs a name into a date (`Dupont14 de marzo`).
      const words = (lower(t).match(/\p{L}[\p{L}\p{M}]*|\p{N}+/gu) ?? []).filter(
        (w) => !cut.includes(w),
      );
      if (words.length === 0) return;
      // A byline line's label in another language (`Автор:`, `Por`) is kept as the byline too.
      const name = squash(t.replace(BYLINE_LABEL, ''));
      if (name !== '' && bylines.some((b) => b.includes(name))) return;
      // A date line is in the record as a date (the article's or a listed story's).
      const d = dateLine(line.trim());
      if (
        d &&
        [a.date, ...a.featured.map((f) => f.date)].some(
          (x) => x && d.iso.startsWith(x.slice(0, 10)),
        )
      )
        return;
      // A byline's label on a line that prints other fields too (`Por X | Madrid | date`).
      const label = BYLINE_LABEL.exec(t)?.[0] ?? '';
      const named = label !== '' && bylines.some((b) => b !== '' && squash(t).includes(b));
      const labelWords = named ? squash(label) : '';
      const missing = words.filter((w) => !record.includes(w) && w !== labelWords);
      assert.deepEqual(missing, [], `line ${i + 1} lost: ${line}`);
    });
}
