/**
 * What operators ask of the queue: how deep it is, how fast it goes, what failed and why, and
 * "retry everything that failed with this code". Read from BullMQ's own keys, no bookkeeping of ours.
 */
import type { Job, Queue } from 'bullmq';
import { parseFailedReason } from './failure.js';
import { INBOX_SCAN_JOB_NAME } from './options.js';

/** Jobs per state. */
export interface QueueDepth {
  waiting: number;
  active: number;
  delayed: number;
  completed: number;
  failed: number;
}

/** Finished jobs per minute, from the workers' BullMQ metrics (newest minute first). */
export interface QueueRates {
  completedPerMinute: number[];
  failedPerMinute: number[];
}

/** Failed jobs read per Redis call while grouping or retrying them. */
const PAGE = 500;

export async function queueDepth(queue: Queue): Promise<QueueDepth> {
  const counts = await queue.getJobCounts(
    'waiting',
    'prioritized',
    'active',
    'delayed',
    'completed',
    'failed',
  );
  return {
    waiting: (counts['waiting'] ?? 0) + (counts['prioritized'] ?? 0),
    active: counts['active'] ?? 0,
    delayed: counts['delayed'] ?? 0,
    completed: counts['completed'] ?? 0,
    failed: counts['failed'] ?? 0,
  };
}

export async function queueRates(queue: Queue, minutes: number): Promise<QueueRates> {
  const [completed, failed] = await Promise.all([
    queue.getMetrics('completed', 0, minutes - 1),
    queue.getMetrics('failed', 0, minutes - 1),
  ]);
  return { completedPerMinute: completed.data, failedPerMinute: failed.data };
}

/** Every failed ingest job, page by page (scheduler scan jobs are not ingest failures). */
async function* failedJobs(queue: Queue): AsyncGenerator<Job> {
  // Pages are read before any job is acted on: retrying one removes it from the failed set.
  const all: Job[] = [];
  for (let start = 0; ; start += PAGE) {
    const page = await queue.getFailed(start, start + PAGE - 1);
    all.push(...page.filter((job): job is Job => job !== undefined));
    if (page.length < PAGE) break;
  }
  for (const job of all) if (job.name !== INBOX_SCAN_JOB_NAME) yield job;
}

/** Failed ingest jobs counted by failure code. */
export async function failureCodes(queue: Queue): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for await (const job of failedJobs(queue)) {
    const { code } = parseFailedReason(job.failedReason);
    counts[code] = (counts[code] ?? 0) + 1;
  }
  return counts;
}

/** Retries failed ingest jobs, all or those with `code`; returns how many went back to waiting. */
export async function retryFailedJobs(
  queue: Queue,
  filter: { code?: string },
  retry: (job: Job) => Promise<boolean>,
): Promise<number> {
  let retried = 0;
  for await (const job of failedJobs(queue)) {
    if (filter.code !== undefined && parseFailedReason(job.failedReason).code !== filter.code)
      continue;
    if (await retry(job)) retried += 1;
  }
  return retried;
}
