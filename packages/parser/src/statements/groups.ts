/**
 * Group sources named as plural noun phrases: "foreign ministers from the Group of Seven (G7)
 * democracies and three key allies" becomes "foreign ministers of the G7 and three key allies"
 * (an acronym in parentheses replaces the name it abbreviates, with the common noun after it;
 * "from" reads as "of").
 */
import type { Token } from './tokens.js';
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
const NOT_MODIFIERS =
  /^(?:the|a|an|and|or|of|by|with|from|to|in|on|at|said|says|that|which|who|as|for|its|their|his|her|all|both)$/;

/**
 * The last letter of a head noun, then " of " or " from ": the places where the regex
 * `\b(?:heads) (?:from|of) ` could match. One pass of this finds them faster than that
 * regex's alternation of heads; the word before each is then looked up.
 */
const CONNECTOR = new RegExp(
  `[${[...new Set([...groupHeadNouns].map((head) => head.at(-1)))].join('')}] (?:of|from) `,
  'g',
);

// [A-Za-z0-9_]: the characters a regex \b counts as word characters.
function isAsciiWordUnit(unit: number): boolean {
  return (
    (unit >= 97 && unit <= 122) ||
    (unit >= 65 && unit <= 90) ||
    (unit >= 48 && unit <= 57) ||
    unit === 95
  );
}

/**
 * False when `text` cannot hold a group phrase. A unit that cannot hold one has no sentence that
 * can: sentences start after white space, so the word before each " of " is the same in both.
 */
export function mayMentionGroups(text: string): boolean {
  CONNECTOR.lastIndex = 0;
  for (let m = CONNECTOR.exec(text); m !== null; m = CONNECTOR.exec(text)) {
    const at = m.index + 1;
    let start = at;
    while (start > 0 && isAsciiWordUnit(text.charCodeAt(start - 1))) start--;
    if (groupHeadNouns.has(text.slice(start, at))) return true;
  }
  return false;
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

const PLURAL_HEADS: ReadonlySet<string> = new Set([...groupHeadNouns, ...unnamedPluralNouns]);
// "an assembly of several foreign ministers in Cairo denounced", "residents in Southbank
// rejected": up to two modifiers before the plural head, a place or body after "in/of/from",
// then the past-tense verb whose subject the phrase is. The head is found among the unit's
// tokens and the patterns run only around it: one pattern over every word cost too much.
const AFTER_HEAD =
  /(?:\s+(?:in|of|from|at)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,3})?(?=\s+(?:(?:also|later|then|jointly|all|both|had|have|already)\s+)?[a-z]+ed\b)/y;
const BEFORE_HEAD =
  /(?:^|\s)((?:[Aa]n?|[Tt]he|[Tt]heir|[Ii]ts|[Hh]is|[Hh]er|[Tt]hese|[Tt]hose)\s+)?((?:[a-z]+\s+of\s+)?(?:(?:several|some|many|two|three|four|five|dozens\s+of|hundreds\s+of|thousands\s+of|\d[\d,]*|other)\s+)?(?:[a-z][a-z-]*\s+){0,2}?)$/;
const NOT_MODIFIER_START = /^(?:and|or|but|that|which|who|with|by|to|for|said|says|as)\s/;

/** Plural subjects among `tokens` of `text`, which a later "they" most likely refers to. */
export function findPluralSubjects(text: string, tokens: readonly Token[]): PluralSubject[] {
  const found: PluralSubject[] = [];
  for (const t of tokens) {
    if (!PLURAL_HEADS.has(t.text)) continue;
    AFTER_HEAD.lastIndex = t.end;
    const after = AFTER_HEAD.exec(text);
    if (after === null) continue;
    const front = BEFORE_HEAD.exec(text.slice(Math.max(0, t.start - 60), t.start));
    // "The countries condemned": a definite plural points back to a source named before.
    if (front === null || /^(?:the|their|its|his|her|these|those)\s/i.test(front[1] ?? '')) {
      continue;
    }
    const modifiers = front[2] ?? '';
    if (NOT_MODIFIER_START.test(modifiers)) continue;
    found.push({
      name: modifiers + t.text + after[0],
      kind: groupHeadNouns.has(t.text) ? 'GROUP' : 'UNNAMED',
      start: t.start - modifiers.length,
    });
  }
  return found;
}
