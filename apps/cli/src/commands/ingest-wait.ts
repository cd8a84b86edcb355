/**
 * `ingest --wait`: waits for the file jobs, then for the item jobs the feeds among them fanned
 * out, and counts a feed by its items (a 3-item feed is 3 ingested, or 3 duplicates), not as a file.
 */
import type { EnqueueResult, IngestQueue, JobOutcome } from '@wiredesk/queue';
import { writeLine, type Output } from '../output.js';
import { countOutcome, type IngestTally } from './ingest-summary.js';

/** A job to wait for and count, and the name it is reported under. */
export interface WaitedJob {
  file: string;
  result: EnqueueResult;
}

export interface WaitAndCountOptions {
  /** Overall limit for files and items together; none when unset. */
  timeoutMs?: number;
  /** Told how many jobs there are to wait for (again, once items are known) and when one settles. */
  progress?: { total(count: number): void; settled(): void };
}

export async function waitAndCount(
  queue: IngestQueue,
  files: readonly WaitedJob[],
  tally: IngestTally,
  out: Output,
  options: WaitAndCountOptions = {},
): Promise<void> {
  const deadline = options.timeoutMs === undefined ? undefined : Date.now() + options.timeoutMs;
  const wait = (jobs: readonly WaitedJob[]): Promise<Map<string, JobOutcome>> => {
    const ids = [...new Set(jobs.map((job) => job.result.jobId))];
    return queue
      .waitForJobs(ids, {
        timeoutMs: deadline === undefined ? undefined : Math.max(0, deadline - Date.now()),
        onSettled: () => options.progress?.settled(),
      })
      .then((outcomes) => new Map(outcomes.map((outcome) => [outcome.jobId, outcome])));
  };

  const fileOutcomes = await wait(files);
  const items: WaitedJob[] = [];
  const counted: { job: WaitedJob; outcomes: Map<string, JobOutcome> }[] = [];
  for (const file of files) {
    const outcome = fileOutcomes.get(file.result.jobId);
    const feedItems = outcome?.state === 'completed' ? outcome.result?.items : undefined;
    if (feedItems === undefined) {
      counted.push({ job: file, outcomes: fileOutcomes });
      continue;
    }
    // Every item of a feed file that was itself a duplicate was ingested before.
    for (const item of feedItems) {
      const status = file.result.status === 'duplicate' ? 'duplicate' : item.status;
      items.push({ file: `${file.file} ${item.sourceUri}`, result: { jobId: item.jobId, status } });
    }
  }
  if (items.length > 0) {
    options.progress?.total(new Set(items.map((item) => item.result.jobId)).size);
    const itemOutcomes = await wait(items);
    for (const item of items) counted.push({ job: item, outcomes: itemOutcomes });
  }

  for (const { job, outcomes } of counted) {
    const outcome = outcomes.get(job.result.jobId);
    countOutcome(tally, job.result, outcome);
    if (outcome?.state === 'failed' && outcome.failure) {
      await writeLine(
        out.stderr,
        `failed ${job.file}: ${outcome.failure.code} ${outcome.failure.message}`,
      );
    }
  }
}
