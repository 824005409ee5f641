// Why the parser left a line (or part of one) out of the record, in plain words for readers:
// the source-text view and `npm run explain` show these beside the parser's own codes.

const WORDS: Record<string, string> = {
  'front-matter': 'front matter (the file’s own settings)',
  'duplicate-line': 'repeats the lines below it',
  'scraper-header': 'the scraper’s record header',
  'story-code': 'the site’s story code',
  'wire-address': 'the story’s web address, in the wire dump’s header',
  'field-label': 'the label of a field in the file’s header (`Title:`, `BYLINE:`, `HD`)',
  'field-header':
    'a field of the dump’s header, or of the news database’s export, that the record has no place for',
  'field-header:dateline': 'the dateline field of the file’s header (the record’s dateline)',
  'field-header:source': 'the source field of the file’s header (the record’s source)',
  'field-header:url': 'the address field of the file’s header (the record’s url)',
  'field-header:title': 'another title field of the file’s header',
  'field-header:byline': 'another author field of the file’s header',
  'field-header:date': 'a date field of the file’s header that gave no date',
  truncated: 'the dump’s mark that it cut the text short (`[+2371 chars]`)',
  'wire-mark': 'a letter-spaced label of the wire dump’s header, read as “By”',
  'featured-data': 'related stories, as data (listed beside the article)',
  'featured-heading': 'heading of a story list',
  'featured-duplicate': 'a story listed twice',
  'featured-label': 'label in a story list',
  'featured-teaser': 'summary of a listed story',
  'featured-ranks': 'ranks of a story list',
  'featured-stamp': 'a listed story’s rank, time or age, with no date',
  'featured-date': 'a listed story’s date, printed after its title (kept as its date)',
  'featured-rest': 'beside a listed story’s date',
  signature: 'editor’s signature',
  navigation: 'site navigation, outside the article',
  'page-head': 'between headline and text (standfirst, label or caption)',
  'page-title': 'the page’s title element: the headline and the outlet’s name, above the headline',
  'head-field:unused': 'another date or byline line',
  'head-field:updated': 'update time (the publication date is printed too)',
  'head-field:place': 'the place the story was filed from, printed in the head',
  'head-rest': 'printed beside the date or byline',
  'reporter-credit': 'the reporter’s credit opening the text (the byline, and where it was filed)',
  label: 'a label',
  'post-age': 'how old the post is (no date printed)',
  'reading-time': 'how long the article takes to read',
  'time-only': 'a time of day, with no date',
  'duplicate-title': 'the headline printed again',
  caption: 'photo caption or credit',
  markup: 'a link’s address in the Markdown text, or its number in a text browser’s dump',
  'link-list': 'the text browser’s list of the page’s link addresses',
  'image-mark': 'where the page showed a picture',
  'head-address': 'the story’s web address, printed in its head (the record’s url)',
  'author-bio': 'the author’s bio',
  'sign-off': 'the author’s or agency’s sign-off after the text (the byline is printed too)',
  'byline-role': 'the author’s role, under the byline',
  player: 'video player’s controls or notice',
  slideshow: 'photo gallery slide or counter',
  chart: 'chart printed as text (ticks, values, title, source)',
  'pull-quote': 'a quotation printed again in large type, with the speaker’s name',
  'press-release:label': 'the press release’s label (`FOR IMMEDIATE RELEASE`)',
  'press-release:about': 'the issuer’s standing paragraph, under the press release',
  'press-release:forward-looking': 'the press release’s forward-looking statements note',
  'press-release:contact': 'the press release’s media contact',
  'press-release:end': 'the press release’s end mark, and what follows it',
  'overridden-by-front-matter': 'replaced by the file’s front matter',
};

const BOILERPLATE: Record<string, string> = {
  'comment-form': 'comment form',
  captcha: 'captcha',
  subscribe: 'subscription prompt',
  tags: 'the story’s tag list',
  'more-articles': 'link or button around the article',
  button: 'button of the page',
  share: 'share or article-tool button',
  'reader-prompt': 'prompt to send the newsroom a tip, a correction or a letter',
  social: 'social media prompt',
  licence: 'licence or copyright footer',
  standards: 'the outlet’s standards note',
  legal: 'a link of the page’s legal footer',
  'tweet-embed': 'signature of an embedded post',
  'share-count': 'share counter',
  'reporting-credit': 'reporting credit',
  syndication: 'where the article first appeared',
  disclaimer: 'disclaimer',
  contact: 'how to contact the reporter or editor',
  correction: 'correction note',
  'editing-note': 'the note that the text (an interview) was edited or condensed',
  'call-to-action': 'call to action',
  permission: 'republishing note',
  rule: 'separator line',
  breadcrumb: 'the page’s breadcrumb trail: the sections the story sits in',
  highlight: 'summary bullet of the story file',
  poll: 'poll or sign-up form',
};

/** Whether the table has words for `reason` (a test keeps every reason the parser gives in it). */
export function hasWords(reason: string): boolean {
  const [category, kind] = reason.split(':') as [string, string | undefined];
  return category === 'boilerplate' && kind ? kind in BOILERPLATE : reason in WORDS;
}

/**
 * A drop reason in words.
 * @example reasonInWords('boilerplate:comment-form') // 'comment form'
 */
export function reasonInWords(reason: string): string {
  const [category, kind] = reason.split(':') as [string, string | undefined];
  if (category === 'boilerplate' && kind) return BOILERPLATE[kind] ?? kind.replace(/-/g, ' ');
  return WORDS[reason] ?? reason.replace(/[-:]/g, ' ');
}
