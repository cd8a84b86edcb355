import { createHash } from 'node:crypto';

/** SHA-256 of the bytes, lower-case hex. */
export function sha256Hex(bytes: Uint8Array): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/**
 * The BullMQ job id for a file's content: the same bytes give the same id whichever worker or
 * client enqueues them, so BullMQ ignores the second add. BullMQ ids must not contain ':' (the
 * Redis key separator) nor be integers, hence the `ingest-` prefix and hex digest.
 */
export function ingestJobId(bytes: Uint8Array): string {
  return jobIdForHash(sha256Hex(bytes));
}

/** The job id for an already computed SHA-256 hex digest. */
export function jobIdForHash(contentHash: string): string {
  return `ingest-${contentHash}`;
}

/**
 * The job id for the same content arriving under another name: one job per (content, source), so
 * that each source is recorded on the one article. The first source keeps the plain content id.
 */
export function jobIdForSource(contentHash: string, source: string): string {
  return `${jobIdForHash(contentHash)}-${sha256Hex(Buffer.from(source)).slice(0, 16)}`;
}

/**
 * The job id of a feed item: its source uri (guid / Atom id) and its content. The same item in
 * two feeds is one job; an item whose content changed under the same guid is a new one.
 */
export function jobIdForItem(sourceUri: string, contentHash: string): string {
  return `ingest-item-${contentHash}-${sha256Hex(Buffer.from(sourceUri)).slice(0, 16)}`;
}
