/**
 * An inbox file replaced while the scan runs: what the scan remembers and queues must describe
 * one version of the file, never the stat of one and the bytes of another.
 */
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  connectRedis,
  createIngestQueue,
  inboxSeenKey,
  scanInbox,
  sha256Hex,
  type IngestQueue,
} from '../../src/index.js';
import { deletePrefix, redisUrl, testPrefix } from './helpers.js';

let redis: Redis;
let prefix: string;
let queue: IngestQueue;
let inbox: string;

beforeEach(async () => {
  redis = await connectRedis(redisUrl);
  prefix = testPrefix();
  queue = createIngestQueue({ connection: redis, prefix });
  inbox = await mkdtemp(path.join(tmpdir(), 'wiredesk-inbox-'));
});

afterEach(async () => {
  await queue.close();
  await deletePrefix(redis, prefix);
  redis.disconnect();
  await rm(inbox, { recursive: true, force: true });
});

describe('scanInbox, a file replaced during the scan', () => {
  it('remembers a size and mtime only with the hash of the bytes they describe', async () => {
    const short = Buffer.from('A short version of the wire story.\n'.repeat(3));
    const long = Buffer.from('A much longer version of the same wire story.\n'.repeat(300));
    const hashOfSize = new Map([
      [short.length, sha256Hex(short)],
      [long.length, sha256Hex(long)],
    ]);
    // Other files put time between the stat of story.txt and its hashing.
    for (let n = 0; n < 200; n += 1) await writeFile(path.join(inbox, `other-${n}.txt`), `${n}`);
    const story = path.join(inbox, 'story.txt');
    await writeFile(story, short);
    // A writer that replaces the file whole (write aside, rename in), as fast as it can.
    let writing = true;
    const writer = (async () => {
      for (let n = 0; writing; n += 1) {
        await writeFile(`${story}.part`, n % 2 === 0 ? long : short);
        await rename(`${story}.part`, story);
      }
    })();
    const pairs: { size: number; hash: string }[] = [];
    try {
      for (let scan = 0; scan < 40; scan += 1) {
        await redis.del(inboxSeenKey({ prefix })); // hash it again on every scan
        await scanInbox({ inboxDir: inbox, queue, connection: redis, prefix, settleMs: 0 });
        const remembered = await redis.hget(inboxSeenKey({ prefix }), 'story.txt');
        if (remembered === null) continue; // changed while hashed: left for the next scan
        const [size = '', , hash = ''] = remembered.split(':');
        pairs.push({ size: Number(size), hash });
      }
    } finally {
      writing = false;
      await writer;
    }
    expect(pairs.length).toBeGreaterThan(0);
    for (const { size, hash } of pairs) expect(hash).toBe(hashOfSize.get(size));
  }, 60_000);
});
