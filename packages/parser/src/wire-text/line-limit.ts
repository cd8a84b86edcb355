/**
 * A cap on the length of a wire-text line. No headline or paragraph comes near it, so a longer
 * line is a broken export (or an attack), and refusing it up front spares the layout, the
 * tokenizer and the statement rules a multi-megabyte paragraph.
 */
import { ParseError } from '../errors.js';

/** Longest accepted line of wire text, in UTF-16 code units. */
export const maxWireLineLength = 100_000;

/** Throws ParseError LINE_TOO_LONG when a line of `text` is longer than `maxWireLineLength`. */
export function checkWireLineLengths(text: string, fileName: string): void {
  let start = 0;
  let line = 1;
  while (start <= text.length) {
    const newline = text.indexOf('\n', start);
    const end = newline === -1 ? text.length : newline;
    if (end - start > maxWireLineLength) {
      throw new ParseError(
        'LINE_TOO_LONG',
        `${fileName} line ${line} is ${end - start} characters long, over the limit of ` +
          `${maxWireLineLength} for a line of wire text`,
      );
    }
    if (newline === -1) return;
    start = newline + 1;
    line++;
  }
}
