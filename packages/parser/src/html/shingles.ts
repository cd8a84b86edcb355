/**
 * The article-body metric of the Zyte article-extraction benchmark (see
 * corpus/html-benchmark/README.md): word tokens (`\w+`), counts of 4-token shingles, and per page
 * true/false positives and false negatives as count overlaps normalised to sum to 1; precision
 * and recall are means over pages, F1 = 2PR/(P+R), accuracy = share of exact token sequences.
 */

/** Normalised overlap of one page. */
export interface ShingleMatch {
  readonly tp: number;
  readonly fp: number;
  readonly fn: number;
}

/** Benchmark scores over pages. */
export interface BodyScores {
  readonly precision: number;
  readonly recall: number;
  readonly f1: number;
  readonly accuracy: number;
  readonly pages: number;
}

// Python's \w under re.UNICODE: letters, digits and the underscore.
const token = /[\p{L}\p{N}_]+/gu;

/** Word tokens of a text. */
export function tokenize(text: string): string[] {
  return text.match(token) ?? [];
}

function shingles(text: string, n: number): Map<string, number> {
  const tokens = tokenize(text);
  const counts = new Map<string, number>();
  // As in the reference: a text shorter than n tokens gives one (short) shingle.
  for (let i = 0; i < Math.max(1, tokens.length - n + 1); i++) {
    const shingle = tokens.slice(i, i + n).join(' ');
    if (shingle !== '') counts.set(shingle, (counts.get(shingle) ?? 0) + 1);
  }
  return counts;
}

/** Overlap of the true and predicted body texts of one page. */
export function matchShingles(truth: string, predicted: string, n = 4): ShingleMatch {
  const t = shingles(truth, n);
  const p = shingles(predicted, n);
  let [tp, fp, fn] = [0, 0, 0];
  for (const key of new Set([...t.keys(), ...p.keys()])) {
    const tc = t.get(key) ?? 0;
    const pc = p.get(key) ?? 0;
    tp += Math.min(tc, pc);
    fp += Math.max(0, pc - tc);
    fn += Math.max(0, tc - pc);
  }
  const sum = tp + fp + fn;
  return sum > 0 ? { tp: tp / sum, fp: fp / sum, fn: fn / sum } : { tp, fp, fn };
}

/** Page precision, as the reference defines the edge cases. */
export function pagePrecision({ tp, fp, fn }: ShingleMatch): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fp === 0) return 0;
  return tp / (tp + fp);
}

/** Page recall, as the reference defines the edge cases. */
export function pageRecall({ tp, fp, fn }: ShingleMatch): number {
  if (fp === 0 && fn === 0) return 1;
  if (tp === 0 && fn === 0) return 0;
  return tp / (tp + fn);
}

function mean(values: readonly number[]): number {
  return values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
}

/** Scores predicted bodies against true ones (pairs in any order). */
export function scoreBodies(pairs: readonly { truth: string; predicted: string }[]): BodyScores {
  const matches = pairs.map((p) => matchShingles(p.truth, p.predicted));
  const precision = mean(matches.filter((m) => m.tp + m.fp > 0).map(pagePrecision));
  const recall = mean(matches.filter((m) => m.tp + m.fn > 0).map(pageRecall));
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  const exact = pairs.filter(
    (p) => tokenize(p.truth).join(' ') === tokenize(p.predicted).join(' '),
  ).length;
  return {
    precision,
    recall,
    f1,
    accuracy: pairs.length === 0 ? 0 : exact / pairs.length,
    pages: pairs.length,
  };
}
