/**
 * Canonical person names for signatories: the fullest form the article uses ("Joe Biden" for
 * "Biden"), as ANNOTATION.md asks. Built once per article from all its texts.
 */
import { matchesAtCapitals, notAfterLetter } from '../gazetteer/capitals.js';
import { isLowerUnit, isSpaceUnit, isSurrogateUnit, isUpperUnit } from '../text/chars.js';
import { calendarWords } from '../gazetteer/data/calendar.js';

/** First name(s) and surname: the pattern indexFullNames scans for (exported for its tests). */
export const fullName =
  /(?<![\p{L}])(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\.)?(?:\s+\p{Lu}\p{Ll}+){0,1})\s+(\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)(?![\p{L}])/uy;
const notFirstNames = new Set([
  'The',
  'President',
  'Senator',
  'Vice',
  'Governor',
  'Mr',
  'Mrs',
  'Ms',
  'Dr',
  'Former',
  'When',
  'While',
  'After',
  'Before',
  'But',
  'And',
  'In',
  'On',
  'At',
  'Democrat',
  'Republican',
  'Democratic',
  'Minister',
  'Prime',
  'General',
  'Secretary',
  'Chancellor',
  'Representative',
  'Judge',
  'Justice',
  'Both',
  'Each',
  'All',
  'Neither',
  'Either',
  'Other',
  'Many',
  'Some',
  'Most',
  'Several',
  'Since',
  ...calendarWords,
  'Last',
  'Next',
  'This',
  'That',
  'Then',
  'Also',
  'With',
  'For',
  'Of',
]);

/**
 * Where fullName can start: after no letter, at a capital, lower-case letters, white space and
 * another capital (every way through the pattern's first name goes on with white space). Astral
 * letters (surrogate pairs) are left to the pattern.
 */
export function startsFullName(text: string, i: number): boolean {
  if (!notAfterLetter(text, i)) return false;
  if (isSurrogateUnit(text.charCodeAt(i))) return true;
  let j = i + 1;
  let unit = text.charCodeAt(j);
  if (!isLowerUnit(unit)) return isSurrogateUnit(unit);
  while (isLowerUnit(unit)) unit = text.charCodeAt(++j);
  if (isSurrogateUnit(unit)) return true;
  if (!isSpaceUnit(unit)) return false;
  while (isSpaceUnit(unit)) unit = text.charCodeAt(++j);
  return isUpperUnit(unit) || isSurrogateUnit(unit);
}

/** Looks up the fullest form of a one-word name; undefined when the article has none. */
export type FullNames = (surname: string) => string | undefined;

/**
 * Indexes the two- and three-word names in the texts by their last word. The first full form
 * wins: news introduces a person by full name before shortening it ("Joe Biden", then "Biden"),
 * while a relative with the same surname ("Hunter Biden") tends to come later.
 */
export function indexFullNames(texts: readonly string[]): FullNames {
  const counts = new Map<string, Map<string, number>>();
  for (const text of texts) {
    for (const m of matchesAtCapitals(text, fullName, startsFullName)) {
      const first = m[1] ?? '';
      const last = m[2] ?? '';
      const firstWords = first.split(/\s+/);
      if (firstWords.some((w) => notFirstNames.has(w))) continue;
      const forms = counts.get(last) ?? new Map<string, number>();
      const name = `${first} ${last}`;
      forms.set(name, (forms.get(name) ?? 0) + 1);
      counts.set(last, forms);
    }
  }
  return (surname) => {
    const forms = counts.get(surname);
    if (forms === undefined) return undefined;
    return forms.keys().next().value;
  };
}
