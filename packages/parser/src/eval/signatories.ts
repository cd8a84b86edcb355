/**
 * Signatory scoring: each list becomes a set of keys (country code, or normalised canonical
 * name); P/R/F1 run over (article, key) pairs, and a gold list is exact when some predicted list
 * in the same article has the same key set.
 */
import { normalizeTokens } from './normalize.js';
import type { EvalSignatoryList } from './types.js';

/** The key a signatory is compared by. */
export function signatoryKey(s: { name: string; countryCode: string | null }): string {
  return s.countryCode ?? normalizeTokens(s.name).join(' ');
}

function keySet(list: EvalSignatoryList): Set<string> {
  return new Set(list.signatories.map(signatoryKey));
}

function sameSet(a: Set<string>, b: Set<string>): boolean {
  return a.size === b.size && [...a].every((k) => b.has(k));
}

/** Counts for one article: pair counts and exact lists. */
export function scoreSignatories(
  predicted: readonly EvalSignatoryList[],
  gold: readonly EvalSignatoryList[],
): { tp: number; pred: number; gold: number; exact: number; goldLists: number } {
  const predKeys = new Set(predicted.flatMap((l) => [...keySet(l)]));
  const goldKeys = new Set(gold.flatMap((l) => [...keySet(l)]));
  const tp = [...predKeys].filter((k) => goldKeys.has(k)).length;
  const predSets = predicted.map(keySet);
  const exact = gold.filter((g) => predSets.some((p) => sameSet(p, keySet(g)))).length;
  return { tp, pred: predKeys.size, gold: goldKeys.size, exact, goldLists: gold.length };
}
