/**
 * Classifies the words that attribute a statement ("he", "The president", "Another Kyiv
 * official", "The Ukrainian Defense Ministry", "Ukrainian President Volodymyr Zelenskyy") into
 * the kind of reference they make. Resolution to a canonical speaker happens in resolve.ts.
 */
import { lookupCountry, lookupGroup } from '../gazetteer/index.js';
import { capitalizedRuns, isOrganizationRun, splitTitledName, type PlaceWords } from './names.js';
import { isCapitalized, stripPossessive, tokenize, type Token } from './tokens.js';
import {
  groupHeadNouns,
  nonNameStarters,
  organizationWords,
  pronouns,
  titleWords,
  unnamedPluralNouns,
  unnamedSingularNouns,
  type PronounKind,
} from './vocabulary.js';

/** What a subject phrase refers to, before resolution. */
export type Mention =
  | { type: 'PRONOUN'; text: string; pronoun: PronounKind }
  | { type: 'ROLE_NOUN'; text: string; head: string; plural: boolean }
  | { type: 'PERSON'; text: string; name: string; title: Token[] }
  | { type: 'ORGANIZATION'; text: string; name: string }
  | { type: 'COUNTRY'; text: string; name: string }
  | { type: 'GROUP'; text: string; name: string; parts: string[] }
  | { type: 'UNNAMED'; text: string; name: string };

// "her final Instagram story", "their joint statement": a possessive may take a few modifiers
// before the document; the owner speaks.
const DOCUMENTS =
  /^(his|her|their|its|the|this|that)\s+((?<=^(?:his|her|their|its)\s+)(?:[\p{L}\p{N}'’-]+\s+){1,3}?|joint\s+)?(statement|story|video|blog|column|essay|caption|speech|letter|report|tweet|post|message|communiqu[eé]|release|press release|declaration|memo|note|document|article|study|paper|guidelines|filing|complaint|lawsuit|ruling|verdict|decision|website|account|spokes(?:person|man|woman)|office|campaign|team|lawyers?|attorneys?)$/iu;
const INDEFINITE =
  /^(a|an|another|one|some|several|many|most|two|three|four|five|other|various|numerous|unnamed|anonymous|few|multiple)\s/i;

const QUANTIFIERS = /^(?:some|many|most|several|both|all|others)$/i;

function lowerFirst(text: string): string {
  return /^(A|An|Another|One|Some|Several|Many|Most|Other|Various|Two|Three|Four|Five|Few|Multiple)\b/.test(
    text,
  )
    ? text.charAt(0).toLowerCase() + text.slice(1)
    : text;
}

function stripThe(text: string): string {
  return text.replace(/^the\s+/i, '');
}

function classifyList(text: string): Extract<Mention, { type: 'GROUP' }> | null {
  // "Hawkins, Blankenship, and Carroll", "Ukrainian, South Korean and US sources", "X and Y".
  if (!/\sand\s|,/.test(text)) return null;
  const parts = text
    .split(/\s*,\s*(?:and\s+)?|\s+and\s+/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  if (parts.length < 2) return null;
  return { type: 'GROUP', text, name: stripThe(text), parts };
}

/**
 * "Doug Miller of Milltech Marine", "Nikki Holland of the UK's National Crime Agency": a person
 * named before "of/from/for/at" is the speaker; the rest only describes them.
 */
function personBeforePreposition(text: string, places: PlaceWords): Mention | null {
  const m = /^(.+?)\s(?:of|from|for|at|with)\s/.exec(text);
  const head = m?.[1];
  if (head === undefined || !/^\p{Lu}/u.test(head)) return null;
  const tokens = tokenize(head);
  const runs = capitalizedRuns(tokens, head);
  const lastRun = runs.at(-1);
  if (lastRun === undefined || lastRun[1] !== tokens.length) return null;
  const run = tokens.slice(lastRun[0], lastRun[1]);
  if (isOrganizationRun(run)) return null;
  const split = splitTitledName(run, places);
  if (split === null || split.name.length < 2) return null;
  return {
    type: 'PERSON',
    text,
    name: stripPossessive(split.name.map((t) => t.text).join(' ')),
    title: [...tokens.slice(0, lastRun[0]), ...split.title],
  };
}

const DOCUMENT_NOUN =
  /^(?:(?:a|an|the)\s+)?(?:(?:\p{Lu}\p{Ll}+\s\d{1,2},?\s)?\d{4}\s+)?((?:\p{Lu}[\p{L}'’.&-]*\s+){1,5}?)(?:poll|report|study|survey|analysis|data|figures|estimates?|census|release|press release|statement|tweet|website|filing|investigation)$/u;

/** "a 2019 Marquette University poll", "the NATO press release": the organisation speaks. */
function documentOf(text: string): Mention | null {
  const m = DOCUMENT_NOUN.exec(text);
  const owner = m?.[1]?.trim();
  if (owner === undefined || owner === '') return null;
  return { type: 'ORGANIZATION', text, name: stripPossessive(owner) };
}

// "Group", "of", "Seven", "G7": every word of a group's proper name is capitalised, a number or "of".
const PROPER_NAME_WORDS =
  /^(?:\p{Lu}[\p{L}\p{N}.-]*|\p{N}+|of)(?:\s+(?:\p{Lu}[\p{L}\p{N}.-]*|\p{N}+|of))*$/u;

/**
 * "The Group of Seven", "the G7", "NATO's": a group the gazetteer knows speaks as one
 * organisation, whatever its words look like to the name rules ("Seven" is no person). Only
 * proper-name forms: "the Baltic states" is several countries, left to the plural-noun rules.
 */
function knownGroup(text: string): Mention | null {
  const name = stripPossessive(stripThe(text));
  if (!PROPER_NAME_WORDS.test(name) || lookupGroup(name) === undefined) return null;
  return { type: 'ORGANIZATION', text, name };
}

// A Map, not the record: looking up a sliced phrase in an object interns it first (and the
// object also answers "constructor").
const pronounKinds = new Map(Object.entries(pronouns));
// A pronoun with a contraction ("they're") is at most this long: longer phrases skip the
// lookups and their lower-casing.
const LONGEST_PRONOUN = Math.max(...[...pronounKinds.keys()].map((p) => p.length)) + "'ll".length;

/** Classifies a subject phrase. Returns null when it names no source. */
export function classifyMention(raw: string, places: PlaceWords): Mention | null {
  const text = raw.trim().replace(/^[,;:\s]+|[,;:\s]+$/g, '');
  if (text === '') return null;
  // "He's said", "They've said": a contracted auxiliary leaves the pronoun.
  const lower = text.length <= LONGEST_PRONOUN ? text.toLowerCase() : null;
  const pronoun =
    lower === null
      ? undefined
      : (pronounKinds.get(lower) ?? pronounKinds.get(lower.replace(/['’](?:s|ve|d|ll|re|m)$/, '')));
  if (pronoun !== undefined) return { type: 'PRONOUN', text, pronoun };
  const doc = DOCUMENTS.exec(text);
  if (doc !== null) {
    const owner = (doc[1] ?? '').toLowerCase();
    const kind = pronounKinds.get(owner);
    if (kind !== undefined) return { type: 'PRONOUN', text, pronoun: kind };
    return { type: 'ROLE_NOUN', text, head: (doc[3] ?? '').toLowerCase(), plural: false };
  }
  // Interview transcripts mark speakers as ((WN)); their lines are not reported speech.
  if (text.includes('((')) return null;
  const group = knownGroup(text);
  if (group !== null) return group;
  const headed = personBeforePreposition(text, places) ?? documentOf(text);
  if (headed !== null) return headed;
  const tokens = tokenize(text);
  if (tokens.length === 0 || tokens.length > 14) return null;
  const last = tokens.at(-1)?.lower ?? '';
  const hasCapital = tokens.some(
    (t, i) => isCapitalized(t.text) && !(i === 0 && /^(the|a|an|another)$/i.test(t.text)),
  );
  // "the Prime Minister", "The President": a capitalised title alone is still a role noun.
  const titleOnly =
    tokens.length > 1 && tokens.slice(1).every((t) => titleWords.has(t.lower) || t.lower === 'of');
  if (/^the\s/i.test(text) && (!hasCapital || titleOnly)) {
    const plural = groupHeadNouns.has(last) || unnamedPluralNouns.has(last) || /[^s]s$/.test(last);
    return { type: 'ROLE_NOUN', text, head: last, plural };
  }
  if (
    INDEFINITE.test(text) &&
    (unnamedSingularNouns.has(last) || unnamedPluralNouns.has(last) || !hasCapital)
  ) {
    return { type: 'UNNAMED', text, name: lowerFirst(text) };
  }
  const list = classifyList(text);
  if (
    list !== null &&
    (unnamedPluralNouns.has(last) ||
      groupHeadNouns.has(last) ||
      list.parts.every((p) => isCapitalized(p)))
  ) {
    return list;
  }
  if (unnamedPluralNouns.has(last) || (!hasCapital && unnamedSingularNouns.has(last))) {
    return { type: 'UNNAMED', text, name: lowerFirst(stripThe(text)) };
  }
  if (groupHeadNouns.has(last)) return { type: 'GROUP', text, name: stripThe(text), parts: [] };
  const country = lookupCountry(stripThe(text));
  if (country !== undefined) return { type: 'COUNTRY', text, name: country.name };
  if (!hasCapital) return null;
  // "Some said …": a quantifier alone is an unnamed source; "Asked", "Let", "However": any
  // other sentence opener alone names no one.
  if (tokens.length === 1 && QUANTIFIERS.test(text)) {
    return { type: 'UNNAMED', text, name: text.toLowerCase() };
  }
  if (tokens.length === 1 && nonNameStarters.has(tokens[0]?.lower ?? '')) return null;
  const runs = capitalizedRuns(tokens, text);
  const runTokens = runs.map(([a, b]) => tokens.slice(a, b));
  const lastRun = runTokens.at(-1) ?? [];
  const endsInRun = lastRun.at(-1) === tokens.at(-1);
  // "Police chief Tom Hale" is a person: only the phrase's final run decides.
  if ((endsInRun && isOrganizationRun(lastRun)) || organizationWords.has(last)) {
    return { type: 'ORGANIZATION', text, name: stripPossessive(stripThe(text)) };
  }
  const split = splitTitledName(lastRun, places);
  if (split === null || split.name.length === 0) {
    return { type: 'ORGANIZATION', text, name: stripThe(text) };
  }
  const name = split.name.map((t) => t.text).join(' ');
  const title =
    runTokens.length > 1 ? [...runTokens.slice(0, -1).flat(), ...split.title] : split.title;
  return { type: 'PERSON', text, name: stripPossessive(name), title };
}
