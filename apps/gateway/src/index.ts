/**
 * The gateway process: read env, make sure Postgres (database + migrations) and Redis answer,
 * serve GraphQL over HTTP, and shut down cleanly on SIGTERM/SIGINT.
 */
import { createServer } from 'node:http';
import {
  connectRedis,
  createDashboardQueue,
  createIngestQueue,
  isQueueUnavailableError,
  type RedisConnection,
} from '@wiredesk/queue';
import { createStore, ensureDatabase, isUnavailable, type Store } from '@wiredesk/store';
import { pino } from 'pino';
import { collectDefaultMetrics, Registry } from 'prom-client';
import { createGateway } from './create-gateway.js';
import { EnvError, readEnv, type GatewayEnv } from './env.js';
import { createArticleEvents } from './live/article-events.js';
import { yogaLogger } from './logging.js';

// In-flight requests get this long after a signal before the process exits anyway.
const shutdownGraceMs = 10_000;

/** Exits with one line on stderr, no stack trace: these are setup problems, not bugs. */
function fail(lines: string[]): never {
  for (const line of lines) process.stderr.write(`gateway: ${line}\n`);
  process.exit(1);
}

async function connectServices(env: GatewayEnv): Promise<{ store: Store; redis: RedisConnection }> {
  const store = createStore({ databaseUrl: env.databaseUrl });
  const [postgres, redis] = await Promise.allSettled([
    ensureDatabase(env.databaseUrl).then(() => store.migrate()),
    connectRedis(env.redisUrl, { role: 'client', connectionName: 'wiredesk-gateway' }),
  ]);
  const problems = [postgres, redis]
    .filter((result): result is PromiseRejectedResult => result.status === 'rejected')
    .map((result) => result.reason as unknown);
  if (problems.length > 0) {
    await store.close();
    if (redis.status === 'fulfilled') redis.value.disconnect();
    const expected = problems.every((p) => isUnavailable(p) || isQueueUnavailableError(p));
    if (!expected) throw problems[0];
    fail(problems.map((p) => (p instanceof Error ? p.message : String(p))));
  }
  return { store, redis: (redis as PromiseFulfilledResult<RedisConnection>).value };
}

async function main(): Promise<void> {
  let env: GatewayEnv;
  try {
    env = readEnv();
  } catch (error) {
    if (error instanceof EnvError) fail([error.message]);
    throw error;
  }
  const logger = pino({ name: 'gateway', level: env.logLevel });
  const { store, redis } = await connectServices(env);
  const prefix = env.queuePrefix === undefined ? {} : { prefix: env.queuePrefix };
  const ingest = createIngestQueue({ connection: redis, ...prefix });
  const articleEvents = await createArticleEvents(redis, {
    ...prefix,
    onInvalid: (raw) => logger.warn({ raw }, 'ignored an invalid article-ingested event'),
    onListenerError: (error, event) =>
      logger.error(
        { articleId: event.articleId, err: String(error) },
        'could not pass an article-ingested event on',
      ),
  });
  if (env.apiKeys.length === 0) logger.warn('API_KEYS is empty: mutations are refused');
  const dashboardQueue = createDashboardQueue({ connection: redis, ...prefix });
  const metricsRegistry = new Registry();
  collectDefaultMetrics({ register: metricsRegistry });
  const yoga = createGateway({
    store,
    redis,
    ingest,
    articleEvents,
    apiKeys: env.apiKeys,
    requireAuthForReads: env.requireAuthForReads,
    responseCacheTtlMs: env.responseCacheTtlMs,
    limits: { maxBodyBytes: env.maxRequestBodyBytes, maxComplexity: env.maxQueryComplexity },
    metricsRegistry,
    queueBoard: { queue: dashboardQueue, adminKeys: env.adminApiKeys },
    graphiql: env.graphiql,
    introspection: env.introspection,
    logging: yogaLogger(logger),
  });
  const server = createServer((request, response) => {
    void yoga.requestListener(request, response);
  });
  server.listen(env.port, () => {
    logger.info(
      `GraphQL on http://localhost:${env.port}${yoga.graphqlEndpoint}, health on /healthz, ` +
        'metrics on /metrics, queues on /admin/queues',
    );
  });

  let stopping = false;
  const stop = (signal: NodeJS.Signals): void => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down');
    setTimeout(() => {
      logger.warn('requests still open after the grace period; exiting');
      process.exit(1);
    }, shutdownGraceMs).unref();
    server.close(() => {
      void Promise.allSettled([yoga.dispose(), ingest.close(), dashboardQueue.close()])
        .then(() => Promise.allSettled([store.close(), redis.quit()]))
        .then(() => process.exit(0));
    });
    // Keep-alive sockets would otherwise hold server.close() open until they time out.
    server.closeIdleConnections();
    // Live subscriptions never end by themselves: completing them lets their connections close.
    void articleEvents.close();
  };
  process.once('SIGTERM', stop);
  process.once('SIGINT', stop);
}

main().catch((error: unknown) => {
  // Coded errors (Postgres refusing a password, a failed migration) are setup problems: their
  // message says enough. Anything else is a bug, and its stack helps.
  const coded = error instanceof Error && 'code' in error;
  const detail =
    error instanceof Error
      ? coded
        ? error.message
        : (error.stack ?? error.message)
      : String(error);
  process.stderr.write(`gateway: failed to start: ${detail}\n`);
  process.exit(1);
});
