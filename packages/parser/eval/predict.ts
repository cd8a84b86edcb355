/**
 * Runs the pipeline on one gold article. Until the package exports parseArticles this uses the
 * dev split plus extractStatements; signatory lists then stay empty.
 */
import type { EvalArticle, GoldArticle } from '../src/eval/index.js';
import { extractStatements } from '../src/statements/index.js';
import { devSplit } from './dev-split.js';

/** Predicted statements (and lists) for one gold article. */
export function predictArticle(gold: GoldArticle): EvalArticle {
  const statements = extractStatements(devSplit(gold.text));
  return {
    id: gold.id,
    quotes: statements.map((s) => ({
      quote: s.quote,
      kind: s.kind,
      speaker: s.speaker?.name ?? null,
    })),
    signatoryLists: [],
  };
}
