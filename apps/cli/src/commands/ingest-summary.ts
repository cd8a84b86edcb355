/** Counting what an `ingest --wait` run did, and saying it in one line. */
import type { EnqueueResult, JobOutcome } from '@wiredesk/queue';

export interface IngestTally {
  ingested: number;
  duplicates: number;
  failed: number;
  pending: number;
  /** Failures by code, e.g. { UNSUPPORTED_FORMAT: 1 }. */
  failedCodes: Record<string, number>;
}

export function emptyTally(): IngestTally {
  return { ingested: 0, duplicates: 0, failed: 0, pending: 0, failedCodes: {} };
}

export function countFailure(tally: IngestTally, code: string): void {
  tally.failed += 1;
  tally.failedCodes[code] = (tally.failedCodes[code] ?? 0) + 1;
}

/**
 * One file's outcome. A duplicate is content whose job already existed when we added it, or that
 * the store already held (every article created=false).
 */
export function countOutcome(
  tally: IngestTally,
  enqueued: EnqueueResult,
  outcome: JobOutcome | undefined,
): void {
  if (!outcome || outcome.state === 'pending') {
    tally.pending += 1;
  } else if (outcome.state === 'failed') {
    countFailure(tally, outcome.failure?.code ?? 'INGEST_FAILED');
  } else if (outcome.state === 'unknown') {
    // Completed jobs are removed after a week; the content was ingested before.
    tally.duplicates += 1;
  } else if (
    enqueued.status === 'duplicate' ||
    !(outcome.result?.articles.some((a) => a.created) ?? false)
  ) {
    tally.duplicates += 1;
  } else {
    tally.ingested += 1;
  }
}

/** "ingested 3, duplicates 1, failed 1 (UNSUPPORTED_FORMAT 1)" (+ ", pending N" after a timeout). */
export function formatTally(tally: IngestTally): string {
  const codes = Object.entries(tally.failedCodes)
    .sort(([a], [b]) => a.localeCompare(b))
    .map(([code, count]) => `${code} ${count}`)
    .join(', ');
  const parts = [
    `ingested ${tally.ingested}`,
    `duplicates ${tally.duplicates}`,
    `failed ${tally.failed}${codes ? ` (${codes})` : ''}`,
  ];
  if (tally.pending > 0) parts.push(`pending ${tally.pending}`);
  return parts.join(', ');
}
