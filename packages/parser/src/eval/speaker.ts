/**
 * Speaker comparison: right when one name contains the other's last name token, taking the
 * part before any comma and ignoring generational suffixes ("Jr", "Sr", "II"…).
 */
import { normalizeTokens } from './normalize.js';

const SUFFIXES = new Set(['jr', 'sr', 'ii', 'iii', 'iv', 'v']);

function nameTokens(name: string): string[] {
  const beforeComma = name.split(',')[0] ?? '';
  return normalizeTokens(beforeComma).filter((t) => !SUFFIXES.has(t));
}

/** True when the predicted speaker counts as the gold one; two nulls agree. */
export function speakersMatch(predicted: string | null, gold: string | null): boolean {
  if (predicted === null || gold === null) return predicted === gold;
  const p = nameTokens(predicted);
  const g = nameTokens(gold);
  const pLast = p.at(-1);
  const gLast = g.at(-1);
  if (pLast === undefined || gLast === undefined) return false;
  return p.includes(gLast) || g.includes(pLast);
}
