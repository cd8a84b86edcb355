import { UnrecoverableError } from 'bullmq';
import { describe, expect, it } from 'vitest';
import {
  UNKNOWN_FAILURE_CODE,
  formatFailure,
  parseFailedReason,
  permanentFailure,
} from './failure.js';

describe('failed reasons', () => {
  it('round-trips a code and a multi-line message', () => {
    const failure = { code: 'UNSUPPORTED_FORMAT', message: 'not an article\nsecond line' };
    expect(parseFailedReason(formatFailure(failure))).toEqual(failure);
  });

  it('gives a reason without a code the generic code and keeps the text', () => {
    expect(parseFailedReason('connect ECONNREFUSED 127.0.0.1:5432')).toEqual({
      code: UNKNOWN_FAILURE_CODE,
      message: 'connect ECONNREFUSED 127.0.0.1:5432',
    });
  });

  it('makes permanent failures BullMQ UnrecoverableErrors, so they are not retried', () => {
    const error = permanentFailure({ code: 'EMPTY', message: 'no bytes' });
    expect(error).toBeInstanceOf(UnrecoverableError);
    expect(error.message).toBe('EMPTY: no bytes');
  });
});
