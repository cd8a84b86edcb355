/** The gateway as a Yoga instance: tests call `yoga.fetch`, src/index.ts serves it over HTTP. */
import type { Store } from '@wiredesk/store';
import { useGraphQlJit } from '@envelop/graphql-jit';
import { renderGraphiQL } from '@graphql-yoga/render-graphiql';
import type { Registry } from 'prom-client';
import { createYoga, type YogaServerInstance, type YogaServerOptions } from 'graphql-yoga';
import { createKeyStatus, useRequireKey } from './auth.js';
import type { GatewayContext, IngestService } from './context.js';
import { defaultLimits, hardeningPlugins, type GatewayLimits } from './hardening.js';
import { useHealthz, type Pingable } from './health.js';
import type { ArticleEvents } from './live/article-events.js';
import { useMetrics } from './operations/metrics.js';
import { useQueueBoard, type QueueBoardOptions } from './operations/queue-board.js';
import { responseCachePlugins } from './response-cache.js';
import { buildSchema } from './schema/index.js';

export interface GatewayOptions {
  store: Store;
  /** Checked by /healthz when given (an ioredis client). */
  redis?: Pingable;
  /** The ingest queue; without it ingestArticle and ingestionJob answer NOT_AVAILABLE. */
  ingest?: IngestService;
  /** Live events; without them the articleIngested subscription answers NOT_AVAILABLE. */
  articleEvents?: ArticleEvents;
  /** Keys that may run mutations; none means mutations are refused. */
  apiKeys?: readonly string[];
  /** Refuse queries and subscriptions without a valid key too (401 / 403); default false. */
  requireAuthForReads?: boolean;
  /** Serve GraphiQL on GET /graphql; default false. */
  graphiql?: boolean;
  /** Allow schema introspection; default true. */
  introspection?: boolean;
  limits?: Partial<GatewayLimits>;
  /**
   * Reuse answers to identical reads for this long (ms), emptied on every articleIngested event;
   * default 0 (off).
   */
  responseCacheTtlMs?: number;
  /** Compile operations with graphql-jit (cached per document); default true. */
  jit?: boolean;
  /** Prometheus metrics at GET /metrics, registered here; none: no /metrics. */
  metricsRegistry?: Registry;
  /** Bull Board at /admin/queues behind admin keys; none: no board. */
  queueBoard?: QueueBoardOptions;
  /** Yoga's logger; default Yoga's console logger. false silences it (tests). */
  logging?: YogaServerOptions<object, GatewayContext>['logging'];
}

export type Gateway = YogaServerInstance<object, GatewayContext>;

/** Builds the Yoga instance: schema, per-request context, masked errors, limits, /healthz. */
export function createGateway(options: GatewayOptions): Gateway {
  const { store, ingest, articleEvents } = options;
  const keyStatus = createKeyStatus(options.apiKeys ?? []);
  const limits = { ...defaultLimits, ...options.limits };
  return createYoga<object, GatewayContext>({
    schema: buildSchema(),
    // A new object per request: Pothos keys its DataLoaders on the context object.
    context: ({ request }) => ({
      store,
      ingest,
      articleEvents,
      keyStatus: keyStatus(request.headers),
    }),
    graphiql: options.graphiql ?? false,
    // GraphiQL inlined from the package: Yoga's default loads it from unpkg, which a newsroom
    // network or an air-gapped deploy may not reach.
    renderGraphiQL,
    maskedErrors: true,
    multipart: false,
    // Counts chunked bodies as they arrive; declared lengths are refused earlier (hardening.ts).
    maxRequestBodySize: limits.maxBodyBytes,
    logging: options.logging ?? true,
    plugins: [
      useHealthz(store, options.redis),
      ...(options.metricsRegistry === undefined
        ? []
        : [
            useMetrics({
              registry: options.metricsRegistry,
              queueDepth: ingest && (() => ingest.getDepth()),
            }),
          ]),
      ...(options.queueBoard === undefined ? [] : [useQueueBoard(options.queueBoard)]),
      // Its refusal is an onParams result, which a later cache hit would replace: the cache is
      // disabled for requests without a valid key (see `enabled` below).
      ...(options.requireAuthForReads === true ? [useRequireKey(keyStatus)] : []),
      // Compiled resolvers and a schema-aware serializer: less CPU per field on large pages.
      // Before the cache, which wraps whatever execute function it finds.
      // Queries and mutations only: graphql-jit's subscribe loses the field's arguments, so
      // statementAdded(speaker:) delivered every statement.
      ...(options.jit === false ? [] : [{ ...useGraphQlJit(), onSubscribe: undefined }]),
      ...responseCachePlugins({
        ttlMs: options.responseCacheTtlMs ?? 0,
        articleEvents,
        ...(options.requireAuthForReads === true
          ? { enabled: (request: Request) => keyStatus(request.headers) === 'valid' }
          : {}),
      }),
      ...hardeningPlugins(limits, { introspection: options.introspection ?? true }),
    ],
  });
}
