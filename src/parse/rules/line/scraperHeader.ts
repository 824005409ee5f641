// A dataset's record header (` date 2020-02-17 0`), a web archive's record header (`WARC/1.0`,
// `WARC-Target-URI: …`, `Content-Length: …`, as Common Crawl's text files print it) and story
// codes are the scraper's, not the article's. A header's date is when the page was crawled, so
// it is not read as a date; the archived page's address is the record's url. So is the header a
// saving tool (a read-it-later app, a web clipper, a bookmark export) prints above the text it
// kept: the day it was saved is no publication date.
import { isWebAddress } from '../../../model/web-address.ts';
import { findDate } from '../../readers/date.ts';
import { drop, isOpen, type Line, type ParseRule, type ParseState } from '../../state.ts';
import { isProse } from '../../text.ts';

/** ` date 2020-02-17 0`: a dataset's record header. */
const SCRAPER_HEADER = /^date \d{4}-\d{2}-\d{2}(?: \d+)?$/i;

/** A web archive record's header lines: the version, `WARC-*` fields and the content's type and
 * length; the header holds at least one `WARC` line. */
const WARC_LINE = /^(?:WARC\/\d\.\d|WARC-[\w-]+:.*)$/i;
const ARCHIVE_HEADER_LINE = /^(?:WARC\/\d\.\d|(?:WARC-[\w-]+|Content-(?:Type|Length)):.*)$/i;
/** `WARC-Target-URI: https://…`: the archived page's address. */
const TARGET_URI = /^WARC-Target-URI:\s*(\S+)$/i;

/** `Story Code : 123456`, `News ID: 1234`. */
const STORY_CODE = /^(?:story|news|article|content) ?(?:code|id|no\.?|number)\s*:\s*\d+$/i;

/** `Saved on Dec 2, 2023`, `Clipped: 09.03.2024 22:17`, `Gespeichert am …`, `Consulté le …`:
 * the label a saving tool prints before the day it kept the page, in the languages of the news
 * (the date itself is checked apart: `Saved 3 children` is a headline). */
const SAVED_LABEL =
  /^(?:(?:date )?(?:saved|clipped|captured|archived|bookmarked|retrieved|accessed|downloaded)(?: on| at)?|date (?:added|saved|clipped)|added on|gespeichert(?: am)?|erfasst am|archiviert am|abgerufen am|heruntergeladen am|hinzugefügt am|gemerkt am|enregistré le|sauvegardé le|capturé le|archivé le|consulté le|téléchargé le|ajouté le|guardado(?: el| em)?|capturado (?:el|em)|archivado el|consultado (?:el|em)|descargado el|añadido el|agregado el|salvo em|arquivado em|acessado em|acedido em|baixado em|adicionado em|salvato il|archiviato il|consultato il|scaricato il|aggiunto il|opgeslagen op|bewaard op|gearchiveerd op|geraadpleegd op|gedownload op|toegevoegd op|sparad(?: den)?|hämtad(?: den)?|lagret|gemt|tallennettu|zapisano|pobrano|uloženo|сохранено|дата сохранения|kaydedildi|保存日時?|保存于|保存時間|收藏于|收藏時間|저장일)(?:\s*[:：]\s*|\s+)(?=\S)/i;
/** `Source: https://…`, `URL: …`, or the address alone: the page the tool kept. */
const SAVED_ADDRESS =
  /^(?:(?:source|url|link|original|quelle|fuente|fonte|bron|源|출처)\s*[:：]\s*)?(\S+)$/i;
/** `Tags: rail, travel`, `#rail #travel`, `Notebook: Reading list`: how the tool filed it. */
const FILED_AS =
  /^(?:(?:tags?|labels?|notebook|folder|collection|list|highlights|schlagwörter|étiquettes|etiquetas|carnet|notizbuch|ordner|dossier|carpeta|pasta|map)\s*[:：]\s*\S.*|#[\p{L}\p{N}_-]+(?:[\s,]+#[\p{L}\p{N}_-]+)*)$/iu;
/** A tool's header is the text's first few lines, above the first paragraph. */
const MAX_TOOL_HEADER_LINES = 8;

export const scraperHeader: ParseRule = {
  name: 'scraperHeader',
  purpose:
    "A dataset's, web archive's or saving tool's header at the top, and story codes, are the scraper's: dropped (the archived or saved page's address is the url).",
  reads: ['open lines'],
  sets: ['url', 'dropped: scraper-header, story-code'],
  run,
};

function run(state: ParseState): void {
  const first = state.lines.find(isOpen);
  if (first && SCRAPER_HEADER.test(first.text)) drop(first, 'scraper-header');
  archiveHeader(state);
  toolHeader(state);
  for (const line of state.lines) {
    if (isOpen(line) && STORY_CODE.test(line.text)) drop(line, 'story-code');
  }
}

/** The web archive record's header lines at the top of the text, up to the first blank line. */
function archiveHeader(state: ParseState): void {
  const header = [];
  for (const line of state.lines) {
    if (line.text === '' && header.length > 0) break;
    if (!isOpen(line)) continue;
    if (!ARCHIVE_HEADER_LINE.test(line.text)) break;
    header.push(line);
  }
  if (!header.some((l) => WARC_LINE.test(l.text))) return;
  for (const line of header) {
    const uri = TARGET_URI.exec(line.text)?.[1];
    if (uri && isWebAddress(uri)) state.url ??= uri;
    drop(line, 'scraper-header');
  }
}

/** A line of a saving tool's header: its saving date, the kept address (with the address), a
 * filing line; null for another line (the title the tool prints first; the rule it draws
 * under the header is boilerplate's). */
type ToolLine = { kind: 'saved' | 'filed' } | { kind: 'address'; url: string };

function toolLine(t: string): ToolLine | null {
  const saved = SAVED_LABEL.exec(t);
  if (saved && findDate(t.slice(saved[0].length)) !== null) return { kind: 'saved' };
  const url = SAVED_ADDRESS.exec(t)?.[1];
  if (url && isWebAddress(url)) return { kind: 'address', url };
  return FILED_AS.test(t) ? { kind: 'filed' } : null;
}

/** A saving tool's header at the top: dropped when it prints the day the page was saved (which
 * is what makes it a tool's, not the article's); the address it kept is the url. */
function toolHeader(state: ParseState): void {
  const header: [Line, ToolLine][] = [];
  let seen = 0;
  for (const line of state.lines) {
    if (!isOpen(line)) continue;
    if (++seen > MAX_TOOL_HEADER_LINES || isProse(line.text)) break;
    const read = toolLine(line.text);
    if (read) header.push([line, read]);
  }
  if (!header.some(([, read]) => read.kind === 'saved')) return;
  for (const [line, read] of header) {
    if (read.kind === 'address') state.url ??= read.url;
    drop(line, 'scraper-header');
  }
}
