import { randomUUID } from 'node:crypto';
import type { Redis } from 'ioredis';

export const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** A prefix of its own per test, hash-tagged like the real one. */
export function testPrefix(): string {
  return `{wdtest-${randomUUID().slice(0, 8)}}`;
}

/** Deletes every key under the prefix. */
export async function deletePrefix(redis: Redis, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 500);
    cursor = next;
    if (keys.length > 0) await redis.del(...keys);
  } while (cursor !== '0');
}
