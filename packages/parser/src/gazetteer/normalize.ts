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

/**
 * True for ASCII letters, digits, "." and "-" in words single-spaced ("Said", "U.S.", "Red Hat"),
 * not led by "the": normalizeSurface leaves such a surface as it is and foldKey keeps its length.
 */
function isPlainSurface(surface: string): boolean {
  const n = surface.length;
  if (n === 0) return false;
  for (let i = 0; i < n; i++) {
    const unit = surface.charCodeAt(i);
    if ((unit >= 97 && unit <= 122) || (unit >= 65 && unit <= 90) || (unit >= 48 && unit <= 57))
      continue;
    if (unit === 46 || unit === 45) continue;
    // A space only between two words, and not after a leading article (articleStart, tested
    // here by hand: a regex call per lookup was a good part of it).
    if (unit === 32 && i > 0 && i < n - 1 && surface.charCodeAt(i - 1) !== 32) {
      if (i === 3 && isArticle(surface)) return false;
      continue;
    }
    return false;
  }
  return true;
}

function isArticle(surface: string): boolean {
  return surface.startsWith('the') || surface.startsWith('The') || surface.startsWith('THE');
}

/**
 * The length and the first two and last code units of a surface, ASCII letters case-folded: the
 * same for a plain surface and its fold. A map's keys give a set of shapes that rules out most
 * lookups (the capitalised words of a text are rarely place or group names) before any case
 * folding. Bits are dropped to keep it a small integer; a collision only lets a lookup through.
 */
function shapeOf(surface: string): number {
  const n = surface.length;
  const second = n > 1 ? foldedUnit(surface, 1) : 0;
  return (
    ((n & 0x3f) << 21) | (foldedUnit(surface, 0) << 14) | (second << 7) | foldedUnit(surface, n - 1)
  );
}

// A module function, not a closure over the surface: one lookup per capitalised phrase.
function foldedUnit(surface: string, i: number): number {
  return (surface.charCodeAt(i) & 0x7f) | 0x20;
}

/**
 * A test that rules a surface out of a table before any normalisation: true when the surface is
 * plain and of a shape none of `keys` has, so no lookup in the table can find it.
 */
export function outsideShapes(keys: Iterable<string>): (surface: string) => boolean {
  const shapes = new Set<number>();
  for (const key of keys) shapes.add(shapeOf(key));
  return (surface) => isPlainSurface(surface) && !shapes.has(shapeOf(surface));
}
