/** Surface-form normalisation shared by every gazetteer map, so keys and queries agree. */

const leadingArticle = /^(?:the|The|THE)\s+/;
const possessive = /['’]s?$/;

// Printable ASCII without apostrophes or backticks, words single-spaced: nothing below changes it.
const plain = /^[!-&(-_a-~]+(?: [!-&(-_a-~]+)*$/;
const articleStart = /^(?:the|The|THE) /;

/** Collapses spaces, unifies apostrophes, drops a leading "the" and a trailing possessive. */
export function normalizeSurface(surface: string): string {
  // Most lookups are plain words already in normal form; the chain below would copy them 6 times.
  if (plain.test(surface) && !articleStart.test(surface)) return surface;
  return surface
    .normalize('NFC')
    .replace(/[’‘`]/g, "'")
    .replace(/\s+/g, ' ')
    .trim()
    .replace(leadingArticle, '')
    .replace(possessive, '')
    .trim();
}

/** True for "US", "U.K.", "DPRK": forms that must match case-sensitively ("us" is a pronoun). */
export function isAbbreviation(surface: string): boolean {
  return /^[A-Z.-]+$/.test(surface);
}

/** A case-folded key, for forms that are not abbreviations. */
export function foldKey(surface: string): string {
  // Lower-case ASCII folds to itself; toLowerCase on a slice of a two-byte text is slow anyway.
  for (let i = 0; i < surface.length; i++) {
    const unit = surface.charCodeAt(i);
    if (unit >= 128 || (unit >= 65 && unit <= 90)) return surface.toLowerCase();
  }
  return surface;
}
