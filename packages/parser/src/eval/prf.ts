import type { Prf } from './types.js';

/** Builds precision, recall and F1 from counts; an empty side scores 0, not NaN. */
export function prf(truePositives: number, predicted: number, gold: number): Prf {
  const precision = predicted === 0 ? 0 : truePositives / predicted;
  const recall = gold === 0 ? 0 : truePositives / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { truePositives, predicted, gold, precision, recall, f1 };
}

/** Adds two sets of counts (micro-averaging). */
export function addCounts(
  a: { tp: number; pred: number; gold: number },
  b: { tp: number; pred: number; gold: number },
): { tp: number; pred: number; gold: number } {
  return { tp: a.tp + b.tp, pred: a.pred + b.pred, gold: a.gold + b.gold };
}
