import { describe, expect, it } from 'vitest';
import { readEnv } from './env.js';

describe('readEnv', () => {
  it('uses the local services and port 4000 by default, with GraphiQL in development', () => {
    expect(readEnv({})).toEqual({
      port: 4000,
      databaseUrl: 'postgres://postgres@127.0.0.1:5432/wiredesk',
      redisUrl: 'redis://127.0.0.1:6379',
      nodeEnv: 'development',
      graphiql: true,
      introspection: true,
      apiKeys: [],
      adminApiKeys: [],
      requireAuthForReads: false,
      responseCacheTtlMs: 30_000,
      maxRequestBodyBytes: 1024 * 1024,
      maxQueryComplexity: 50_000,
      queuePrefix: undefined,
      logLevel: 'info',
    });
  });

  it('turns GraphiQL off in production unless asked for', () => {
    expect(readEnv({ NODE_ENV: 'production' }).graphiql).toBe(false);
    expect(readEnv({ NODE_ENV: 'production', GRAPHIQL: 'true' }).graphiql).toBe(true);
  });

  it('splits API_KEYS on commas, ignoring blanks', () => {
    expect(readEnv({ API_KEYS: ' a, b ,,' }).apiKeys).toEqual(['a', 'b']);
  });

  it('reads the query complexity limit', () => {
    expect(readEnv({ MAX_QUERY_COMPLEXITY: '1234' }).maxQueryComplexity).toBe(1234);
    expect(() => readEnv({ MAX_QUERY_COMPLEXITY: '0' })).toThrow(/^Invalid MAX_QUERY_COMPLEXITY/);
  });

  it('names the variable that is invalid', () => {
    expect(() => readEnv({ PORT: 'eighty' })).toThrow(/^Invalid PORT="eighty"/);
    expect(() => readEnv({ DATABASE_URL: 'mysql://x' })).toThrow(/^Invalid DATABASE_URL/);
  });
});
