// Every pattern and threshold the parser uses, in one table, each named for the kind of
// text it recognises. Rules import from here; nothing else in src/parse holds a regex.

const MONTH =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
const WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?';
const TIME = '\\d{1,2}(?:[:.h]\\d{2})(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?';
const AGENCY = 'Reuters|AP|AFP|UPI|IANS|PTI|ANI|dpa|Xinhua|TASS|IRNA|SANA|Fars|Mehr';

// Boilerplate: whole lines, by kind.
const BOILERPLATE: ReadonlyArray<readonly [string, RegExp]> = [
  [
    'comment-form',
    /^(?:comments?|leave a (?:comment|reply)|post a comment|add (?:a )?comment|\d+ comments?|please enter your (?:comment|name|email)(?: here)?!?|your (?:email address|name|comment).*|name \*|email \*|website|save my name, email.*|notify me of .*|you must be logged in to post a comment.*|comments? (?:are|is) closed.*|show comments?|view comments?)\.?$/i,
  ],
  ['captcha', /recaptcha|please reload the page|i'?m not a robot/i],
  [
    'subscribe',
    /^(?:[›»>]\s*)?(?:subscribe(?: now| to .{1,40}| on youtube)?|sign up(?: for .{1,40})?|newsletter|get (?:our|the) newsletter.*)\s*:?$/i,
  ],
  [
    'more-articles',
    /^(?:more articles|more(?!\s*:)|read more|continue reading|load more|show more|see more|next article|previous article|advertisement|advertising|ad|sponsored|anzeige|reklama|publicité|publicidad|loading\.*|skip to (?:main )?content|back to top|print|share(?: this)?(?: article| story)?|tweet|email|whatsapp|facebook|twitter|reddit|linkedin|pinterest)\s*:?$/i,
  ],
  // Buttons of a page's photo viewer and article tools.
  [
    'button',
    /^(?:print article|buy photo|full ?screen|enlarge image|view (?:all|profile|photos?|gallery)(?: \(\d+\))?|read now|submit|caption|autoplay|skip ad|resize text|share tweet share|\d+ of \d+)$/i,
  ],
  [
    'social',
    /^(?:follow (?:us|on|me)\b.*|like us on facebook.*|facebook: \S+|twitter: \S+|instagram: \S+|share (?:on|via) .{1,30})$/i,
  ],
  [
    'licence',
    /^(?:all content by .* is licensed under .*|content of this site is licensed under .*|this work is licensed under .*|copyright ©.*|© ?\d{4}.*|all rights reserved\.?)$/i,
  ],
  ['standards', /^our standards: .*$/i],
  // `— Name (@handle) October 31, 2021`: the signature of an embedded tweet, not the article's date.
  ['tweet-embed', /^[—–-]\s*\S.*\(@\w+\)\s+\S.*\d{4}$/],
  ['share-count', /^this (?:story|article|post) has been shared [\d,.]+ times\b.*$/i],
  ['reporting-credit', /^\((?:additional )?(?:reporting|writing|editing) by [^)]*\)$/i],
  ['correction', /^\((?:fixes|corrects|updates|adds|refiles)[^)]*\)$/i],
  [
    'call-to-action',
    /^(?:what do you think\?|let us know in the comments.*|tell us what you think.*|join the (?:discussion|conversation).*|click here .*)$/i,
  ],
  [
    'permission',
    /^(?:article|this article|story) (?:posted|reprinted|republished) with permission from .*$/i,
  ],
  ['rule', /^[*=_~#-]{3,}$/],
];

export const PATTERNS = {
  // --- normalisation ---
  lineBreak: /\r\n|\r|\n/,

  // --- header lines written by a scraper, not by the outlet ---
  /** ` date 2020-02-17 0`: a dataset's record header. */
  scraperHeader: /^date \d{4}-\d{2}-\d{2}(?: \d+)?$/i,
  /** `Story Code : 123456`, `News ID: 1234`. */
  storyCode: /^(?:story|news|article|content) ?(?:code|id|no\.?|number)\s*:\s*\d+$/i,

  // --- related stories dumped as data ---
  /** PHP var_dump of a JSON string: `string(1938) "[{...}]"`. */
  phpDumpedJson: /^string\(\d+\)\s*"(\[[\s\S]*\])"\s*$/,
  bareJsonArray: /^\[\s*\{[\s\S]*\}\s*\]$/,
  /** A `/YYYY/MM/DD/` segment in an image or page path. */
  pathDate: /\/((?:19|20)\d{2})\/(\d{2})\/(\d{2})\//,

  // --- editor signatures ---
  /** `S/SH 11`, `AK/PA`, `H.A./M.K.` — initials separated by slashes. */
  initialsSignature: /^(?:[A-Z]{1,4}\.?){1,3}(?:\s*\/\s*(?:[A-Z]{1,4}\.?){1,3})+(?:\s+\d{1,3})?$/,
  /** `Manar/Manal/ H. Said` — names separated by slashes, ending with an initial and a name. */
  namesSignature: /^(?:[A-Z][a-z]+\s*\/\s*)+(?:[A-Z]\.\s*)+[A-Z][a-z]+$/,
  /** The same initials glued to the end of a paragraph: `… the gathering. AK/PA`. */
  trailingSignature:
    /(?<=[.!?"”’)])\s+((?:[A-Z]{1,4}\.?){1,3}(?:\s*\/\s*(?:[A-Z]{1,4}\.?){1,3})+(?:\s+\d{1,3})?)$/,

  // --- "@highlight" summary bullets of CNN/Daily Mail .story files ---
  highlightMarker: /^@highlight$/,

  // --- dates ---
  fourDigits: /\d{4}/,
  /** The parts of a cleaned date phrase that decide which formats may read it. */
  clockTime: /\d:\d{2}/,
  clockSeconds: /\d:\d{2}:\d{2}/,
  meridiem: /[AP]M$/,
  /** What a date phrase opens with: a year, a month name, `dd.`, a clock time. */
  dateLeads: [/^\d{4}/, /^\p{L}/u, /^\d{1,2}\./, /^\d{1,2}:/],
  monthName: new RegExp(`\\b(?:${MONTH})\\b`, 'i'),
  /** A phrase that may be a date; `dateFormats` below decides. Captures the phrase. */
  datePhrases: [
    // Monday 17 February 2020 - 08:43 / 17 February 2020 / Thu 3 Jan 2019 02.00 EST
    new RegExp(
      `(?:${WEEKDAY},?\\s+)?\\d{1,2}(?:st|nd|rd|th)?\\s+(?:${MONTH})\\.?,?\\s+\\d{4}(?:\\s*(?:-|,|at|\\|)?\\s*${TIME})?`,
      'i',
    ),
    // Tue Mar 29, 2016 16:27:03 / November 20, 2019 - 11:28 / Nov. 20, 2019, 9:28 AM
    new RegExp(
      `(?:${WEEKDAY},?\\s+)?(?:${MONTH})\\.?\\s+\\d{1,2}(?:st|nd|rd|th)?,?\\s+\\d{4}(?:\\s*(?:-|,|at|\\|)?\\s*${TIME})?`,
      'i',
    ),
    // 12:01 GMT, 1 March 2013 (Daily Mail)
    new RegExp(`${TIME}\\s+[A-Z]{2,4},\\s+\\d{1,2}\\s+(?:${MONTH})\\s+\\d{4}`, 'i'),
    // 2020-02-17, 2016-03-29T16:27:03
    /\b\d{4}-\d{2}-\d{2}(?:[T ]\d{2}:\d{2}(?::\d{2})?)?\b/,
    // 04.05.2015 à 13h36, 08.04.2015 12:46
    new RegExp(`\\b\\d{1,2}\\.\\d{1,2}\\.\\d{4}(?:\\s+(?:à\\s+)?${TIME})?`),
  ],
  /** Steps that bring a date phrase to the shapes date-fns formats read, in order. */
  dateCleanup: [
    [/^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\.?,?\s+/i, ''], // weekday
    [/(\d)(?:st|nd|rd|th)\b/g, '$1'], // ordinal suffix
    [/\b([A-Za-z]{3,})\./g, '$1'], // `Nov.`
    [/\bSept\b/i, 'Sep'],
    [/(\d{1,2})h(\d{2})/g, '$1:$2'], // `13h36`
    [/(\d{1,2})\.(\d{2})(?!\.\d)(?=\s|$)/g, '$1:$2'], // `02.00`
    [/(\d)([ap]\.?m\b)/gi, '$1 $2'], // `4:20am`
    [/\b([ap])\.?m\.?(?=\s|$)/gi, (_m: string, a: string) => `${a.toUpperCase()}M`],
    [/\s+(?:à|at)\s+/g, ' '],
    [/\s*[,|]\s*|\s+-\s+/g, ' '], // separators
    [/\s+(?![AP]M$)[A-Z]{2,4}$/, ''], // a time zone, not AM/PM
    [/^(\d{1,2}:\d{2}) [A-Z]{2,4} /, '$1 '], // `12:01 GMT, 1 March 2013`
    [/\s+/g, ' '],
  ] as ReadonlyArray<readonly [RegExp, string | ((m: string, a: string) => string)]>,
  nonLetterRun: /[^\p{L}]+/gu,
  /** Words that may stand beside a date on a date line without making it prose. */
  dateLineFiller:
    /\b(?:published|posted|updated|last|modified|on|at|am|pm|a\.m\.|p\.m\.|mis|à|jour|le|[A-Z]{2,4}|\|)\b/gi,
  /** Relative dates ("8h ago", "on Sunday") are never turned into a date. */
  relativeDate: /\b(?:\d+\s*(?:s|m|h|d|min|mins|hours?|days?|weeks?)\s+ago|yesterday|today)\b/i,
  /** `8h`, `2d`: a post's age printed beside its author. */
  postAge: /^\d+\s*(?:s|m|min|h|d|w)$/i,
  /** `před 2 hodinami`, `vor 3 Stunden`, `il y a 2 heures`: "ago" before the number. */
  agoBefore: /^(?:před|vor|il y a|hace|há|fa)\s+\d+\s+\p{L}+$/iu,
  /** Where a yearless date starts in a byline: `By Name March 18 at 3:57 PM`. */
  monthDay: new RegExp(`\\s(?:${MONTH})\\.?\\s+\\d`, 'i'),
  /** A label that says a date is the update time, not publication. */
  updatedLabel: /\b(?:updated|modified|mis à jour)\b/i,
  publishedLabel: /^(?:published|posted|first published)\s*:?$/i,
  /** `|`, `Updated:` alone on a line, between date parts. */
  headLabel: /^(?:\||updated\s*:?)$/i,
  /** `Outlet.com` names the outlet `Outlet`. */
  domainSuffix: /\.(?:com|net|org)$/i,

  // --- bylines ---
  /** `By Nick Brown`, `By : Mohammad Salami`, `By: Sara Taha Moughnieh`. */
  byline: /^(?:by|par|von)\s*:?\s+(.+)$/i,
  bylineAlone: /^by\s*:?$/i,
  bylineLabel: /^\s*(?:by|par|von)\b\s*:?/i,
  /** `…, a deputy editor and …`: a role after the name, not part of it. */
  bylineRole: /,\s+\p{Ll}.*$/u,
  /** Separators left at the end of a name cut off before a date: `Dan Goodin -`. */
  trailingSeparators: /[\s|•·,:@–—-]+$/,
  /** `PTI, Washington,`: a name, then a place, then the comma a date would follow. */
  namePlace: /^([^,]+),[^,]+,$/,
  /** `(avec X et Y)`: co-authors in brackets after the name. */
  bracketedPart: /\s*\([^)]*\)/g,
  /** Text running into a date with no space between. */
  gluedToDate: /\p{L}$/u,
  /** Words that label a date line; what stands before a date there is no name. */
  dateLabelWord: /\b(?:published|posted|updated|modified|last|on|at)\b/i,
  /** `Le Monde | 04.05.2015 à 13h36 • Mis à jour … | Par X`: head fields printed on one line. */
  fieldSeparator: /\s+[|•·]\s+/,
  /** `This report was originally published by NAME at OUTLET`. */
  republishedBy:
    /^this (?:report|article|story) was (?:originally )?published by (.+?) (?:at|on|in) (\S.*?)\.?$/i,
  /** A person's or desk's name: 1–6 capitalised words, maybe joined by "and" or commas. */
  name: /^(?:[\p{Lu}][\p{L}'’.-]*|and|de|van|von|al|el|bin|,)(?:\s+(?:[\p{Lu}][\p{L}'’.-]*|and|de|van|von|al-?\p{L}*|el|bin|&)|,)*$/u,
  maxNameWords: 8,

  // --- datelines that open the first paragraph ---
  /** `Damascus, SANA –`: place, then the publishing agency. Captures the agency. */
  placeAgencyDateline:
    /^([\p{Lu}][\p{L}.'-]*(?:[ /][\p{Lu}][\p{L}.'-]*){0,3}),\s+([\p{Lu}]{2,}(?:\s[\p{Lu}]{2,})?)\s*[–—-]+\s*/u,
  /** `BUDAPEST, Feb 18 (Reuters) -`, `Feb 9 (Reuters) -`. Captures the agency. */
  agencyDateline: new RegExp(
    `^(?:[\\p{Lu}][\\p{Lu}\\p{L} ./'-]*,\\s+)?(?:(?:${MONTH})\\.?\\s+\\d{1,2}\\s+)?\\((${AGENCY})\\)\\s*[–—-]+\\s*`,
    'u',
  ),
  /** `TEHRAN/DAMASCUS --`, `TEHRAN -`: a place in capitals. */
  capitalsDateline: /^(\p{Lu}{2,}(?:[ /]\p{Lu}{2,}){0,3})\s*(?:--|[–—-])\s+/u,
  /** `PanARMENIAN.Net -`: a site name opening the text. Captures the site. */
  siteDateline: /^([\p{L}]+\.(?:net|com|org|am|ru|ir|info))\s+[–—-]+\s+/iu,

  // --- featured / related lists ---
  featuredHeading:
    /^(?:featured(?: stories| news| articles)?|check also|(?:more )?related(?: stories| articles| news| links| posts| content)?|see also|read (?:more|also)|also read|more (?:stories|news|articles)|more from .{1,40}|top stories|most (?:popular|read|viewed|shared)(?: .{1,30})?|latest(?: news| stories)?|you (?:may|might) also like|recommended(?: for you)?|trending(?: now)?(?: on .{1,30})?|other news.{0,30}|editor'?s? picks?|související|lesen sie auch|mehr zum thema|auch auf .{1,30}|à lire aussi|lire aussi|sur le même sujet|voir aussi|leer más|te puede interesar|read next|what to read next|more(?: on)?|now on .{1,40}|popular .{1,30}|in other news|videos?)\s*:?$/i,
  /** Longer sentences in a list are teasers, not titles. */
  maxFeaturedTitleWords: 20,
  /** A listed story's title has a few words; shorter lines in a list are labels or buttons. */
  minFeaturedTitleWords: 3,
  /** `About us | Stats | Advertise`: a row of links, not a story. */
  menuRow: /\s[|•·]\s.*\s[|•·]\s/,
  /** How a story's summary sentence opens when a scraper glued it to the title. */
  summaryOpener: /^(?:The|A|An|This|These|It|Its|In|On|At|After|As|Some|Many)$/,
  /** A word that can end a title running straight into a summary (no punctuation). */
  titleWordEnd: /[\p{Ll}\p{N}]$/u,
  /** `1 Title one 2 Title two 3 …`: a ranked list glued on one line. Captures the first title. */
  rankedListStart: /^1\s+(\S.*?)\s+2\s+\S/,
  /** `By : Mohammad Salami` under a listed story. */
  featuredByline: /^by\b\s*:?\s*(.+)$/i,
  /** A teaser ends in an ellipsis. */
  ellipsisEnd: /(?:…|\.\.\.)$/,

  // --- boilerplate: whole lines, by kind ---
  boilerplate: BOILERPLATE,
  /** All of them in one alternation: most lines match none, and one test rules them out. */
  boilerplateAny: new RegExp(BOILERPLATE.map(([, re]) => `(?:${re.source})`).join('|'), 'i'),

  /** Opens a poll or sign-up form set in the middle of an article. */
  formOpener: /^take our poll\b|\bstory continues below\b/i,
  /** Closes such a form: privacy or terms small print. */
  formCloser: /\bprivacy policy\b|\bterms of (?:use|service)\b/i,
  maxFormLines: 15,

  // --- captions: "Label: a photo … " with no closing full stop ---
  caption: /^[\p{Lu}][\p{L}'-]+(?: [\p{Lu}][\p{L}'-]+)?: [\p{Lu}"“'‘].*[^.!?"”'’)]$/u,
  minCaptionWords: 6,
  /** A line that is only a photo credit: `Photo by Name/CNET`, `Image: Name / Outlet`, `(Bild: X)`. */
  creditLine:
    /^\(?(?:[Pp]hoto(?:graph)?s?|[Ii]mage|[Pp]icture|[Ff]oto|[Bb]ild|[Cc]redit)\s*(?::|by)\s*[\p{Lu}\p{N}][^.!?]*\)?$/u,
  /** A caption ending in its credit: `… [File: Reuters]`, `… (Credit: AP/…)`, `… Photograph: Name`,
   * `… / Reuters file`, `…, ASSOCIATED PRESS`, `… | Foto: Reuters`, `….CreditName/Outlet`; or one
   * opening with a label. */
  creditEnd:
    /(?:\[(?:File|Photo|Image|Credit)\b[^\]]*\]|\((?:Credit|Photo|Image|Foto|Bild)\b[^)]*\)|\b(?:Photograph|Photo|Image|Foto|Picture)s?\s*(?::|by)\s*\p{Lu}[^.!?]*|Credit:?\s*\p{Lu}(?:[^.!?]|(?<=\b\p{Lu})\.)*|(?:[/,]\s*|\s)(?:Reuters|AP|AFP|EPA|Getty Images|ASSOCIATED PRESS)(?: file)?)$|^(?:Media|Image) (?:caption|copyright)\b/u,
  /** A caption is short: a line longer than this is never taken for one. */
  maxCaptionWords: 45,
  /** The caption printed above a credit line is shorter still. */
  maxCaptionAboveCreditWords: 25,

  // --- prose and headings ---
  /** A word: a space-separated part holding a letter or digit (wordCount's definition). */
  word: /(?<=^|\s)[^\s\p{L}\p{N}]*[\p{L}\p{N}]\S*/gu,
  /** One letter or digit, and one space character (for wordCount's loop beyond ASCII). */
  wordChar: /^[\p{L}\p{N}]$/u,
  space: /^\s$/,
  /** Anything but printable ASCII: text that NFKC might change. */
  nonAscii: /[^ -~\t\n\r]/,
  nonWordRun: /[^\p{L}\p{N}]+/gu,
  sentenceEnd: /[.!?…]["”'’)\]]*$/,
  startsLowercase: /^[\p{Ll}]/u,
  /** An abbreviation such as `U.N.` that ends a line without ending the sentence. */
  abbreviationEnd:
    /\b(?:[A-Z]\.){2,}$|\b(?:Mr|Mrs|Ms|Dr|Prof|Gen|Sen|Rep|Gov|St|Lt|Col|Capt|Sgt)\.$/,
  bullet: /^(?:[*•·▪‣◦]|-(?=\s))\s+/,
  /** How a title or heading opens: a capital, a digit, a quote or a bracket. */
  titleStart: /^[\p{Lu}\p{N}"“‘'(]/u,
  /** `… U.S.`, `… Conf.`: a short capitalised word (an abbreviation) before a closing full stop. */
  shortCapitalisedEnd: /\b[\p{Lu}][\p{L}]{0,4}\.$/u,
  /** Max words for a line to be a heading or a title. */
  maxHeadingWords: 12,
  maxTitleWords: 30,
  minTitleWords: 2,
  /** Lines read before the title is given up on (a scraped page may open with navigation). */
  maxTitleSearchLines: 400,
  /** Prose: a line with at least this many words that ends a sentence. */
  minProseWords: 8,
  /** Lines shorter than this are too weak to decide anything alone. */
  shortLineWords: 4,

  // --- scraped web pages ---
  /** Open lines before the first prose line that make a text read as a whole web page. */
  minPageHeadLines: 15,
  /** So many short lines (menus, buttons, story lists), a third of the text or more: a page. */
  minPageShortLines: 30,
  /** A date or byline line printed by the title is short and not a sentence. */
  maxHeadFieldWords: 24,
  /** A prose line longer than this ends the article's head (a short bio may follow a byline). */
  maxHeadProseWords: 25,
  /** How far into the article's run of prose its head (date, byline) is looked for. */
  pageRunHeadLines: 15,
  /** Headlines have some length; menu entries and labels rarely do. */
  minHeadlineWords: 5,
  /** A headline is printed twice (page title and h1); a menu entry more often. */
  maxTitleRepeats: 3,
  /** `New York|Headline`, `News > 2015 > Headline`: a section label or breadcrumb before it. */
  titlePrefixSeparator: /^.*(?:\||\s[>»›]\s)/,
  /** `… is supported by`, `Share via`: a label ends in a word that needs a follow-up. */
  danglingEnd: /\b(?:by|of|the|a|an|and|or|to|in|for|with|via|from)$/i,
  /** What a non-prose line costs a run of article lines. */
  pageLineCost: 4,
  /** The k-th non-prose line in a row costs k times as much, up to this factor. */
  maxPageGapFactor: 3,
  /** What a run starting right below a date or byline line is worth before its first line. */
  pageHeadBonus: 50,
  /** How far above the article's first prose line its title is looked for. */
  pageHeadWindow: 12,
  minPageTitleWords: 3,

  // --- cumulative repetition (each line repeats the rest of the article) ---
  minCumulativeTail: 40,

  // --- input limits ---
  /** A file of any shape up to these limits parses and builds within Node's default heap
   * (tests/site/limits.test.ts builds one of each); news articles are far smaller. */
  maxInputBytes: 8 * 1024 * 1024,
  maxInputLines: 200_000,
  /** Share of control characters above which a file is treated as binary. */
  maxControlShare: 0.1,
} as const;
