/** A gateway over a store in its own Postgres schema, seeded through store.saveArticles. */
import { randomBytes } from 'node:crypto';
import { createStore, dropStoreSchema, ensureDatabase, type Store } from '@wiredesk/store';
import { createGateway, type Gateway } from '../../src/create-gateway.js';

export const databaseUrl =
  process.env.DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/wiredesk';

export interface Harness {
  yoga: Gateway;
  store: Store;
  /** SQL statements run since the last reset. */
  queries: string[];
  close(): Promise<void>;
}

export async function startHarness(prefix: string): Promise<Harness> {
  const schema = `${prefix}_${randomBytes(6).toString('hex')}`;
  const queries: string[] = [];
  await ensureDatabase(databaseUrl);
  const store = createStore({ databaseUrl, schema, onQuery: (event) => queries.push(event.sql) });
  await store.migrate();
  const yoga = createGateway({ store, logging: false });
  return {
    yoga,
    store,
    queries,
    async close() {
      await store.close();
      await dropStoreSchema({ databaseUrl, schema });
    },
  };
}

export interface GraphQLResponse<T = Record<string, unknown>> {
  data?: T;
  errors?: { message: string; extensions?: { code?: string } }[];
}

/** POSTs a query to /graphql through yoga.fetch. */
export async function graphql<T = Record<string, unknown>>(
  yoga: Gateway,
  query: string,
  variables?: Record<string, unknown>,
): Promise<GraphQLResponse<T>> {
  const response = await yoga.fetch('http://gateway.test/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', accept: 'application/graphql-response+json' },
    body: JSON.stringify({ query, variables }),
  });
  return (await response.json()) as GraphQLResponse<T>;
}
