/**
 * Finds quoted spans in one paragraph. Handles straight and curly double quotes, «…», „…“ and
 * ''…''. Single quotes inside a double-quoted span are nested (rule 11) and top-level single
 * quotes are treated as titles or scare quotes, so neither opens a span here. An unclosed span
 * runs to the end of the paragraph (a quote continued in the next paragraph).
 */

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

function markAt(text: string, i: number): string | null {
  const c = text[i];
  if (c === "'" && text[i + 1] === "'") return "''";
  if (c === '"' || c === '“' || c === '«' || c === '„') return c;
  return null;
}

function findClose(text: string, from: number, opener: string): [number, number] | null {
  const closers = CLOSERS[opener] ?? '"';
  for (let j = from; j < text.length; j++) {
    if (opener === "''") {
      if (text[j] === "'" && text[j + 1] === "'") return [j, j + 2];
      continue;
    }
    const c = text[j] ?? '';
    if (closers.includes(c)) return [j, j + 1];
    // A new straight opener after a paragraph-internal sentence end cannot happen inside one quote.
  }
  return null;
}

/** Every top-level quoted span in `text`, in order. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let i = 0;
  while (i < text.length) {
    const mark = markAt(text, i);
    // A right double quote opening a span happens in some feeds (”…”); accept it only at a word start.
    const altOpen = mark === null && text[i] === '”' && /\s|^$/.test(text[i - 1] ?? '');
    if (mark === null && !altOpen) {
      i++;
      continue;
    }
    const opener = mark ?? '”';
    const start = i + opener.length;
    const found = findClose(text, start, opener);
    if (found === null) {
      let end = text.length;
      while (end > start && /\s/.test(text[end - 1] ?? '')) end--;
      if (end > start) spans.push({ open: i, start, end, close: end, closed: false });
      break;
    }
    const [end, close] = found;
    if (end > start) spans.push({ open: i, start, end, close, closed: true });
    i = close;
  }
  return spans;
}
