/** The producer side of the ingest queue: adding files, scheduling scans, reading job status. */
import { Queue, type Job } from 'bullmq';
import type { Redis } from 'ioredis';
import type { Article } from '@wiredesk/domain';
import { parseFailedReason, type JobFailure } from './failure.js';
import { addFeedItems } from './feed-items.js';
import { jobIdForHash, jobIdForSource, sha256Hex } from './job-id.js';
import type {
  FeedItemJob,
  InboxIngestJobData,
  IngestJobData,
  IngestJobResult,
  IngestTaskData,
  InboxScanJobData,
} from './jobs.js';
import {
  INBOX_SCAN_EVERY_MS,
  INBOX_SCAN_JOB_NAME,
  INBOX_SCAN_SCHEDULER_ID,
  INGEST_ATTEMPTS,
  INGEST_BACKOFF_DELAY_MS,
  INGEST_JOB_NAME,
  INGEST_QUEUE_NAME,
  resolvePrefix,
  type QueueNamingOptions,
} from './options.js';
import {
  failureCodes,
  queueDepth,
  queueRates,
  retryFailedJobs,
  type QueueDepth,
  type QueueRates,
} from './queue-status.js';
import { waitForJobs, type JobOutcome, type WaitForJobsOptions } from './wait-for-jobs.js';

export interface IngestQueueOptions extends QueueNamingOptions {
  /** An ioredis connection (see createRedisConnection); the caller closes it. */
  connection: Redis;
  /** Attempts per ingest job added by this queue. Default {@link INGEST_ATTEMPTS}. */
  attempts?: number;
  /** First retry delay; it doubles on each retry. Default {@link INGEST_BACKOFF_DELAY_MS}. */
  backoffDelayMs?: number;
}

/** What adding a file did: a new job, nothing (same content already queued or done), or a retry of its failed job. */
export interface EnqueueResult {
  jobId: string;
  status: 'added' | 'duplicate' | 'retried';
}

export type IngestJobState = 'waiting' | 'active' | 'delayed' | 'completed' | 'failed' | 'unknown';

export interface IngestJobStatus {
  jobId: string;
  state: IngestJobState;
  attemptsMade: number;
  result: IngestJobResult | null;
  failure: JobFailure | null;
}

export interface IngestQueue {
  /** Enqueues a file's bytes under its content-hash job id. */
  addContent(input: { bytes: Uint8Array; fileName: string; uri?: string }): Promise<EnqueueResult>;
  /** Enqueues a file of the shared inbox under its content-hash job id. */
  addInboxFile(file: Omit<InboxIngestJobData, 'kind'>): Promise<EnqueueResult>;
  /**
   * The same for many files, in input order, in a few round trips: content no job has yet is
   * added with one addBulk; only files whose content id is taken (a copy, a re-drop, a failed
   * job to retry) go through addInboxFile's checks one by one.
   */
  addInboxFiles(files: readonly Omit<InboxIngestJobData, 'kind'>[]): Promise<EnqueueResult[]>;
  /**
   * Fans a feed file's articles out into one item job each (ids from source uri + content hash),
   * skipping items whose job exists; returns every item's job id and whether it was added.
   */
  addFeedItems(feedJobId: string, articles: readonly Article[]): Promise<FeedItemJob[]>;
  /** Creates or updates the scheduler that produces one inbox-scan job every `everyMs`. */
  scheduleInboxScan(everyMs?: number): Promise<void>;
  getJobStatus(jobId: string): Promise<IngestJobStatus>;
  /** Moves a failed job back to waiting with fresh attempts; false when it is not failed. */
  retryJob(jobId: string): Promise<boolean>;
  /** Jobs per state. */
  getDepth(): Promise<QueueDepth>;
  /** Completed and failed jobs per minute over the last `minutes` (default 15), newest first. */
  getRates(minutes?: number): Promise<QueueRates>;
  /** Failed ingest jobs counted by failure code. */
  getFailureCodes(): Promise<Record<string, number>>;
  /** Retries every failed ingest job, or those failed with `code`; returns how many. */
  retryFailed(filter?: { code?: string }): Promise<number>;
  /** Resolves when every job has finished, or when the timeout passes (those are `pending`). */
  waitForJobs(jobIds: readonly string[], options?: WaitForJobsOptions): Promise<JobOutcome[]>;
  close(): Promise<void>;
}

/** Creates the producer side of the ingest queue. */
export function createIngestQueue(options: IngestQueueOptions): IngestQueue {
  const prefix = resolvePrefix(options);
  const queue = new Queue<IngestTaskData | InboxScanJobData, IngestJobResult>(INGEST_QUEUE_NAME, {
    connection: options.connection,
    prefix,
    defaultJobOptions: {
      attempts: options.attempts ?? INGEST_ATTEMPTS,
      backoff: { type: 'exponential', delay: options.backoffDelayMs ?? INGEST_BACKOFF_DELAY_MS },
      // Completed ids are kept a week so re-submitting the same bytes is a cheap no-op; after that
      // the store's idempotent upsert still reports the article as not created.
      removeOnComplete: { age: 7 * 24 * 3600, count: 100_000 },
      // Failed jobs stay until retried: users list and retry them.
      removeOnFail: false,
    },
  });

  // Adds the job unless it exists; a failed one is retried with the new data.
  // A lost connection is retried by ioredis and surfaces as a failed call; without a listener
  // BullMQ would print every reconnect attempt.
  queue.on('error', () => undefined);

  async function addOnce(jobId: string, data: IngestJobData): Promise<EnqueueResult> {
    const existing = await queue.getJob(jobId);
    if (existing) {
      if ((await existing.getState()) === 'failed' && (await retryFailed(existing, data))) {
        return { jobId, status: 'retried' };
      }
      return { jobId, status: 'duplicate' };
    }
    await queue.add(INGEST_JOB_NAME, data, { jobId });
    return { jobId, status: 'added' };
  }

  // The content id goes to the first source; the same bytes under another name get a job of their
  // own so the store records that source too (the article stays one). Two names racing for the
  // content id are settled by reading back who won.
  async function add(data: IngestJobData): Promise<EnqueueResult> {
    const contentJobId = jobIdForHash(data.contentHash);
    const existing = await queue.getJob(contentJobId);
    if (!existing) {
      const result = await addOnce(contentJobId, data);
      const winner = await queue.getJob(contentJobId);
      if (!winner || sourceOf(winner.data) === sourceOf(data)) return result;
    } else if (sourceOf(existing.data) === sourceOf(data)) {
      return addOnce(contentJobId, data);
    }
    return addOnce(jobIdForSource(data.contentHash, sourceOf(data)), data);
  }

  async function addMany(files: readonly InboxIngestJobData[]): Promise<EnqueueResult[]> {
    const ids = files.map((file) => jobIdForHash(file.contentHash));
    const pipeline = options.connection.pipeline();
    for (const id of ids) pipeline.exists(queue.toKey(id));
    const exists = ((await pipeline.exec()) ?? []).map(([error, count]) => !error && count === 1);
    const results: (EnqueueResult | undefined)[] = [];
    const fresh: number[] = [];
    const taken = new Set<string>();
    ids.forEach((id, index) => {
      if (exists[index] === true || taken.has(id)) return;
      taken.add(id);
      fresh.push(index);
    });
    if (fresh.length > 0) {
      await queue.addBulk(
        fresh.map((index) => ({
          name: INGEST_JOB_NAME,
          data: files[index] as InboxIngestJobData,
          opts: { jobId: ids[index] },
        })),
      );
      for (const index of fresh) results[index] = { jobId: ids[index] ?? '', status: 'added' };
    }
    for (const [index, file] of files.entries()) results[index] ??= await add(file);
    return results as EnqueueResult[];
  }

  // State first, then the job: a job read before its state could be a pre-finish snapshot of a
  // job that has failed since (no reason, no attempts). Finishing writes both atomically.
  async function jobStatus(jobId: string): Promise<IngestJobStatus> {
    const state = await queue.getJobState(jobId);
    const job = await queue.getJob(jobId);
    return job
      ? describeJob(job as Job<IngestTaskData, IngestJobResult>, state)
      : unknownJob(jobId);
  }

  return {
    addContent: ({ bytes, fileName, uri }) =>
      add({
        kind: 'content',
        fileName,
        uri: uri ?? fileName,
        contentHash: sha256Hex(bytes),
        contentBase64: Buffer.from(bytes).toString('base64'),
      }),
    addInboxFile: (file) => add({ kind: 'inbox', ...file }),
    addInboxFiles: (files) => addMany(files.map((file) => ({ kind: 'inbox', ...file }))),
    addFeedItems: (feedJobId, articles) =>
      addFeedItems(queue as Queue, feedJobId, articles, (job, data) => retryFailed(job, data)),
    async scheduleInboxScan(everyMs = INBOX_SCAN_EVERY_MS) {
      await queue.upsertJobScheduler(
        INBOX_SCAN_SCHEDULER_ID,
        { every: everyMs },
        {
          name: INBOX_SCAN_JOB_NAME,
          data: {},
          opts: { attempts: 1, removeOnComplete: true, removeOnFail: 100 },
        },
      );
    },
    getJobStatus: (jobId) => jobStatus(jobId),
    async retryJob(jobId) {
      const job = await queue.getJob(jobId);
      if (!job || (await job.getState()) !== 'failed') return false;
      return retryFailed(job);
    },
    getDepth: () => queueDepth(queue),
    getRates: (minutes = 15) => queueRates(queue, minutes),
    getFailureCodes: () => failureCodes(queue),
    retryFailed: (filter = {}) => retryFailedJobs(queue, filter, (job) => retryFailed(job)),
    waitForJobs: (jobIds, waitOptions) =>
      waitForJobs(
        { connection: options.connection, prefix, queueName: INGEST_QUEUE_NAME },
        jobIds,
        jobStatus,
        waitOptions,
      ),
    close: () => queue.close(),
  };
}

/** Where a job's bytes came from: its inbox path, or the uri its submitter gave. */
function sourceOf(data: IngestTaskData | InboxScanJobData): string {
  if (!('kind' in data)) return '';
  if (data.kind === 'item') return `item:${data.sourceUri}`;
  return data.kind === 'inbox' ? `inbox:${data.path}` : `content:${data.uri}`;
}

async function retryFailed(job: Job, data?: IngestTaskData): Promise<boolean> {
  try {
    if (data) await job.updateData(data);
    await job.retry('failed', { resetAttemptsMade: true, resetAttemptsStarted: true });
    return true;
  } catch {
    // Another client retried it first, or it was removed: it is no longer failed.
    return false;
  }
}

function describeJob(job: Job<IngestTaskData, IngestJobResult>, state: string): IngestJobStatus {
  const known: IngestJobState[] = ['waiting', 'active', 'delayed', 'completed', 'failed'];
  const normalized: IngestJobState = known.includes(state as IngestJobState)
    ? (state as IngestJobState)
    : state === 'prioritized' || state === 'waiting-children'
      ? 'waiting'
      : 'unknown';
  return {
    jobId: job.id ?? '',
    state: normalized,
    attemptsMade: job.attemptsMade,
    result: normalized === 'completed' ? (job.returnvalue ?? null) : null,
    failure: normalized === 'failed' ? parseFailedReason(job.failedReason) : null,
  };
}

function unknownJob(jobId: string): IngestJobStatus {
  return { jobId, state: 'unknown', attemptsMade: 0, result: null, failure: null };
}
