/** API keys for mutations: `Authorization: Bearer <key>` or `X-API-Key: <key>`. */
import { createHash, timingSafeEqual } from 'node:crypto';

function digest(value: string): Buffer {
  // Equal-length digests let timingSafeEqual compare keys of any length in constant time.
  return createHash('sha256').update(value).digest();
}

/** The key a request presents, if any. */
export function presentedKey(headers: Headers): string | null {
  const bearer = /^Bearer\s+(.+)$/i.exec(headers.get('authorization') ?? '');
  return bearer?.[1]?.trim() ?? headers.get('x-api-key')?.trim() ?? null;
}

/** A checker over the configured keys; with none configured, nothing is authenticated. */
export function createKeyChecker(keys: readonly string[]): (presented: string | null) => boolean {
  const digests = keys.filter((key) => key !== '').map(digest);
  return (presented) => {
    if (presented === null || presented === '') return false;
    const candidate = digest(presented);
    // Check every key, so the time taken does not reveal which one matched.
    return digests.reduce((found, key) => timingSafeEqual(key, candidate) || found, false);
  };
}
