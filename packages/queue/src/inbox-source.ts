/**
 * Reading a job's bytes: from the job itself, or from the shared inbox without leaving it.
 *
 * Inbox files are read with synchronous calls: an article file is a few kB, and two realpaths and
 * a promise readFile (open, fstat, read, close: each a thread-pool round trip and a promise) cost
 * the worker 150-200 µs of CPU a file, the same calls made synchronously about 50 µs. The event
 * loop is busy parsing between them anyway; a slow network volume now stalls this worker's other
 * jobs while a file is read, as a long parse does. The file is opened non-blocking and must be a
 * regular file, so a FIFO or device swapped in after the scan cannot block the process.
 */
import { closeSync, constants, fstatSync, openSync, readFileSync, realpathSync } from 'node:fs';
import path from 'node:path';
import { IngestSourceError } from './errors.js';
import { sha256Hex } from './job-id.js';
import type { IngestJobData } from './jobs.js';

/** A file modified less than this many ms ago may still be being written. */
export const INBOX_SETTLE_MS = 1000;

/** Code of the retried error for an inbox file rewritten so recently it may still be half-written. */
export const SOURCE_CHANGING = 'SOURCE_CHANGING';

/** The bytes of a job's file and how to name it. */
export interface IngestSource {
  bytes: Uint8Array;
  fileName: string;
  /** Becomes the article's source uri: the absolute inbox path, or what the submitter gave. */
  uri: string;
}

/** True when `child` is `root` itself or lies below it. Both must be absolute and normalised. */
export function isInside(root: string, child: string): boolean {
  const relative = path.relative(root, child);
  return relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative));
}

/** Absolute path of an inbox-relative, '/'-separated path; null when it tries to leave the inbox. */
export function resolveInboxPath(inboxDir: string, relativePath: string): string | null {
  if (relativePath === '' || path.posix.isAbsolute(relativePath) || path.isAbsolute(relativePath))
    return null;
  const full = path.resolve(inboxDir, ...relativePath.split('/'));
  return isInside(path.resolve(inboxDir), full) ? full : null;
}

export interface LoadSourceOptions {
  inboxDir: string;
  /**
   * An inbox file that no longer holds what the scan hashed and was modified less than this many
   * ms ago is not read as it is: its writer may be half-way through (a rewrite in place truncates
   * first), and a half file would be stored as an article of its own. Default 0: no check.
   */
  settleMs?: number;
}

/**
 * Loads a job's bytes.
 * @throws IngestSourceError `SOURCE_OUTSIDE_INBOX` when the path, after resolving symlinks, is not
 * inside the inbox; `SOURCE_MISSING` when the file is gone (deleted after the scan) or is no
 * longer a regular file. An Error with code `SOURCE_CHANGING` (worth a retry) when the file
 * changed since the scan and has not settled yet.
 */
export function loadIngestSource(
  data: IngestJobData,
  options: LoadSourceOptions,
): Promise<IngestSource> {
  // An error thrown by the executor rejects the promise, as an async function's would.
  return new Promise((resolve) => resolve(readIngestSource(data, options)));
}

function readIngestSource(data: IngestJobData, options: LoadSourceOptions): IngestSource {
  if (data.kind === 'content') {
    return {
      bytes: Buffer.from(data.contentBase64, 'base64'),
      fileName: data.fileName,
      uri: data.uri,
    };
  }
  const full = resolveInboxPath(options.inboxDir, data.path);
  if (full === null) {
    throw new IngestSourceError(
      'SOURCE_OUTSIDE_INBOX',
      data.path,
      `${data.path} is outside the inbox`,
    );
  }
  try {
    const realRoot = realpathSync.native(options.inboxDir);
    const realFile = realpathSync.native(full);
    if (!isInside(realRoot, realFile)) {
      throw new IngestSourceError(
        'SOURCE_OUTSIDE_INBOX',
        full,
        `${full} resolves to ${realFile}, outside the inbox`,
      );
    }
    const file = readRegular(realFile);
    if (file === null)
      throw new IngestSourceError('SOURCE_MISSING', full, `${full} is no longer a regular file`);
    const age = Date.now() - file.mtimeMs;
    if (age >= 0 && age < (options.settleMs ?? 0) && sha256Hex(file.bytes) !== data.contentHash) {
      throw Object.assign(
        new Error(`${full} changed since the scan and is still being written (${age} ms ago)`),
        { code: SOURCE_CHANGING },
      );
    }
    return { bytes: file.bytes, fileName: path.basename(full), uri: full };
  } catch (error) {
    if (error instanceof IngestSourceError) throw error;
    if (isNotFound(error)) {
      throw new IngestSourceError('SOURCE_MISSING', full, `${full} no longer exists`, {
        cause: error,
      });
    }
    throw error;
  }
}

/**
 * The bytes of a regular file and the modification time of what was read; null when it is
 * something else now (a folder, a FIFO, a device). O_NONBLOCK: opening a FIFO does not wait for a
 * writer (and changes nothing for a regular file).
 */
function readRegular(file: string): { bytes: Buffer; mtimeMs: number } | null {
  const fd = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK);
  try {
    const info = fstatSync(fd);
    return info.isFile() ? { bytes: readFileSync(fd), mtimeMs: info.mtimeMs } : null;
  } finally {
    closeSync(fd);
  }
}

export function isNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
