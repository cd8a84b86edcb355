/**
 * Reported speech without quotation marks (INDIRECT): "X said (that) CLAUSE", "CLAUSE, X said",
 * "According to X, CLAUSE", "X called on Y to …". The content must be a clause (rule 9); a verb
 * whose object is only a noun phrase is not a statement.
 */
import { attribute } from './attribute.js';
import { findChannel } from './channel.js';
import { cueBase } from './cues.js';
import type { Cue } from './cue-finder.js';
import { makeDraft, type StatementDraft } from './draft.js';
import type { SpeakerResolver } from './resolve.js';
import type { Sentence } from './sentences.js';
import { QUOTE_MASK } from './subject.js';
import { tokenize } from './tokens.js';
import type { Unit } from './unit.js';
import { audienceWords } from './cue-lexicon.js';

const FINITE =
  /^(?:is|are|was|were|be|been|has|have|had|will|would|could|can|should|may|might|must|did|does|do|shall|won't|can't|didn't|doesn't|don't|isn't|wasn't|aren't|weren't|hasn't|haven't|hadn't|shouldn't|wouldn't|couldn't|[a-z]{3,}ed)$/;
const INFINITIVE_CUES = new Set([
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
const CUT =
  /,\s(?:where|according to)\b|,\swith\s(?:[\w'’-]+\s){1,3}[a-z]+ing\b|;|\s\u2014\s|\uE000/;

function isClause(content: string, base: string, afterThat: boolean): boolean {
  if (afterThat) return true;
  const words = tokenize(content).slice(0, 16);
  if (words.length < 2) return false;
  // "called on Turkey to halt…", "accused Biden of lying": an infinitive or gerund complement.
  if (
    INFINITIVE_CUES.has(base) &&
    /^(?:[\w'’.-]+\s+){0,8}?(?:to\s+(?!the\b|a\b|an\b|his\b|her\b|their\b|its\b)[a-z]+|of\s+[a-z]+ing)\b/.test(
      content,
    )
  )
    return true;
  // A subject pronoun opens a clause: "she fully supports…", "they made a mistake".
  if (SUBJECT_PRONOUN.test(words[0]?.lower ?? '')) return true;
  return words.some(
    (w, i) =>
      i > 0 &&
      (FINITE.test(w.lower) ||
        IRREGULAR_PAST.has(w.lower) ||
        (i > 1 && isPresentVerb(w.text, words[i - 1]?.lower ?? ''))),
  );
}

const SUBJECT_PRONOUN = /^(?:he|she|they|it|we|i|you|there)$/;
const IRREGULAR_PAST = new Set(
  (
    'made said told went came took gave got found thought knew saw left lost won paid sold bought ' +
    'built held kept led meant met ran sent spent stood brought began became fell felt grew hit ' +
    'put set cut cost spread struck understood wrote broke chose drove forgot hid rode rose shook ' +
    'spoke stole swore threw wore fled fought sought taught caught dealt slept lent sank sang ' +
    'swam drank flew drew showed shown seen been done gone taken given known begun'
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
  if (!/^[a-z]{3,}[^su]s$/.test(word)) return false;
  return !NOT_BEFORE_VERB.has(previous) && !/['’]s$/.test(previous);
}

function cutContent(text: string): string {
  let end = text.length;
  const m = CUT.exec(text);
  if (m !== null) end = m.index;
  // ", adding …" / "and said …": a new speech act starts.
  for (const mm of text.matchAll(/(?:,\s|\sand\s)([a-z]+)\b/g)) {
    if (
      (mm.index ?? end) < end &&
      cueBase(mm[1] ?? '') !== undefined &&
      /(?:ing|ed|said|told)$/.test(mm[1] ?? '')
    ) {
      end = mm.index ?? end;
    }
  }
  // "said X and described Y": a second predicate of the same subject starts.
  const coordinated = /(?:,\s*)?\s(?:and|but)\s(?:also\s|then\s|later\s)?[a-z]+ed\b/.exec(text);
  if (coordinated !== null && coordinated.index < end) end = coordinated.index;
  // ", but AFP reported …": another source's report starts.
  for (const mm of text.matchAll(
    /,\s(?:but|and|while|whereas|though)\s((?:[\w'’.-]+\s){0,6}?)([a-z]+)\b/g,
  )) {
    const verb = mm[2] ?? '';
    if (
      (mm.index ?? end) < end &&
      cueBase(verb) !== undefined &&
      /(?:ed|said|told|s)$/.test(verb)
    ) {
      end = mm.index ?? end;
      break;
    }
  }
  // ", which Biden opposed" closes the content; ", which is …, renders" is a parenthetical.
  const which = /,\s(?:which|who)\s[^,]*$/.exec(text.slice(0, end));
  if (which !== null) end = which.index;
  return text.slice(0, end).replace(/[\s,.;:!?]+$/, '');
}

function forwardContent(
  masked: string,
  cue: Cue,
  sentence: Sentence,
): { start: number; end: number; that: boolean } | null {
  let at = cue.end;
  const rest = masked.slice(at, sentence.end);
  let skip = /^\s+/.exec(rest)?.[0].length ?? 0;
  // "told reporters (that)", "told the BBC that": skip the audience.
  if (
    cue.base === 'tell' ||
    cue.base === 'inform' ||
    cue.base === 'assure' ||
    cue.base === 'brief'
  ) {
    const aud = /^(?:(?:the\s+)?[\p{L}][\p{L}'’.-]*(?:\s+[\p{Lu}][\p{L}'’.-]*){0,3})\s*/u.exec(
      rest.slice(skip),
    );
    const word = aud?.[0].trim().toLowerCase() ?? '';
    if (
      aud !== null &&
      (audienceWords.has(word) ||
        /^(?:the\s+)?\p{Lu}/u.test(aud[0]) ||
        /^(?:him|her|them|us|me)$/.test(word))
    )
      skip += aud[0].length;
  }
  const that = /^that\s+/i.exec(rest.slice(skip));
  if (that !== null) skip += that[0].length;
  // "reported in mid-2019, 62 outlets had closed": a leading time phrase is not content.
  const time = /^(?:in|on|at|during|by|since|as of|last|this|earlier)\s[^,]{1,30},\s*/i.exec(
    rest.slice(skip),
  );
  if (time !== null && !that) skip += time[0].length;
  at += skip;
  let content = cutContent(masked.slice(at, sentence.end));
  // "While one candidate stated X, Y": the subordinate clause ends at its comma.
  const lead = masked.slice(sentence.start, cue.start).trimStart();
  if (
    /^(?:while|although|though|if|when|as|because|since|after|before|whereas)\b/i.test(lead) &&
    !lead.includes(',')
  ) {
    const comma = content.indexOf(', ');
    if (comma > 0) content = content.slice(0, comma);
  }
  // Content opens with words, not with the punctuation of a following clause.
  if (/^[,;:.\-–—]/.test(content)) return null;
  if (content.length < 8) return null;
  return { start: at, end: at + content.length, that: that !== null };
}

function backwardContent(
  masked: string,
  cue: Cue,
  subjectStart: number,
  sentence: Sentence,
  subjectEnd = cue.end,
): { start: number; end: number } | null {
  // "CLAUSE, X said." / "CLAUSE, said X." — the cue and its subject close the sentence.
  const tail = masked.slice(Math.max(cue.end, subjectEnd), sentence.end);
  if (
    !/^(?:\s+(?:reporters|journalists|the press|(?:the\s+)?\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){0,3}))?(?:\s+(?:on|in|at|last|this|yesterday|today|earlier|later|to|during|via|through)\b[^,.;]*)?(?:,\s*(?:the|a|an)\s[^,.;]*)?[\s.;!?]*$/u.test(
      tail,
    )
  )
    return null;
  const head = masked.slice(sentence.start, Math.min(subjectStart, cue.start));
  const m = /,\s*$/.exec(head);
  if (m === null) return null;
  const content = head.slice(0, m.index).replace(/^[\s"“]+/, '');
  if (content.length < 8 || content.includes(QUOTE_MASK) || !isClause(content, cue.base, false)) {
    return null;
  }
  const start = sentence.start + head.indexOf(content);
  return { start, end: start + content.length };
}

function sourceFirstContent(
  masked: string,
  cue: Cue,
  sentence: Sentence,
  mention: string | null,
): Range | null {
  // "According to X, CLAUSE" or "CLAUSE, according to X".
  let comma = masked.indexOf(',', cue.end);
  // "According to his wife, Amanda, Huber …": skip a name in apposition.
  const apposed = /^\s*\p{Lu}[\p{L}'’.-]*(?:\s+\p{Lu}[\p{L}'’.-]*){0,2},/u.exec(
    masked.slice(comma + 1, sentence.end),
  );
  if (comma !== -1 && apposed !== null) comma += 1 + apposed[0].length - 1;
  if (cue.start - sentence.start < 3 && comma !== -1 && comma < sentence.end) {
    const content = cutContent(masked.slice(comma + 1, sentence.end).trimStart());
    const start = masked.indexOf(content, comma);
    return content.length >= 8 ? { start, end: start + content.length } : null;
  }
  const at = mention === null ? -1 : masked.indexOf(mention, cue.end);
  const subjectEnd = at === -1 ? cue.end : at + (mention ?? '').length;
  // "…, according to a report citing the mayor's office, twenty people were arrested."
  const after = /^\s*,\s*/.exec(masked.slice(subjectEnd, sentence.end));
  if (after !== null) {
    const content = cutContent(masked.slice(subjectEnd + after[0].length, sentence.end));
    if (content.length >= 8 && isClause(content, cue.base, false)) {
      const start = subjectEnd + after[0].length;
      return { start, end: start + content.length };
    }
  }
  return backwardContent(masked, cue, cue.start, sentence, subjectEnd);
}

/** True when a later cue has its own apposed subject ("X reported a source, unnamed, said …"). */
function laterApposedCue(masked: string, cues: readonly Cue[], i: number): boolean {
  return cues
    .slice(i + 1)
    .some((c) => !/ing$/.test(c.phrase) && /,\s*$/.test(masked.slice(0, c.start)));
}

interface Range {
  start: number;
  end: number;
}

/** Extracts the indirect statements of one sentence (cues already used by quotes are left out). */
export function extractIndirect(
  unit: Unit,
  sentence: Sentence,
  cues: readonly Cue[],
  resolver: SpeakerResolver,
): StatementDraft[] {
  const drafts: StatementDraft[] = [];
  const { masked } = unit;
  if (cues.length === 0) return drafts;
  let channel: string | null | undefined;
  let covered: Range | null = null;
  cues.forEach((cue, i) => {
    const participle = /ing$/.test(cue.phrase);
    // A cue inside content already reported belongs to that report ("Fox News reported sources confirmed…").
    if (covered !== null && cue.start >= covered.start && cue.start < covered.end && !participle)
      return;
    // Cheap checks first: most cue words have neither a clause after them nor one before them.
    const fwd = cue.sourceFirst ? null : forwardContent(masked, cue, sentence);
    const fwdClause =
      fwd !== null && isClause(masked.slice(fwd.start, fwd.end), cue.base, fwd.that);
    if (!cue.sourceFirst && !fwdClause && !masked.slice(sentence.start, cue.start).includes(',')) {
      return;
    }
    const attribution = attribute(unit, sentence, cue, resolver);
    // Unquoted first and second person is an interview answer, not reported speech (rule 14).
    if (attribution.speaker === null || /^(?:i|we|you)$/i.test(attribution.mention ?? '')) return;
    let range: Range | null;
    if (cue.sourceFirst) {
      range = sourceFirstContent(masked, cue, sentence, attribution.mention);
    } else {
      const subjectAt =
        attribution.mention === null
          ? cue.start
          : masked.lastIndexOf(attribution.mention, cue.start);
      const after =
        attribution.mention === null ? -1 : masked.indexOf(attribution.mention, cue.end);
      range =
        subjectAt >= 0 && subjectAt < cue.start
          ? backwardContent(masked, cue, subjectAt, sentence)
          : after >= 0 && after < sentence.end
            ? backwardContent(
                masked,
                cue,
                cue.start,
                sentence,
                after + (attribution.mention ?? '').length,
              )
            : null;
      if (range === null) {
        if (fwd === null || !fwdClause) return;
        if (laterApposedCue(masked, cues, i) && !fwd.that) return;
        range = fwd;
      }
    }
    if (range === null) return;
    // A report wrapped around another attributed report keeps only the inner one.
    if (
      cues.some(
        (c) =>
          c !== cue &&
          c.start >= range.start &&
          c.end <= range.end &&
          /,\s*$/.test(masked.slice(range.start, c.start)) === false &&
          range.end <= cue.start,
      )
    )
      return;
    covered = range;
    channel ??= findChannel(masked.slice(sentence.start, sentence.end));
    drafts.push(
      makeDraft(
        unit,
        'INDIRECT',
        range,
        masked.slice(range.start, range.end),
        attribution,
        channel,
      ),
    );
  });
  return drafts;
}
