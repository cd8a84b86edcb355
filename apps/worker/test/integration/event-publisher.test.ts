/**
 * The event publisher against a real Redis: the events of one write batch leave in one message,
 * and an invalid one is logged and dropped alone instead of taking the batch's others with it.
 */
import type { ArticleIngestedEvent } from '@wiredesk/domain';
import {
  connectRedis,
  subscribeArticleIngested,
  type RedisConnection,
  type WorkerLogger,
} from '@wiredesk/queue';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createEventPublisher } from '../../src/event-publisher.js';
import { deletePrefix, isolation, redisUrl } from './helpers.js';

let redis: RedisConnection;
let prefix: string;

beforeEach(async () => {
  redis = await connectRedis(redisUrl);
  ({ prefix } = isolation());
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

/** A logger that keeps its warnings. */
function keptWarnings(): { logger: WorkerLogger; warnings: unknown[] } {
  const warnings: unknown[] = [];
  const ignore = () => undefined;
  return {
    warnings,
    logger: { info: ignore, debug: ignore, error: ignore, warn: (fields) => warnings.push(fields) },
  };
}

describe('createEventPublisher', () => {
  it('publishes the valid events of a batch and logs the invalid one alone', async () => {
    const received: string[] = [];
    let resolveTwo: () => void = () => undefined;
    const two = new Promise<void>((resolve) => (resolveTwo = resolve));
    const unsubscribe = await subscribeArticleIngested(
      redis,
      (delivered) => {
        received.push(delivered.articleId);
        if (received.length === 2) resolveTwo();
      },
      { prefix },
    );
    const { logger, warnings } = keptWarnings();
    try {
      const publisher = createEventPublisher({ redis, prefix, logger });
      const broken = { ...event(2), headline: undefined } as unknown as ArticleIngestedEvent;
      // Three jobs of one write batch resume together: their events share one message.
      publisher.publish([event(1)]);
      publisher.publish([broken]);
      publisher.publish([event(3)]);
      await two;
      expect(received).toEqual(['a1', 'a3']);
      expect(warnings).toEqual([expect.objectContaining({ articleId: 'a2' })]);
    } finally {
      await unsubscribe();
    }
  });
});
