// The vocabulary the parser's rules share: month and weekday names, agencies, byline words.
// A pattern or threshold that one rule or reader uses lives in that file, named.

/** English month names and their abbreviations (`Sept` too), for date phrases. */
export const MONTH =
  'Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?';
/** A weekday before a date (`Mon`, `Monday.`). */
export const WEEKDAY = '(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*\\.?';
/** A clock time: `08:43`, `9.28`, `13h36`, `4:20 p.m.`. */
export const TIME = '\\d{1,2}(?:[:.h]\\d{2})(?::\\d{2})?(?:\\s*[ap]\\.?m\\.?)?';
/** News agencies that datelines name (`(Reuters) -`, `Damascus, SANA –`). */
export const AGENCY = 'Reuters|AP|AFP|UPI|IANS|PTI|ANI|dpa|Xinhua|TASS|IRNA|SANA|Fars|Mehr';

/** The words a byline opens with: English, French, German. */
const BY = '(?:by|par|von)\\b';

/** `By Nick Brown`, `By : Mohammad Salami`, `par Jean Dupont`: captures what follows the label. */
export const BYLINE = new RegExp(`^${BY}\\s*:?\\s*(\\S.*)$`, 'i');

/** `By` alone on a line, the name on the next. */
export const BYLINE_ALONE = new RegExp(`^${BY}\\s*:?$`, 'i');

/** The label itself, to take off a line. */
export const BYLINE_LABEL = new RegExp(`^\\s*${BY}\\s*:?`, 'i');
