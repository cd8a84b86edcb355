/**
 * Fanning a feed out into item jobs. One `Queue.addBulk` adds every new item at once (BullMQ
 * ignores ids that already exist, so racing feeds cannot double an item). Not a flow: an item
 * shared by two feeds would need two parents, and the feed's work (the parse) is done before its
 * items exist; the feed's result lists the item ids instead, for whoever waits.
 */
import type { Article } from '@wiredesk/domain';
import type { Job, Queue } from 'bullmq';
import { jobIdForItem } from './job-id.js';
import type { FeedItemJob, ItemIngestJobData } from './jobs.js';
import { INGEST_ITEM_JOB_NAME } from './options.js';

/** Adds one item job per article unless its id exists; a failed one is retried with the new data. */
export async function addFeedItems(
  queue: Queue,
  feedJobId: string,
  articles: readonly Article[],
  retry: (job: Job, data: ItemIngestJobData) => Promise<boolean>,
): Promise<FeedItemJob[]> {
  const items = articles.map((article) => {
    const data: ItemIngestJobData = {
      kind: 'item',
      feedJobId,
      sourceUri: article.source.uri,
      contentHash: article.contentHash,
      article,
    };
    return { jobId: jobIdForItem(data.sourceUri, data.contentHash), data };
  });
  const existing = await Promise.all(items.map((item) => queue.getJob(item.jobId)));
  const results: FeedItemJob[] = [];
  const fresh: typeof items = [];
  for (const [index, item] of items.entries()) {
    const job = existing[index];
    if (!job) {
      fresh.push(item);
      results.push({ jobId: item.jobId, sourceUri: item.data.sourceUri, status: 'added' });
      continue;
    }
    const retried = (await job.getState()) === 'failed' && (await retry(job, item.data));
    // A feed job run again (stalled, or retried after a later failure) added these items itself.
    const own = (job.data as Partial<ItemIngestJobData>).feedJobId === feedJobId;
    results.push({
      jobId: item.jobId,
      sourceUri: item.data.sourceUri,
      status: retried ? 'retried' : own ? 'added' : 'duplicate',
    });
  }
  if (fresh.length > 0) {
    await queue.addBulk(
      fresh.map((item) => ({
        name: INGEST_ITEM_JOB_NAME,
        data: item.data,
        opts: { jobId: item.jobId },
      })),
    );
  }
  return results;
}
