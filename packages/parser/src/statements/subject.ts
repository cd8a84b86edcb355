/**
 * Finds the words that name the source of a cue inside one sentence: the subject before the cue
 * ("The Ukrainian Defense Ministry on Tuesday confirmed"), an inverted subject after it
 * ("…, said Kovalenko"), appositions ("The head of X, Andrii Kovalenko, said") and the shared
 * subject of coordinated verbs ("Trump labeled … and said"). Works on masked text, where quoted
 * spans are replaced by QUOTE_MASK characters so they act as boundaries.
 */
import { isSpaceUnit } from '../text/chars.js';
import { cueBase } from './cues.js';
import { titleWords } from './vocabulary.js';

/** The character that replaces quoted text in masked sentences. */
export const QUOTE_MASK = '\uE000';

/** A subject phrase with an optional apposition that gives a role. */
export interface SubjectPhrase {
  text: string;
  start: number;
  apposition: string | null;
}

const ADVERBS =
  'also|later|then|previously|reportedly|further|again|repeatedly|has|have|had|would|will|could|did|does|do|publicly|recently|once|separately|similarly|additionally|first|finally|yesterday|today|tonight|earlier|subsequently|initially|originally|officially|formally|quickly|immediately|directly|personally|privately|openly|explicitly|both|all|each|himself|herself|themselves|itself|not|never|always|often|already|had|however|too|now|just';
const TIMES = String.raw`\w+day|January|February|March|April|May|June|July|August|September|October|November|December|week|month|year|morning|afternoon|evening|night|weekend|\d{1,4}`;
const DAY_PARTS = 'morning|afternoon|evening|night';
const TRAILING_ADVERBIAL = new RegExp(
  String.raw`(?:\s+(?:${ADVERBS})|\s+(?:on|in|at|last|this|next|early|late)\s+(?:the\s+)?(?:${TIMES})(?:\s+\d{1,4})?(?:\s+(?:${DAY_PARTS}))?)+$`,
  'i',
);
// Every trailing adverbial ends in one of these words. TRAILING_ADVERBIAL is end-anchored and
// tries every space of a subject span, so it runs only when the last word is one of them.
const ADVERBIAL_END = new RegExp(`^(?:${ADVERBS}|${TIMES}|${DAY_PARTS})$`, 'i');
// "At 5:17 p.m.": a colon between digits is part of a time, not a clause break. A masked quote
// is one break, not one per character: lastClause keeps only where the last break ends.
const CLAUSE_BREAK =
  /(?:;|\uE000+|:(?!\d)|\s(?:that|who|whom|which|where|when|while|because|but|although|though|as|if|after|before|since|so|whereas|however)(?=[\s,]))/g;
const ROLE_LIKE = /^(?:the|a|an|his|her|their|its|who|whom|which|[a-z])|^[^,]*['’]s\s+[a-z]/;
// "Tesco's CEO for Central Europe", "CEO of Tesco": a title with its organisation.
const TITLE_OF = /^(\p{Lu}[\p{L}-]*)(?:\s+\p{Lu}[\p{L}-]*){0,2}\s+(?:of|for|at)\s/u;
const POSSESSIVE_TITLE = /^[^,]*['’]s\s+(\p{Lu}[\p{L}-]*)/u;

function isRoleLike(chunk: string): boolean {
  if (ROLE_LIKE.test(chunk)) return true;
  const head = TITLE_OF.exec(chunk)?.[1] ?? POSSESSIVE_TITLE.exec(chunk)?.[1];
  return head !== undefined && titleWords.has(head.toLowerCase());
}

const PRONOUN_ONLY = /^(?:he|she|they|it|we|i|you)$/i;
const LEADING_ADVERBIAL =
  /^(?:(?:[a-z]+ing(?=\s)|in|on|at|during|after|before|ahead of|following|earlier|later|meanwhile|separately|however|also|yet|still|then|and|but|so|thus|nevertheless|nonetheless|moreover|furthermore|instead|lastly|finally|next|indeed|overall|again|yesterday|today|first|second|third|recently|previously|afterwards|eventually|regardless|likewise|additionally|similarly|subsequently|initially|ultimately|notably|currently|reportedly|unfortunately|specifically)\b[^,]*,\s*)+/i;

const MAX_SUBJECT_SPAN = 300;
const PARENTHETICAL =
  /,\s*(?:while|when|in|on|at|during|after|before|speaking|writing|who|whom|which|as|also|however|though|meanwhile|for (?:his|her|their|its) part|like)\b[^,\uE000]*,/gi;

function lastClause(segment: string): { text: string; offset: number } {
  let cut = 0;
  // An exec loop, not matchAll: matchAll copies the pattern and wraps each match for its
  // iterator, on every cue's subject span.
  CLAUSE_BREAK.lastIndex = 0;
  for (let m = CLAUSE_BREAK.exec(segment); m !== null; m = CLAUSE_BREAK.exec(segment)) {
    cut = m.index + m[0].length;
  }
  return { text: segment.slice(cut), offset: cut };
}

/** The text after its last white space. */
function lastWord(text: string): string {
  let k = text.length;
  while (k > 0 && !isSpaceUnit(text.charCodeAt(k - 1))) k--;
  return text.slice(k);
}

function withoutTrailingAdverbials(text: string): string {
  return ADVERBIAL_END.test(lastWord(text)) ? text.replace(TRAILING_ADVERBIAL, '') : text;
}

// `text.replace(/[\s,]+$/, '')` without an end-anchored pattern that tries every space.
function trimSpacesAndCommas(text: string): string {
  let end = text.length;
  while (end > 0 && (text.charCodeAt(end - 1) === 44 || isSpaceUnit(text.charCodeAt(end - 1))))
    end--;
  return text.slice(0, end);
}

function trimAdverbials(text: string): string {
  let t = trimSpacesAndCommas(text);
  for (;;) {
    const next = trimSpacesAndCommas(withoutTrailingAdverbials(t));
    if (next === t) return t;
    t = next;
  }
}

/** Looks for the subject that ends just before `cueStart` in `masked` (offsets in masked). */
export function subjectBefore(
  masked: string,
  from: number,
  cueStart: number,
): SubjectPhrase | null {
  // A subject with its appositions fits in a few hundred characters; a bound keeps the
  // end-anchored patterns below linear on run-on text.
  from = Math.max(from, cueStart - MAX_SUBJECT_SPAN);
  // "Biden, while campaigning in Michigan, called": blank the parenthetical, keeping offsets.
  // Every parenthetical starts with a comma: without one the replace is skipped.
  let raw = masked.slice(from, cueStart);
  // "Jenn St-Onge (Nancy Drew, Jem) told": an aside in parentheses is not the subject.
  // Interview turn markers "((WN))" are left alone.
  if (raw.includes(')'))
    raw = raw.replace(/(?<![(\s])\s*\((?!\()[^()]*\)(?!\))/g, (m) => ' '.repeat(m.length));
  const segment = raw.includes(',')
    ? raw.replace(PARENTHETICAL, (m) => `,${' '.repeat(m.length - 1)}`)
    : raw;
  const { text: clause, offset } = lastClause(segment);
  const base = from + offset;
  const trimmed = trimAdverbials(clause);
  // The chunks between commas, from the end: most subjects need only the last one or two, so
  // the phrase is split only for a list or an apposition chain.
  const lastComma = trimmed.lastIndexOf(',');
  const lastRaw = trimmed.slice(lastComma + 1);
  const lastChunk = lastRaw.trim();
  const endsWithComma = withoutTrailingAdverbials(clause.trimEnd()).trimEnd().endsWith(',');
  if (!endsWithComma && lastChunk !== '' && !/^(?:and|or)$/i.test(lastChunk)) {
    // "Ukrainian, South Korean and US sources": a list whose parts are split by commas.
    let listed = lastRaw;
    // "A, B, and C": with a serial comma the last chunk starts with "and".
    if (/(?:^|\s)and\s/.test(lastChunk)) {
      const chunks = trimmed.split(',');
      let k = chunks.length - 1;
      while (
        k > 0 &&
        /^\s*[\p{Lu}][\p{L}.-]*(?:\s[\p{Lu}][\p{L}.-]*)?\s*$/u.test(chunks[k - 1] ?? '')
      )
        k--;
      // LEADING_ADVERBIAL ends in a comma, so it can only strip from several chunks.
      listed = chunks.slice(k).join(',').replace(LEADING_ADVERBIAL, '');
    }
    const text = listed.trim();
    return text === '' ? null : { text, start: base + trimmed.lastIndexOf(text), apposition: null };
  }
  // Ends with a comma: "X, Y, said" — one of X and Y is the name, the other its apposition.
  // A chunk holds no comma, so LEADING_ADVERBIAL (which ends in one) never applies to it.
  const y = lastChunk;
  const beforeLast = lastComma > 0 ? trimmed.lastIndexOf(',', lastComma - 1) : -1;
  const x = lastComma === -1 ? '' : trimmed.slice(beforeLast + 1, lastComma).trim();
  if (y === '') return null;
  if (PRONOUN_ONLY.test(y))
    return { text: y, start: base + trimmed.lastIndexOf(y), apposition: null };
  if (isRoleLike(y) && x !== '') {
    // "Anderson Cooper, of CNN, one of her sons, said": the name is the last chunk that is not role-like.
    const parts = trimmed.split(',').map((p) => p.trim());
    const named =
      [...parts.slice(0, -1)]
        .reverse()
        .find((p) => !isRoleLike(p) && !/^(?:of|from|in|at|for|with)\b/i.test(p)) ?? x;
    return { text: named, start: base + trimmed.lastIndexOf(named), apposition: y };
  }
  const apposition = x === '' ? null : x;
  return { text: y, start: base + trimmed.lastIndexOf(y), apposition };
}

/** Looks for an inverted subject right after a cue: "said Kovalenko, the official." */
export function subjectAfter(masked: string, cueEnd: number, to: number): SubjectPhrase | null {
  const rest = masked.slice(cueEnd, to);
  // "according to a March 14, 2019 NATO press release": the comma of a date does not end it.
  const m =
    /^\s+([\p{L}\p{N}][\p{L}\p{N}.'’-]*(?:\s+[\p{L}\p{N}][\p{L}\p{N}.'’-]*|(?<=\p{Lu}\p{Ll}+\s\d{1,2}),\s\d{4}){0,12}?)(?!(?<=\p{Lu}\p{Ll}+\s\d{1,2}),\s\d{4}\b)(?=\s*(?:[,;:!?\uE000]|\.(?:\s|$)|$|\s(?:in|on|at|during|after|before|to|that|who|which|when|while)\s))/u.exec(
      rest,
    );
  const text = m?.[1];
  // "according to a tweet on Monday by US Secretary of State Mike Pompeo": the author speaks.
  const by =
    /^[^,;\uE000]{0,60}?\sby\s+((?:the\s+)?\p{Lu}[^,;:\uE000]{0,80}?)(?=\s*(?:[,;:!?\uE000]|\.(?:\s|$)|$))/u.exec(
      rest,
    );
  if (by?.[1] !== undefined) {
    return {
      text: by[1],
      start: cueEnd + (by.index ?? 0) + by[0].length - by[1].length,
      apposition: null,
    };
  }
  if (text === undefined || text === '' || cueBase(text.split(/\s/)[0] ?? '') !== undefined)
    return null;
  const after = rest.slice((m?.[0] ?? '').length);
  const app = /^,\s*((?:the|a|an)\s[^,.;\uE000]+)/i.exec(after);
  // "his wife, Amanda,": the name in apposition is the source, the phrase its role.
  const named = /^,\s*(\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2}),/u.exec(after);
  if (named?.[1] !== undefined && /^(?:his|her|their|its)\s/i.test(text)) {
    return {
      text: named[1],
      start: cueEnd + (m?.[0] ?? '').length + named[0].indexOf(named[1]),
      apposition: text,
    };
  }
  return {
    text,
    start: cueEnd + (m?.index ?? 0) + (m?.[0] ?? '').length - text.length,
    apposition: app?.[1] ?? null,
  };
}

/**
 * The subject a sentence starts with, for coordinated verbs ("Trump labeled … and said"):
 * a leading adverbial chunk is skipped, then a pronoun or a run of capitalised words is taken.
 */
export function leadingSubject(masked: string, from: number, to: number): SubjectPhrase | null {
  const text = masked.slice(from, to);
  const stripped = text.replace(LEADING_ADVERBIAL, '');
  const offset = text.length - stripped.length;
  const m =
    /^(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t|[Ww]e|I|(?:A|An|Some|Several|Many|Most|Other|Two|Three|Four|Five)\s+(?:(?:number|group|handful|majority|couple)\s+of\s+(?:the\s+)?)?(?:\p{Lu}[\p{L}'’-]*|[a-z]+s)(?:\s+\p{Lu}[\p{L}'’-]*)*|(?:[Tt]he\s+)?(?!(?:The|A|An)\s)(?:\p{Lu}[\p{L}\p{N}.'’–-]*)(?:\s+(?:of\s+|de\s+|van\s+|von\s+|al\s+|bin\s+|la\s+|da\s+|del\s+|der\s+|di\s+|le\s+|du\s+)?\p{Lu}[\p{L}\p{N}.'’–-]*){0,5}|[Tt]he\s+[a-z]+)(?=[\s,;:]|$)/u.exec(
      stripped,
    );
  if (m === null) return null;
  return { text: m[0], start: from + offset, apposition: null };
}
