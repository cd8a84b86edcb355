import { describe, expect, it } from 'vitest';
import { createStore, ensureDatabase, StoreUnavailableError } from '../../src/index.js';

// Port 1 on localhost refuses connections: a stand-in for a stopped Postgres.
const deadUrl = 'postgres://postgres:secret@127.0.0.1:1/wiredesk';

describe('an unreachable PostgreSQL', () => {
  it('makes ping fail with StoreUnavailableError naming the URL without its password', async () => {
    const store = createStore({ databaseUrl: deadUrl });
    try {
      const error: unknown = await store.ping().catch((e: unknown) => e);
      expect(error).toBeInstanceOf(StoreUnavailableError);
      expect((error as StoreUnavailableError).message).toContain(
        'postgres://postgres@127.0.0.1:1/wiredesk',
      );
      expect((error as StoreUnavailableError).message).not.toContain('secret');
    } finally {
      await store.close();
    }
  });

  it('makes ensureDatabase fail with StoreUnavailableError', async () => {
    await expect(ensureDatabase(deadUrl)).rejects.toBeInstanceOf(StoreUnavailableError);
  });
});
