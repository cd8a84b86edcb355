/** Surface-form normalisation shared by every gazetteer map, so keys and queries agree. */

const leadingArticle = /^(?:the|The|THE)\s+/;
const possessive = /['’]s?$/;

/** Collapses spaces, unifies apostrophes, drops a leading "the" and a trailing possessive. */
export function normalizeSurface(surface: string): string {
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
  return surface.toLowerCase();
}
