/**
 * The ingest queue as a plain BullMQ Queue, for dashboards that read and act on jobs through
 * BullMQ's own API (Bull Board on the gateway). Producers use createIngestQueue instead.
 */
import { Queue } from 'bullmq';
import type { Redis } from 'ioredis';
import { INGEST_QUEUE_NAME, resolvePrefix, type QueueNamingOptions } from './options.js';

export interface DashboardQueueOptions extends QueueNamingOptions {
  /** An ioredis connection; the caller closes it after closing the queue. */
  connection: Redis;
}

export function createDashboardQueue(options: DashboardQueueOptions): Queue {
  const queue = new Queue(INGEST_QUEUE_NAME, {
    connection: options.connection,
    prefix: resolvePrefix(options),
  });
  // A lost connection surfaces as failed calls; without a listener BullMQ prints every retry.
  queue.on('error', () => undefined);
  return queue;
}
