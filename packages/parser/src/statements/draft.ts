/** Builds statement drafts from what the extractors found. */
import type { Statement, StatementKind } from '@wiredesk/domain';
import type { Attribution } from './attribute.js';
import type { Unit } from './unit.js';

/** A statement before ids are assigned (the article and signatory list are the caller's). */
export type StatementDraft = Omit<Statement, 'id' | 'articleId' | 'signatoryListId'>;

const BASE_CONFIDENCE: Readonly<Record<Statement['speakerResolution'], number>> = {
  EXPLICIT: 0.9,
  PRONOUN: 0.75,
  ROLE_NOUN: 0.7,
  PREVIOUS_SPEAKER: 0.6,
  NONE: 0.3,
};

/** One draft; `attribution.mention` is null for floating quotes. */
export function makeDraft(
  unit: Unit,
  kind: StatementKind,
  range: { start: number; end: number; text?: string },
  content: string,
  attribution: Attribution,
  channel: string | null,
  resolution = attribution.resolution,
): StatementDraft {
  const confidence = BASE_CONFIDENCE[resolution] * (kind === 'INDIRECT' ? 0.85 : 1);
  return {
    location: unit.location,
    paragraphIndex: unit.paragraphIndex,
    charStart: range.start,
    charEnd: range.end,
    kind,
    // An interrupting attribution is taken out of the quote (rule 10); otherwise it is the span.
    quote: range.text ?? unit.text.slice(range.start, range.end),
    content,
    cue: attribution.cue.phrase,
    speaker: attribution.speaker,
    speakerMention: resolution === 'PREVIOUS_SPEAKER' ? null : attribution.mention,
    speakerResolution: resolution,
    channel,
    confidence: Math.round(confidence * 100) / 100,
  };
}
