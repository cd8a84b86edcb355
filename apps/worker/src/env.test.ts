import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { EnvError, readEnv } from './env.js';
import { findRepoRoot } from './repo-root.js';

describe('readEnv', () => {
  it('defaults to local Redis, Postgres and <repo root>/data/inbox', () => {
    expect(readEnv({})).toEqual({
      redisUrl: 'redis://127.0.0.1:6379',
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/wiredesk',
      inboxDir: path.join(findRepoRoot(), 'data', 'inbox'),
      inboxScanEveryMs: 5000,
      concurrency: 64,
      queuePrefix: '{wiredesk}',
      metricsPort: 9464,
      logLevel: 'info',
    });
  });

  it('names the variable that has a bad value', () => {
    expect(() => readEnv({ WORKER_CONCURRENCY: 'many' })).toThrow(EnvError);
    expect(() => readEnv({ WORKER_CONCURRENCY: 'many' })).toThrow(/WORKER_CONCURRENCY/);
    expect(() => readEnv({ REDIS_URL: 'http://x' })).toThrow(/REDIS_URL/);
  });

  it('treats empty variables as unset', () => {
    expect(readEnv({ QUEUE_PREFIX: '' }).queuePrefix).toBe('{wiredesk}');
  });
});
