/** Reading a job's bytes: from the job itself, or from the shared inbox without leaving it. */
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { IngestSourceError } from './errors.js';
import type { IngestJobData } from './jobs.js';

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

/**
 * Loads a job's bytes.
 * @throws IngestSourceError `SOURCE_OUTSIDE_INBOX` when the path, after resolving symlinks, is not
 * inside the inbox; `SOURCE_MISSING` when the file is gone (deleted after the scan).
 */
export async function loadIngestSource(
  data: IngestJobData,
  options: { inboxDir: string },
): Promise<IngestSource> {
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
    const [realRoot, realFile] = await Promise.all([realpath(options.inboxDir), realpath(full)]);
    if (!isInside(realRoot, realFile)) {
      throw new IngestSourceError(
        'SOURCE_OUTSIDE_INBOX',
        full,
        `${full} resolves to ${realFile}, outside the inbox`,
      );
    }
    return { bytes: await readFile(realFile), fileName: path.basename(full), uri: full };
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

export function isNotFound(error: unknown): boolean {
  const code = (error as { code?: unknown } | null)?.code;
  return code === 'ENOENT' || code === 'ENOTDIR';
}
