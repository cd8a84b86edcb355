/**
 * The write-behind batcher against a real Postgres: concurrent saves share one store call, each
 * caller gets its own articles' results, and a bad entry fails only its own caller.
 */
import { readFile } from 'node:fs/promises';
import type { Article } from '@wiredesk/domain';
import { parseArticles } from '@wiredesk/parser';
import { createStore, ensureDatabase, type Store } from '@wiredesk/store';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createWriteBatcher } from '../../src/write-batcher.js';
import { databaseUrl, dropSchema, isolation, seedFile } from './helpers.js';

let store: Store;
let seed: string;
const { schema } = isolation();

beforeAll(async () => {
  await ensureDatabase(databaseUrl);
  store = createStore({ databaseUrl, schema, poolSize: 2 });
  await store.migrate();
  seed = await readFile(seedFile, 'utf8');
});

afterAll(async () => {
  await store.close();
  await dropSchema(schema);
});

function article(tag: string): Article {
  const [parsed] = parseArticles({
    bytes: Buffer.from(`${seed.trimEnd()}\n\nBatch test copy ${tag}.\n`),
    fileName: `${tag}.txt`,
    ingestedAt: '2024-01-01T00:00:00Z',
  });
  if (!parsed) throw new Error('the seed article did not parse');
  return parsed;
}

/** The real store, counting its saveArticles calls. */
function counted(): { store: Pick<Store, 'saveArticles'>; calls: number[] } {
  const calls: number[] = [];
  return {
    calls,
    store: {
      saveArticles: (articles, options) => {
        calls.push(articles.length);
        return store.saveArticles(articles, options);
      },
    },
  };
}

describe('createWriteBatcher', () => {
  it('saves concurrent jobs in one store call and answers each with its own articles', async () => {
    const { store: countedStore, calls } = counted();
    const batcher = createWriteBatcher({ store: countedStore, maxArticles: 100, maxWaitMs: 20 });
    const articles = ['a', 'b', 'c'].map(article);
    const results = await Promise.all(
      articles.map((one, index) => batcher.save(`job-${index}`, [one])),
    );
    expect(calls).toEqual([3]);
    expect(results.map((result) => result[0]?.articleId)).toEqual(articles.map((a) => a.id));
    expect(results.every((result) => result[0]?.created === true)).toBe(true);
    const [stored] = await store.loadArticles([articles[1]?.id ?? '']);
    expect(stored?.headline).toBe(articles[1]?.headline);
  });

  it('saves at once when maxArticles are waiting, without waiting for the timer', async () => {
    const { store: countedStore, calls } = counted();
    const batcher = createWriteBatcher({ store: countedStore, maxArticles: 2, maxWaitMs: 60_000 });
    const started = Date.now();
    await Promise.all([
      batcher.save('job-d', [article('d')]),
      batcher.save('job-e', [article('e')]),
    ]);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(calls).toEqual([2]);
  });

  it('fails only the job whose article is bad; the others are stored', async () => {
    const { store: countedStore, calls } = counted();
    const batcher = createWriteBatcher({ store: countedStore, maxArticles: 100, maxWaitMs: 20 });
    const good = article('f');
    const bad = { ...article('g'), headline: null } as unknown as Article;
    const [saved, failed] = await Promise.allSettled([
      batcher.save('job-f', [good]),
      batcher.save('job-g', [bad]),
    ]);
    expect(saved).toMatchObject({ status: 'fulfilled', value: [{ articleId: good.id }] });
    expect(failed.status).toBe('rejected');
    expect(calls).toEqual([2, 1, 1]);
  });

  it('clears the recorded failure of a job it saves, in the same transaction', async () => {
    await store.recordFailure({
      jobId: 'job-h',
      file: 'h.txt',
      code: 'STORE_UNAVAILABLE',
      message: 'down',
      attempts: 1,
      failedAt: '2024-01-01T00:00:00Z',
    });
    const batcher = createWriteBatcher({ store, maxWaitMs: 1 });
    await batcher.save('job-h', [article('h')]);
    const failures = await store.listFailures();
    expect(failures.items.map((failure) => failure.jobId)).not.toContain('job-h');
  });

  it('flush() saves what waits, so a closing worker leaves nothing behind', async () => {
    const { store: countedStore, calls } = counted();
    const batcher = createWriteBatcher({ store: countedStore, maxWaitMs: 60_000 });
    const pending = batcher.save('job-i', [article('i')]);
    await batcher.flush();
    expect(calls).toEqual([1]);
    await expect(pending).resolves.toHaveLength(1);
  });
});
