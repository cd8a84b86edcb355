/** The gateway's environment, read once and validated; a bad value stops start-up naming it. */
import { z } from 'zod';

const flag = z
  .enum(['true', 'false', '1', '0', 'yes', 'no', 'on', 'off'])
  .transform((value) => ['true', '1', 'yes', 'on'].includes(value));

const EnvSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65_535).default(4000),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/ })
    .default('postgres://postgres@127.0.0.1:5432/wiredesk'),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  /** GraphiQL on GET /graphql; default on except in production. */
  GRAPHIQL: flag.optional(),
  /** Schema introspection; default on except in production. */
  GRAPHQL_INTROSPECTION: flag.optional(),
  /** Comma-separated keys allowed to run mutations; empty: mutations refused. */
  API_KEYS: z.string().default(''),
  /** Comma-separated keys that open Bull Board at /admin/queues; empty: the board is closed. */
  ADMIN_API_KEYS: z.string().default(''),
  /** Queries and subscriptions need an API key too; default off (reads are open). */
  REQUIRE_AUTH_FOR_READS: flag.default(false),
  /** Reuse answers to identical reads for this long; emptied on every ingested article. 0: off. */
  RESPONSE_CACHE_TTL_MS: z.coerce.number().int().min(0).default(30_000),
  /** Largest request body; files sent to ingestArticle travel in it. Default 1 MiB. */
  MAX_REQUEST_BODY_BYTES: z.coerce
    .number()
    .int()
    .min(1024)
    .default(1024 * 1024),
  /**
   * Largest query complexity: each field 1, a list's selection times its expected size (`first`
   * for connections). The README query at first: 100 costs 17,101.
   */
  MAX_QUERY_COMPLEXITY: z.coerce.number().int().min(1).default(50_000),
  /** BullMQ key prefix shared with the workers; default the queue package's. */
  QUEUE_PREFIX: z.string().min(1).optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export interface GatewayEnv {
  port: number;
  databaseUrl: string;
  redisUrl: string;
  nodeEnv: 'development' | 'production' | 'test';
  graphiql: boolean;
  introspection: boolean;
  apiKeys: string[];
  adminApiKeys: string[];
  requireAuthForReads: boolean;
  responseCacheTtlMs: number;
  maxRequestBodyBytes: number;
  maxQueryComplexity: number;
  queuePrefix: string | undefined;
  logLevel: string;
}

/** Thrown for an invalid variable; the message names it and is meant for one line on stderr. */
export class EnvError extends Error {
  override readonly name = 'EnvError';
  readonly code = 'INVALID_ENV';
}

function keyList(value: string): string[] {
  return value
    .split(',')
    .map((key) => key.trim())
    .filter((key) => key !== '');
}

export function readEnv(env: NodeJS.ProcessEnv = process.env): GatewayEnv {
  // Empty strings (e.g. `PORT= npm run dev`) mean "not set", not "invalid".
  const given = Object.fromEntries(Object.entries(env).filter(([, value]) => value !== ''));
  const parsed = EnvSchema.safeParse(given);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const name = String(issue?.path[0] ?? 'environment');
    throw new EnvError(
      `Invalid ${name}=${JSON.stringify(env[name])}: ${issue?.message ?? 'invalid'}`,
    );
  }
  const e = parsed.data;
  return {
    port: e.PORT,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    nodeEnv: e.NODE_ENV,
    graphiql: e.GRAPHIQL ?? e.NODE_ENV !== 'production',
    introspection: e.GRAPHQL_INTROSPECTION ?? e.NODE_ENV !== 'production',
    apiKeys: keyList(e.API_KEYS),
    adminApiKeys: keyList(e.ADMIN_API_KEYS),
    requireAuthForReads: e.REQUIRE_AUTH_FOR_READS,
    responseCacheTtlMs: e.RESPONSE_CACHE_TTL_MS,
    maxRequestBodyBytes: e.MAX_REQUEST_BODY_BYTES,
    maxQueryComplexity: e.MAX_QUERY_COMPLEXITY,
    queuePrefix: e.QUEUE_PREFIX,
    logLevel: e.LOG_LEVEL,
  };
}
