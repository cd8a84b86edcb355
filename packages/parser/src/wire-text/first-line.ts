/** Line 1 of a wire-text file: ` date YYYY-MM-DD <headline> <lede>`. */
import { validateIsoDate } from './date.js';
import { splitFirstSentence } from './sentences.js';

export interface FirstLine {
  readonly publishedAt: string | null;
  readonly headline: string;
  readonly lede: string | null;
}

const dateLine = /^[ \t]*date[ \t]+(\S+)[ \t]*(.*)$/;

/** True when the line is a wire-text date line (whatever the date's validity). */
export function isDateLine(line: string): boolean {
  return dateLine.test(line);
}

/** Splits the first line into date, headline (its first sentence) and lede (the rest). */
export function parseFirstLine(line: string, fileName: string): FirstLine {
  const m = dateLine.exec(line);
  const publishedAt = m === null ? null : validateIsoDate(m[1] ?? '', fileName);
  const rest = m === null ? line : (m[2] ?? '');
  const { first, rest: lede } = splitFirstSentence(rest);
  return { publishedAt, headline: first, lede };
}
