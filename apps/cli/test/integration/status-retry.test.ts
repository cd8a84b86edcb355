import { randomUUID } from 'node:crypto';
import {
  connectRedis,
  createIngestQueue,
  createIngestWorker,
  permanentFailure,
  type IngestQueue,
  type RedisConnection,
} from '@wiredesk/queue';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../run-cli.js';

const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const prefix = `{wdcli-${randomUUID().slice(0, 8)}}`;
let redis: RedisConnection;
let queue: IngestQueue;

beforeAll(async () => {
  vi.stubEnv('QUEUE_PREFIX', prefix);
  redis = await connectRedis(redisUrl);
  queue = createIngestQueue({ connection: redis, prefix });
  // Three files fail for good: one EMPTY, two BINARY.
  const worker = createIngestWorker({
    connection: redis,
    prefix,
    processor: ({ data }) => {
      const code = data.kind === 'content' && data.fileName === 'e.txt' ? 'EMPTY' : 'BINARY';
      return Promise.reject(permanentFailure({ code, message: 'bad input' }));
    },
  });
  const jobs = await Promise.all(
    ['e.txt', 'p.txt', 'q.txt'].map((fileName) =>
      queue.addContent({ bytes: Buffer.from(fileName), fileName }),
    ),
  );
  await queue.waitForJobs(jobs.map((job) => job.jobId));
  await worker.close();
});

afterAll(async () => {
  vi.unstubAllEnvs();
  await queue.close();
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
  redis.disconnect();
});

describe('wiredesk status and retry --code', () => {
  it('status reports depth and failed jobs by code', async () => {
    const { exitCode, stdout } = await runCli(['status']);
    expect(exitCode).toBe(0);
    expect(stdout).toContain('failed 3');
    expect(stdout).toContain('failures by code: BINARY 2, EMPTY 1');
    expect(stdout).toMatch(/failed: \d this minute, 0\.2\/min over the last 15 min/);
    const json = JSON.parse((await runCli(['status', '--json'])).stdout) as {
      failuresByCode: Record<string, number>;
      rates: { failedPerMinute: number[] };
    };
    expect(json.failuresByCode).toEqual({ BINARY: 2, EMPTY: 1 });
    // The three failures just happened: they are counted even though BullMQ has not closed
    // their minute yet (a minute may have turned in between, hence the sum).
    expect(json.rates.failedPerMinute.reduce((a, b) => a + b, 0)).toBe(3);
  });

  it('retry --code moves only the failed jobs of that code back to waiting', async () => {
    const { exitCode, stdout } = await runCli(['retry', '--code', 'BINARY']);
    expect(exitCode).toBe(0);
    expect(stdout).toBe('2 failed job(s) with code BINARY retrying\n');
    expect(await queue.getDepth()).toMatchObject({ failed: 1, waiting: 2 });
  });

  it('retry without ids, --code or --all refuses', async () => {
    expect((await runCli(['retry'])).exitCode).toBe(2);
  });
});
