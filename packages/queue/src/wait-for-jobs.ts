/**
 * Waiting for a batch of jobs: QueueEvents tells us promptly when a job finishes, and a slow poll
 * of the remaining ids covers events missed before the subscription started.
 */
import { QueueEvents } from 'bullmq';
import type { Redis } from 'ioredis';
import type { IngestJobStatus } from './ingest-queue.js';

export interface WaitForJobsOptions {
  /** Give up after this many milliseconds; unfinished jobs come back as `pending`. Default: no limit. */
  timeoutMs?: number;
  /** Called once per job as it finishes (progress bars). */
  onSettled?: (outcome: JobOutcome) => void;
  /** How often the remaining jobs are polled, in ms. Default 1000. */
  pollEveryMs?: number;
}

/** A finished job (`completed` / `failed`), one that no longer exists (`unknown`), or one still running. */
export type JobOutcome = Omit<IngestJobStatus, 'state'> & {
  state: 'completed' | 'failed' | 'unknown' | 'pending';
};

interface QueueRef {
  connection: Redis;
  prefix: string;
  queueName: string;
}

export async function waitForJobs(
  ref: QueueRef,
  jobIds: readonly string[],
  getStatus: (jobId: string) => Promise<IngestJobStatus>,
  options: WaitForJobsOptions = {},
): Promise<JobOutcome[]> {
  const pending = new Set(jobIds);
  const outcomes = new Map<string, JobOutcome>();
  if (pending.size === 0) return [];

  // QueueEvents blocks on XREAD: it needs a connection of its own that retries forever.
  const blocking = ref.connection.duplicate({ maxRetriesPerRequest: null });
  const events = new QueueEvents(ref.queueName, { connection: blocking, prefix: ref.prefix });
  let finish: () => void = () => undefined;
  const done = new Promise<void>((resolve) => (finish = resolve));

  const check = async (jobId: string): Promise<void> => {
    if (!pending.has(jobId)) return;
    const status = await getStatus(jobId);
    if (status.state !== 'completed' && status.state !== 'failed' && status.state !== 'unknown')
      return;
    if (!pending.delete(jobId)) return;
    const outcome: JobOutcome = { ...status, state: status.state };
    outcomes.set(jobId, outcome);
    options.onSettled?.(outcome);
    if (pending.size === 0) finish();
  };
  const checkAll = async (): Promise<void> => {
    for (const id of [...pending]) await check(id);
  };
  const onEvent = ({ jobId }: { jobId: string }): void => void check(jobId).catch(() => undefined);
  events.on('completed', onEvent);
  events.on('failed', onEvent);
  // Lost connections are retried by ioredis, and the poll covers events missed meanwhile.
  events.on('error', () => undefined);

  const poll = setInterval(
    () => void checkAll().catch(() => undefined),
    options.pollEveryMs ?? 1000,
  );
  const timeout =
    options.timeoutMs === undefined
      ? undefined
      : setTimeout(() => finish(), Math.max(0, options.timeoutMs));
  try {
    await events.waitUntilReady();
    await checkAll();
    await done;
  } finally {
    clearInterval(poll);
    if (timeout) clearTimeout(timeout);
    await events.close();
    blocking.disconnect();
  }
  return jobIds.map(
    (jobId) =>
      outcomes.get(jobId) ?? {
        jobId,
        state: 'pending',
        attemptsMade: 0,
        result: null,
        failure: null,
      },
  );
}
