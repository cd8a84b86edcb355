/**
 * The engine's ceiling for benchmarks: how many jobs per second BullMQ itself moves through a
 * worker that does nothing, on the same Redis and with the same concurrency as the ingest worker.
 */
import { Queue, Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { WORKER_LOCK_DURATION_MS, WORKER_STALLED_INTERVAL_MS } from './options.js';

export interface NoopBenchmarkOptions {
  connection: Redis;
  /** A prefix of the benchmark's own; its keys are left for the caller to delete. */
  prefix: string;
  jobs: number;
  concurrency: number;
}

/** Adds `jobs` empty jobs with addBulk, then times one worker completing them all: jobs/s. */
export async function measureNoopJobs(options: NoopBenchmarkOptions): Promise<number> {
  const name = 'noop';
  const queue = new Queue(name, { connection: options.connection, prefix: options.prefix });
  const batch = 1000;
  for (let start = 0; start < options.jobs; start += batch) {
    const size = Math.min(batch, options.jobs - start);
    await queue.addBulk(
      Array.from({ length: size }, (_, i) => ({
        name,
        data: { n: start + i },
        opts: { removeOnComplete: true },
      })),
    );
  }
  let done = 0;
  let finish: () => void = () => undefined;
  const finished = new Promise<void>((resolve) => (finish = resolve));
  const started = performance.now();
  const worker = new Worker(name, () => Promise.resolve(), {
    connection: options.connection,
    prefix: options.prefix,
    concurrency: options.concurrency,
    lockDuration: WORKER_LOCK_DURATION_MS,
    stalledInterval: WORKER_STALLED_INTERVAL_MS,
  });
  worker.on('completed', () => {
    done += 1;
    if (done === options.jobs) finish();
  });
  await finished;
  const seconds = (performance.now() - started) / 1000;
  await worker.close();
  await queue.close();
  return options.jobs / seconds;
}
