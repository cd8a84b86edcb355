/**
 * Reported speech without quotation marks (INDIRECT): "X said (that) CLAUSE", "CLAUSE, X said",
 * "According to X, CLAUSE", "X called on Y to …". The content must be a clause (rule 9); a verb
 * whose object is only a noun phrase is not a statement.
 */
import { attribute } from './attribute.js';
import { findChannel } from './channel.js';
import { isClause } from './clause.js';
import {
  backwardContent,
  forwardContent,
  laterApposedCue,
  sourceFirstContent,
  type ForwardRange,
  type Range,
} from './content.js';
import type { Cue } from './cue-finder.js';
import { makeDraft, type StatementDraft } from './draft.js';
import type { SpeakerResolver } from './resolve.js';
import type { Sentence } from './sentences.js';
import type { Unit } from './unit.js';

// "I", "I'm", "our team", "you": the interviewee's or interviewer's own words (rule 14).
// Case matters: "US" is a country, "us" a pronoun.
const FIRST_OR_SECOND_PERSON =
  /(?:^|\s)(?:I|I['’][a-z]+|[Ww]e|[Ww]e['’][a-z]+|[Yy]ou|[Yy]ou['’][a-z]+|[Mm]e|[Mm]y|[Oo]ur|us|[Yy]our)(?=\s|$)/;

const NEGATED = /(?:\bnot|n['’]t|\bnever|\brefused to|\bdeclined to)\s+$/;

/**
 * True when a short subject and a finite speech verb open the content of cue `i`: "officials
 * warned …", "engineers said …", or a pronoun with a present verb ("he describes himself …").
 */
function innerReport(masked: string, cues: readonly Cue[], i: number, content: Range): boolean {
  return cues.slice(i + 1).some((c) => {
    if (c.sourceFirst || c.start <= content.start || c.start >= content.end) return false;
    const subject = masked.slice(content.start, c.start).trim();
    if (/^(?:he|she|it)$/i.test(subject)) return /^[a-z]+[^s]s$/.test(c.phrase);
    if (!/^(?:[a-z]+ed|said|told)$/.test(c.phrase)) return false;
    const words = subject.split(/\s+/);
    return (
      words.length <= 4 &&
      !/[,;:\uE000]/.test(subject) &&
      !/^(?:he|she|it|they|we|i|you|to|in|on|at|for|of|by|with|from|that|which|who|why|how|whether|what|when|where|if)\b/i.test(
        subject,
      )
    );
  });
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
  const drafted: Range[] = [];
  cues.forEach((cue, i) => {
    const participle = /ing$/.test(cue.phrase);
    // A cue inside content already reported belongs to that report ("Fox News reported sources confirmed…").
    if (covered !== null && cue.start >= covered.start && cue.start < covered.end && !participle)
      return;
    // The content after the cue, read when first needed: with a comma before the cue it is used
    // only when no content is found before it.
    let forward: { range: ForwardRange | null; clause: boolean } | undefined;
    const readForward = (): { range: ForwardRange | null; clause: boolean } => {
      if (forward !== undefined) return forward;
      const range = forwardContent(masked, cue, sentence);
      const clause =
        range !== null &&
        (cue.predicative === true ||
          isClause(masked.slice(range.start, range.end), cue.base, { afterThat: range.that }));
      forward = { range, clause };
      return forward;
    };
    // Cheap checks first: most cue words have neither a clause after them nor one before them.
    if (
      !cue.sourceFirst &&
      !masked.slice(sentence.start, cue.start).includes(',') &&
      !readForward().clause
    ) {
      return;
    }
    // "would not say whether …", "declined to confirm that …": no speech act took place.
    if (NEGATED.test(masked.slice(Math.max(sentence.start, cue.start - 24), cue.start))) return;
    const attribution = attribute(unit, sentence, cue, resolver);
    // Unquoted first and second person is an interview answer, not reported speech (rule 14).
    if (attribution.speaker === null || FIRST_OR_SECOND_PERSON.test(attribution.mention ?? ''))
      return;
    let range: Range | null;
    if (cue.sourceFirst) {
      range = sourceFirstContent(masked, cue, sentence, attribution.mention);
      // "According to the Post, officials warned that …": the officials' report is the statement.
      if (range !== null && innerReport(masked, cues, i, range)) return;
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
        const { range: fwd, clause: fwdClause } = readForward();
        if (fwd === null || !fwdClause) return;
        if (laterApposedCue(masked, cues, i) && !fwd.that) return;
        // "The Post reported intelligence officials warned that …": the inner source's report
        // is the statement (the outer one only relays it).
        if (!fwd.that && innerReport(masked, cues, i, fwd)) return;
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
          // "…, which was new when Ahola challenged himself to …, he told X": a verb inside a
          // subordinate clause is not a report of its own.
          !/\b(?:when|after|before|while|as|since|because|if|until|once)\s[^,]*$/i.test(
            masked.slice(range.start, c.start),
          ) &&
          range.end <= cue.start,
      )
    )
      return;
    // "Per numbers reported by the AP, …": two cues of one source report one speech act.
    if (drafted.some((r) => r.start === range.start && r.end === range.end)) return;
    drafted.push(range);
    covered = range;
    channel ??= findChannel(masked.slice(sentence.start, sentence.end));
    drafts.push(
      makeDraft(
        unit,
        'INDIRECT',
        range,
        range.text ?? masked.slice(range.start, range.end),
        attribution,
        channel,
      ),
    );
  });
  return drafts;
}
