import type { Article } from '@wiredesk/domain';
import type { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  connectRedis,
  createIngestQueue,
  jobIdForItem,
  sha256Hex,
  type IngestQueue,
} from '../../src/index.js';
import { deletePrefix, redisUrl, testPrefix } from './helpers.js';

let redis: Redis;
let prefix: string;
let queue: IngestQueue;

// The queue reads only an article's source uri and content hash; the rest travels untouched.
const item = (guid: string, body: string): Article =>
  ({
    source: { uri: guid, format: 'RSS', size: body.length, ingestedAt: '2026-01-01T00:00:00Z' },
    contentHash: sha256Hex(Buffer.from(body)),
  }) as Article;

beforeEach(async () => {
  redis = await connectRedis(redisUrl);
  prefix = testPrefix();
  queue = createIngestQueue({ connection: redis, prefix });
});

afterEach(async () => {
  await queue.close();
  await deletePrefix(redis, prefix);
  redis.disconnect();
});

describe('addFeedItems', () => {
  it('adds one waiting job per item under its guid + content id', async () => {
    const items = [item('urn:a', 'A'), item('urn:b', 'B'), item('urn:c', 'C')];
    const added = await queue.addFeedItems('ingest-feed1', items);
    expect(added.map((job) => job.status)).toEqual(['added', 'added', 'added']);
    expect(added[0]?.jobId).toBe(jobIdForItem('urn:a', sha256Hex(Buffer.from('A'))));
    const states = await Promise.all(added.map((job) => queue.getJobStatus(job.jobId)));
    expect(states.map((status) => status.state)).toEqual(['waiting', 'waiting', 'waiting']);
  });

  it('reports items another feed already added as duplicates, and adds only new content', async () => {
    await queue.addFeedItems('ingest-feed1', [item('urn:a', 'A'), item('urn:b', 'B')]);
    const second = await queue.addFeedItems('ingest-feed2', [
      item('urn:a', 'A'),
      item('urn:b', 'B, edited'),
    ]);
    expect(second.map((job) => job.status)).toEqual(['duplicate', 'added']);
    expect((await queue.getDepth()).waiting).toBe(3);
  });

  it('still reports its own items as added when the same feed job runs again', async () => {
    await queue.addFeedItems('ingest-feed1', [item('urn:a', 'A')]);
    const rerun = await queue.addFeedItems('ingest-feed1', [item('urn:a', 'A')]);
    expect(rerun.map((job) => job.status)).toEqual(['added']);
    expect((await queue.getDepth()).waiting).toBe(1);
  });
});
