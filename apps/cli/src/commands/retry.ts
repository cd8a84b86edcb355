/**
 * `wiredesk retry JOB_ID...` or `wiredesk retry --code X` / `--all`: moves failed jobs back to the
 * queue with fresh attempts.
 */
import { connectRedis, createIngestQueue } from '@wiredesk/queue';
import type { CliEnv } from '../env.js';
import { writeLine, type Output } from '../output.js';

export interface RetryCommandOptions {
  /** Retry every failed job with this code. */
  code?: string;
  /** Retry every failed job. */
  all?: boolean;
}

export async function runRetry(
  jobIds: readonly string[],
  options: RetryCommandOptions,
  env: CliEnv,
  out: Output,
): Promise<number> {
  if (jobIds.length === 0 && options.code === undefined && !options.all) {
    await writeLine(out.stderr, 'wiredesk retry: give job ids, --code <code> or --all');
    return 2;
  }
  const redis = await connectRedis(env.redisUrl, {
    role: 'client',
    connectionName: 'wiredesk-cli',
  });
  const queue = createIngestQueue({ connection: redis, prefix: env.queuePrefix });
  let missed = 0;
  try {
    for (const jobId of jobIds) {
      const retried = await queue.retryJob(jobId);
      if (!retried) missed += 1;
      await writeLine(
        retried ? out.stdout : out.stderr,
        `${jobId}: ${retried ? 'retrying' : 'not a failed job'}`,
      );
    }
    if (options.code !== undefined || options.all) {
      const count = await queue.retryFailed(options.all ? {} : { code: options.code });
      const which = options.all ? '' : ` with code ${options.code ?? ''}`;
      await writeLine(out.stdout, `${count} failed job(s)${which} retrying`);
    }
    return missed > 0 ? 1 : 0;
  } finally {
    await queue.close();
    await redis.quit().catch(() => redis.disconnect());
  }
}
