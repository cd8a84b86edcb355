/**
 * Decides the input format from content, not the file name. Wire text is what we parse today;
 * HTML, XML feeds and JSON (ninjs) are recognised so they fail with a clear UNSUPPORTED_FORMAT.
 */
import type { InputFormat } from '@wiredesk/domain';
import { ParseError } from '../errors.js';
import { isDateLine } from '../wire-text/first-line.js';
import { splitBlocks } from '../wire-text/layout.js';

const markup = /^<(?:\?xml|!doctype|html|rss|feed|head|body|article|div|p)\b/i;
const markdownLine = /^(?:#{1,6}\s|```|\|.*\|\s*$|[-*+]\s+\[[ x]\])/m;
const terminal = /[.!?…]["'”’)\]]*$/;
const minProseWords = 8;

function looksLikeProse(block: string): boolean {
  if (!/^["'“‘(\p{L}\p{N}]/u.test(block) || !terminal.test(block)) return false;
  const words = block.split(/\s+/);
  if (words.length < minProseWords) return false;
  const lower = block.match(/\p{Ll}/gu)?.length ?? 0;
  return lower / block.length > 0.5;
}

function unsupported(fileName: string, what: string): ParseError {
  return new ParseError(
    'UNSUPPORTED_FORMAT',
    `${fileName} looks like ${what}; only wire text (a " date YYYY-MM-DD" line, or paragraphs of prose) is supported so far`,
  );
}

/** The format of a decoded file. Throws ParseError UNSUPPORTED_FORMAT for anything but wire text. */
export function detectFormat(text: string, fileName: string): InputFormat {
  const start = text.trimStart();
  if (start.startsWith('<')) {
    throw unsupported(fileName, markup.test(start) ? 'HTML or XML (RSS/Atom)' : 'markup');
  }
  if (/^[{[]/.test(start)) throw unsupported(fileName, 'JSON (ninjs)');
  const firstLine = start.split('\n', 1)[0] ?? '';
  if (isDateLine(firstLine)) return 'WIRE_TEXT';
  if (markdownLine.test(text)) throw unsupported(fileName, 'Markdown or another markup');
  const blocks = splitBlocks(text);
  const prose = blocks.filter(looksLikeProse).length;
  if (prose >= 2 && prose * 2 >= blocks.length) return 'WIRE_TEXT';
  throw unsupported(fileName, 'neither a wire story nor paragraphs of prose');
}
