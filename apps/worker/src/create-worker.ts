/** Wires parser, store and queue into a running ingestion worker. */
import { isParseError, parseArticles } from '@wiredesk/parser';
import {
  createIngestQueue,
  createIngestWorker,
  type IngestWorker,
  type RedisConnection,
  type WorkerLogger,
} from '@wiredesk/queue';
import type { Store } from '@wiredesk/store';
import { createIngestProcessor } from './ingest-processor.js';
import { createWorkerMetrics } from './metrics.js';
import { createWriteBatcher } from './write-batcher.js';
import type { Registry } from 'prom-client';

export interface IngestionWorkerOptions {
  /** Connected ioredis client with `maxRetriesPerRequest: null` (see connectRedis); caller closes it. */
  redis: RedisConnection;
  /** A migrated store; the caller closes it. */
  store: Store;
  inboxDir: string;
  /** BullMQ key prefix. Default `{wiredesk}`. */
  prefix?: string;
  /** Default 4. */
  concurrency?: number;
  /** When set, registers the inbox-scan scheduler with this period (every worker upserts the same one). */
  inboxScanEveryMs?: number;
  /** Let files settle this long before a scan takes them (see scanInbox). Default 1000. */
  inboxSettleMs?: number;
  logger?: WorkerLogger;
}

export interface IngestionWorker extends IngestWorker {
  readonly prefix: string;
  /** This worker's Prometheus metrics (serve them with serveMetrics). */
  readonly metrics: Registry;
}

/** Starts an ingestion worker and, if asked, registers the inbox-scan scheduler. */
export async function createIngestionWorker(
  options: IngestionWorkerOptions,
): Promise<IngestionWorker> {
  const prefix = options.prefix ?? '{wiredesk}';
  // The depth gauge reads the queue when scraped; the processor adds feed item jobs through it.
  const queue = createIngestQueue({ connection: options.redis, prefix });
  const metrics = createWorkerMetrics(queue);
  const writes = createWriteBatcher({ store: options.store });
  const processor = createIngestProcessor({
    store: options.store,
    writes,
    queue,
    redis: options.redis,
    prefix,
    inboxDir: options.inboxDir,
    ...(options.inboxSettleMs === undefined ? {} : { inboxSettleMs: options.inboxSettleMs }),
    parse: parseArticles,
    isParseError,
    logger: options.logger,
  });
  const worker = createIngestWorker({
    connection: options.redis,
    prefix,
    concurrency: options.concurrency,
    processor: metrics.instrument(processor),
    inbox: { dir: options.inboxDir, settleMs: options.inboxSettleMs },
    logger: options.logger,
  });
  if (options.inboxScanEveryMs !== undefined)
    await queue.scheduleInboxScan(options.inboxScanEveryMs);
  await worker.waitUntilReady();
  return {
    prefix,
    metrics: metrics.registry,
    waitUntilReady: () => worker.waitUntilReady(),
    async close() {
      // Closing waits for the running jobs, which wait for their batch to commit.
      await worker.close();
      await writes.flush();
      await queue.close();
    },
  };
}
