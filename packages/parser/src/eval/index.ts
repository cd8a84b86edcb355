export { normalizeTokens } from './normalize.js';
export { MIN_COVERAGE, matchOneToOne, tokensMatch } from './match.js';
export { speakersMatch } from './speaker.js';
export { signatoryKey, scoreSignatories } from './signatories.js';
export { prf } from './prf.js';
export { scoreArticleQuotes, scoreGoldSet } from './score.js';
export { parseGoldLines, type GoldArticle } from './gold.js';
export { formatError, formatReport } from './format.js';
export { EvalInputError, type EvalErrorCode } from './errors.js';
export type {
  EvalArticle,
  EvalError,
  EvalQuote,
  EvalReport,
  EvalSignatoryList,
  Prf,
} from './types.js';
