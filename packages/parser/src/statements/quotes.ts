/**
 * Finds quoted spans in one paragraph. Handles straight and curly double quotes, «…», „…“ and
 * ''…''. Single quotes inside a double-quoted span are nested (rule 11) and top-level single
 * quotes are treated as titles or scare quotes, so neither opens a span here. An unclosed span
 * runs to the end of the paragraph (a quote continued in the next paragraph).
 */
import { isSpaceUnit } from '../text/chars.js';

/** A quoted span: `start`/`end` delimit the text between the marks. */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  start: number;
  end: number;
  /** Offset just past the closing mark; equals `end` for an unclosed span. */
  close: number;
  closed: boolean;
}

const CLOSERS: Readonly<Record<string, string>> = {
  '"': '"',
  '“': '”',
  '«': '»',
  '„': '“”',
  "''": "''",
  '”': '”',
};

// " ' “ ” « „: every other character is skipped without a string.
function isMarkUnit(c: number): boolean {
  return c === 34 || c === 39 || c === 0x201c || c === 0x201d || c === 0xab || c === 0x201e;
}

function markAt(text: string, i: number): string | null {
  const c = text[i];
  if (c === "'" && text[i + 1] === "'") return "''";
  if (c === '"' || c === '“' || c === '«' || c === '„') return c;
  return null;
}

function findClose(text: string, from: number, opener: string): [number, number] | null {
  if (opener === "''") {
    const j = text.indexOf("''", from);
    return j === -1 ? null : [j, j + 2];
  }
  const closers = CLOSERS[opener] ?? '"';
  const a = closers.charCodeAt(0);
  // Every closer is one or two marks; a missing second one reads as NaN and matches nothing.
  const b = closers.charCodeAt(1);
  for (let j = from; j < text.length; j++) {
    const c = text.charCodeAt(j);
    if (c === a || c === b) return [j, j + 1];
  }
  return null;
}

/** Every top-level quoted span in `text`, in order. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    if (!isMarkUnit(text.charCodeAt(i))) {
      i++;
      continue;
    }
    const mark = markAt(text, i);
    // A right double quote opening a span happens in some feeds (”…”); accept it only at a word start.
    const altOpen =
      mark === null && text[i] === '”' && (i === 0 || isSpaceUnit(text.charCodeAt(i - 1)));
    if (mark === null && !altOpen) {
      i++;
      continue;
    }
    const opener = mark ?? '”';
    const start = i + opener.length;
    const found = findClose(text, start, opener);
    if (found === null) {
      let end = text.length;
      while (end > start && isSpaceUnit(text.charCodeAt(end - 1))) end--;
      if (end > start) spans.push({ open: i, start, end, close: end, closed: false });
      break;
    }
    const [end, close] = found;
    if (end > start) spans.push({ open: i, start, end, close, closed: true });
    i = close;
  }
  return spans;
}
