/** Coded errors of the queue package: callers branch on `code`, users read `message`. */

export type QueueErrorCode = 'QUEUE_UNAVAILABLE';

/** Redis cannot be reached. The message names the URL (without password) and how to start Redis. */
export class QueueUnavailableError extends Error {
  override readonly name = 'QueueUnavailableError';
  readonly code: QueueErrorCode = 'QUEUE_UNAVAILABLE';
  readonly url: string;

  constructor(url: string, options?: { cause?: unknown }) {
    const reason = describeCause(options?.cause);
    super(
      `Cannot reach Redis at ${url}${reason ? ` (${reason})` : ''}. ` +
        'Start it with `docker compose -f infra/docker-compose.yml up -d redis` or set REDIS_URL.',
      options,
    );
    this.url = url;
  }
}

/** Codes for a job source that cannot be read; both are permanent (no retry). */
export type IngestSourceErrorCode = 'SOURCE_MISSING' | 'SOURCE_OUTSIDE_INBOX';

/** An inbox job whose file is gone, or whose path escapes the inbox (symlinks included). */
export class IngestSourceError extends Error {
  override readonly name = 'IngestSourceError';
  readonly code: IngestSourceErrorCode;
  readonly file: string;

  constructor(
    code: IngestSourceErrorCode,
    file: string,
    message: string,
    options?: { cause?: unknown },
  ) {
    super(message, options);
    this.code = code;
    this.file = file;
  }
}

export function isQueueUnavailableError(error: unknown): error is QueueUnavailableError {
  return error instanceof QueueUnavailableError;
}

export function isIngestSourceError(error: unknown): error is IngestSourceError {
  return error instanceof IngestSourceError;
}

function describeCause(cause: unknown): string {
  if (cause === undefined || cause === null) return '';
  const code = (cause as { code?: unknown }).code;
  if (typeof code === 'string') return code;
  if (cause instanceof Error) return cause.message;
  return typeof cause === 'string' ? cause : '';
}
