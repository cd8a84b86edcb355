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

/** What BullMQ's getMetrics returns: closed minutes in `data`, the open one only in `meta`. */
export interface MinuteMetrics {
  meta: { count: number; prevTS: number; prevCount: number };
  data: number[];
}

const MINUTE_MS = 60_000;

/**
 * Jobs per minute, newest (the current, still open minute) first. BullMQ closes a minute only
 * when a job finishes in a later one: until then its jobs are counted in `meta` alone (count −
 * prevCount, in the minute of prevTS), so reading `data` by itself reports 0 for the minute in
 * which jobs just finished, and shifts every minute after a quiet spell.
 */
export function perMinute(metrics: MinuteMetrics, minutes: number, now: number): number[] {
  const { count, prevTS, prevCount } = metrics.meta;
  if (prevTS === 0) return Array.from({ length: minutes }, () => 0);
  const idle = Math.max(0, Math.floor(now / MINUTE_MS) - Math.floor(prevTS / MINUTE_MS));
  const series = [...Array.from({ length: idle }, () => 0), count - prevCount, ...metrics.data];
  return Array.from({ length: minutes }, (_, i) => series[i] ?? 0);
}

export async function queueRates(queue: Queue, minutes: number): Promise<QueueRates> {
  const [completed, failed] = await Promise.all([
    queue.getMetrics('completed', 0, minutes - 1),
    queue.getMetrics('failed', 0, minutes - 1),
  ]);
  const now = Date.now();
  return {
    completedPerMinute: perMinute(completed, minutes, now),
    failedPerMinute: perMinute(failed, minutes, now),
  };
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
