import { createHash } from 'node:crypto';

/** SHA-256 (hex) of the normalised text: same content, same hash, same article id. */
export function contentHash(text: string): string {
  return createHash('sha256').update(text, 'utf8').digest('hex');
}

/** The article id: `art_` and the first 20 hex digits of the content hash. */
export function articleId(hash: string): string {
  return `art_${hash.slice(0, 20)}`;
}
