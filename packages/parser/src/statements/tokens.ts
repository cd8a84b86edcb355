/** Word tokens with offsets, the unit every rule in this folder works on. */

/** A word and where it stands in its text. */
export interface Token {
  text: string;
  lower: string;
  start: number;
  end: number;
}

const WORD = /[\p{L}\p{N}]+(?:['’.-][\p{L}\p{N}]+)*/gu;

/** The words of `text` from `from` to `to`, with absolute offsets. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  const slice = text.slice(from, to);
  const tokens: Token[] = [];
  for (const m of slice.matchAll(WORD)) {
    const start = from + (m.index ?? 0);
    tokens.push({ text: m[0], lower: m[0].toLowerCase(), start, end: start + m[0].length });
  }
  return tokens;
}

/** True for a word that starts with a capital letter or a digit-free acronym. */
export function isCapitalized(word: string): boolean {
  const c = word.charAt(0);
  return c !== c.toLowerCase() && c === c.toUpperCase();
}

/** The tokens of a sorted token list that lie within [from, to). */
export function tokensWithin(tokens: readonly Token[], from: number, to: number): Token[] {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens[mid]?.start ?? 0) < from) lo = mid + 1;
    else hi = mid;
  }
  const out: Token[] = [];
  for (let i = lo; i < tokens.length; i++) {
    const t = tokens[i];
    if (t === undefined || t.end > to) break;
    out.push(t);
  }
  return out;
}

/** Strips a possessive ending: "Merkel's" → "Merkel". */
export function stripPossessive(word: string): string {
  return word.replace(/['’]s$/u, '');
}
