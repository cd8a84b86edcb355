/** `wiredesk status`: queue depth, throughput over the last minutes, and failed jobs by code. */
import {
  connectRedis,
  createIngestQueue,
  redactUrl,
  type QueueDepth,
  type QueueRates,
} from '@wiredesk/queue';
import type { CliEnv } from '../env.js';
import { writeLine, type Output } from '../output.js';

export interface StatusCommandOptions {
  /** Minutes of throughput to average. Default 15. */
  minutes?: number;
  json?: boolean;
}

/** What `wiredesk status --json` prints. */
export interface QueueStatus {
  depth: QueueDepth;
  rates: QueueRates;
  failuresByCode: Record<string, number>;
}

export async function runStatus(
  options: StatusCommandOptions,
  env: CliEnv,
  out: Output,
): Promise<number> {
  const redis = await connectRedis(env.redisUrl, {
    role: 'client',
    connectionName: 'wiredesk-cli',
  });
  const queue = createIngestQueue({ connection: redis, prefix: env.queuePrefix });
  try {
    const [depth, rates, failuresByCode] = await Promise.all([
      queue.getDepth(),
      queue.getRates(options.minutes ?? 15),
      queue.getFailureCodes(),
    ]);
    const status: QueueStatus = { depth, rates, failuresByCode };
    if (options.json) await writeLine(out.stdout, JSON.stringify(status));
    else
      for (const line of formatStatus(status, redactUrl(env.redisUrl), env.queuePrefix))
        await writeLine(out.stdout, line);
    return 0;
  } finally {
    await queue.close();
    await redis.quit().catch(() => redis.disconnect());
  }
}

/** The human-readable report, one line per entry. */
export function formatStatus(status: QueueStatus, url: string, prefix: string): string[] {
  const { depth, rates, failuresByCode } = status;
  const perMinute = (values: number[]): string => {
    const thisMinute = values[0] ?? 0;
    const average = values.length === 0 ? 0 : values.reduce((a, b) => a + b, 0) / values.length;
    return `${thisMinute} this minute, ${average.toFixed(1)}/min over the last ${values.length} min`;
  };
  const codes = Object.entries(failuresByCode)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([code, count]) => `${code} ${count}`);
  return [
    `queue ${prefix} on ${url}`,
    `waiting ${depth.waiting}, active ${depth.active}, delayed ${depth.delayed}, completed ${depth.completed}, failed ${depth.failed}`,
    // BullMQ counts per queue: the scheduler's inbox scans are jobs of the same queue.
    `completed (inbox scans included): ${perMinute(rates.completedPerMinute)}`,
    `failed: ${perMinute(rates.failedPerMinute)}`,
    `failures by code: ${codes.length === 0 ? 'none' : codes.join(', ')}`,
  ];
}
