/** Names and defaults shared by every producer and consumer of the ingest queue, applied here only. */

/**
 * Default BullMQ key prefix. The braces are a Redis Cluster hash tag: every key of the queue hashes
 * to the same slot, which BullMQ's multi-key Lua scripts require on a cluster.
 */
export const DEFAULT_QUEUE_PREFIX = '{wiredesk}';

/** The one queue: ingest jobs and the inbox-scan jobs its scheduler produces. */
export const INGEST_QUEUE_NAME = 'ingest';

/** Job names on the ingest queue. */
export const INGEST_JOB_NAME = 'ingest';
/** A feed item fanned out by its feed file's job. */
export const INGEST_ITEM_JOB_NAME = 'ingest-item';
export const INBOX_SCAN_JOB_NAME = 'inbox-scan';
export const INBOX_SCAN_SCHEDULER_ID = 'inbox-scan';

/** How often the inbox is scanned, by whichever worker receives the scheduler's job. */
export const INBOX_SCAN_EVERY_MS = 5000;

/** Attempts for an ingest job; transient failures back off exponentially between them. */
export const INGEST_ATTEMPTS = 5;
export const INGEST_BACKOFF_DELAY_MS = 1000;

/**
 * Stalled-job recovery. A worker killed hard leaves its jobs active; they run again once their lock
 * expires and a stalled check sees it. BullMQ's defaults (lock 30 s, check every 30 s) make that up
 * to a minute; ours bound it to about 15 s. The lock is renewed every half lock, so a job whose
 * parse blocks the event loop longer than the lock (a 10 MB file takes ~10 s) can be run twice:
 * harmless, the store is idempotent.
 */
export const WORKER_LOCK_DURATION_MS = 10_000;
export const WORKER_STALLED_INTERVAL_MS = 5_000;
/** Times a job may stall before it fails (BullMQ default 1): a crash loop is not bad input. */
export const WORKER_MAX_STALLED_COUNT = 3;

/** Largest file carried inside a job (content jobs live in Redis). */
export const MAX_JOB_CONTENT_BYTES = 16 * 1024 * 1024;

/** Options shared by everything that touches the queue. */
export interface QueueNamingOptions {
  /** BullMQ key prefix; tests use their own. Default {@link DEFAULT_QUEUE_PREFIX}. */
  prefix?: string;
}

export function resolvePrefix(options?: QueueNamingOptions): string {
  return options?.prefix ?? DEFAULT_QUEUE_PREFIX;
}
