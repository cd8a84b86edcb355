/**
 * Quote normalisation as ANNOTATION.md defines it: NFKC, accents dropped, quote characters
 * unified, lower case, word tokens only. Matching works on the token arrays this returns.
 */

const QUOTE_CHARS = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4]/g;
const DOUBLE_QUOTE_CHARS = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2033\u301D\u301E]/g;
const COMBINING_MARKS = /\p{M}+/gu;
const WORD = /[\p{L}\p{N}]+/gu;

/** Normalises a quote or name into lower-case word tokens. */
export function normalizeTokens(text: string): string[] {
  const unified = text
    .normalize('NFKC')
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(QUOTE_CHARS, "'")
    .replace(DOUBLE_QUOTE_CHARS, '"')
    .toLowerCase();
  return unified.match(WORD) ?? [];
}
