// The one definition of an article record. Everything downstream (site, search) reads this.
// Absent values are `null`; dates are ISO strings exactly as printed (no time-zone conversion).

export type BlockType = 'paragraph' | 'heading' | 'quote' | 'list-item';

export interface Block {
  type: BlockType;
  text: string;
}

/** A story listed in a featured / related / "check also" block of the page. */
export interface FeaturedStory {
  title: string;
  /** ISO date (`YYYY-MM-DD`) when the list prints one, else null. */
  date: string | null;
  byline: string | null;
}

/** A non-blank input line that is not part of the record, and why. */
export interface DroppedLine {
  /** 1-based line number in the input file. */
  line: number;
  text: string;
  /** `category` or `category:kind`, e.g. `boilerplate:comment-form`, `duplicate-title`. */
  reason: string;
}

export interface Article {
  /** Stable, unique, URL-safe: `YYYY-MM-DD-title-slug` (or `undated-title-slug`). */
  id: string;
  /** The input file's path relative to the input folder (or as given). */
  sourceFile: string;
  title: string | null;
  /** ISO 8601 as printed: `2016-03-29T16:27:03` or `2020-02-17`; null when the text prints none. */
  date: string | null;
  /** The words the date was read from. */
  dateText: string | null;
  /** The publishing outlet when the text names it as such (dateline, "originally published at"). */
  source: string | null;
  /** The dateline that opens the first paragraph, e.g. `Damascus, SANA –`. */
  dateline: string | null;
  byline: string | null;
  /** The article's original address (http or https) when the text or its front matter prints
   * it (`url:`, a wire dump's address line); null otherwise. */
  url: string | null;
  /** The language the article is written in, BCP 47 (`fr`, `pt`); null when it cannot be told. */
  language: string | null;
  body: Block[];
  featured: FeaturedStory[];
  /** Tags, from front matter only. */
  tags: string[];
  dropped: DroppedLine[];
  warnings: string[];
}

/** What the parser reports for a file it could not read at all. */
export interface ParseFailure {
  file: string;
  error: string;
  /** `input`: the file is not a readable text (empty, binary, too large); `internal`: a bug
   * of ours that this file brought out (the rest of the archive still builds). */
  kind?: 'input' | 'internal';
}
