/** Shapes the scorer compares: gold and predicted sides use the same ones. */
import type { StatementKind } from '@wiredesk/domain';

/** One statement as scored: the quote text, its kind and its speaker's name. */
export interface EvalQuote {
  quote: string;
  kind: StatementKind;
  speaker: string | null;
}

/** One signatory list as scored: each signatory's country code, or its canonical name. */
export interface EvalSignatoryList {
  document: string | null;
  signatories: { name: string; countryCode: string | null }[];
}

/** One article's statements and lists, gold or predicted. */
export interface EvalArticle {
  id: string;
  quotes: EvalQuote[];
  signatoryLists: EvalSignatoryList[];
}

/** Precision, recall and F1 with the counts behind them. */
export interface Prf {
  truePositives: number;
  predicted: number;
  gold: number;
  precision: number;
  recall: number;
  f1: number;
}

/** A quote the scorer could not pair, or paired with the wrong speaker. */
export interface EvalError {
  articleId: string;
  type: 'MISS' | 'FALSE_POSITIVE' | 'WRONG_SPEAKER';
  kind: StatementKind;
  quote: string;
  speaker: string | null;
  /** For WRONG_SPEAKER: the gold speaker. */
  expectedSpeaker?: string | null;
}

/** Every figure ANNOTATION.md asks for, for one gold set. */
export interface EvalReport {
  articles: number;
  all: Prf;
  directPartial: Prf;
  indirect: Prf;
  speakerAccuracy: { correct: number; matched: number; accuracy: number };
  attribution: Prf;
  signatories: Prf;
  exactLists: { exact: number; gold: number; share: number };
  errors: EvalError[];
}
