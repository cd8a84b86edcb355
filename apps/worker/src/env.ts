/** The worker's configuration: read from the environment once, here, and validated. */
import path from 'node:path';
import { z } from 'zod';
import { findRepoRoot } from './repo-root.js';

/**
 * Jobs one process runs at once. Parsing is synchronous, so this is not parallelism: it is how
 * many parsed jobs may wait for their write batch while the next ones parse (see write-batcher).
 */
export const DEFAULT_WORKER_CONCURRENCY = 64;

const positiveInt = (fallback: number) => z.coerce.number().int().positive().default(fallback);

const EnvSchema = z.object({
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/ })
    .default('postgres://postgres@127.0.0.1:5432/wiredesk'),
  INBOX_DIR: z.string().min(1).optional(),
  INBOX_SCAN_EVERY_MS: positiveInt(5000),
  WORKER_CONCURRENCY: positiveInt(DEFAULT_WORKER_CONCURRENCY),
  /** BullMQ key prefix; keep the braces (Redis Cluster hash tag). */
  QUEUE_PREFIX: z.string().min(1).default('{wiredesk}'),
  /** Port of the Prometheus /metrics endpoint; 0 picks a free one (several workers on one host). */
  METRICS_PORT: z.coerce.number().int().min(0).max(65535).default(9464),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface WorkerEnv {
  redisUrl: string;
  databaseUrl: string;
  inboxDir: string;
  inboxScanEveryMs: number;
  concurrency: number;
  queuePrefix: string;
  metricsPort: number;
  logLevel: z.infer<typeof EnvSchema>['LOG_LEVEL'];
}

/** Thrown for a bad variable; the message names it. */
export class EnvError extends Error {
  override readonly name = 'EnvError';
  readonly code = 'INVALID_ENV';
}

export function readEnv(source: NodeJS.ProcessEnv = process.env): WorkerEnv {
  // An empty variable means "unset", as in most .env files.
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new EnvError(
      `invalid ${issue?.path.join('.') ?? 'environment'}: ${issue?.message ?? 'bad value'}`,
    );
  }
  const env = parsed.data;
  return {
    redisUrl: env.REDIS_URL,
    databaseUrl: env.DATABASE_URL,
    inboxDir: path.resolve(env.INBOX_DIR ?? path.join(findRepoRoot(), 'data', 'inbox')),
    inboxScanEveryMs: env.INBOX_SCAN_EVERY_MS,
    concurrency: env.WORKER_CONCURRENCY,
    queuePrefix: env.QUEUE_PREFIX,
    metricsPort: env.METRICS_PORT,
    logLevel: env.LOG_LEVEL,
  };
}
