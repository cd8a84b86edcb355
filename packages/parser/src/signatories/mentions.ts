/**
 * Party mentions in a sentence: countries (by name, or "<leader> of <country>"), groups and
 * organisations from the gazetteer, nationalities, and other capitalised names (organisations or
 * people). Enumerations are built from runs of these.
 */
import {
  countryFromDemonym,
  findCountryMentions,
  lookupCountry,
  lookupGroup,
} from '../gazetteer/index.js';
import { phraseSpans } from '../entities/phrase-spans.js';
import { isSpaceUnit } from '../text/chars.js';
import { leadingTitles } from './cues.js';
import { calendarWords } from '../gazetteer/data/calendar.js';

export type MentionKind = 'COUNTRY' | 'GROUP' | 'DEMONYM' | 'NAME';

/** One party (or group label) mentioned in a sentence. */
export interface PartyMention {
  readonly kind: MentionKind;
  readonly start: number;
  readonly end: number;
  /** The words in the text, "the" included ("the United Kingdom"). */
  readonly surface: string;
  /** Canonical name: country name, group name, or the bare name. */
  readonly name: string;
  readonly countryCode: string | null;
  /** For GROUP mentions: the group id ("G7"). */
  readonly groupId: string | null;
  /** One half of "Biden-Harris". */
  readonly hyphenPair?: boolean;
}

/** "President Emmanuel Macron of (France)": exported for its tests. */
export const leaderOf = /(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3})\s+of\s+(?:the\s+)?$/u;
const parenthetical = /\s*\([^()]{1,15}\)/y;
const notNames = new Set([
  'The',
  'A',
  'An',
  'In',
  'On',
  'At',
  'On',
  'By',
  'For',
  'But',
  'And',
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'His',
  'Her',
  'Their',
  'This',
  'That',
  'These',
  'Those',
  'When',
  'While',
  'After',
  'Before',
  'Last',
  'Earlier',
  'Later',
  'Yesterday',
  'Today',
  'Recently',
  'Meanwhile',
  'However',
  ...calendarWords,
  'Law',
  'Other',
  'Both',
  'Representatives',
  'Fifty',
  'North',
  'South',
  'East',
  'West',
  'Central',
]);

// "Denmark-based", "South American": adjectives, not parties.
const adjectivalSuffixes = [
  'based',
  'led',
  'backed',
  'born',
  'owned',
  'made',
  'registered',
  'brokered',
];
const regionAdjectives = [
  'American',
  'African',
  'Asian',
  'European',
  'Arab',
  'Latin',
  'Western',
  'Eastern',
  'Middle Eastern',
];
const adjectival = new RegExp(
  `(?:-(?:${adjectivalSuffixes.join('|')})|(?:${regionAdjectives.join('|')}))$`,
  'u',
);
// The last characters of those endings: a phrase ending otherwise skips the slice and the regex.
const adjectivalLastChars = new Set(
  [...adjectivalSuffixes, ...regionAdjectives].map((w) => w.charAt(w.length - 1)),
);

// The longest ending the pattern can match, so that testing the phrase's tail is exact.
const adjectivalMaxLength = Math.max(
  ...adjectivalSuffixes.map((w) => w.length + 1),
  ...regionAdjectives.map((w) => w.length),
);

function isAdjectival(phrase: string): boolean {
  return (
    adjectivalLastChars.has(phrase.charAt(phrase.length - 1)) &&
    adjectival.test(phrase.slice(-adjectivalMaxLength))
  );
}

const usStateNames = new Set(['Georgia']);

// "Marco Rubio of Florida": the person, without the place.
const personOfPlace =
  /^(\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+of\s+\p{Lu}[\p{L}\s]*$/u;

/**
 * True when the text before `end` ends as leaderOf needs: "of", white space, and maybe "the" and
 * white space. Checked by hand because the $-anchored pattern is tried at every capital before it.
 */
export function endsWithOf(text: string, end: number): boolean {
  let k = end;
  if (k === 0 || !isSpaceUnit(text.charCodeAt(k - 1))) return false;
  while (k > 0 && isSpaceUnit(text.charCodeAt(k - 1))) k--;
  const ofAt = (at: number): boolean =>
    at >= 1 && text.startsWith('of', at) && isSpaceUnit(text.charCodeAt(at - 1));
  if (ofAt(k - 2)) return true;
  if (k < 4 || !text.startsWith('the', k - 3) || !isSpaceUnit(text.charCodeAt(k - 4))) return false;
  let j = k - 3;
  while (j > 0 && isSpaceUnit(text.charCodeAt(j - 1))) j--;
  return ofAt(j - 2);
}

// Back to a "the" (any case) right before `start`, as /(?:^|\s)the\s$/i on the five characters
// before it judges, by character tests: it runs for every mention.
function withArticle(text: string, start: number): number {
  if (start < 4 || !isSpaceUnit(text.charCodeAt(start - 1))) return start;
  const the =
    (text.charCodeAt(start - 4) | 0x20) === 0x74 &&
    (text.charCodeAt(start - 3) | 0x20) === 0x68 &&
    (text.charCodeAt(start - 2) | 0x20) === 0x65;
  return the && (start === 4 || isSpaceUnit(text.charCodeAt(start - 5))) ? start - 4 : start;
}

function withParenthetical(text: string, end: number): number {
  // The pattern opens with white space or "(": most mentions are followed by neither.
  const next = text.charCodeAt(end);
  if (next !== 0x28 && !isSpaceUnit(next)) return end;
  parenthetical.lastIndex = end;
  const m = parenthetical.exec(text);
  return m === null ? end : end + m[0].length;
}

function countryMentions(text: string): PartyMention[] {
  const out: PartyMention[] = [];
  for (const m of findCountryMentions(text)) {
    if (m.via === 'DEMONYM') {
      // "American Civil Liberties Union": the adjective is part of a name.
      if (/^\s+\p{Lu}/u.test(text.slice(m.end))) continue;
      // "South American", "Latin American": a region, not the country.
      if (/\p{Lu}\p{L}*\s+$/u.test(text.slice(Math.max(0, m.start - 20), m.start))) continue;
      out.push({
        kind: 'DEMONYM',
        start: m.start,
        end: m.end,
        surface: m.surface,
        name: m.name,
        countryCode: m.code,
        groupId: null,
      });
      continue;
    }
    // "UK-based retailer", "US-led coalition": an adjective, not a party.
    if (/^-(?:based|led|backed|born|owned|made|registered|brokered)\b/.test(text.slice(m.end)))
      continue;
    let start = withArticle(text, m.start);
    const from = Math.max(0, m.start - 80);
    const leader = endsWithOf(text, m.start) ? leaderOf.exec(text.slice(from, m.start)) : null;
    // "David Perdue of Georgia": a US state; the name phrase is read as a person below.
    if (leader !== null && usStateNames.has(m.surface)) continue;
    if (leader !== null && lookupCountry(leader[1] ?? '') === undefined) {
      const title = leadingTitles.exec(leader[1] ?? '')?.[0].length ?? 0;
      start = from + leader.index + title;
    }
    const end = withParenthetical(text, m.end);
    out.push({
      kind: 'COUNTRY',
      start,
      end,
      surface: text.slice(start, end),
      name: m.name,
      countryCode: m.code,
      groupId: null,
    });
  }
  return out;
}

// The text with every taken mention blanked out, in one pass (mentions may overlap).
function blankOut(text: string, taken: readonly PartyMention[]): string {
  if (taken.length === 0) return text;
  const ranges = taken
    .map((m) => [m.start, Math.min(m.end, text.length)] as const)
    .sort((a, b) => a[0] - b[0]);
  let out = '';
  let at = 0;
  for (const [start, end] of ranges) {
    if (end <= at) continue;
    const from = Math.max(start, at);
    out += text.slice(at, from) + ' '.repeat(end - from);
    at = end;
  }
  return out + text.slice(at);
}

// Up to the first white space unit, as /^\S*/ matches.
function firstWordOf(phrase: string): string {
  for (let i = 0; i < phrase.length; i++) {
    if (isSpaceUnit(phrase.charCodeAt(i))) return phrase.slice(0, i);
  }
  return phrase;
}

// "Merkel's" → "Merkel", by character tests: a `$`-anchored regex scans the whole phrase.
function withoutPossessive(phrase: string): string {
  const n = phrase.length;
  const apostrophe = phrase.charAt(n - 2);
  return phrase.charAt(n - 1) === 's' && (apostrophe === "'" || apostrophe === '’')
    ? phrase.slice(0, -2)
    : phrase;
}

function nameMentions(text: string, taken: readonly PartyMention[]): PartyMention[] {
  const masked = blankOut(text, taken);
  const out: PartyMention[] = [];
  // Capitalised words joined by "of", "for", "de", "du", "the"; one may follow an apostrophe.
  const spans = phraseSpans(masked, { afterApostrophe: true });
  for (let k = 0; k < spans.length; k += 2) {
    let start = spans[k] ?? 0;
    let phrase = withoutPossessive(masked.slice(start, spans[k + 1]));
    if (phrase.endsWith('.') || phrase.endsWith(',')) phrase = phrase.slice(0, -1);
    const title = leadingTitles.exec(phrase)?.[0].length ?? 0;
    phrase = phrase.slice(title);
    start += title;
    while (notNames.has(firstWordOf(phrase))) {
      const cut = phrase.indexOf(' ');
      if (cut === -1) break;
      start += cut + 1;
      phrase = phrase.slice(cut + 1);
    }
    if (phrase === '' || notNames.has(phrase) || isAdjectival(phrase)) continue;
    const group = lookupGroup(phrase);
    const s = withArticle(text, start);
    const end = withParenthetical(text, start + phrase.length);
    const surface = text.slice(s, end);
    if (group !== undefined) {
      out.push({
        kind: 'GROUP',
        start: s,
        end,
        surface,
        name: group.name,
        countryCode: null,
        groupId: group.id,
      });
    } else if (countryFromDemonym(phrase) === undefined) {
      out.push({
        kind: 'NAME',
        start: s,
        end,
        surface,
        name: (phrase.includes('of') ? personOfPlace.exec(phrase)?.[1] : undefined) ?? phrase,
        countryCode: null,
        groupId: null,
      });
    }
  }
  return out;
}

/** Every party mention in a sentence, in text order. */
export function partyMentions(text: string): PartyMention[] {
  const countries = countryMentions(text);
  const names: PartyMention[] = [];
  for (const m of nameMentions(text, countries)) {
    // Only a hyphen or en dash can join a pair; most names have neither.
    if (m.surface.includes('-') || m.surface.includes('–')) names.push(...splitHyphenPair(m));
    else names.push(m);
  }
  return [...countries, ...names].sort((a, b) => a.start - b.start);
}

// "Biden-Harris released a statement": two people joined by a hyphen. Kept only when the
// article gives both a fuller name (checked by the rules).
function splitHyphenPair(m: PartyMention): PartyMention[] {
  const pair = /^(\p{Lu}\p{Ll}+)[-–](\p{Lu}\p{Ll}+)$/u.exec(m.surface);
  if (m.kind !== 'NAME' || pair === null) return [m];
  const [a = '', b = ''] = [pair[1], pair[2]];
  const bStart = m.start + a.length + 1;
  return [
    { ...m, end: m.start + a.length, surface: a, name: a, hyphenPair: true },
    { ...m, start: bStart, end: bStart + b.length, surface: b, name: b, hyphenPair: true },
  ];
}
