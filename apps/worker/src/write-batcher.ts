/**
 * Write-behind batching of the store's saves. Jobs run concurrently; each hands its articles here
 * and waits. Whatever has gathered is saved at once (one statement, see the store's saveArticles)
 * once `maxArticles` are waiting, or `maxWaitMs` after the first one arrived, and only then are
 * the jobs' promises settled: no job is acknowledged to BullMQ before its articles are committed,
 * so a crash loses nothing (the unacknowledged jobs run again and the idempotent save reports
 * created=false).
 *
 * A failed batch is split: every job's entry is saved again on its own, so one bad article fails
 * only its own job, and a Postgres outage fails every job (each retried by BullMQ as before).
 */
import type { Article } from '@wiredesk/domain';
import type { SaveResult, Store } from '@wiredesk/store';

export interface WriteBatcherOptions {
  store: Pick<Store, 'saveArticles'>;
  /** Save as soon as this many articles wait. Default 250. */
  maxArticles?: number;
  /** Save at the latest this long after the first waiting article. Default 5 ms. */
  maxWaitMs?: number;
  /**
   * Saves running at once. Default 2: one can commit (a WAL flush, no CPU) while the next one
   * executes. Locks are taken in article id order, so concurrent saves cannot deadlock.
   */
  maxInFlight?: number;
}

export interface WriteBatcher {
  /** Saves a job's articles (and clears the job's recorded failure) with the next batch. */
  save(jobId: string, articles: Article[]): Promise<SaveResult[]>;
  /** Saves what is waiting now; resolves once nothing is waiting or being saved. */
  flush(): Promise<void>;
}

interface Entry {
  jobId: string;
  articles: Article[];
  resolve(results: SaveResult[]): void;
  reject(error: unknown): void;
}

export function createWriteBatcher(options: WriteBatcherOptions): WriteBatcher {
  const maxArticles = options.maxArticles ?? 250;
  const maxWaitMs = options.maxWaitMs ?? 5;
  const maxInFlight = options.maxInFlight ?? 2;
  let waiting: Entry[] = [];
  let waitingArticles = 0;
  let timer: NodeJS.Timeout | undefined;
  const inFlight = new Set<Promise<void>>();

  const saveEntries = async (entries: Entry[]): Promise<void> => {
    try {
      const results = await options.store.saveArticles(
        entries.flatMap((entry) => entry.articles),
        { clearFailuresOf: entries.map((entry) => entry.jobId) },
      );
      let offset = 0;
      for (const entry of entries) {
        entry.resolve(results.slice(offset, offset + entry.articles.length));
        offset += entry.articles.length;
      }
    } catch (error) {
      if (entries.length === 1) {
        entries[0]?.reject(error);
        return;
      }
      await Promise.all(entries.map((entry) => saveEntries([entry])));
    }
  };

  // Takes everything waiting into a new save, unless enough saves are running: then the next one
  // to finish starts it, so the batch grows with the load instead of the saves piling up.
  const start = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    if (waiting.length === 0 || inFlight.size >= maxInFlight) return;
    const entries = waiting;
    waiting = [];
    waitingArticles = 0;
    const saving = saveEntries(entries).finally(() => {
      inFlight.delete(saving);
      start();
    });
    inFlight.add(saving);
  };

  return {
    save(jobId, articles) {
      return new Promise<SaveResult[]>((resolve, reject) => {
        waiting.push({ jobId, articles, resolve, reject });
        waitingArticles += articles.length;
        if (waitingArticles >= maxArticles) start();
        else timer ??= setTimeout(start, maxWaitMs);
      });
    },
    async flush() {
      while (waiting.length > 0 || inFlight.size > 0) {
        start();
        await Promise.all(inFlight);
      }
    },
  };
}
