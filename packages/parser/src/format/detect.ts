/**
 * Decides the input format from content, not the file name: wire text, HTML, ninjs (or plain
 * article) JSON, RSS 2.0 and Atom. Anything else is UNSUPPORTED_FORMAT.
 */
import type { InputFormat } from '@wiredesk/domain';
import { ParseError } from '../errors.js';
import { isDateLine } from '../wire-text/first-line.js';
import { splitBlocks } from '../wire-text/layout.js';
import { checkWireLineLengths } from '../wire-text/line-limit.js';

// Elements a saved page or an HTML fragment may open with.
const htmlStart =
  /^<(?:!doctype\s+html|html|head|body|article|main|section|header|footer|nav|aside|div|span|p|h[1-6]|meta|link|title|base|script|style|noscript|table|ul|ol|dl|blockquote|figure|img|a|b|i|em|strong|font|center|form|iframe)\b/i;
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
    `${fileName} looks like ${what}; supported: wire text, HTML, ninjs JSON, RSS 2.0 and Atom`,
  );
}

// Skips the XML declaration, comments, processing instructions and a doctype to the root tag.
function rootTag(markup: string): string | undefined {
  const rest = markup.replace(
    /^(?:\s*(?:<\?[\s\S]*?\?>|<!--[\s\S]*?-->|<!doctype[^>]*>))*\s*/i,
    '',
  );
  return /^<([A-Za-z][\w:.-]*)/.exec(rest)?.[1]?.toLowerCase();
}

function detectMarkup(text: string, fileName: string): InputFormat {
  const root = rootTag(text);
  if (root === 'rss' || root === 'rdf:rdf') return 'RSS';
  if (root === 'feed') return 'ATOM';
  if (root === 'html' || /^\s*<!doctype\s+html/i.test(text) || htmlStart.test(text.trimStart()))
    return 'HTML';
  // An XML declaration before an HTML doctype or element (XHTML) is still a page.
  if (root !== undefined && htmlStart.test(`<${root}`)) return 'HTML';
  throw unsupported(fileName, root === undefined ? 'markup' : `XML with a <${root}> root`);
}

/**
 * The format of a decoded file. Throws ParseError UNSUPPORTED_FORMAT for anything else, and
 * LINE_TOO_LONG for text (not markup or JSON) with a line no wire story has.
 */
export function detectFormat(text: string, fileName: string): InputFormat {
  const start = text.trimStart();
  if (start.startsWith('<')) return detectMarkup(start, fileName);
  // JSON is ninjs (or the plain article shape); whether it holds an article is decided when read.
  if (/^[{[]/.test(start)) return 'NINJS';
  // Whatever is left can only be wire text, whose lines are never this long.
  checkWireLineLengths(text, fileName);
  const firstLine = start.split('\n', 1)[0] ?? '';
  if (isDateLine(firstLine)) return 'WIRE_TEXT';
  if (markdownLine.test(text)) throw unsupported(fileName, 'Markdown or another markup');
  const blocks = splitBlocks(text);
  const prose = blocks.filter(looksLikeProse).length;
  if (prose >= 2 && prose * 2 >= blocks.length) return 'WIRE_TEXT';
  throw unsupported(fileName, 'neither a wire story nor paragraphs of prose');
}
