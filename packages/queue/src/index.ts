/** The ioredis client type, so apps need no direct ioredis dependency. */
export type { Redis as RedisConnection } from 'ioredis';
export {
  connectRedis,
  createRedisConnection,
  redactUrl,
  type RedisConnectionOptions,
} from './connection.js';
export { createDashboardQueue, type DashboardQueueOptions } from './dashboard-queue.js';
export {
  IngestSourceError,
  QueueUnavailableError,
  isIngestSourceError,
  isQueueUnavailableError,
  type IngestSourceErrorCode,
  type QueueErrorCode,
} from './errors.js';
export {
  UNKNOWN_FAILURE_CODE,
  formatFailure,
  isPermanentFailure,
  parseFailedReason,
  permanentFailure,
  type JobFailure,
} from './failure.js';
export { inboxSeenKey, scanInbox, type InboxScanOptions } from './inbox-scan.js';
export {
  INBOX_SETTLE_MS,
  isInside,
  loadIngestSource,
  resolveInboxPath,
  SOURCE_CHANGING,
  type IngestSource,
  type LoadSourceOptions,
} from './inbox-source.js';
export {
  createIngestQueue,
  type EnqueueResult,
  type IngestJobState,
  type IngestJobStatus,
  type IngestQueue,
  type IngestQueueOptions,
} from './ingest-queue.js';
export { ingestJobId, jobIdForHash, jobIdForItem, jobIdForSource, sha256Hex } from './job-id.js';
export type {
  ContentIngestJobData,
  FeedItemJob,
  InboxIngestJobData,
  InboxScanJobData,
  InboxScanResult,
  IngestJobData,
  IngestJobResult,
  IngestTaskData,
  IngestedArticle,
  ItemIngestJobData,
} from './jobs.js';
export {
  DEFAULT_QUEUE_PREFIX,
  INBOX_SCAN_EVERY_MS,
  INBOX_SCAN_JOB_NAME,
  INBOX_SCAN_SCHEDULER_ID,
  INGEST_ATTEMPTS,
  INGEST_BACKOFF_DELAY_MS,
  INGEST_ITEM_JOB_NAME,
  INGEST_JOB_NAME,
  INGEST_QUEUE_NAME,
  MAX_JOB_CONTENT_BYTES,
  WORKER_LOCK_DURATION_MS,
  WORKER_MAX_STALLED_COUNT,
  WORKER_STALLED_INTERVAL_MS,
  type QueueNamingOptions,
} from './options.js';
export {
  articleIngestedChannel,
  publishArticleIngested,
  subscribeArticleIngested,
  type SubscribeOptions,
} from './pubsub.js';
export { measureNoopJobs, type NoopBenchmarkOptions } from './noop-benchmark.js';
export type { QueueDepth, QueueRates } from './queue-status.js';
export type { JobOutcome, WaitForJobsOptions } from './wait-for-jobs.js';
export {
  createIngestWorker,
  type IngestJobContext,
  type IngestProcessor,
  type IngestWorker,
  type IngestWorkerOptions,
  type WorkerLogger,
} from './worker.js';
