/**
 * `wiredesk ingest PATH... [--wait] [--timeout S]`: sends files to the ingest queue under their
 * content-hash job ids; with --wait, reports how many were ingested, duplicates and failed (a
 * feed counts by its items).
 */
import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { SingleBar } from 'cli-progress';
import {
  MAX_JOB_CONTENT_BYTES,
  connectRedis,
  createIngestQueue,
  ingestJobId,
  type EnqueueResult,
  type IngestQueue,
} from '@wiredesk/queue';
import type { CliEnv } from '../env.js';
import { describeFsError, expandPaths, type InputFile } from '../files.js';
import { writeLine, type Output } from '../output.js';
import { countFailure, emptyTally, formatTally } from './ingest-summary.js';
import { waitAndCount } from './ingest-wait.js';

export interface IngestCommandOptions {
  wait: boolean;
  /** Seconds to wait for the jobs with --wait; unlimited when unset. */
  timeoutSeconds?: number;
}

export async function runIngest(
  paths: readonly string[],
  options: IngestCommandOptions,
  env: CliEnv,
  out: Output,
): Promise<number> {
  const inputs = await expandPaths(paths);
  const redis = await connectRedis(env.redisUrl, {
    role: 'client',
    connectionName: 'wiredesk-cli',
  });
  const queue = createIngestQueue({ connection: redis, prefix: env.queuePrefix });
  const tally = emptyTally();
  const enqueued: { file: string; result: EnqueueResult }[] = [];
  const seen = new Map<string, Promise<EnqueueResult>>();
  const bar = out.stderr.isTTY
    ? new SingleBar({ stream: out.stderr, format: '{phase} [{bar}] {value}/{total}' })
    : null;
  try {
    bar?.start(inputs.length, 0, { phase: 'enqueue' });
    // A few adds in flight at once: each is two Redis round trips, so a serial loop is latency-bound.
    for (let start = 0; start < inputs.length; start += ENQUEUE_PARALLELISM) {
      const batch = inputs.slice(start, start + ENQUEUE_PARALLELISM);
      const results = await Promise.all(batch.map((input) => enqueueOne(queue, input, seen)));
      for (const [index, outcome] of results.entries()) {
        const file = batch[index]?.file ?? '';
        if ('failure' in outcome) {
          countFailure(tally, outcome.failure.code);
          await writeLine(
            out.stderr,
            `failed ${file}: ${outcome.failure.code} ${outcome.failure.message}`,
          );
        } else {
          enqueued.push({ file, result: outcome.result });
        }
      }
      bar?.increment(batch.length);
    }
    bar?.stop();

    if (!options.wait) {
      const added = enqueued.filter((e) => e.result.status !== 'duplicate').length;
      await writeLine(
        out.stdout,
        `enqueued ${added}, duplicates ${enqueued.length - added}, failed ${tally.failed}`,
      );
      return tally.failed > 0 ? 1 : 0;
    }

    bar?.start(new Set(enqueued.map((e) => e.result.jobId)).size, 0, { phase: 'ingest' });
    await waitAndCount(queue, enqueued, tally, out, {
      timeoutMs: options.timeoutSeconds === undefined ? undefined : options.timeoutSeconds * 1000,
      progress: {
        total: (count) => bar?.start(count, 0, { phase: 'items' }),
        settled: () => bar?.increment(),
      },
    });
    bar?.stop();
    await writeLine(out.stdout, formatTally(tally));
    return tally.failed > 0 || tally.pending > 0 ? 1 : 0;
  } finally {
    bar?.stop();
    await queue.close();
    await redis.quit().catch(() => redis.disconnect());
  }
}

const ENQUEUE_PARALLELISM = 16;

type EnqueueOutcome = { result: EnqueueResult } | { failure: { code: string; message: string } };

/**
 * Adds one file. `seen` holds this run's adds by job id: concurrent adds of the same bytes would
 * both find no job and both report "added", so the second one waits for the first instead.
 */
async function enqueueOne(
  queue: IngestQueue,
  input: InputFile,
  seen: Map<string, Promise<EnqueueResult>>,
): Promise<EnqueueOutcome> {
  const failure = input.error ?? (await tooLarge(input.file));
  if (failure) return { failure };
  try {
    const bytes = await readFile(input.file);
    const jobId = ingestJobId(bytes);
    const earlier = seen.get(jobId);
    if (earlier) {
      await earlier;
      return { result: { jobId, status: 'duplicate' } };
    }
    const adding = queue.addContent({
      bytes,
      fileName: path.basename(input.file),
      uri: path.resolve(input.file),
    });
    seen.set(jobId, adding);
    return { result: await adding };
  } catch (error) {
    if (!isFsError(error)) throw error;
    return { failure: describeFsError(error, input.file) };
  }
}

async function tooLarge(file: string): Promise<{ code: string; message: string } | undefined> {
  try {
    const { size } = await stat(file);
    if (size <= MAX_JOB_CONTENT_BYTES) return undefined;
    return { code: 'TOO_LARGE', message: `${size} bytes, the limit is ${MAX_JOB_CONTENT_BYTES}` };
  } catch (error) {
    return describeFsError(error, file);
  }
}

function isFsError(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && code.startsWith('E');
}
