/**
 * Person names and the titles in front of them: "Ukrainian Defense Minister Rustem Umerov" is the
 * name "Rustem Umerov" with the role "Defense Minister of Ukraine".
 */
import { countryFromDemonym, isCountryOrDemonym } from '../gazetteer/index.js';
import { isCapitalized, stripPossessive, type Token } from './tokens.js';
import {
  nonNameStarters,
  organizationWords,
  titleWords,
  unnamedPluralNouns,
  unnamedSingularNouns,
} from './vocabulary.js';

const PARTICLES = new Set([
  'de',
  'van',
  'von',
  'bin',
  'al',
  'la',
  'da',
  'del',
  'der',
  'di',
  'le',
  'du',
  'dos',
  'das',
  'ben',
  'ibn',
  'el',
]);

const GEOGRAPHIC = new Set([
  'eastern',
  'western',
  'northern',
  'southern',
  'central',
  'mediterranean',
  'sea',
  'ocean',
  'river',
  'mountain',
  'mountains',
  'street',
  'road',
  'avenue',
  'city',
  'county',
  'province',
  'island',
  'islands',
  'gulf',
  'bay',
  'valley',
  'lake',
  'europe',
  'asia',
  'africa',
  'america',
  'middle',
  'east',
  'west',
  'north',
  'south',
  'district',
  'region',
  'square',
  'park',
  'bridge',
  'airport',
  'station',
  'hall',
  'tower',
  'towers',
  'market',
  'beach',
  'coast',
  'peninsula',
  'two',
  'three',
  'day',
  'week',
  'war',
  'act',
  'law',
  'deal',
  'agreement',
  'treaty',
  'accord',
]);

// "pollsters" → "pollster", "witnesses" → "witness", "authorities" → "authority".
function singular(plural: string): string {
  if (plural.endsWith('ies')) return `${plural.slice(0, -3)}y`;
  if (plural.endsWith('sses')) return plural.slice(0, -2);
  return plural.endsWith('s') ? plural.slice(0, -1) : plural;
}

/**
 * Nouns for a kind of source ("pollster", "resident", "campaigner"), from the unnamed-source
 * lexicons: written capitalised before a full name ("Pollster Ann Selzer") they are the person's
 * role, as the title words are.
 */
const SOURCE_KIND_NOUNS: ReadonlySet<string> = new Set(
  [
    ...[...unnamedPluralNouns].filter((w) => w.endsWith('s')).map(singular),
    ...unnamedSingularNouns,
  ].filter((w) => !organizationWords.has(w)),
);

// "spokesman", "official", "pollster": a title or a kind of source, never an organisation.
const PERSON_NOUN_WORDS: ReadonlySet<string> = new Set(
  [...titleWords, ...SOURCE_KIND_NOUNS].filter((w) => !organizationWords.has(w)),
);

/**
 * True when an apposition describes a person: "a spokesman for the ministry", "the city's
 * chief economist", "a senior official". Its head is the last word before a preposition.
 */
export function isPersonApposition(apposition: string): boolean {
  const head =
    /^(?:the|a|an)\s+((?:[\p{L}'’-]+\s+){0,4}?)([\p{L}-]+)(?=\s+(?:for|of|at|in|with|from|on)\s|\s*$)/iu.exec(
      apposition.trim(),
    )?.[2];
  return head !== undefined && PERSON_NOUN_WORDS.has(head.toLowerCase());
}

/** A name with the title words before it. */
export interface TitledName {
  name: Token[];
  title: Token[];
}

// "Gen." → "gen": a character test, not a `$`-anchored regex over every word.
function withoutFinalDot(word: string): string {
  return word.endsWith('.') ? word.slice(0, -1) : word;
}

/** Capitalised and not a title or organisation word (place names allowed). */
function isNameShape(t: Token): boolean {
  if (!isCapitalized(t.text)) return false;
  const bare = withoutFinalDot(stripPossessive(t.lower));
  return !titleWords.has(bare) && !organizationWords.has(bare);
}

function isNameToken(t: Token, places: PlaceWords): boolean {
  if (!isCapitalized(t.text) && !/^(al|el)-/.test(t.lower)) return false;
  const bare = withoutFinalDot(stripPossessive(t.lower));
  if (titleWords.has(bare) || organizationWords.has(bare)) return false;
  return !places.has(t.text);
}

/** True for a country name or demonym ("Germany", "Ukrainian"). */
export function isPlaceWord(word: string): boolean {
  return isCountryOrDemonym(word);
}

/**
 * isPlaceWord for one article: name checks ask about the same few dozen words some 200 times an
 * article, and each gazetteer answer normalises and case-folds the word. Made per article and
 * dropped with it, so the parser keeps no state between articles.
 */
export class PlaceWords {
  private readonly known = new Map<string, boolean>();

  has(word: string): boolean {
    let place = this.known.get(word);
    if (place === undefined) {
      place = isCountryOrDemonym(word);
      this.known.set(word, place);
    }
    return place;
  }
}

/** Runs of adjacent capitalised tokens (particles allowed inside), as token index ranges. */
export function capitalizedRuns(tokens: readonly Token[], text: string): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    if (t === undefined || !isCapitalized(t.text)) {
      i++;
      continue;
    }
    let j = i + 1;
    while (j < tokens.length) {
      const next = tokens[j];
      const prev = tokens[j - 1];
      if (next === undefined || prev === undefined) break;
      // Only spaces between the words: a comma or a quote mark ends the run.
      const gap = text.slice(prev.end, next.start);
      // Only spaces, or the dot of a middle initial ("Jessie K. Liu"); one space is the usual gap.
      if (gap !== ' ' && !/^\s+$/.test(gap) && !(prev.text.length === 1 && /^\.\s+$/.test(gap)))
        break;
      if (stripPossessive(prev.text) !== prev.text) break;
      if (isCapitalized(next.text) || next.lower.startsWith('al-') || next.lower.startsWith('el-'))
        j++;
      else if (PARTICLES.has(next.lower) && isCapitalized(tokens[j + 1]?.text ?? '')) j += 2;
      else break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}

/** Splits a capitalised run into its trailing person name and the title before it. */
export function splitTitledName(run: readonly Token[], places: PlaceWords): TitledName | null {
  let k = run.length;
  while (k > 0) {
    const t = run[k - 1];
    if (t === undefined) break;
    // A surname that is also a place ("Nikki Holland") stays a name after a first name.
    const surname =
      k === run.length &&
      run.length > 1 &&
      isCapitalized(t.text) &&
      isNameShape(t) &&
      isNameToken(run[k - 2] ?? t, places) &&
      !places.has(run[k - 2]?.text ?? '');
    if (!surname && !isNameToken(t, places) && !PARTICLES.has(t.lower)) break;
    k--;
  }
  const name = run.slice(k);
  // A capitalised sentence opener ("However", "The") is not part of the name.
  while (
    name.length > 0 &&
    (PARTICLES.has(name[0]?.lower ?? '') || nonNameStarters.has(name[0]?.lower ?? ''))
  ) {
    name.shift();
  }
  const title = run.slice(0, k);
  // Only before a full name: "Son Heung-min" keeps a given name that is also such a noun.
  const lead = name[0];
  if (name.length >= 3 && lead !== undefined && SOURCE_KIND_NOUNS.has(lead.lower)) {
    title.push(lead);
    name.shift();
  }
  if (name.length === 0 || name.length > 4) return null;
  // "North Korean", "New Zealand", "Eastern Mediterranean": places, not people.
  if (places.has(name.map((t) => stripPossessive(t.text)).join(' '))) return null;
  if (name.some((t) => GEOGRAPHIC.has(stripPossessive(t.lower)))) return null;
  return { name, title };
}

/** True when the run reads as an organisation ("Ukrainian Defense Ministry"). */
export function isOrganizationRun(run: readonly Token[]): boolean {
  return run.some((t) => organizationWords.has(stripPossessive(t.lower)));
}

/**
 * Turns title words into a role: a leading demonym becomes "of <country>"
 * ("Ukrainian President" → "President of Ukraine"); other titles stay as written.
 */
export function roleFromTitle(title: readonly Token[]): string | null {
  const words = title.map((t) => t.text).filter((w) => !/^(mr|mrs|ms|dr)\.?$/i.test(w));
  if (words.length === 0) return null;
  const first = words[0] ?? '';
  const country = words.length > 1 ? countryFromDemonym(first) : undefined;
  if (country !== undefined) return `${words.slice(1).join(' ')} of ${country.name}`;
  return words.join(' ');
}
