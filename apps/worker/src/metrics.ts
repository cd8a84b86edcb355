/**
 * Prometheus metrics of one worker process: jobs by outcome and how long they took, permanent
 * failures by code, articles stored, and the queue's depth (read from Redis when scraped).
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import {
  isPermanentFailure,
  parseFailedReason,
  type IngestProcessor,
  type IngestQueue,
} from '@wiredesk/queue';
import { Counter, Gauge, Histogram, Registry, collectDefaultMetrics } from 'prom-client';

/** How a job attempt ended: stored, failed for good, or failed and to be retried. */
export type JobOutcomeLabel = 'completed' | 'failed' | 'retried';

export interface WorkerMetrics {
  readonly registry: Registry;
  /** Wraps a processor so every attempt is counted and timed. */
  instrument(processor: IngestProcessor): IngestProcessor;
}

/** Creates the worker's metrics; `queue` supplies the depth gauge at scrape time. */
export function createWorkerMetrics(queue: Pick<IngestQueue, 'getDepth'>): WorkerMetrics {
  const registry = new Registry();
  collectDefaultMetrics({ register: registry });
  const jobs = new Counter({
    name: 'wiredesk_ingest_jobs_total',
    help: 'Ingest job attempts by outcome (completed, failed for good, retried).',
    labelNames: ['outcome'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'wiredesk_ingest_job_duration_seconds',
    help: 'Time to run one ingest job attempt (read, parse, store), by outcome.',
    labelNames: ['outcome'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  });
  const failures = new Counter({
    name: 'wiredesk_parse_errors_total',
    help: 'Inputs rejected for good, by error code (parser codes and SOURCE_*).',
    labelNames: ['code'],
    registers: [registry],
  });
  const articles = new Counter({
    name: 'wiredesk_articles_stored_total',
    help: 'Articles stored by completed jobs; created="false" when the store already held them.',
    labelNames: ['created'],
    registers: [registry],
  });
  new Gauge({
    name: 'wiredesk_queue_jobs',
    help: 'Jobs in the ingest queue by state (the whole queue, not just this worker).',
    labelNames: ['state'],
    registers: [registry],
    async collect() {
      const depth: Record<string, number> = { ...(await queue.getDepth()) };
      for (const [state, count] of Object.entries(depth)) this.set({ state }, count);
    },
  });

  return {
    registry,
    instrument: (processor) => async (job) => {
      const stop = duration.startTimer();
      let outcome: JobOutcomeLabel = 'completed';
      try {
        const result = await processor(job);
        for (const article of result.articles) articles.inc({ created: String(article.created) });
        return result;
      } catch (error) {
        if (isPermanentFailure(error)) {
          outcome = 'failed';
          failures.inc({ code: parseFailedReason(error.message).code });
        } else {
          outcome = job.isFinalAttempt ? 'failed' : 'retried';
        }
        throw error;
      } finally {
        jobs.inc({ outcome });
        stop({ outcome });
      }
    },
  };
}

/** Serves `GET /metrics` on `port` (0: any free port); resolves once listening. */
export async function serveMetrics(
  registry: Registry,
  port: number,
): Promise<{ port: number; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    if (request.method !== 'GET' || request.url?.split('?')[0] !== '/metrics') {
      response.writeHead(404).end('not found\n');
      return;
    }
    registry.metrics().then(
      (body) => response.writeHead(200, { 'content-type': registry.contentType }).end(body),
      (error: unknown) => response.writeHead(500).end(`${String(error)}\n`),
    );
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, resolve);
  });
  return {
    port: (server.address() as AddressInfo).port,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
