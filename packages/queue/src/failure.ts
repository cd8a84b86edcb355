/**
 * A failed job keeps one string, `failedReason`. Ours are written `CODE: message` so that the CLI,
 * the gateway and `wiredesk failures` can show the code without another lookup.
 */
import { UnrecoverableError } from 'bullmq';

/** A failure as users see it. */
export interface JobFailure {
  code: string;
  message: string;
}

/** Code used when a thrown error carries none of ours (a transient error that used up its attempts). */
export const UNKNOWN_FAILURE_CODE = 'INGEST_FAILED';

export function formatFailure(failure: JobFailure): string {
  return `${failure.code}: ${failure.message}`;
}

export function parseFailedReason(reason: string | undefined): JobFailure {
  const match = /^([A-Z][A-Z0-9_]*): ([\s\S]*)$/.exec(reason ?? '');
  if (match?.[1] !== undefined && match[2] !== undefined)
    return { code: match[1], message: match[2] };
  return { code: UNKNOWN_FAILURE_CODE, message: reason ?? '' };
}

/**
 * The error a processor throws for bad input: BullMQ fails the job at once, without retries,
 * and its reason carries the code.
 */
export function permanentFailure(failure: JobFailure): Error {
  return new UnrecoverableError(formatFailure(failure));
}

/** True for the error {@link permanentFailure} makes (also after it crossed a module copy). */
export function isPermanentFailure(error: unknown): error is Error {
  return (
    error instanceof UnrecoverableError ||
    (error instanceof Error && error.name === 'UnrecoverableError')
  );
}
