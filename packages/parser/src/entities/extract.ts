/**
 * Entity heuristics: countries from the gazetteer, organisations from capitalised phrases with an
 * organisation head noun (or a known acronym or group), places from "<X> region"-style phrases.
 * People come from the statements extractor when it is wired in.
 */
import type { Entities, PersonEntity } from '@wiredesk/domain';
import {
  findCountryMentions,
  lookupCountry,
  lookupGroup,
  type GroupData,
} from '../gazetteer/index.js';
import { organizationAcronyms, organizationHeads, placeNouns, stopWords } from './data.js';
import { capitalisedPhrases, type Phrase } from './phrases.js';

const placeNoun = new RegExp(`\\b(?:${placeNouns.join('|')})\\b`, 'g');
const namesBefore = /(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)\s+$/u;
const namesAfter = /^\s+of\s+(\p{Lu}[\p{L}-]+(?:\s+\p{Lu}[\p{L}-]+)*)/u;

function organizationsIn(text: string, into: Set<string>): void {
  let previous: Phrase | undefined;
  for (const p of capitalisedPhrases(text)) {
    const oneWord = p.lastWordStart === 0;
    if (!oneWord && organizationHeads.has(p.text.slice(p.lastWordStart))) {
      const words = p.text.split(/\s+/);
      const name = stopWords.has(words[0] ?? '') ? words.slice(1).join(' ') : p.text;
      into.add(withOwner(name, p, previous, text));
    } else if (oneWord && organizationAcronyms.has(p.text)) {
      into.add(p.text);
    } else {
      // Group lookups only for phrases that are no organisation by their head (they are pure).
      // A one-word phrase has no " of ", and most phrases are one word.
      const group = lookupGroup(p.text) ?? (oneWord ? undefined : groupAfterOf(p.text));
      if (group !== undefined && lookupCountry(p.text) === undefined) into.add(group.id);
    }
    previous = p;
  }
}

// "Ministers of the Group of Seven": the group is the part after "of".
function groupAfterOf(phrase: string): GroupData | undefined {
  // Most phrases have no "of"; the split below would return them whole.
  if (!/\sof\s/.test(phrase)) return undefined;
  const parts = phrase.split(/\s+of\s+(?:the\s+)?/);
  for (let i = 1; i < parts.length; i++) {
    const group = lookupGroup(parts.slice(i).join(' of '));
    if (group !== undefined) return group;
  }
  return undefined;
}

// "Ukraine's Security Council" names the Security Council of Ukraine.
function withOwner(name: string, p: Phrase, previous: Phrase | undefined, text: string): string {
  if (previous === undefined) return name;
  const between = text.slice(previous.start + previous.text.length, p.start);
  const owner = lookupCountry(previous.text);
  return /^['’]s\s+$/.test(between) && owner !== undefined ? `${name} of ${owner.name}` : name;
}

// "the Kursk region", "the region of Kursk": found from the noun, looking a few words around it.
function placesIn(text: string, into: Set<string>): void {
  // An exec loop, not matchAll, which copies the pattern for every text (most have no match).
  placeNoun.lastIndex = 0;
  for (let m = placeNoun.exec(text); m !== null; m = placeNoun.exec(text)) {
    const before = namesBefore.exec(text.slice(Math.max(0, m.index - 60), m.index));
    const after = namesAfter.exec(text.slice(m.index + m[0].length, m.index + m[0].length + 60));
    for (const name of [before?.[1], after?.[1]]) {
      if (name === undefined) continue;
      const words = name.split(/\s+/).filter((w) => !stopWords.has(w));
      const place = words.join(' ');
      if (place === '' || lookupCountry(place) !== undefined) continue;
      if (words.some((w) => /^\p{Lu}\p{Ll}+(?:an|ian|ese|ish)$/u.test(w))) continue; // "Russian border region"
      into.add(place);
    }
  }
}

/** Entities of an article's texts (headline, lede, paragraphs) plus its credited agencies. */
export function extractEntities(
  texts: readonly string[],
  agencies: readonly string[],
  people: readonly PersonEntity[],
): Entities {
  const countries = new Set<string>();
  const organizations = new Set<string>();
  const places = new Set<string>();
  for (const text of texts) {
    for (const mention of findCountryMentions(text)) countries.add(mention.code);
    organizationsIn(text, organizations);
    placesIn(text, places);
  }
  for (const agency of agencies) organizations.add(agency);
  return {
    people: [...people],
    organizations: [...organizations],
    countries: [...countries],
    places: [...places],
  };
}
