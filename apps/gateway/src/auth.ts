/**
 * API keys: `Authorization: Bearer <key>` or `X-API-Key: <key>`. Mutations always need one; reads
 * need one when the gateway requires it. No key is a 401, a key we do not know a 403.
 */
import { createHash, timingSafeEqual } from 'node:crypto';
import { GraphQLError } from 'graphql';
import type { Plugin } from 'graphql-yoga';

/** What a request presented: no key, a configured key, or some other key. */
export type KeyStatus = 'none' | 'valid' | 'invalid';

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

/** Classifies a request's key. */
export function createKeyStatus(keys: readonly string[]): (headers: Headers) => KeyStatus {
  const isKnown = createKeyChecker(keys);
  return (headers) => {
    const key = presentedKey(headers);
    if (key === null || key === '') return 'none';
    return isKnown(key) ? 'valid' : 'invalid';
  };
}

/**
 * The error for a request without a valid key, with its HTTP status (Yoga answers with it):
 * 401 and `WWW-Authenticate: Bearer` when no key came, 403 when the key is not one of ours.
 */
export function authError(status: Exclude<KeyStatus, 'valid'>, what: string): GraphQLError {
  if (status === 'none') {
    return new GraphQLError(
      `${what} need an API key: send "Authorization: Bearer <key>" or "X-API-Key: <key>"`,
      {
        extensions: {
          code: 'UNAUTHENTICATED',
          http: { status: 401, headers: { 'www-authenticate': 'Bearer' } },
        },
      },
    );
  }
  return new GraphQLError(`The API key is not valid; ${what.toLowerCase()} need a valid key`, {
    extensions: { code: 'FORBIDDEN', http: { status: 403 } },
  });
}

/** Refuses every GraphQL request without a valid key, before it is parsed (REQUIRE_AUTH_FOR_READS). */
export function useRequireKey(keyStatus: (headers: Headers) => KeyStatus): Plugin {
  return {
    onParams({ request, setResult }) {
      const status = keyStatus(request.headers);
      if (status !== 'valid') setResult({ errors: [authError(status, 'Requests')] });
    },
  };
}
