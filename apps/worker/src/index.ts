#!/usr/bin/env node
/** The worker process: read env, check services, run, drain on SIGTERM/SIGINT. */
import { mkdir } from 'node:fs/promises';
import { pino } from 'pino';
import { createIngestionWorker } from './create-worker.js';
import { EnvError, readEnv } from './env.js';
import { serveMetrics } from './metrics.js';
import { connectServices, isStartupError } from './start.js';

async function main(): Promise<void> {
  const env = readEnv();
  const logger = pino({ level: env.logLevel, base: { service: 'worker', pid: process.pid } });
  await mkdir(env.inboxDir, { recursive: true });
  const { redis, store } = await connectServices(env);
  const worker = await createIngestionWorker({
    redis,
    store,
    inboxDir: env.inboxDir,
    prefix: env.queuePrefix,
    concurrency: env.concurrency,
    inboxScanEveryMs: env.inboxScanEveryMs,
    logger,
  });
  const metrics = await serveMetrics(worker.metrics, env.metricsPort).catch((error: unknown) => {
    const code = (error as { code?: unknown }).code;
    if (code !== 'EADDRINUSE') throw error;
    throw new EnvError(
      `METRICS_PORT ${env.metricsPort} is in use; set another (0 picks a free port)`,
    );
  });
  logger.info(
    {
      inboxDir: env.inboxDir,
      concurrency: env.concurrency,
      prefix: env.queuePrefix,
      metricsPort: metrics.port,
    },
    'worker started',
  );

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'draining in-flight jobs');
    // worker.close() waits for running jobs; anything killed harder is recovered as a stalled job.
    void worker
      .close()
      .then(() => metrics.close())
      .then(() => store.close())
      .then(() => redis.quit())
      .then(() => {
        logger.info('worker stopped');
        process.exit(0);
      })
      .catch((error: unknown) => {
        logger.error({ err: String(error) }, 'unclean shutdown');
        process.exit(1);
      });
  };
  process.on('SIGTERM', stop);
  process.on('SIGINT', stop);
}

main().catch((error: unknown) => {
  if (isStartupError(error)) {
    process.stderr.write(`wiredesk worker: ${error.message}\n`);
  } else {
    process.stderr.write(
      `wiredesk worker: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
  }
  process.exit(1);
});
