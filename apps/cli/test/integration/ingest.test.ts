import { randomUUID } from 'node:crypto';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import {
  connectRedis,
  createIngestQueue,
  ingestJobId,
  type RedisConnection,
} from '@wiredesk/queue';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { runCli, seedFile } from '../run-cli.js';

const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
let redis: RedisConnection;
let prefix: string;
let dir: string;

beforeEach(async () => {
  prefix = `{wdtest-${randomUUID().slice(0, 8)}}`;
  vi.stubEnv('QUEUE_PREFIX', prefix);
  vi.stubEnv('REDIS_URL', redisUrl);
  redis = await connectRedis(redisUrl);
  dir = await mkdtemp(path.join(tmpdir(), 'wiredesk-ingest-'));
});

afterEach(async () => {
  vi.unstubAllEnvs();
  const keys = await redis.keys(`${prefix}*`);
  if (keys.length > 0) await redis.del(...keys);
  redis.disconnect();
  await rm(dir, { recursive: true, force: true });
});

describe('wiredesk ingest', () => {
  it('enqueues each distinct content once under its content-hash job id', async () => {
    const bytes = await readFile(seedFile);
    await writeFile(path.join(dir, 'a.txt'), bytes);
    await writeFile(path.join(dir, 'b.txt'), bytes);
    await writeFile(path.join(dir, 'c.txt'), 'other content');
    const { exitCode, stdout } = await runCli(['ingest', dir]);
    expect(exitCode).toBe(0);
    expect(stdout.trim()).toBe('enqueued 2, duplicates 1, failed 0');

    const queue = createIngestQueue({ connection: redis, prefix });
    try {
      expect((await queue.getJobStatus(ingestJobId(bytes))).state).toBe('waiting');
    } finally {
      await queue.close();
    }
  });

  it('with --wait and no worker, reports the jobs as pending at the timeout and exits 1', async () => {
    await writeFile(path.join(dir, 'a.txt'), 'some article');
    const { exitCode, stdout } = await runCli(['ingest', dir, '--wait', '--timeout', '0.2']);
    expect(exitCode).toBe(1);
    expect(stdout.trim()).toBe('ingested 0, duplicates 0, failed 0, pending 1');
  });

  it('counts a missing path as failed without enqueueing it', async () => {
    const { exitCode, stdout, stderr } = await runCli(['ingest', path.join(dir, 'nope.txt')]);
    expect(exitCode).toBe(1);
    expect(stdout.trim()).toBe('enqueued 0, duplicates 0, failed 1');
    expect(stderr).toContain('SOURCE_MISSING');
  });

  it('fails with one line naming the Redis URL when Redis is unreachable', async () => {
    vi.stubEnv('REDIS_URL', 'redis://127.0.0.1:1');
    await writeFile(path.join(dir, 'a.txt'), 'x');
    await expect(runCli(['ingest', dir])).rejects.toThrow(
      /Cannot reach Redis at redis:\/\/127\.0\.0\.1:1/,
    );
  });
});
