// Bytes to text: the one place that decides whether a file is readable at all.
import { cleanText, cleanedWarning } from './clean.ts';

/** A file of any shape up to these limits parses and builds within Node's default heap
 * (tests/site/limits.test.ts builds one of each); news articles are far smaller. */
export const MAX_INPUT_BYTES = 8 * 1024 * 1024;

export const MAX_INPUT_LINES = 200_000;

/** Share of control characters above which a file is treated as binary. */
const MAX_CONTROL_SHARE = 0.1;

/** Input that cannot be read as an article; the message says what to do about it. */
export class InputError extends Error {
  override name = 'InputError';
}

export interface Decoded {
  text: string;
  warnings: string[];
}

/** Line breaks (LF, CR, CRLF as one) in UTF-8 or single-byte text; UTF-16 counts NUL-padded
 * bytes the same way. A record costs memory per line, so the count is checked before parsing. */
function lineCount(bytes: Uint8Array): number {
  let n = 1;
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b === 10) n++;
    else if (b === 13 && bytes[i + 1] !== 10) n++;
  }
  return n;
}

export function tooLarge(bytes: number): string {
  const mb = (n: number) => (n / 1048576).toFixed(1).replace(/\.0$/, '');
  return `file is ${mb(bytes)} MB, over the ${mb(MAX_INPUT_BYTES)} MB limit for one article: split it or remove it from the input folder`;
}

export function tooManyLines(lines: number): string {
  return `file has ${lines.toLocaleString('en')} lines, over the ${MAX_INPUT_LINES.toLocaleString('en')} an article may have: split it or remove it from the input folder`;
}

function controlShare(bytes: Uint8Array): number {
  const n = Math.min(bytes.length, 65536);
  let ctl = 0;
  for (let i = 0; i < n; i++) {
    const b = bytes[i]!;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) ctl++;
  }
  return n === 0 ? 0 : ctl / n;
}

/**
 * Decodes a file's bytes: UTF-8 (BOM stripped), UTF-16 with a BOM, or Windows-1252 when
 * the bytes are not valid UTF-8 (with a warning); characters HTML and XML forbid are removed
 * (with a warning). Throws InputError for empty, binary or oversized input.
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError(tooLarge(bytes.length));
  const lines = lineCount(bytes);
  if (lines > MAX_INPUT_LINES) throw new InputError(tooManyLines(lines));
  const warnings: string[] = [];
  let text: string;
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    text = new TextDecoder('utf-16le').decode(bytes.subarray(2));
  } else if (bytes[0] === 0xfe && bytes[1] === 0xff) {
    text = new TextDecoder('utf-16be').decode(bytes.subarray(2));
  } else {
    if (bytes.includes(0) || controlShare(bytes) > MAX_CONTROL_SHARE) {
      throw new InputError(
        'file looks binary (it has NUL or control bytes), not text: remove it from the input folder',
      );
    }
    try {
      text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: false }).decode(bytes);
    } catch {
      text = new TextDecoder('windows-1252').decode(bytes);
      warnings.push('file is not valid UTF-8; decoded as Windows-1252');
    }
  }
  const cleaned = cleanText(text);
  if (cleaned.removed > 0) warnings.push(cleanedWarning(cleaned.removed));
  if (cleaned.text.trim() === '') throw new InputError('file is empty: there is no text to parse');
  return { text: cleaned.text, warnings };
}
