/**
 * Enumerations: runs of party mentions joined only by list separators ("A, B, C and D",
 * "A, B, and C", "A & B"). Nationalities form runs of their own ("Greek, Cypriot and French").
 */
import type { PartyMention } from './mentions.js';

/** An enumeration of two or more parties (or one, as the anchor of an "alongside" list). */
export interface Run {
  readonly mentions: readonly PartyMention[];
  readonly start: number;
  readonly end: number;
}

// Between two items: a comma, "and", "&", optionally a descriptor ("and Denmark-based retailer").
const separator =
  /^\s*(?:,|,?\s+(?:and|&))\s+(?:(?:the\s+)?(?:[\p{L}-]+\s+){0,3}?(?:retailer|company|firm|group|giant|carrier|airline|bank|lender|organi[sz]ation|bloc|alliance)\s+)?$/u;
const finalAnd = /\b(?:and|&)\b/;

function compatible(a: PartyMention, b: PartyMention): boolean {
  return (a.kind === 'DEMONYM') === (b.kind === 'DEMONYM');
}

/** Maximal runs in a sentence. Runs of two or more need an "and" (or "&") somewhere. */
export function findRuns(text: string, mentions: readonly PartyMention[]): Run[] {
  const runs: Run[] = [];
  let current: PartyMention[] = [];
  let hasAnd = false;
  const flush = (): void => {
    const first = current[0];
    const last = current[current.length - 1];
    if (first !== undefined && last !== undefined && (current.length === 1 || hasAnd)) {
      runs.push({ mentions: current, start: first.start, end: last.end });
    } else if (first !== undefined) {
      for (const m of current) runs.push({ mentions: [m], start: m.start, end: m.end });
    }
    current = [];
    hasAnd = false;
  };
  for (const m of mentions) {
    const prev = current[current.length - 1];
    if (prev !== undefined) {
      const gap = text.slice(prev.end, m.start);
      const hyphen = prev.hyphenPair === true && m.hyphenPair === true && gap.length === 1;
      if (prev.end <= m.start && (hyphen || separator.test(gap)) && compatible(prev, m)) {
        hasAnd ||= hyphen || finalAnd.test(gap);
        current.push(m);
        continue;
      }
      flush();
    }
    current.push(m);
  }
  flush();
  return runs;
}
