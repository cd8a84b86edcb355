/**
 * ioredis connections. BullMQ workers need `maxRetriesPerRequest: null` (their blocking commands
 * must wait through reconnects); short-lived clients such as the CLI prefer failing fast.
 */
import { Redis } from 'ioredis';
import { QueueUnavailableError } from './errors.js';

export interface RedisConnectionOptions {
  /**
   * `worker` (default): retry requests forever through reconnects, as BullMQ workers require.
   * `client`: give up on a request after a few reconnects, so a CLI or HTTP request fails fast.
   */
  role?: 'worker' | 'client';
  /** Connection name shown by `CLIENT LIST`. */
  connectionName?: string;
}

/** Creates a lazy ioredis connection; nothing is sent until {@link connectRedis} or first use. */
export function createRedisConnection(url: string, options: RedisConnectionOptions = {}): Redis {
  const role = options.role ?? 'worker';
  return new Redis(url, {
    lazyConnect: true,
    maxRetriesPerRequest: role === 'worker' ? null : 3,
    enableOfflineQueue: true,
    connectionName: options.connectionName,
    retryStrategy: (times) => Math.min(times * 200, 5000),
  });
}

/**
 * Creates a connection and waits until Redis answers PING.
 * @throws QueueUnavailableError naming the URL (password hidden) and how to start Redis.
 */
export async function connectRedis(
  url: string,
  options: RedisConnectionOptions = {},
): Promise<Redis> {
  const redis = createRedisConnection(url, options);
  let firstError: unknown;
  const onError = (error: unknown): void => {
    firstError ??= error;
  };
  redis.on('error', onError);
  try {
    await redis.connect();
    await redis.ping();
  } catch (error) {
    redis.disconnect();
    throw new QueueUnavailableError(redactUrl(url), { cause: firstError ?? error });
  } finally {
    redis.off('error', onError);
  }
  return redis;
}

/** The URL with any password replaced by `***`, safe to log. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return url;
  }
}
