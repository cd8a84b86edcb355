/** One text unit (the lede or a body paragraph) prepared for extraction. */
import type { TextLocation } from '@wiredesk/domain';
import { findQuoteSpans, type QuoteSpan } from './quotes.js';
import { splitSentences, type Sentence } from './sentences.js';
import { QUOTE_MASK } from './subject.js';

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
  };
}

/** The sentence that contains an offset. */
export function sentenceAt(unit: Unit, offset: number): Sentence | undefined {
  return unit.sentences.find((s) => offset >= s.start && offset < s.end) ?? unit.sentences.at(-1);
}
