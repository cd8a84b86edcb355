/** Real Redis for gateway tests: a client connection and cleanup of a test's key prefix. */
import { randomBytes } from 'node:crypto';
import { connectRedis, type RedisConnection } from '@wiredesk/queue';

export const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

export function uniquePrefix(name: string): string {
  return `{test-gateway-${name}-${randomBytes(4).toString('hex')}}`;
}

export function connectTestRedis(): Promise<RedisConnection> {
  return connectRedis(redisUrl, { role: 'client', connectionName: 'gateway-test' });
}

/** Deletes every key under the prefix (BullMQ keys are `<prefix>:<queue>:…`). */
export async function deletePrefix(redis: RedisConnection, prefix: string): Promise<void> {
  let cursor = '0';
  do {
    const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 500);
    if (keys.length > 0) await redis.del(...keys);
    cursor = next;
  } while (cursor !== '0');
}
