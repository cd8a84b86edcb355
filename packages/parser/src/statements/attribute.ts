/**
 * Attributes a cue: finds its subject phrase in the sentence, classifies it and resolves it to a
 * speaker through the article's resolver.
 */
import type { Cue } from './cue-finder.js';
import { splitSpaces } from '../text/chars.js';
import { cueBase, cueBaseLower } from './cues.js';
import { classifyMention, type Mention } from './mention.js';
import type { ArticleMemo, Subject } from './memo.js';
import type { PlaceWords } from './names.js';
import { isSourceNoun, type Resolved, type SpeakerResolver } from './resolve.js';
import type { Sentence } from './sentences.js';
import { leadingSubject, subjectAfter, subjectBefore, type SubjectPhrase } from './subject.js';
import { articlePos, cuesOf, type Unit } from './unit.js';

/** A cue with its speaker. */
export interface Attribution extends Resolved {
  cue: Cue;
  mention: string | null;
}

const CONNECTOR = /^(?:with|by|from|for|and|but|or|then|as|while|when|so)\s+/i;

// A subject is a noun phrase: no clause openers, prepositions, verbs or speech cues inside it.
const LEADING_TIME =
  /^(?:yesterday|today|tonight|meanwhile|earlier|later|then|also|now|however|instead|separately|additionally|subsequently|afterwards|initially|finally|still|overall|previously)\b,?\s*/i;
const NOT_A_SUBJECT =
  /^(?:when|if|and|but|or|okay|ok|um|uh|oh|yeah|hmm|so|because|although|though|while|after|before|since|until|unless|in|at|on|by|for|from|with|during|like|as|to|of|amongst|among|under|despite|about|without|against|within|through|via|yes|no|well|what|how|why|where|there|here|it's|that's)\b/i;
const VERB_INSIDE =
  /\b(?:is|are|was|were|am|be|been|being|had|have|has|do|does|did|will|would|can|could|must|should|shall|may|might|seems?|reportedly|want|wants|wanted|think|thinks|know|knows|need|needs|don['’]t|doesn['’]t|didn['’]t|isn['’]t|wasn['’]t|aren['’]t|weren['’]t|won['’]t|can['’]t)(?![\p{L}'’])/u;

const CLOCK_TIME =
  /^(?:at|by|around|about|until|shortly\s+(?:before|after))\s+(?:(?:about|around|approximately|roughly)\s+)?\d{1,2}(?:[:.]\d{2})?\s*(?:[ap]\.m\.|[ap]m\b|h\b)?\s*(?:(?:local\s+time|GMT|UTC)\s+)?/i;
const ENDS_IN_PREPOSITION =
  /\s(?:in|of|on|at|to|for|with|by|from|into|onto|about|over|under|than|as|like|against|between)$/i;
// "I" is a pronoun only after a lower-case word: "World War I" and "Charles I" are names.
const PRONOUN_INSIDE = /\S\s+(?:he|she|they|we|you|it)(?:\s|$)|\b\p{Ll}+\s+I(?:\s|$)/u;

// End-anchored: run it only on the last characters before a cue.
const PLURAL_NOUN_BEFORE = /\s([a-z]{3,}[^s\W]s)$/;

const GERUND_BEFORE =
  /\b(?:of|for|about|by|without|after|before|while|despite|from|on|in|to|by|with)(?:\s+[a-z]+ly)?$/i;

const DOCUMENT_BEFORE =
  /\b(?:story|stories|report|reports|placards?|signs|banners?|letters?|statement|message|post|tweet|release|article|document|email|e-mail|memo|note|study|paper|filing|complaint|lawsuit|petition|ruling|decree|order)$/i;

// "artist Leisha Riddell emphasized …": a clause opening with a (titled) name and its verb.
const CHUNK_SUBJECT =
  /^\s*((?:[a-z]+\s+){0,3}?(?:\p{Lu}[\p{L}'’.-]*\s+){1,4})(?=(?:also\s+|then\s+|later\s+)?[a-z]{3,}(?:ed|s)\b)/u;

const RELATIVE_SUBJECT =
  /((?:[Tt]he\s+)?(?:\p{Lu}[\p{L}.'’&-]*\s+){0,4}\p{Lu}[\p{L}.'’&-]*|[Tt]he\s+[a-z]+)\s*,\s*who(?:\s+(?:also|later|then|had|has))?$/u;

const PAST_FORMS = new Set([
  'made',
  'took',
  'gave',
  'went',
  'came',
  'began',
  'became',
  'left',
  'won',
  'lost',
]);

/** A lower-case speech verb form that makes a phrase a clause: "reported", "says", "told". */
function isCueForm(w: string): boolean {
  // The ending first: it rules out most words before any lower-casing or lookup.
  return (
    (w.endsWith('ed') || w.endsWith('s') || w.endsWith('told') || w.endsWith('said')) &&
    w === w.toLowerCase() &&
    cueBaseLower(w) !== undefined
  );
}

/** "Reuters reported on Monday a German government source": the subject follows the last cue. */
function afterLastCue(text: string): string {
  const words = splitSpaces(text);
  let last = -1;
  words.forEach((w, i) => {
    if (isCueForm(w)) last = i;
  });
  // "eyewitness reports": a cue form that ends the phrase is its head noun.
  if (last === -1 || last === words.length - 1) return text;
  return words
    .slice(last + 1)
    .join(' ')
    .replace(/^(?:on|in|at|last|this)\s+\S+\s+/i, '');
}

function usable(
  phrase: SubjectPhrase | null,
  memo: ArticleMemo,
): { phrase: SubjectPhrase; mention: Mention } | null {
  if (phrase === null) return null;
  let subject = memo.subjects.get(phrase.text);
  if (subject === undefined) {
    subject = readSubject(phrase.text, memo.places);
    memo.subjects.set(phrase.text, subject);
  }
  return subject === null
    ? null
    : { phrase: { ...phrase, text: subject.text }, mention: subject.mention };
}

/** The subject a phrase names, or null when it is a clause or names no source. */
function readSubject(phrase: string, places: PlaceWords): Subject | null {
  let text = afterLastCue(phrase)
    // "((WN)) You said": the turn marker of an interview is not part of a pronoun subject.
    .replace(
      /^\(\([^()]*\)\)\s*(?:(?:[Pp]reviously|[Ee]arlier|[Oo]nce|[Aa]lso|[Tt]hen)\s+)?(?=(?:I|[Yy]ou|[Ww]e)$)/,
      '',
    )
    .replace(CONNECTOR, '')
    .replace(LEADING_TIME, '')
    // "what WalesOnline called", "Mitsotakis speaking to the Atlantic Council called".
    .replace(/^what\s+/i, '')
    // "At about 5:17 p.m. his daughter": a clock time before the subject, with no comma.
    .replace(CLOCK_TIME, '');
  // "accused Biden of saying", "praised the mayor for saying": the object before "of/for"
  // says what the gerund reports. Both patterns try every space of the phrase, so a plain
  // string test for their word comes first.
  if (text.endsWith('of') || text.endsWith('for')) text = text.replace(/\s+(?:of|for)$/, '');
  if (text.includes('ing')) text = text.replace(/\s+[a-z]+ing\b.*$/, '');
  if (text === '' || NOT_A_SUBJECT.test(text) || VERB_INSIDE.test(text)) return null;
  // "The border deal resulted in", "this one I": a phrase that ends in a preposition or has a
  // personal pronoun after its first word is a clause or a fragment, not a noun phrase.
  if (ENDS_IN_PREPOSITION.test(text) || PRONOUN_INSIDE.test(text)) return null;
  // A speech verb inside makes it a clause ("Reuters reported …"); a plural noun that ends the
  // phrase is its head ("local reports", "initial claims").
  const words = splitSpaces(text);
  if (words.some((w, i) => isCueForm(w) && !(i === words.length - 1 && i > 0 && /[^s]s$/.test(w))))
    return null;
  if (words.length > 12) return null;
  // "European Union sanctioned Iran over", "It follows": a clause, not a noun phrase.
  if (/^(?:he|she|it|they|we|i|you)$/i.test(words[0] ?? '') && words.length > 1) return null;
  const verbAfterName = (w: string, i: number): boolean =>
    i > 0 &&
    i < words.length - 1 &&
    /^\p{Lu}/u.test(words[i - 1] ?? '') &&
    (/^[a-z]{3,}ed$/.test(w) || PAST_FORMS.has(w));
  if (words.some(verbAfterName)) return null;
  const mention = classifyMention(text, places);
  return mention === null ? null : { text, mention };
}

/**
 * Attributes a sentence with no speech verb to its subject: "Collins saw compromise as the best
 * way: "…"". The cue is the verb after the subject.
 */
export function attributeSubject(
  unit: Unit,
  sentence: Sentence,
  resolver: SpeakerResolver,
): Attribution | null {
  const phrase = leadingSubject(unit.masked, sentence.start, sentence.end);
  const found = usable(phrase, unit.memo);
  if (phrase === null || found === null) return null;
  const verb = /^\s*(?:,[^,]*,\s*)?(?:(?:also|then|later|again|once|[a-z]+ly)\s+)*([a-z]+)/.exec(
    unit.masked.slice(phrase.start + phrase.text.length, sentence.end),
  );
  const word = verb?.[1];
  if (verb === null || word === undefined) return null;
  const start = phrase.start + phrase.text.length + verb[0].length - word.length;
  const cue: Cue = {
    phrase: word,
    base: word,
    start,
    end: start + word.length,
    sourceFirst: false,
  };
  const resolved = resolver.resolve(
    found.mention,
    articlePos(unit, start),
    articlePos(unit, sentence.start),
    null,
  );
  return { cue, mention: found.phrase.text, ...resolved };
}

/** Finds and resolves who a cue attributes to; the speaker is null when no source is named. */
export function attribute(
  unit: Unit,
  sentence: Sentence,
  cue: Cue,
  resolver: SpeakerResolver,
): Attribution {
  const { masked, memo } = unit;
  const { places } = memo;
  let found: { phrase: SubjectPhrase; mention: Mention } | null = null;
  if (cue.base === 'in view') {
    const owner = cue.phrase.split(/\s+/)[1] ?? '';
    const mention = classifyMention(owner, places);
    found =
      mention === null
        ? null
        : { phrase: { text: owner, start: cue.start + 3, apposition: null }, mention };
  } else if (cue.sourceFirst) {
    found = usable(subjectAfter(masked, cue.end, sentence.end), memo);
  } else {
    const before = masked.slice(sentence.start, cue.start).trimEnd();
    const space = cue.phrase.indexOf(' ');
    const participle = /ing$/i.test(space === -1 ? cue.phrase : cue.phrase.slice(0, space));
    // "…, adding" and "X labeled … and said": the sentence's subject speaks.
    // The `$`-anchored test sees only the last four characters: a regex scans the whole text.
    const shared =
      (participle && before.endsWith(',')) ||
      /(?:\band|\bbut)(?:\s+[a-z]+ly)?$/i.test(before.slice(-20));
    const earlier = resolver.speakerInSentence(
      articlePos(unit, cue.start),
      articlePos(unit, sentence.start),
    );
    // "While all agreed …, artist Leisha Riddell emphasized …, saying": the clause right before
    // the participle names its subject when it opens with one.
    if (participle && before.endsWith(',')) {
      const chunkStart = Math.max(
        before.lastIndexOf(',', before.length - 2),
        before.lastIndexOf(';'),
        -1,
      );
      const from = sentence.start + chunkStart + 1;
      const m = chunkStart >= 0 ? CHUNK_SUBJECT.exec(masked.slice(from, cue.start)) : null;
      const text = m?.[1]?.trim();
      const mention = text === undefined ? null : classifyMention(text, places);
      if (text !== undefined && mention?.type === 'PERSON') {
        found = {
          phrase: { text, start: from + (m?.[0].indexOf(text) ?? 0), apposition: null },
          mention,
        };
      }
    }
    if (found === null && shared && earlier !== null) {
      // The sentence already named who speaks: "Oramah said …, further saying, "…"".
      return { cue, mention: null, speaker: earlier, resolution: 'PREVIOUS_SPEAKER' };
    }
    if (shared) found ??= usable(leadingSubject(masked, sentence.start, cue.start), memo);
    // "a pattern described by Marine Bulletin as …": a passive cue's agent is the source.
    const agent =
      /^\s+by\s+((?:the\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*(?:\s+(?:of\s+|for\s+)?\p{Lu}[\p{L}\p{N}'’.&-]*){0,5})/u.exec(
        masked.slice(cue.end, Math.min(sentence.end, cue.end + 80)),
      );
    if (found === null && agent?.[1] !== undefined && /ed$/.test(cue.phrase)) {
      const mention = classifyMention(agent[1], places);
      if (mention !== null) {
        const start = cue.end + agent[0].length - agent[1].length;
        found = { phrase: { text: agent[1], start, apposition: null }, mention };
      }
    }
    // "Saying "…", the minister added …": a sentence-opening participle shares the main
    // clause's subject, which comes after it.
    if (participle && /^\s*$/.test(before)) {
      const main = cuesOf(unit, sentence).find(
        (c) => c.start > cue.end && !c.sourceFirst && !/ing\b/i.test(c.phrase),
      );
      const owner = main === undefined ? null : attribute(unit, sentence, main, resolver);
      if (owner !== null && owner.speaker !== null) return { ...owner, cue };
    }
    // "X explained the decision saying …", "X posted a message on Facebook announcing …": a
    // participle after the object goes on from the earlier verb, whose subject speaks. After a
    // preposition ("accused Biden of saying") it is a gerund inside the object instead.
    if (
      participle &&
      found === null &&
      !before.endsWith(',') &&
      !GERUND_BEFORE.test(before) &&
      // "a story alleging …", "a letter saying …": the document says it.
      !DOCUMENT_BEFORE.test(before)
    ) {
      const raw = subjectBefore(masked, sentence.start, cue.start);
      const words = raw?.text.split(/\s+/) ?? [];
      const verbBefore = words.some(
        (w, i) =>
          i < words.length - 1 &&
          w === w.toLowerCase() &&
          /(?:ed|said|told)$/.test(w) &&
          cueBase(w) !== undefined,
      );
      if (verbBefore && earlier !== null)
        return { cue, mention: null, speaker: earlier, resolution: 'PREVIOUS_SPEAKER' };
      if (verbBefore) found = usable(leadingSubject(masked, sentence.start, cue.start), memo);
    }
    // "…the Navy, who told it …": a relative pronoun's antecedent speaks. The pattern is
    // end-anchored, so it tries every position: it runs only where a "who" can end it.
    const tail = before.slice(-120);
    const relative = found === null && tail.includes('who') ? RELATIVE_SUBJECT.exec(tail) : null;
    if (relative?.[1] !== undefined) {
      const mention = classifyMention(relative[1], places);
      if (mention !== null) {
        const start = cue.start - (before.length - before.lastIndexOf(relative[1]));
        found = { phrase: { text: relative[1], start, apposition: null }, mention };
      }
    }
    // "…asking the government to act": a participle never has its subject after it, so the noun
    // phrase there is its object or the content.
    found ??=
      usable(subjectBefore(masked, sentence.start, cue.start), memo) ??
      (participle ? null : usable(subjectAfter(masked, cue.end, sentence.end), memo));
    // "court cases challenging the results": a participle right after a plural noun that names
    // no source describes that noun; nobody is reported as speaking.
    const nounBefore =
      found === null && participle ? PLURAL_NOUN_BEFORE.exec(before.slice(-40)) : null;
    const noun = nounBefore?.[1];
    if (noun !== undefined && !isSourceNoun(noun) && !DOCUMENT_BEFORE.test(noun)) {
      return { cue, mention: null, speaker: null, resolution: 'NONE' };
    }
    if (found === null && participle) {
      if (earlier !== null)
        return { cue, mention: null, speaker: earlier, resolution: 'PREVIOUS_SPEAKER' };
      found = usable(leadingSubject(masked, sentence.start, cue.start), memo);
    }
  }
  const pos = articlePos(unit, cue.start);
  if (found === null) return { cue, mention: null, speaker: null, resolution: 'NONE' };
  const resolved = resolver.resolve(
    found.mention,
    pos,
    articlePos(unit, sentence.start),
    found.phrase.apposition,
  );
  if (resolved.speaker !== null) {
    resolver.note(resolved.speaker, pos, articlePos(unit, sentence.start), true);
  }
  return { cue, mention: found.phrase.text, ...resolved };
}
