/**
 * Quoted statements (DIRECT and PARTIAL). A quote is DIRECT when it is the whole reported content
 * ("…," she said / X said: "…" / a quote standing alone after an attribution), PARTIAL when it is
 * a fragment inside a paraphrase that has a cue, and not a statement otherwise (titles, names,
 * scare quotes).
 */
import type { StatementKind } from '@wiredesk/domain';
import { attribute, attributeSubject, type Attribution } from './attribute.js';
import { findChannel } from './channel.js';
import type { Cue } from './cue-finder.js';
import { makeDraft, type StatementDraft } from './draft.js';
import type { QuoteSpan } from './quotes.js';
import type { SpeakerResolver } from './resolve.js';
import type { Sentence } from './sentences.js';
import { cuesOf, type Unit } from './unit.js';

const ADVERBIAL_ONLY =
  /^\s*(?:in|on|at|during|after|before|later|earlier|then|meanwhile|also|afterwards|at the time)\b[^,\uE000]{0,60},\s*$/i;
const ONLY_PUNCT = /^[\s,.;:!?—–\-…)\]]*$/;
const ENDS_WITH_CUE_INTRO = /[:,]?\s*$/;
// "was commonly called "swine flu"", "a tool called "mod"", "known as "Welcome To Video"": the
// quote is a name given to something (rule 8), not words someone said. "which the Times called
// "…"" keeps its subject, so it is not matched here.
const NAMED_AS =
  /(?:\b(?:is|are|was|were|be|been|being|commonly|often|usually|sometimes|widely|popularly|colloquially|informally|formally|officially|locally|affectionately)\s+(?:called|named|dubbed|nicknamed|termed|titled|entitled|labell?ed|branded)|\ban?\s+(?:\p{Ll}+\s+){1,2}(?:called|named|dubbed|nicknamed|titled|entitled)|\bknown\s+as|\bso-called)\s*$/u;

/** State carried between quotes: the last attribution continues into floating quotes. */
export interface QuoteState {
  last: Attribution | null;
  /** The previous unit ended inside an unclosed quote. */
  openQuote: boolean;
}

function cueRight(
  masked: string,
  span: QuoteSpan,
  sentence: Sentence,
  cues: Cue[],
): Cue | undefined {
  // "…," he said / "…," said X: the cue follows within a few words.
  const cue = cues.find((c) => c.start >= span.close);
  if (cue === undefined) return undefined;
  const between = masked.slice(span.close, cue.start);
  return between.split(/\s+/).filter((w) => /\p{L}/u.test(w)).length <= 8 &&
    !between.includes('\uE000') &&
    sentence.end >= cue.end
    ? cue
    : undefined;
}

function cueLeft(
  masked: string,
  span: QuoteSpan,
  sentence: Sentence,
  cues: Cue[],
): Cue | undefined {
  // X said: "…" / X said "…": the cue (and maybe its inverted subject) ends the frame.
  const cue = [...cues].reverse().find((c) => c.end <= span.open);
  if (cue === undefined) return undefined;
  const between = masked.slice(cue.end, span.open);
  if (!ENDS_WITH_CUE_INTRO.test(between)) return undefined;
  const words = between.split(/\s+/).filter((w) => /\p{L}/u.test(w));
  return words.length <= 6 &&
    (words.length === 0 || /[:,]\s*$/.test(between)) &&
    cue.start >= sentence.start
    ? cue
    : undefined;
}

/** The cue of a short sentence that is only an attribution ("Macron told the world on Thursday."). */
function attributingSentence(unit: Unit, sentence: Sentence): Cue | undefined {
  const words = unit.masked.slice(sentence.start, sentence.end).split(/\s+/);
  if (words.length > 12 || unit.masked.slice(sentence.start, sentence.end).includes('\uE000')) {
    return undefined;
  }
  const cue = cuesOf(unit, sentence)[0];
  if (cue === undefined) return undefined;
  const lead = unit.masked
    .slice(sentence.start, cue.start)
    .split(/\s+/)
    .filter((w) => w !== '');
  return lead.length <= 5 && !/\bthat\b/.test(unit.masked.slice(cue.end, sentence.end))
    ? cue
    : undefined;
}

const TITLE_SMALL_WORDS = new Set([
  'of',
  'the',
  'and',
  'a',
  'an',
  'for',
  'to',
  'in',
  'on',
  'de',
  'or',
]);

/**
 * Titles, names and codes in quotes ("Person of the Year", "COVID-19", "Democracy 2.0") are not
 * speech (rule 8): every word is capitalised, a number, or a small title word.
 */
function isNameLike(quote: string): boolean {
  const words = quote
    .replace(/[.,!?]+$/, '')
    .split(/\s+/)
    .filter((w) => w !== '');
  if (words.length === 0 || words.length > 6) return false;
  return (
    words.every((w) => /^[\p{Lu}\p{N}]/u.test(w) || /\p{N}/u.test(w) || TITLE_SMALL_WORDS.has(w)) &&
    words.some((w) => !TITLE_SMALL_WORDS.has(w))
  );
}

/** Extracts the quoted statements that open in one sentence of a unit. */
export function extractQuotes(
  unit: Unit,
  sentence: Sentence,
  resolver: SpeakerResolver,
  state: QuoteState,
): StatementDraft[] {
  const drafts: StatementDraft[] = [];
  const { masked } = unit;
  // The sentence's channel, looked for once a quote of it is emitted (most spans emit none).
  let channel: string | null | undefined;
  const channelOf = (): string | null => {
    if (channel === undefined) channel = findChannel(masked.slice(sentence.start, sentence.end));
    return channel;
  };
  unit.spans.forEach((span, i) => {
    if (span.open < sentence.start || span.open >= sentence.end) return;
    const before = masked.slice(sentence.start, span.open);
    if (NAMED_AS.test(before.slice(-60))) return;
    const after = masked.slice(span.close, sentence.end);
    const cues = cuesOf(unit, sentence);
    const emit = (kind: StatementKind, found: Attribution, floating = false): void => {
      // A quote whose attribution names no one we can resolve: the last speaker, else the
      // article's main person (interviews, profiles).
      const fallback =
        found.speaker === null ? (state.last?.speaker ?? resolver.mostMentionedPerson()) : null;
      const attribution: Attribution =
        fallback === null ? found : { ...found, speaker: fallback, resolution: 'PREVIOUS_SPEAKER' };
      const content =
        kind === 'DIRECT'
          ? unit.text.slice(span.start, span.end)
          : unit.text.slice(sentence.start, sentence.end);
      drafts.push(
        makeDraft(
          unit,
          kind,
          span,
          content,
          attribution,
          floating ? null : channelOf(),
          floating ? 'PREVIOUS_SPEAKER' : undefined,
        ),
      );
      if (attribution.speaker !== null) state.last = attribution;
    };
    const floating = (): void => {
      if (state.last !== null) emit('DIRECT', state.last, true);
    };
    // A quote continued from the previous paragraph keeps its speaker.
    if (i === 0 && state.openQuote && ONLY_PUNCT.test(before) && state.last !== null) {
      floating();
      return;
    }
    // After a colon the quote starts afresh: "…to action: "…," said Tedros."
    const fresh = ONLY_PUNCT.test(before.replaceAll('\uE000', '')) || /:\s*$/.test(before);
    const right = fresh ? cueRight(masked, span, sentence, cues) : undefined;
    if ((ONLY_PUNCT.test(before) || /:\s*$/.test(before)) && right !== undefined) {
      emit('DIRECT', attribute(unit, sentence, right, resolver));
      return;
    }
    const left =
      ONLY_PUNCT.test(after.replaceAll('\uE000', '')) || right !== undefined
        ? cueLeft(masked, span, sentence, cues)
        : undefined;
    if (left !== undefined) {
      emit('DIRECT', attribute(unit, sentence, left, resolver));
      return;
    }
    if (right !== undefined) {
      emit('DIRECT', attribute(unit, sentence, right, resolver));
      return;
    }
    if (ONLY_PUNCT.test(before) && ONLY_PUNCT.test(after)) {
      // "…!" Macron told the world: a short next sentence that only attributes.
      const next = unit.sentences.find((s) => s.start >= sentence.end);
      const nextCue = next === undefined ? undefined : attributingSentence(unit, next);
      if (next !== undefined && nextCue !== undefined) {
        emit('DIRECT', attribute(unit, next, nextCue, resolver));
        return;
      }
      floating();
      return;
    }
    const long = unit.text.slice(span.start, span.end).split(/\s+/).length >= 6;
    // "Mick Jagger also reacted on Twitter, "Sad news…"": a long quote closing the sentence
    // after a comma or colon is what the sentence's subject said.
    if ((/:\s*$/.test(before) || (long && /,\s*$/.test(before))) && ONLY_PUNCT.test(after)) {
      // "Collins saw compromise as the best way: "…"": the sentence's subject speaks.
      const attribution = attributeSubject(unit, sentence, resolver);
      if (attribution !== null && attribution.speaker !== null) {
        emit('DIRECT', attribution);
        return;
      }
    }
    // "During the premiere, "I felt like …"": only an adverbial before a long quote, so it goes
    // on from the last attribution.
    if (long && ONLY_PUNCT.test(after) && ADVERBIAL_ONLY.test(before) && state.last !== null) {
      floating();
      return;
    }
    // A fragment inside a paraphrase: the nearest cue before it, else the first after it.
    const cue =
      [...cues].reverse().find((c) => c.end <= span.open) ??
      cues.find((c) => c.start >= span.close);
    if (cue === undefined || isNameLike(unit.text.slice(span.start, span.end))) return;
    // "professed himself … and endorsed using "life"": another predicate owns the quote.
    const between =
      cue.end <= span.open ? masked.slice(cue.end, span.open) : masked.slice(span.close, cue.start);
    if (/\s(?:and|but)\s+(?:also\s+)?[a-z]+ed\b/.test(between)) return;
    const attribution = attribute(unit, sentence, cue, resolver);
    if (attribution.speaker !== null) emit('PARTIAL', attribution);
  });
  return drafts;
}

/** Records whether the unit ends inside an unclosed quote, which the next unit continues. */
export function endUnit(unit: Unit, state: QuoteState): void {
  const lastSpan = unit.spans.at(-1);
  state.openQuote = lastSpan !== undefined && !lastSpan.closed;
}
