/** What the ingest benchmark reads off the processes it runs: CPU, Redis command counts, parse speed. */
import { readFile, readdir } from 'node:fs/promises';
import { parseArticles } from '@wiredesk/parser';
import type { RedisConnection } from '@wiredesk/queue';
import type { CorpusFile } from './corpus.js';

/** Commands Redis has run, scripts' inner commands included (INFO commandstats). */
export async function redisCalls(redis: RedisConnection): Promise<number> {
  const info = await redis.info('commandstats');
  return [...info.matchAll(/calls=(\d+)/g)].reduce((sum, match) => sum + Number(match[1]), 0);
}

/** Calls per command name (INFO commandstats), to see where a job's commands go. */
export async function redisCallsByCommand(redis: RedisConnection): Promise<Map<string, number>> {
  const info = await redis.info('commandstats');
  return new Map(
    [...info.matchAll(/^cmdstat_([^:]+):calls=(\d+)/gm)].map((m) => [m[1] ?? '', Number(m[2])]),
  );
}

/** CPU seconds Redis has used (user + system). */
export async function redisCpu(redis: RedisConnection): Promise<number> {
  const info = await redis.info('cpu');
  const field = (name: string): number =>
    Number(new RegExp(`${name}:([\\d.]+)`).exec(info)?.[1] ?? 0);
  return field('used_cpu_user') + field('used_cpu_sys');
}

/** CPU seconds a process has used (user + system), from /proc; 0 once it is gone. */
export async function processCpu(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return (Number(fields[11] ?? 0) + Number(fields[12] ?? 0)) / 100;
}

/**
 * CPU seconds a PostgreSQL cluster has used: the postmaster, its live children (backends, WAL
 * writer, checkpointer…) and, through the postmaster's cutime/cstime, the children that ended.
 */
export async function postgresCpu(dataDir: string): Promise<number> {
  const postmaster = Number((await readFile(`${dataDir}/postmaster.pid`, 'utf8')).split('\n')[0]);
  let total = 0;
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const stat = await readFile(`/proc/${entry}/stat`, 'utf8').catch(() => '');
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    const pid = Number(entry);
    if (pid !== postmaster && Number(fields[1]) !== postmaster) continue;
    total += Number(fields[11] ?? 0) + Number(fields[12] ?? 0);
    if (pid === postmaster) total += Number(fields[13] ?? 0) + Number(fields[14] ?? 0);
  }
  return total / 100;
}

export interface ParseSpeed {
  /** Articles per second of elapsed time: what end-to-end figures are compared with. */
  wallPerSecond: number;
  /** Articles per CPU second of this process: what `npm run bench:parser` reports. */
  cpuPerSecond: number;
}

/**
 * Parse-only speed in this process: one warm-up pass (the JIT and the parser's lazily built
 * tables), then the median of `rounds` passes over the files.
 */
export function parseOnly(corpus: readonly CorpusFile[], rounds = 3): ParseSpeed {
  const pass = (): ParseSpeed => {
    const wall = performance.now();
    const cpu = process.cpuUsage();
    for (const file of corpus)
      parseArticles({ bytes: file.bytes, fileName: file.name, ingestedAt: '2024-01-01T00:00:00Z' });
    const used = process.cpuUsage(cpu);
    return {
      wallPerSecond: corpus.length / ((performance.now() - wall) / 1000),
      cpuPerSecond: corpus.length / ((used.user + used.system) / 1e6),
    };
  };
  pass();
  const passes = Array.from({ length: rounds }, pass);
  const median = (values: number[]): number =>
    values.sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0;
  return {
    wallPerSecond: median(passes.map((p) => p.wallPerSecond)),
    cpuPerSecond: median(passes.map((p) => p.cpuPerSecond)),
  };
}
