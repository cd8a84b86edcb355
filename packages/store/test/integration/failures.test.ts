import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createStore, type Store } from '../../src/index.js';
import { databaseUrl, dropSchema, prepareDatabase, uniqueSchema } from './helpers.js';

function failure(jobId: string, code: string, minute: number, attempts = 1) {
  return {
    jobId,
    file: `/inbox/${jobId}.txt`,
    code,
    message: `failed with ${code}`,
    attempts,
    failedAt: new Date(Date.UTC(2024, 10, 6, 12, minute)).toISOString(),
  };
}

describe('ingestion failures', () => {
  const schema = uniqueSchema('store_failures');
  let store: Store;

  beforeAll(async () => {
    await prepareDatabase();
    store = createStore({ databaseUrl, schema });
    await store.migrate();
    await store.recordFailure(failure('job-1', 'EMPTY', 1));
    await store.recordFailure(failure('job-2', 'BINARY', 2));
    await store.recordFailure(failure('job-3', 'EMPTY', 3));
    await store.recordFailure(failure('job-1', 'MALFORMED', 4, 2)); // the same job fails again
  });
  afterAll(async () => {
    await store.close();
    await dropSchema(schema);
  });

  it('keeps one failure per job, replaced by the latest', async () => {
    const page = await store.listFailures();
    expect(page.items.map((f) => [f.jobId, f.code, f.attempts])).toEqual([
      ['job-1', 'MALFORMED', 2],
      ['job-3', 'EMPTY', 1],
      ['job-2', 'BINARY', 1],
    ]);
  });

  it('filters by code', async () => {
    const page = await store.listFailures({ code: 'EMPTY' });
    expect(page.items.map((f) => f.jobId)).toEqual(['job-3']);
  });

  it('pages with cursors', async () => {
    const first = await store.listFailures({}, { first: 2 });
    expect(first.pageInfo.hasNextPage).toBe(true);
    const second = await store.listFailures({}, { first: 2, after: first.pageInfo.endCursor });
    expect(second.items.map((f) => f.jobId)).toEqual(['job-2']);
    expect(second.pageInfo.hasNextPage).toBe(false);
  });

  it('forgets a cleared job', async () => {
    await store.recordFailure(failure('job-9', 'EMPTY', 9));
    await store.clearFailure('job-9');
    const page = await store.listFailures({}, { first: 100 });
    expect(page.items.map((f) => f.jobId)).not.toContain('job-9');
  });
});
