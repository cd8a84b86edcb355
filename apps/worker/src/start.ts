/**
 * Start-up checks shared by the worker entry point: each unreachable service becomes one
 * readable line (which URL, how to start it) instead of a stack trace.
 */
import { QueueUnavailableError, connectRedis, type RedisConnection } from '@wiredesk/queue';
import { StoreError, createStore, ensureDatabase, type Store } from '@wiredesk/store';
import { EnvError } from './env.js';

/** Errors whose message is enough for the user: print it alone and exit 1. */
export function isStartupError(error: unknown): error is Error {
  return (
    error instanceof QueueUnavailableError ||
    error instanceof StoreError ||
    error instanceof EnvError
  );
}

/** Connects to Redis (worker mode), creates the database if needed and migrates it. */
export async function connectServices(env: {
  redisUrl: string;
  databaseUrl: string;
}): Promise<{ redis: RedisConnection; store: Store }> {
  const redis = await connectRedis(env.redisUrl, {
    role: 'worker',
    connectionName: 'wiredesk-worker',
  });
  try {
    await ensureDatabase(env.databaseUrl);
    const store = createStore({ databaseUrl: env.databaseUrl });
    try {
      await store.migrate();
    } catch (error) {
      await store.close();
      throw error;
    }
    return { redis, store };
  } catch (error) {
    redis.disconnect();
    throw error;
  }
}
