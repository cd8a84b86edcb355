/**
 * Fallback split of a gold `text` into headline, lede and paragraphs, used only while the
 * package has no parseArticles: line 1 is " date YYYY-MM-DD <headline> [<lede>]", paragraphs are
 * separated by blank lines, and short lines without end punctuation are headings (dropped).
 */
import type { StatementInput } from '../src/statements/index.js';

const FIRST_LINE = /^\s*date\s+\d{4}-\d{2}-\d{2}\s+(.*)$/;
const END_PUNCTUATION = /[.!?:"'”’)\]]$/;

function splitHeadline(line: string): { headline: string; lede: string | null } {
  // The headline ends at the first sentence end followed by a capitalised word.
  const m = /^(.+?[.!?])\s+(?=[A-Z"“])(.+)$/.exec(line);
  if (m?.[1] === undefined || m[2] === undefined) return { headline: line, lede: null };
  return { headline: m[1], lede: m[2] };
}

/** Splits gold text the way the wire-text layout describes. */
export function devSplit(text: string): StatementInput {
  const [first = '', ...rest] = text.split('\n');
  const { headline, lede } = splitHeadline(FIRST_LINE.exec(first)?.[1] ?? first);
  const blocks = rest
    .join('\n')
    .split(/\n\s*\n/)
    .map((b) => b.replace(/\s+/g, ' ').trim())
    .filter((b) => b !== '')
    .filter((b) => END_PUNCTUATION.test(b) || b.split(' ').length > 12)
    .filter((b) => !/^[a-z]{1,4}(\/[a-z]{1,4})* \(.*\)$/.test(b));
  return { headline, lede, paragraphs: blocks.map((t, index) => ({ index, text: t })) };
}
