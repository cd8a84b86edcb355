/**
 * Is reported content a clause (rule 9)? "said three people died" is; "announced its selection
 * of an architect" is not. Heuristics on the first words: a "that", a subject pronoun, an
 * auxiliary, a past or present verb, or an infinitive after verbs like "called on".
 */
import { tokenize } from './tokens.js';

const FINITE =
  /^(?:is|are|was|were|be|been|has|have|had|will|would|could|can|should|may|might|must|did|does|do|shall|won't|can't|didn't|doesn't|don't|isn't|wasn't|aren't|weren't|hasn't|haven't|hadn't|shouldn't|wouldn't|couldn't|[a-z]{3,}ed)$/;
const INFINITIVE_CUES = new Set([
  'challenge',
  'offer',
  'invite',
  'call',
  'urge',
  'ask',
  'claim',
  'vow',
  'promise',
  'pledge',
  'threaten',
  'agree',
  'order',
  'warn',
  'advise',
  'demand',
  'accuse',
]);

// Of INFINITIVE_CUES, the verbs whose infinitive follows them directly ("offered to resign").
const SUBJECT_INFINITIVE_CUES = new Set(['claim', 'vow', 'pledge', 'threaten', 'agree', 'offer']);

/** Where the content stands relative to its cue. */
export interface ClauseContext {
  /** The content follows "that": a clause whatever its words. */
  afterThat?: boolean;
  /**
   * The content is the sentence around its attribution ("CONTENT, X said"), where a bare noun
   * phrase does not occur, so "the talks resume" can be read as subject and verb; after a cue
   * ("announced the arms deal with Peru") that reading is kept for verbs that take a clause.
   */
  standsAlone?: boolean;
}

/** True when `content` reads as a clause for the cue `base`. */
export function isClause(
  content: string,
  base: string,
  { afterThat = false, standsAlone = false }: ClauseContext = {},
): boolean {
  if (afterThat) return true;
  // ", which had not …, was forcing": a relative clause between commas is skipped, not a stop.
  const words = tokenize(content.replace(/,\s(?:who|which)\s[^,]*,/g, ',')).slice(0, 24);
  if (words.length < 2) return false;
  // "called on Turkey to halt…", "accused Biden of lying": an infinitive or gerund complement.
  // "vowed to …", "claimed to have …": these verbs take the infinitive with no object between,
  // so in "claiming a right to Turkey to have a say" the infinitive belongs to the noun.
  const takesInfinitive =
    INFINITIVE_CUES.has(base) &&
    (!SUBJECT_INFINITIVE_CUES.has(base) || /^(?:not\s+)?to\s+[a-z]/.test(content));
  if (
    takesInfinitive &&
    /^(?:[\w'’.-]+\s+){0,8}?(?:to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+|of\s+[a-z]+ing)\b/.test(
      content,
    ) &&
    // "of …ing" is the complement of "accused X of lying", not of "called for a cessation of fighting".
    (base === 'accuse' ||
      !/^(?:[\w'’.-]+\s+){0,8}?of\s+[a-z]+ing\b/.test(content) ||
      /^(?:[\w'’.-]+\s+){0,8}?to\s+[a-z]/.test(content))
  )
    return true;
  // "admitted wanting to …", "advocated packing the Court": a gerund complement.
  if (GERUND_CUES.has(base) && GERUND.test(content)) return true;
  // "questioned whether …", "asked why …": an embedded question.
  if (/^(?:whether|if|why|how)\s/.test(content) && words.length >= 3) return true;
  // A subject pronoun opens a clause: "she fully supports…", "they made a mistake".
  if (SUBJECT_PRONOUN.test(words[0]?.lower ?? '')) return true;
  // The main verb comes before any relative or subordinate clause: in "a deal which was
  // signed" or "protests until Sweden joined" the verb belongs to the noun's modifier.
  const cut = words.findIndex(
    (w, i) =>
      i > 0 &&
      (RELATIVE.has(w.lower) ||
        (SUBJECT_PRONOUN.test(w.lower) && !LINKS.has(words[i - 1]?.lower ?? ''))),
  );
  const head = cut === -1 ? words : words.slice(0, cut);
  return head.some(
    (w, i) =>
      i > 0 &&
      // "a right to have a say": an infinitive, not a finite verb ("declared X to be Y" reports).
      ((FINITE.test(w.lower) && !(INFINITIVE_AUX.has(w.lower) && head[i - 1]?.lower === 'to')) ||
        IRREGULAR_PAST.has(w.lower) ||
        // A short plural at the end is a noun ("patent laws", "iOS apps"), not a verb.
        (i > 1 &&
          (w.text.length > 4 || i + 1 < head.length) &&
          isPresentVerb(w.text, head[i - 1]?.lower ?? '')) ||
        ((standsAlone || CLAUSE_ONLY_CUES.has(base)) && isPluralPresent(head, i))),
  );
}

const SUBJECT_PRONOUN = /^(?:he|she|they|it|we|i|you|there)$/;
const INFINITIVE_AUX = new Set(['have', 'do']);
// "using …", "re-entering …", "not paying …"; "nothing" and "during" are no gerunds.
const GERUND = /^(?:not\s+)?(?![a-z]*thing\b|during\b)(?:[a-z]+-)?[a-z]{2,}ing\b/;
const GERUND_CUES = new Set(
  'admit deny advocate propose recommend suggest report recall regret consider argue describe'.split(
    ' ',
  ),
);
const RELATIVE = new Set(
  'that which who whom whose what where when until unless because if while although whereas'.split(
    ' ',
  ),
);
// A pronoun after these words starts a coordinated or subordinate clause of the content itself.
const LINKS = new Set(
  'and but or so then that because as since if when while although why how whether what where who'.split(
    ' ',
  ),
);
const IRREGULAR_PAST = new Set(
  (
    'made said told went came took gave got found thought knew saw left lost won paid sold bought ' +
    'built held kept led meant met ran sent spent stood brought began became fell felt grew hit ' +
    'put set cut cost spread struck understood wrote broke chose drove forgot hid rode rose shook ' +
    'spoke stole swore threw wore fled fought sought taught caught dealt slept lent sank sang ' +
    'swam drank flew drew showed shown seen been done gone taken given known begun died lied tied ' +
    'used owed shot hurt quit bled fled fed'
  ).split(' '),
);
const NOT_BEFORE_VERB = new Set(
  (
    'of the a an for to in on at with by and or its his her their our new many several some all ' +
    'these those two three four five other such more most no any each every from into about as'
  ).split(' '),
);

/** "the public opposes expanding…": a present-tense verb after a noun. */
function isPresentVerb(word: string, previous: string): boolean {
  // Four letters is enough for a verb ("wins", "sees"); "-is" ("this", "basis"), "-ities" and
  // "news" are no verbs.
  if (!/^[a-z]{2,}[^su]s$/.test(word) || /(?:is|ics|ness|ities)$/.test(word) || word === 'news')
    return false;
  // "similar measures", "sexual abuses": an adjective before a plural noun; "500 jobs": a number.
  if (/(?:al|ous|ive|ic|ful|ar|ary|ible|able)$/.test(previous) || /^\d/.test(previous))
    return false;
  return !NOT_BEFORE_VERB.has(previous) && !/['’]s$/.test(previous);
}

// Cues whose object is a clause, not a noun phrase: "said the talks resume", "urged residents stay".
const CLAUSE_ONLY_CUES = new Set(
  'say tell recommend urge suggest propose insist demand ask require'.split(' '),
);

// Words before a plural subject: "the talks resume", "two sides meet", "some analysts expect".
const PLURAL_DETERMINER =
  /^(?:the|these|those|both|many|most|some|all|several|few|other|\d[\d,.]*|two|three|four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)$/;

/**
 * "the talks resume on Monday", "officials expect a deal": a bare present verb right after a
 * plural subject that opens the content or follows a determiner. The verb must have words after
 * it, so a plural noun before a noun ("the arms deal") at the end is not read as a clause.
 */
function isPluralPresent(words: readonly { text: string; lower: string }[], i: number): boolean {
  const verb = words[i];
  const subject = words[i - 1];
  if (verb === undefined || subject === undefined || i + 1 >= words.length) return false;
  if (!/^[a-z]{3,}$/.test(verb.text) || /(?:s|ly|ing|ed)$/.test(verb.text)) return false;
  if (NOT_BEFORE_VERB.has(verb.lower) || RELATIVE.has(verb.lower)) return false;
  if (!/^\p{L}{3,}s$/u.test(subject.text) || /(?:ss|us|is)$/.test(subject.lower)) return false;
  return i === 1 || PLURAL_DETERMINER.test(words[i - 2]?.lower ?? '');
}

// Words that open the subject of a reported clause: "indicated no vehicles were involved".
const SUBJECT_START =
  /^(?:the|a|an|no|this|that|these|those|his|her|its|their|our|some|many|most|all|both|several|few|every|each|he|she|they|it|we|there|\d[\d,.%]*)$/;

/**
 * True when `text` right after a verb opens with a subject and reaches a finite verb within a few
 * words: "the fire service indicated an inquiry was underway". Stricter than isClause, for verbs
 * that are speech cues only sometimes ("indicated", "felt", "maintained").
 */
export function opensClause(text: string): boolean {
  const words = tokenize(text.slice(0, 120)).slice(0, 9);
  const first = words[0];
  if (first === undefined || words.length < 3) return false;
  if (!SUBJECT_START.test(first.lower) && !/^\p{Lu}/u.test(first.text)) return false;
  const cut = words.findIndex((w, i) => i > 0 && RELATIVE.has(w.lower));
  const head = cut === -1 ? words : words.slice(0, cut);
  // "be" after a subject is the mandative subjunctive: "ordered the flags be lowered".
  return head.some(
    (w, i) => i > 0 && (AUXILIARY.test(w.lower) || IRREGULAR_PAST.has(w.lower) || w.lower === 'be'),
  );
}

const AUXILIARY =
  /^(?:is|are|was|were|has|have|had|will|would|could|can|should|may|might|must|did|does|do|shall|won't|can't|didn't|doesn't|don't|isn't|wasn't|aren't|weren't|hasn't|haven't|hadn't|shouldn't|wouldn't|couldn't)$/;

const ADVERB = /^(?:[a-z]+ly|then|also|still|later|soon|once|again|even|never)$/;
const PAST_AUXILIARY =
  /^(?:is|are|was|were|be|been|being|has|have|had|having|will|would|could|can|should|may|might|must|did|does|do|shall|to|not|never)$/;
const PRESENT_MARKER =
  /^(?:is|are|has|have|will|can|should|may|might|must|does|do|shall|isn't|aren't|hasn't|haven't|won't|can't|shouldn't|doesn't|don't)$/;

/** True for a simple past form ("closed", "went") that no auxiliary or determiner governs. */
function isSimplePast(word: string, previous: string): boolean {
  if (!/^[a-z]{3,}ed$/.test(word) && !IRREGULAR_PAST.has(word)) return false;
  return !PAST_AUXILIARY.test(previous) && !NOT_BEFORE_VERB.has(previous);
}

/**
 * True when `before` reads in the present, perfect or future ("has cancelled", "should be
 * opened") or is a directive's content ("recommended residents avoid …"), and `after`, a
 * coordinated clause, opens with a subject and a simple past ("the city closed two roads"): the
 * tense shift shows the writer's narration taking over from the reported content.
 */
export function pastClauseAfterPresent(before: string, after: string, directive: boolean): boolean {
  const next = tokenize(after.slice(0, 100)).slice(0, 7);
  const first = next[0];
  if (first === undefined || /^(?:that|which|who|whom|to|if|whether)$/.test(first.lower))
    return false;
  const verb = next.findIndex((w) => FINITE.test(w.lower) || IRREGULAR_PAST.has(w.lower));
  const w = next[verb];
  if (w === undefined || !isSimplePast(w.lower, next[verb - 1]?.lower ?? '')) return false;
  // A subject must come first: "but only secured …" goes on with the content's own subject.
  const subject = next.slice(0, verb).filter((x) => !ADVERB.test(x.lower));
  if (subject.length === 0 || subject.some((x) => RELATIVE.has(x.lower))) return false;
  return directive || tokenize(before).some((x) => PRESENT_MARKER.test(x.lower));
}
