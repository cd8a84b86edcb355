/**
 * Quote matching: a predicted and a gold quote match when the shorter token sequence occurs
 * inside the longer one and is at least 80% of its length; pairs are matched one to one.
 */

/** Minimum share of the longer sequence that the shorter one must cover. */
export const MIN_COVERAGE = 0.8;

function containsSequence(longer: readonly string[], shorter: readonly string[]): boolean {
  outer: for (let start = 0; start + shorter.length <= longer.length; start++) {
    for (let i = 0; i < shorter.length; i++) {
      if (longer[start + i] !== shorter[i]) continue outer;
    }
    return true;
  }
  return false;
}

/** True when two token sequences match under the 80% containment rule. */
export function tokensMatch(a: readonly string[], b: readonly string[]): boolean {
  if (a.length === 0 || b.length === 0) return false;
  const [shorter, longer] = a.length <= b.length ? [a, b] : [b, a];
  if (shorter.length < MIN_COVERAGE * longer.length) return false;
  return containsSequence(longer, shorter);
}

/**
 * Maximum one-to-one matching between predictions and gold items (Kuhn's augmenting paths),
 * so one greedy early pairing cannot cost a later match. Returns pairs of [predIndex, goldIndex].
 */
export function matchOneToOne(
  predicted: readonly (readonly string[])[],
  gold: readonly (readonly string[])[],
): [number, number][] {
  const candidates = predicted.map((p) => gold.flatMap((g, gi) => (tokensMatch(p, g) ? [gi] : [])));
  const goldOwner = new Array<number>(gold.length).fill(-1);
  const tryAssign = (pi: number, seen: boolean[]): boolean => {
    for (const gi of candidates[pi] ?? []) {
      if (seen[gi]) continue;
      seen[gi] = true;
      const owner = goldOwner[gi] ?? -1;
      if (owner === -1 || tryAssign(owner, seen)) {
        goldOwner[gi] = pi;
        return true;
      }
    }
    return false;
  };
  for (let pi = 0; pi < predicted.length; pi++) {
    tryAssign(pi, new Array<boolean>(gold.length).fill(false));
  }
  const pairs: [number, number][] = [];
  goldOwner.forEach((pi, gi) => {
    if (pi !== -1) pairs.push([pi, gi]);
  });
  return pairs.sort((x, y) => x[0] - y[0]);
}
