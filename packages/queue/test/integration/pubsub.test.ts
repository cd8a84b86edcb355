import type { Redis } from 'ioredis';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ArticleIngestedEvent } from '@wiredesk/domain';
import {
  articleIngestedChannel,
  connectRedis,
  publishArticleIngested,
  subscribeArticleIngested,
} from '../../src/index.js';
import { deletePrefix, redisUrl, testPrefix } from './helpers.js';

let redis: Redis;
let prefix: string;

beforeEach(async () => {
  redis = await connectRedis(redisUrl);
  prefix = testPrefix();
});

afterEach(async () => {
  await deletePrefix(redis, prefix);
  redis.disconnect();
});

const event = (n: number): ArticleIngestedEvent => ({
  articleId: `a${n}`,
  headline: `Headline ${n}`,
  publishedAt: null,
  statementCount: n,
  signatoryListCount: 0,
  created: true,
  sourceUri: `${n}.txt`,
});

/** Resolves once `count` calls have been made. */
function countdown(count: number): { tick: () => void; done: Promise<void> } {
  let left = count;
  let resolve: () => void = () => undefined;
  const done = new Promise<void>((r) => (resolve = r));
  return {
    tick: () => {
      left -= 1;
      if (left === 0) resolve();
    },
    done,
  };
}

describe('subscribeArticleIngested, one message holding a batch', () => {
  it('drops only the invalid events of a batch and delivers the others in order', async () => {
    const received: ArticleIngestedEvent[] = [];
    const invalid: unknown[] = [];
    const all = countdown(5);
    const unsubscribe = await subscribeArticleIngested(
      redis,
      (delivered) => {
        received.push(delivered);
        all.tick();
      },
      {
        prefix,
        onInvalid: (_raw, error) => {
          invalid.push(error);
          all.tick();
        },
      },
    );
    try {
      const batch = [null, event(1), { ...event(2), statementCount: -1 }, event(3), 'text'];
      await redis.publish(articleIngestedChannel({ prefix }), JSON.stringify(batch));
      await all.done;
      expect(received).toEqual([event(1), event(3)]);
      expect(invalid).toHaveLength(3);
    } finally {
      await unsubscribe();
    }
  });
});

describe('subscribeArticleIngested, a callback that throws', () => {
  it('reports the error and still delivers the rest of the message and later messages', async () => {
    const received: string[] = [];
    const failures: { error: unknown; articleId: string }[] = [];
    const all = countdown(4);
    const unsubscribe = await subscribeArticleIngested(
      redis,
      (delivered) => {
        all.tick();
        if (delivered.articleId === 'a1') throw new Error('listener broke');
        received.push(delivered.articleId);
      },
      {
        prefix,
        onListenerError: (error, failed) => failures.push({ error, articleId: failed.articleId }),
      },
    );
    try {
      await publishArticleIngested(redis, [event(1), event(2), event(3)], { prefix });
      await publishArticleIngested(redis, event(4), { prefix });
      await all.done;
      expect(received).toEqual(['a2', 'a3', 'a4']);
      expect(failures).toEqual([{ error: new Error('listener broke'), articleId: 'a1' }]);
    } finally {
      await unsubscribe();
    }
  });
});
