import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  INGEST_QUEUE_NAME,
  connectRedis,
  createIngestQueue,
  createIngestWorker,
  permanentFailure,
  type IngestJobStatus,
  type IngestQueue,
  type IngestWorker,
} from '../../src/index.js';
import { deletePrefix, redisUrl, testPrefix } from './helpers.js';

let redis: Redis;
let prefix: string;
let queue: IngestQueue;
let worker: IngestWorker | undefined;

beforeEach(async () => {
  redis = await connectRedis(redisUrl);
  prefix = testPrefix();
  queue = createIngestQueue({ connection: redis, prefix });
});

afterEach(async () => {
  await worker?.close();
  await queue.close();
  await deletePrefix(redis, prefix);
  redis.disconnect();
});

async function settled(jobId: string): Promise<IngestJobStatus> {
  for (;;) {
    const status = await queue.getJobStatus(jobId);
    if (status.state === 'completed' || status.state === 'failed') return status;
    await sleep(20);
  }
}

async function storedContent(jobId: string): Promise<string> {
  const data = await redis.hget(`${prefix}:${INGEST_QUEUE_NAME}:${jobId}`, 'data');
  return (JSON.parse(data ?? '{}') as { contentBase64?: string }).contentBase64 ?? '';
}

describe('createIngestWorker', () => {
  it('drops the bytes of a completed content job and keeps those of a failed one for retries', async () => {
    worker = createIngestWorker({
      connection: redis,
      prefix,
      processor: ({ data }) => {
        if (data.kind === 'content' && data.fileName === 'bad.txt') {
          return Promise.reject(permanentFailure({ code: 'EMPTY', message: 'bad' }));
        }
        return Promise.resolve({ file: 'x', articles: [] });
      },
    });
    const good = await queue.addContent({ bytes: Buffer.from('good'), fileName: 'good.txt' });
    const bad = await queue.addContent({ bytes: Buffer.from('bad'), fileName: 'bad.txt' });
    expect((await settled(good.jobId)).state).toBe('completed');
    expect(await settled(bad.jobId)).toMatchObject({
      state: 'failed',
      attemptsMade: 1,
      failure: { code: 'EMPTY' },
    });
    expect(await storedContent(good.jobId)).toBe('');
    expect(await storedContent(bad.jobId)).toBe(Buffer.from('bad').toString('base64'));
  });

  it('retries a failed job under the same id when its content is added again', async () => {
    let calls = 0;
    worker = createIngestWorker({
      connection: redis,
      prefix,
      processor: () => {
        calls += 1;
        return calls === 1
          ? Promise.reject(permanentFailure({ code: 'SOURCE_MISSING', message: 'gone' }))
          : Promise.resolve({ file: 'x', articles: [{ articleId: 'a', created: true }] });
      },
    });
    const bytes = Buffer.from('comes back');
    const first = await queue.addContent({ bytes, fileName: 'a.txt' });
    expect((await settled(first.jobId)).state).toBe('failed');
    expect(await queue.addContent({ bytes, fileName: 'a.txt' })).toEqual({
      jobId: first.jobId,
      status: 'retried',
    });
    expect((await settled(first.jobId)).state).toBe('completed');
  });
});
