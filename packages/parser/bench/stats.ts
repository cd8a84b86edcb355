/** Figures of the parser bench: medians and ranges over measured rounds. */

/** One measured pass over the corpus. */
export interface Round {
  readonly wallMs: number;
  readonly cpuMs: number;
  readonly peakMb: number;
  readonly statements: number;
}

/** A median with its range, and the line that prints them. */
export interface Spread {
  readonly median: number;
  readonly line: string;
}

/** The median of the values (the mean of the middle two for an even count); 0 for none. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return 0;
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? 0)
    : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
}

function spread(values: readonly number[], digits: number): Spread {
  const m = median(values);
  const lo = Math.min(...values);
  const hi = Math.max(...values);
  return {
    median: m,
    line: `${m.toFixed(digits)} median (range ${lo.toFixed(digits)}–${hi.toFixed(digits)})`,
  };
}

/** Throughput and memory over the rounds. */
export function roundSummary(
  rounds: readonly Round[],
  articles: number,
  bytes: number,
): { articlesPerS: Spread; articlesPerSWall: Spread; mbPerS: Spread; peakMb: Spread } {
  const mb = bytes / 1024 / 1024;
  return {
    articlesPerS: spread(
      rounds.map((r) => (articles / r.cpuMs) * 1000),
      0,
    ),
    articlesPerSWall: spread(
      rounds.map((r) => (articles / r.wallMs) * 1000),
      0,
    ),
    mbPerS: spread(
      rounds.map((r) => (mb / r.cpuMs) * 1000),
      2,
    ),
    peakMb: spread(
      rounds.map((r) => r.peakMb),
      0,
    ),
  };
}
