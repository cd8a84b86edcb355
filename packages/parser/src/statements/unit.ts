/** One text unit (the lede or a body paragraph) prepared for extraction. */
import type { TextLocation } from '@wiredesk/domain';
import { findQuoteSpans, type QuoteSpan } from './quotes.js';
import { splitSentences, type Sentence } from './sentences.js';
import { findCues, type Cue } from './cue-finder.js';
import type { ArticleMemo } from './memo.js';
import type { AnalysedRun } from './runs.js';
import { QUOTE_MASK } from './subject.js';
import { tokenize, tokensWithin, type Token } from './tokens.js';

/** A paragraph or the lede with its quote spans, masked text and sentences. */
export interface Unit {
  no: number;
  location: TextLocation;
  paragraphIndex: number | null;
  text: string;
  /** `text` with every quoted span (marks included) replaced by QUOTE_MASK. */
  masked: string;
  spans: QuoteSpan[];
  sentences: Sentence[];
  /** Word tokens of `masked` (quoted words are not tokens). */
  tokens: Token[];
  /** Cues per sentence start, filled by cuesOf. */
  cueCache: Map<number, Cue[]>;
  /** The capitalised runs, filled by analysedRuns. */
  runs?: AnalysedRun[] | undefined;
  /** The article's memo of text-only answers, shared by all its units. */
  memo: ArticleMemo;
}

/** The cues of one sentence of the unit, computed once. */
export function cuesOf(unit: Unit, sentence: Sentence): Cue[] {
  let cues = unit.cueCache.get(sentence.start);
  if (cues === undefined) {
    cues = findCues(
      unit.masked,
      unitTokens(unit, sentence.start, sentence.end),
      sentence.start,
      sentence.end,
    );
    unit.cueCache.set(sentence.start, cues);
  }
  return cues;
}

/** The unit's masked tokens within [from, to). */
export function unitTokens(unit: Unit, from: number, to: number): Token[] {
  return tokensWithin(unit.tokens, from, to);
}

/** Positions across the article: unit number × 1e6 + offset, so units order before offsets. */
export function articlePos(unit: Unit, offset: number): number {
  return unit.no * 1e6 + offset;
}

/** Prepares one unit. */
export function prepareUnit(
  no: number,
  location: TextLocation,
  paragraphIndex: number | null,
  text: string,
  memo: ArticleMemo,
): Unit {
  const spans = findQuoteSpans(text);
  let masked = '';
  let at = 0;
  for (const s of spans) {
    masked += text.slice(at, s.open) + QUOTE_MASK.repeat(s.close - s.open);
    at = s.close;
  }
  masked += text.slice(at);
  return {
    no,
    location,
    paragraphIndex,
    text,
    masked,
    spans,
    sentences: splitSentences(text, spans),
    tokens: tokenize(masked),
    cueCache: new Map(),
    // Present from the start, so every unit keeps one object shape.
    runs: undefined,
    memo,
  };
}

/** The sentence that contains an offset. */
export function sentenceAt(unit: Unit, offset: number): Sentence | undefined {
  return unit.sentences.find((s) => offset >= s.start && offset < s.end) ?? unit.sentences.at(-1);
}
