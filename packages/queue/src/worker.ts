/**
 * The consumer side: one BullMQ Worker per process handles ingest jobs (through the caller's
 * processor) and the scheduler's inbox-scan jobs (through scanInbox).
 */
import { MetricsTime, Worker, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import { createIngestQueue, type IngestQueue } from './ingest-queue.js';
import { scanInbox } from './inbox-scan.js';
import type { IngestJobResult, IngestTaskData, InboxScanJobData, InboxScanResult } from './jobs.js';
import {
  INBOX_SCAN_JOB_NAME,
  INGEST_QUEUE_NAME,
  WORKER_LOCK_DURATION_MS,
  WORKER_MAX_STALLED_COUNT,
  WORKER_STALLED_INTERVAL_MS,
  resolvePrefix,
  type QueueNamingOptions,
} from './options.js';

/** What the processor is told about the job it runs. */
export interface IngestJobContext {
  jobId: string;
  /** A file, or (kind `item`) a feed item fanned out by its file's job. */
  data: IngestTaskData;
  /** Attempts finished before this one. */
  attemptsMade: number;
  maxAttempts: number;
  /** True when failing now fails the job for good: record the failure. */
  isFinalAttempt: boolean;
}

/**
 * Runs one ingest job. Throw `permanentFailure(...)` for bad input (no retry); any other error
 * is retried with exponential backoff.
 */
export type IngestProcessor = (job: IngestJobContext) => Promise<IngestJobResult>;

/** The subset of a pino logger the worker uses. */
export interface WorkerLogger {
  debug(object: object, message: string): void;
  info(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

export interface IngestWorkerOptions extends QueueNamingOptions {
  /** An ioredis connection with `maxRetriesPerRequest: null`; the caller closes it. */
  connection: Redis;
  processor: IngestProcessor;
  /** Jobs run at once by this process. Default 4. */
  concurrency?: number;
  /** The shared inbox; when set, this worker runs the inbox-scan jobs it receives. */
  inbox?: { dir: string; settleMs?: number };
  logger?: WorkerLogger;
  /** How long a job's lock lasts without renewal. Default {@link WORKER_LOCK_DURATION_MS}. */
  lockDurationMs?: number;
  /** How often stalled jobs are looked for. Default {@link WORKER_STALLED_INTERVAL_MS}. */
  stalledIntervalMs?: number;
  /** Stalls before a job fails. Default {@link WORKER_MAX_STALLED_COUNT}. */
  maxStalledCount?: number;
}

export interface IngestWorker {
  /** Resolves once the worker is connected and taking jobs. */
  waitUntilReady(): Promise<void>;
  /** Stops taking jobs and waits for the running ones to finish (graceful shutdown). */
  close(): Promise<void>;
}

type AnyJob = Job<IngestTaskData | InboxScanJobData, IngestJobResult | InboxScanResult>;

/** Creates and starts the ingest worker. */
export function createIngestWorker(options: IngestWorkerOptions): IngestWorker {
  const prefix = resolvePrefix(options);
  const logger = options.logger;
  const inbox = options.inbox;
  let scanQueue: IngestQueue | undefined;
  let scanning = false;

  const worker = new Worker<IngestTaskData | InboxScanJobData, IngestJobResult | InboxScanResult>(
    INGEST_QUEUE_NAME,
    async (job: AnyJob) => {
      if (job.name === INBOX_SCAN_JOB_NAME) {
        // A scan still running here covers the inbox: a second one at once would only hash the
        // files the first is enqueueing and ask Redis about each again.
        if (!inbox || scanning) return { files: 0, enqueued: 0, unchanged: 0, rejected: [] };
        scanning = true;
        scanQueue ??= createIngestQueue({ connection: options.connection, prefix });
        try {
          const result = await scanInbox({
            inboxDir: inbox.dir,
            settleMs: inbox.settleMs,
            queue: scanQueue,
            connection: options.connection,
            prefix,
          });
          if (result.enqueued > 0 || result.rejected.length > 0)
            logger?.info({ jobId: job.id, ...result }, 'inbox scanned');
          return result;
        } finally {
          scanning = false;
        }
      }
      const maxAttempts = job.opts.attempts ?? 1;
      const data = job.data as IngestTaskData;
      const result = await options.processor({
        jobId: job.id ?? '',
        data,
        attemptsMade: job.attemptsMade,
        maxAttempts,
        isFinalAttempt: job.attemptsMade + 1 >= maxAttempts,
      });
      // Completed jobs are kept a while for de-duplication; their bytes are not needed any more,
      // and Redis runs with noeviction. Failed jobs keep theirs, for retries.
      if (data.kind === 'content') await job.updateData({ ...data, contentBase64: '' });
      if (data.kind === 'item') await job.updateData({ ...data, article: null });
      return result;
    },
    {
      connection: options.connection,
      prefix,
      concurrency: options.concurrency ?? 4,
      autorun: true,
      lockDuration: options.lockDurationMs ?? WORKER_LOCK_DURATION_MS,
      stalledInterval: options.stalledIntervalMs ?? WORKER_STALLED_INTERVAL_MS,
      maxStalledCount: options.maxStalledCount ?? WORKER_MAX_STALLED_COUNT,
      // Per-minute completed/failed counts for `wiredesk status`, kept a day.
      metrics: { maxDataPoints: MetricsTime.ONE_HOUR * 24 },
    },
  );

  // Debug, not info: at hundreds of jobs a second, a line per job is a good share of the worker's
  // CPU. Failures, stalls and scans stay at their levels; the metrics count completed jobs.
  worker.on('completed', (job) => {
    if (job.name !== INBOX_SCAN_JOB_NAME)
      logger?.debug({ jobId: job.id, result: job.returnvalue }, 'job completed');
  });
  worker.on('failed', (job, error) => {
    logger?.warn(
      { jobId: job?.id, attemptsMade: job?.attemptsMade, err: error.message },
      'job failed',
    );
  });
  worker.on('stalled', (jobId) => logger?.warn({ jobId }, 'job stalled, it will be run again'));
  worker.on('error', (error) => logger?.error({ err: error.message }, 'worker error'));

  return {
    waitUntilReady: async () => {
      await worker.waitUntilReady();
    },
    async close() {
      await worker.close();
      await scanQueue?.close();
    },
  };
}
