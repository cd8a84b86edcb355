import { describe, expect, it } from 'vitest';
import type { JobOutcome } from '@wiredesk/queue';
import { countFailure, countOutcome, emptyTally, formatTally } from './ingest-summary.js';

const completed = (created: boolean): JobOutcome => ({
  jobId: 'j',
  state: 'completed',
  attemptsMade: 1,
  result: { file: 'f', articles: [{ articleId: 'a', created }] },
  failure: null,
});

describe('ingest summary', () => {
  it('counts new articles as ingested and store-side repeats or queued repeats as duplicates', () => {
    const tally = emptyTally();
    countOutcome(tally, { jobId: 'j', status: 'added' }, completed(true));
    countOutcome(tally, { jobId: 'j', status: 'added' }, completed(false));
    countOutcome(tally, { jobId: 'j', status: 'duplicate' }, completed(true));
    expect(tally).toMatchObject({ ingested: 1, duplicates: 2, failed: 0 });
  });

  it('counts failures by code and says so in one line', () => {
    const tally = emptyTally();
    countOutcome(tally, { jobId: 'j', status: 'added' }, completed(true));
    countOutcome(
      tally,
      { jobId: 'k', status: 'added' },
      {
        jobId: 'k',
        state: 'failed',
        attemptsMade: 1,
        result: null,
        failure: { code: 'UNSUPPORTED_FORMAT', message: 'x' },
      },
    );
    countFailure(tally, 'EMPTY');
    expect(formatTally(tally)).toBe(
      'ingested 1, duplicates 0, failed 2 (EMPTY 1, UNSUPPORTED_FORMAT 1)',
    );
  });

  it('reports jobs still running at the timeout as pending', () => {
    const tally = emptyTally();
    countOutcome(
      tally,
      { jobId: 'j', status: 'added' },
      { jobId: 'j', state: 'pending', attemptsMade: 0, result: null, failure: null },
    );
    expect(formatTally(tally)).toBe('ingested 0, duplicates 0, failed 0, pending 1');
  });
});
