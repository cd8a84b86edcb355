/**
 * Finds speech cues in a masked sentence and decides which are verbs in a speech sense:
 * "the report" (a noun after a determiner) and "United States" (a capitalised name) are not.
 */
import { cueBaseLower, cueForms, isPredicativeCue, isWeakCue } from './cues.js';
import { QUOTE_MASK } from './subject.js';
import { opensClause } from './clause.js';
import { isCapitalized, type Token } from './tokens.js';
import { unnamedPluralNouns } from './vocabulary.js';

/** A cue in a sentence. `phrase` is the cue as written ("said", "according to", "called on"). */
export interface Cue {
  phrase: string;
  base: string;
  start: number;
  end: number;
  /** "according to X": the source follows the cue. */
  sourceFirst: boolean;
  /** "described the plan as reckless": the object and its predicate are the content. */
  predicative?: boolean;
}

// "OBJECT as …", "OBJECT for (not) …ing", "OBJECT to …" (liken) after the verb: a short object with
// no punctuation, not a prepositional phrase ("described by X as"), not "such as" / "as well as".
const PREDICATIVE =
  /^\s+(?!(?:by|in|on|at|with|from|to|as|for|that|this\s+(?:week|year|month|morning|evening)|week|year|month)\b)((?:[\p{L}\p{N}'’.-]+\s+){1,8}?)(as\s+(?!well\b|soon\b|much\b|many\b|part\b|of\b|a\s+result\b)[\p{L}\p{N}"“]|for\s+(?:not\s+)?[a-z]+ing\b|to\s+[a-z])/u;

function predicativeObject(masked: string, base: string, end: number, to: number): boolean {
  if (!isPredicativeCue(base)) return false;
  const m = PREDICATIVE.exec(masked.slice(end, Math.min(to, end + 120)));
  if (m === null) return false;
  const object = (m[1] ?? '').trim().toLowerCase();
  if (/(?:^|\s)(?:such|and|or|but|which|who|that|is|was|are|were)$/.test(object)) return false;
  // Only "liken" and "attribute" take "to": "attacked the plan to build…" is an infinitive, not a predicate.
  return !(m[2] ?? '').startsWith('to') || base === 'liken' || base === 'attribute';
}

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'his',
  'her',
  'their',
  'its',
  'our',
  'my',
  'your',
  'this',
  'that',
  'these',
  'those',
  'of',
  'in',
  'on',
  'for',
  'with',
  'by',
  'to',
  'from',
  'whose',
  'any',
  'no',
  'every',
  'each',
  'such',
  'first',
  'second',
  'final',
  'last',
  'recent',
  'initial',
  'new',
  'latest',
  'earlier',
  'previous',
  'joint',
  'written',
  'was',
  'were',
  'is',
  'are',
  'be',
  'been',
  'being',
]);
// Weak verbs that report content when a full clause follows without "that": "indicated no
// vehicles were involved", "felt the sponsor should be neutral".
const MENTAL_OR_REPORT = new Set([
  'indicate',
  'feel',
  'believe',
  'think',
  'fear',
  'hope',
  'expect',
  'maintain',
  'observe',
  'add',
  'mention',
  'agree',
  'demand',
  'order',
]);

// "was", "are", "I'm", "she's", "they're" before a quotative "like".
const QUOTATIVE_BE = /^(?:was|were|is|am|are|[\p{L}]+['’](?:s|m|re))$/u;

const WH = new Set(['whether', 'why', 'how']);

// "ordered last week that …", "added on Tuesday that …": when it was said, then the clause.
const TIME_THEN_THAT =
  /^\s+(?:(?:last|this|earlier|later)\s+(?:week|month|year|night|morning|afternoon|evening)|(?:on\s+)?(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|yesterday|today|earlier|later|previously)\s+that\s/;

// "he's", "it's", "who's": a subject with "is" or "has", not a possessive.
const CONTRACTED_SUBJECT = /^(?:he|she|it|that|who|what|there|here|where|everyone|nobody)['’]s$/;

// "challenged the mayor to publish …", "offered to resign": an object and an infinitive.
const OBJECT_TO = new Set(['challenge', 'invite']);
const OBJECT_THEN_INFINITIVE = /^\s+(?:[\p{L}'’.-]+\s+){0,4}?to\s+(?!the\b|a\b|an\b)[a-z]+/u;

const ING_NOUN_BEFORE = new Set(
  'the a an his her their its our my your this these those public official daily weekly regular joint private'.split(
    ' ',
  ),
);

// -ing forms that work as prepositions ("Regarding the vote, …"), not as speech verbs.
const PREPOSITIONS = new Set(['regarding', 'considering', 'concerning', 'following', 'including']);
const PARTICLE_AFTER: Readonly<Record<string, readonly string[]>> = {
  call: ['on', 'for', 'upon'],
  point: ['out'],
  ask: ['for'],
  agree: ['with'],
  refer: ['to'],
  argue: ['for', 'against'],
};

// A next word that turns the verb into a compound noun ("a think tank") or a plea in court
// ("pleaded guilty", "pleads not guilty"), which reports no speech.
const NOT_SPEECH_NEXT: Readonly<Record<string, readonly string[]>> = {
  think: ['tank', 'tanks'],
  plead: ['guilty', 'not', 'no', 'innocent'],
};

// "over alleged plots", "of reported abuses": a participle after a preposition modifies a noun.
const PREPOSITION_BEFORE = new Set(
  'over of for about against amid amidst among amongst with into from on in'.split(' '),
);
// "the member states of the union", "reports of abuse": plurals that are nouns before "of".
const NOUN_BEFORE_OF = new Set(
  'states reports claims notes comments answers questions calls orders demands promises pledges'.split(
    ' ',
  ),
);

// A word before the verb that makes it the head of a compound noun ("a court order", "a phone
// call"), which reports no speech.
const NOUN_AFTER: Readonly<Record<string, readonly string[]>> = {
  order: ['court', 'executive', 'gag', 'restraining', 'protection', 'stay-at-home'],
  call: ['phone', 'conference', 'roll', 'wake-up', 'video'],
};

function nextNonSpace(masked: string, from: number): string {
  const m = /\S/.exec(masked.slice(from));
  return m === null ? '' : (masked[from + (m.index ?? 0)] ?? '');
}

// Every word a cue can start with: the speech verb forms and the openers of the phrases below.
const CUE_WORDS: ReadonlySet<string> = new Set([...cueForms(), 'according', 'in', 'like', 'per']);

/** All cues of a masked sentence (offsets are absolute in the paragraph). */
export function findCues(
  masked: string,
  tokens: readonly Token[],
  from: number,
  to: number,
): Cue[] {
  const cues: Cue[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    // Most words open no cue: one lookup passes them by before the rules below run.
    if (t === undefined || !CUE_WORDS.has(t.lower)) continue;
    // A negative index is a slow property lookup, not an element read: guard it.
    const prev = i > 0 ? tokens[i - 1] : undefined;
    const next = tokens[i + 1];
    if (t.lower === 'according' && next?.lower === 'to') {
      cues.push({
        phrase: `${t.text} ${next.text}`,
        base: 'according to',
        start: t.start,
        end: next.end,
        sourceFirst: true,
      });
      continue;
    }
    // "In his view, …", "In her opinion, …": the possessive names the source.
    const owner = tokens[i + 1];
    const noun = tokens[i + 2];
    if (
      i === 0 &&
      t.lower === 'in' &&
      owner !== undefined &&
      noun !== undefined &&
      /^(?:his|her|their|its)$/.test(owner.lower) &&
      /^(?:view|opinion|words)$/.test(noun.lower)
    ) {
      const phrase = masked.slice(t.start, noun.end);
      cues.push({ phrase, base: 'in view', start: t.start, end: noun.end, sourceFirst: true });
      continue;
    }
    // Quotative "like" in speech and interviews: "she's like, "…"", "they were like "…"".
    if (t.lower === 'like' && prev !== undefined && QUOTATIVE_BE.test(prev.lower)) {
      // "she's like": the cue starts at the apostrophe, so "she" stays its subject.
      const apostrophe = prev.text.search(/['’]/);
      const subject =
        apostrophe > 0 ? prev.text.slice(0, apostrophe) : i > 1 ? (tokens[i - 2]?.text ?? '') : '';
      // Only a person speaks so: "the city is like "a war zone"" is a comparison.
      const person =
        /^(?:I|[Hh]e|[Ss]he|[Tt]hey|[Ww]e|[Yy]ou)$/.test(subject) ||
        unnamedPluralNouns.has(subject.toLowerCase()) ||
        (isCapitalized(subject) && !/^(?:It|This|That|There|What|Which|Who)$/.test(subject));
      if (person && /^,?\s*\uE000/.test(masked.slice(t.end, t.end + 4))) {
        const start = prev.start + Math.max(0, apostrophe);
        const phrase = masked.slice(start, t.end);
        cues.push({ phrase, base: 'say', start, end: t.end, sourceFirst: false });
        continue;
      }
    }
    if (t.lower === 'per' && i === 0) {
      cues.push({ phrase: t.text, base: 'per', start: t.start, end: t.end, sourceFirst: true });
      continue;
    }
    // A capitalised word inside the sentence is a name: no need to look it up.
    if (isCapitalized(t.text) && i > 0) continue;
    const base = cueBaseLower(t.lower);
    if (base === undefined || PREPOSITIONS.has(t.lower)) continue;
    if (prev !== undefined && PREPOSITION_BEFORE.has(prev.lower) && /ed$/.test(t.lower)) continue;
    if (prev !== undefined && NOUN_AFTER[base]?.includes(prev.lower) === true) continue;
    if (next?.lower === 'of' && NOUN_BEFORE_OF.has(t.lower)) continue;
    if (next !== undefined && NOT_SPEECH_NEXT[base]?.includes(next.lower) === true) continue;
    if (prev !== undefined && DETERMINERS.has(prev.lower) && !/ing$/.test(t.lower)) continue;
    // "a public briefing that …", "the warning that …": an -ing noun, not a participle.
    if (prev !== undefined && /ing$/.test(t.lower) && ING_NOUN_BEFORE.has(prev.lower)) continue;
    // "May's proposed Brexit deal", "the legal team's claims": after a possessive, a participle
    // modifies a noun and an -s form is a plural noun ("the lawyers' claims" too). ("he's said"
    // is a verb: "'s" is "has".)
    if (
      prev !== undefined &&
      (/['’]s$/.test(prev.text) || /^['’]\s/.test(masked.slice(prev.end, prev.end + 2))) &&
      (/ed$/.test(t.lower) || (/s$/.test(t.lower) && !CONTRACTED_SUBJECT.test(prev.lower)))
    )
      continue;
    // No closure over `next` here: one would make V8 allocate a context for every token.
    const particle =
      next !== undefined && PARTICLE_AFTER[base]?.includes(next.lower) === true
        ? next.lower
        : undefined;
    // "agreed with Airbus to open a factory": a deal between parties, not a view shared.
    if (
      base === 'agree' &&
      particle !== undefined &&
      next !== undefined &&
      OBJECT_THEN_INFINITIVE.test(masked.slice(next.end, to))
    )
      continue;
    // "Not everyone agreed …", "Nobody said …": no one in particular is reported.
    const subject = `${i > 1 ? (tokens[i - 2]?.lower ?? '') : ''} ${prev?.lower ?? ''}`;
    if (/^(?:not (?:everyone|everybody|all)| (?:nobody|none)|no one)$/.test(subject)) continue;
    const maskedNear =
      // "called Trump's action "a betrayal"": a quote later in the same clause.
      /^[^.;:!?]*\uE000/.test(masked.slice(t.end, Math.min(to, t.end + 80))) ||
      nextNonSpace(masked, t.end) === ':';
    // "questioned whether …": an embedded question counts like a "that" clause.
    const followedByThat =
      next?.lower === 'that' ||
      (next !== undefined && WH.has(next.lower)) ||
      TIME_THEN_THAT.test(masked.slice(t.end, Math.min(to, t.end + 40)));
    const predicative =
      next?.lower !== 'that' &&
      predicativeObject(
        masked,
        base,
        particle !== undefined && next !== undefined ? next.end : t.end,
        to,
      );
    if (
      isWeakCue(base) &&
      particle === undefined &&
      !maskedNear &&
      !followedByThat &&
      !predicative &&
      !(MENTAL_OR_REPORT.has(base) && opensClause(masked.slice(t.end, to).trimStart())) &&
      !(OBJECT_TO.has(base) && OBJECT_THEN_INFINITIVE.test(masked.slice(t.end, to)))
    ) {
      // A weak verb also counts right after a quote: "…," he added. ("…," citing X gives a reason.)
      const before = masked.slice(Math.max(from, t.start - 40), t.start);
      if (!before.includes(QUOTE_MASK) || base === 'cite') continue;
    }
    const end = particle !== undefined && next !== undefined ? next.end : t.end;
    const phrase = particle !== undefined && next !== undefined ? `${t.text} ${next.text}` : t.text;
    cues.push({ phrase, base, start: t.start, end, sourceFirst: false, predicative });
  }
  return cues;
}
