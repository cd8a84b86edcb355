/** `wiredesk retry JOB_ID...`: moves failed jobs back to the queue with fresh attempts. */
import { connectRedis, createIngestQueue } from '@wiredesk/queue';
import type { CliEnv } from '../env.js';
import { writeLine, type Output } from '../output.js';

export async function runRetry(
  jobIds: readonly string[],
  env: CliEnv,
  out: Output,
): Promise<number> {
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
    return missed > 0 ? 1 : 0;
  } finally {
    await queue.close();
    await redis.quit().catch(() => redis.disconnect());
  }
}
