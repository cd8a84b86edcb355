/**
 * Group sources named as plural noun phrases: "foreign ministers from the Group of Seven (G7)
 * democracies and three key allies" becomes "foreign ministers of the G7 and three key allies"
 * (an acronym in parentheses replaces the name it abbreviates, with the common noun after it;
 * "from" reads as "of").
 */
import { groupHeadNouns, unnamedPluralNouns } from './vocabulary.js';

/** A group phrase found in text. */
export interface GroupMention {
  name: string;
  head: string;
  start: number;
  end: number;
}

const HEADS = [...groupHeadNouns].join('|');
const GROUP_NP = new RegExp(
  String.raw`\b((?:[a-z]+ ){0,2})(${HEADS}) (?:from|of) (the )?((?:[A-Z][\w'’-]*)(?: (?:of|for|and|[A-Z][\w'’-]*)){0,5})(?: \(([A-Z][A-Za-z0-9]{1,7})\))?(?: ([a-z]+s)\b)?(?: and ((?:[a-z0-9]+ ){0,3}[a-z]+s)\b)?`,
  'g',
);
const GROUP_HINT = new RegExp(String.raw`\b(?:${HEADS}) (?:from|of) `);
const NOT_MODIFIERS =
  /^(?:the|a|an|and|or|of|by|with|from|to|in|on|at|said|says|that|which|who|as|for|its|their|his|her|all|both)$/;

/**
 * False when `text` cannot hold a group phrase. A unit that cannot hold one has no sentence that
 * can: sentences start after white space, so the hint's word boundary is the same in both.
 */
export function mayMentionGroups(text: string): boolean {
  // The hint needs " of " or " from "; most sentences are refused by a substring search.
  return (text.includes(' of ') || text.includes(' from ')) && GROUP_HINT.test(text);
}

/** Every group phrase in `text`. */
export function findGroupMentions(text: string): GroupMention[] {
  const found: GroupMention[] = [];
  if (!mayMentionGroups(text)) return found;
  for (const m of text.matchAll(GROUP_NP)) {
    const modifiers = (m[1] ?? '')
      .trim()
      .split(' ')
      .filter((w) => w !== '' && !NOT_MODIFIERS.test(w));
    const head = m[2] ?? '';
    const acronym = m[5];
    const named = acronym ?? [m[4] ?? '', m[6] ?? ''].filter((s) => s !== '').join(' ');
    const tail = m[7] === undefined ? '' : ` and ${m[7]}`;
    const name = `${[...modifiers, head].join(' ')} of ${m[3] ?? ''}${named}${tail}`;
    found.push({ name, head, start: m.index ?? 0, end: (m.index ?? 0) + m[0].length });
  }
  return found;
}

/** A plural noun phrase that is the subject of a past-tense verb. */
export interface PluralSubject {
  name: string;
  kind: 'GROUP' | 'UNNAMED';
  start: number;
}

const PLURAL_HEADS = [...new Set([...groupHeadNouns, ...unnamedPluralNouns])].join('|');
// "an assembly of several foreign ministers in Cairo denounced", "residents in Southbank
// rejected": the plural head, up to two modifiers and a place or body after "in/of/from", then
// the verb whose subject the phrase is.
const PLURAL_SUBJECT = new RegExp(
  String.raw`\b((?:[Aa]n?|[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Tt]hese|[Tt]hose)\s+)?((?:[a-z]+\s+of\s+)?(?:(?:several|some|many|two|three|four|five|dozens\s+of|hundreds\s+of|thousands\s+of|\d[\d,]*|other)\s+)?(?:[a-z][a-z-]*\s+){0,2}?(${PLURAL_HEADS})(?:\s+(?:in|of|from|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?)\s+(?:(?:also|later|then|jointly|all|both|had|have|already)\s+)?[a-z]+ed\b`,
  'g',
);
const NOT_MODIFIER_START = /^(?:and|or|but|that|which|who|with|by|to|for|said|says|as)\s/;

/** Plural subjects in `text`, which a later "they" most likely refers to. */
export function findPluralSubjects(text: string): PluralSubject[] {
  const found: PluralSubject[] = [];
  for (const m of text.matchAll(PLURAL_SUBJECT)) {
    // "The countries condemned": a definite plural points back to a source named before.
    if (/^(?:the|their|its|his|her|these|those)\s/i.test(m[1] ?? '')) continue;
    const name = m[2] ?? '';
    if (name === '' || NOT_MODIFIER_START.test(name)) continue;
    const head = m[3] ?? '';
    found.push({
      name,
      kind: groupHeadNouns.has(head) ? 'GROUP' : 'UNNAMED',
      start: (m.index ?? 0) + m[0].indexOf(name),
    });
  }
  return found;
}
