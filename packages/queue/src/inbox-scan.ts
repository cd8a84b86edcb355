/**
 * The inbox scan, run by whichever worker receives the scheduler's job. A Redis hash remembers
 * path → size:mtime:hash so unchanged files are neither re-read nor re-enqueued; a new or changed
 * file gets the job id of its content, so two scans (or two workers) never ingest it twice.
 */
import type { Dirent, Stats } from 'node:fs';
import { createHash } from 'node:crypto';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';
import { open, readdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Redis } from 'ioredis';
import { INBOX_SETTLE_MS, isInside, isNotFound } from './inbox-source.js';
import type { IngestQueue } from './ingest-queue.js';
import type { InboxScanResult } from './jobs.js';
import { INGEST_QUEUE_NAME, resolvePrefix, type QueueNamingOptions } from './options.js';

export interface InboxScanOptions extends QueueNamingOptions {
  inboxDir: string;
  queue: IngestQueue;
  connection: Redis;
  /**
   * Files modified less than this many ms ago are left for the next scan, so a file still being
   * copied in is not ingested half-written. Default 1000. (Writers that rename into place can use 0.)
   */
  settleMs?: number;
}

/** Redis key of the path → size:mtime:hash memory, inside the queue's hash tag. */
export function inboxSeenKey(options?: QueueNamingOptions): string {
  return `${resolvePrefix(options)}:${INGEST_QUEUE_NAME}:inbox-seen`;
}

/** Files hashed and enqueued together; the first jobs start while later chunks are read. */
const SCAN_CHUNK = 500;
/** Files stat'ed at once. */
const STAT_GROUP = 100;
/** Intl.Collator orders as String#localeCompare does, several times faster over a large folder. */
const byName = new Intl.Collator();

/** Scans the inbox once and enqueues new or changed files. Hidden files (".name") are ignored. */
export async function scanInbox(options: InboxScanOptions): Promise<InboxScanResult> {
  const key = inboxSeenKey(options);
  const settleMs = options.settleMs ?? INBOX_SETTLE_MS;
  const realRoot = await realpath(options.inboxDir);
  const result: InboxScanResult = { files: 0, enqueued: 0, unchanged: 0, rejected: [] };
  const present = new Set<string>();
  // One round trip for the whole memory instead of one per file.
  const remembered = new Map(Object.entries(await options.connection.hgetall(key)));

  // New or changed files are enqueued in chunks: a few round trips per chunk, none per file.
  let pending: { relative: string; full: string; size: number; mtimeMs: number }[] = [];
  const enqueue = async (): Promise<void> => {
    const chunk = pending;
    pending = [];
    const hashes = await Promise.all(
      chunk.map((file) =>
        hashUnchangedFile(file).catch((error: unknown) => {
          if (isNotFound(error)) return null; // deleted since the stat
          throw error;
        }),
      ),
    );
    const files = chunk.flatMap((file, index) => {
      const contentHash = hashes[index];
      return contentHash ? [{ ...file, contentHash }] : [];
    });
    if (files.length === 0) return;
    const added = await options.queue.addInboxFiles(
      files.map(({ relative, contentHash, size, mtimeMs }) => ({
        path: relative,
        contentHash,
        size,
        mtimeMs,
      })),
    );
    for (const { status } of added) {
      if (status === 'duplicate') result.unchanged += 1;
      else result.enqueued += 1;
    }
    await options.connection.hset(
      key,
      Object.fromEntries(
        files.map((file) => [file.relative, `${file.size}:${file.mtimeMs}:${file.contentHash}`]),
      ),
    );
  };

  // Files are stat'ed a group at a time: one at a time, each stat waited for a turn of an event
  // loop busy parsing, and a scan of a large inbox outlasted the scan period (scans overlapped and
  // hashed the same new files twice).
  const look = async (relative: string) => {
    const full = path.join(realRoot, ...relative.split('/'));
    try {
      return { relative, full, info: await stat(full) };
    } catch (error) {
      if (isNotFound(error)) return null; // deleted while scanning
      throw error;
    }
  };
  let group: string[] = [];
  const lookAtGroup = async (): Promise<void> => {
    const seen = await Promise.all(group.map(look));
    group = [];
    for (const entry of seen) {
      if (entry === null || !entry.info.isFile()) continue;
      const { relative, full, info } = entry;
      result.files += 1;
      present.add(relative);
      // A future mtime (clock skew on a network volume) would never settle: take it as settled.
      const age = Date.now() - info.mtimeMs;
      if (age >= 0 && age < settleMs) continue;
      if (remembered.get(relative)?.startsWith(`${info.size}:${info.mtimeMs}:`)) {
        result.unchanged += 1;
        continue;
      }
      pending.push({ relative, full, size: info.size, mtimeMs: info.mtimeMs });
      if (pending.length >= SCAN_CHUNK) await enqueue();
    }
  };
  for await (const relative of walk(realRoot, '', result.rejected)) {
    group.push(relative);
    if (group.length >= STAT_GROUP) await lookAtGroup();
  }
  await lookAtGroup();
  if (pending.length > 0) await enqueue();

  // Forget deleted files, so a file that comes back is looked at again.
  const gone = [...remembered.keys()].filter((relative) => !present.has(relative));
  if (gone.length > 0) await options.connection.hdel(key, ...gone);
  return result;
}

/** Yields inbox-relative, '/'-separated file paths; symlinks are followed only inside the inbox. */
async function* walk(
  realRoot: string,
  relativeDir: string,
  rejected: string[],
): AsyncGenerator<string> {
  let entries: Dirent[];
  try {
    entries = await readdir(path.join(realRoot, ...relativeDir.split('/')), {
      withFileTypes: true,
    });
  } catch (error) {
    if (isNotFound(error)) return;
    throw error;
  }
  entries.sort((a, b) => byName.compare(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const relative = relativeDir === '' ? entry.name : `${relativeDir}/${entry.name}`;
    if (entry.isSymbolicLink()) {
      const target = await realpath(path.join(realRoot, ...relative.split('/'))).catch(() => null);
      if (target === null || !isInside(realRoot, target)) {
        rejected.push(relative);
        continue;
      }
      // A link to a directory inside the inbox would list the same files twice: skip it.
      if ((await stat(target)).isFile()) yield relative;
      continue;
    }
    if (entry.isDirectory()) yield* walk(realRoot, relative, rejected);
    else if (entry.isFile()) yield relative;
  }
}

/**
 * SHA-256 hex of a file as the scan stat'ed it; null when it is no longer a regular file, or when
 * it changed since that stat (replaced, or written while read): the next scan looks again, once
 * it has settled. Before, the memory could pair the stat's size and mtime with other bytes, and a
 * file being rewritten was queued under the hash of a part of it. A small file is read at once,
 * synchronously, opened non-blocking as a job reads it (inbox-source.ts); a large one is streamed:
 * an oversized file must not be read whole just to be named.
 */
async function hashUnchangedFile(file: {
  full: string;
  size: number;
  mtimeMs: number;
}): Promise<string | null> {
  const hash = createHash('sha256');
  const unchanged = (info: Stats, bytesRead: number) =>
    info.isFile() &&
    info.size === file.size &&
    info.mtimeMs === file.mtimeMs &&
    bytesRead === file.size;
  if (file.size <= 1024 * 1024) {
    const fd = openSync(file.full, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      if (!fstatSync(fd).isFile()) return null;
      // One byte more than the stat said, so a file that grew shows it.
      const bytes = Buffer.allocUnsafe(file.size + 1);
      let bytesRead = 0;
      for (;;) {
        const got = readSync(fd, bytes, bytesRead, bytes.length - bytesRead, null);
        bytesRead += got;
        if (got === 0 || bytesRead === bytes.length) break;
      }
      return unchanged(fstatSync(fd), bytesRead)
        ? hash.update(bytes.subarray(0, bytesRead)).digest('hex')
        : null;
    } finally {
      closeSync(fd);
    }
  }
  const handle = await open(file.full, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    if (!(await handle.stat()).isFile()) return null;
    let bytesRead = 0;
    for await (const chunk of handle.createReadStream({ autoClose: false })) {
      hash.update(chunk as Buffer);
      bytesRead += (chunk as Buffer).length;
    }
    return unchanged(await handle.stat(), bytesRead) ? hash.digest('hex') : null;
  } finally {
    await handle.close();
  }
}
