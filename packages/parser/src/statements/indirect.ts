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
  /,\s(?:which|where|while|whereas|though|although|but|according to)\b|,\swith\s(?:[\w'’-]+\s){1,3}[a-z]+ing\b|;|\s\u2014\s|\uE000/;

function isClause(content: string, base: string, afterThat: boolean): boolean {
  if (afterThat) return true;
  const words = tokenize(content).slice(0, 16);
  if (words.length < 2) return false;
  if (INFINITIVE_CUES.has(base) && words.some((w) => w.lower === 'to' || w.lower === 'of'))
    return true;
  return words.some((w, i) => i > 0 && FINITE.test(w.lower));
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
      (audienceWords.has(word) || /^\p{Lu}/u.test(aud[0]) || /^(?:him|her|them|us|me)$/.test(word))
    )
      skip += aud[0].length;
  }
  const that = /^that\s+/i.exec(rest.slice(skip));
  if (that !== null) skip += that[0].length;
  at += skip;
  const content = cutContent(masked.slice(at, sentence.end));
  if (content.length < 8) return null;
  return { start: at, end: at + content.length, that: that !== null };
}

function backwardContent(
  masked: string,
  cue: Cue,
  subjectStart: number,
  sentence: Sentence,
): { start: number; end: number } | null {
  // "CLAUSE, X said." — the cue (and its subject) close the sentence after a comma.
  const tail = masked.slice(cue.end, sentence.end);
  if (
    !/^(?:\s+(?:on|in|at|last|this|yesterday|today|earlier|later|to|during|via)\b[^,.;]*)?[\s.;!?]*$/.test(
      tail,
    ) &&
    !/^\s+[\p{L}\s.'’-]{0,60}[.!?]?$/u.test(tail)
  )
    return null;
  const head = masked.slice(sentence.start, Math.min(subjectStart, cue.start));
  const m = /,\s*$/.exec(head);
  if (m === null) return null;
  const content = head.slice(0, m.index).replace(/^[\s"“]+/, '');
  if (content.length < 8 || content.includes(QUOTE_MASK)) return null;
  const start = sentence.start + head.indexOf(content);
  return { start, end: start + content.length };
}

/** Extracts the indirect statements of one sentence; `used` cues already carry a quote. */
export function extractIndirect(
  unit: Unit,
  sentence: Sentence,
  cues: readonly Cue[],
  resolver: SpeakerResolver,
): StatementDraft[] {
  const drafts: StatementDraft[] = [];
  const { masked } = unit;
  const channel = findChannel(masked.slice(sentence.start, sentence.end));
  cues.forEach((cue, i) => {
    const attribution = attribute(unit, sentence, cue, resolver);
    if (attribution.speaker === null) return;
    const subjectAt =
      attribution.mention === null ? cue.start : masked.lastIndexOf(attribution.mention, cue.start);
    if (cue.sourceFirst) {
      // "According to X, CLAUSE" or "CLAUSE, according to X".
      const comma = masked.indexOf(',', cue.end);
      if (cue.start - sentence.start < 3 && comma !== -1 && comma < sentence.end) {
        const content = cutContent(masked.slice(comma + 1, sentence.end).trimStart());
        const start = masked.indexOf(content, comma);
        if (content.length >= 8)
          drafts.push(
            makeDraft(
              unit,
              'INDIRECT',
              { start, end: start + content.length },
              content,
              attribution,
              channel,
            ),
          );
        return;
      }
      const back = backwardContent(masked, cue, cue.start, sentence);
      if (back !== null)
        drafts.push(
          makeDraft(
            unit,
            'INDIRECT',
            back,
            masked.slice(back.start, back.end),
            attribution,
            channel,
          ),
        );
      return;
    }
    const back =
      subjectAt >= 0
        ? backwardContent(masked, cue, Math.min(subjectAt, cue.start), sentence)
        : null;
    if (back !== null) {
      drafts.push(
        makeDraft(unit, 'INDIRECT', back, masked.slice(back.start, back.end), attribution, channel),
      );
      return;
    }
    const fwd = forwardContent(masked, cue, sentence);
    if (fwd === null || !isClause(masked.slice(fwd.start, fwd.end), cue.base, fwd.that)) return;
    // A later cue inside this content with its own subject is the more specific speech act.
    const inner = cues.slice(i + 1).some((c) => c.start < fwd.end && !/ing$/.test(c.phrase));
    if (inner && !fwd.that) return;
    drafts.push(
      makeDraft(unit, 'INDIRECT', fwd, masked.slice(fwd.start, fwd.end), attribution, channel),
    );
  });
  return drafts;
}
