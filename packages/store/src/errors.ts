/** Coded errors of the store. Callers branch on `code`, never on message text. */

export type StoreErrorCode =
  'STORE_UNAVAILABLE' | 'MIGRATION_FAILED' | 'INVALID_CURSOR' | 'INVALID_ARGUMENT';

/** Any failure the store reports on purpose. */
export class StoreError extends Error {
  override readonly name: string = 'StoreError';
  readonly code: StoreErrorCode;

  constructor(code: StoreErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** PostgreSQL cannot be reached (refused, timed out, starting up). Transient: retry later. */
export class StoreUnavailableError extends StoreError {
  override readonly name = 'StoreUnavailableError';
  /** The database URL without its password. */
  readonly url: string;

  constructor(url: string, options?: { cause?: unknown }) {
    super(
      'STORE_UNAVAILABLE',
      `PostgreSQL is not reachable at ${url} — start it (docker compose -f infra/docker-compose.yml up -d postgres) or set DATABASE_URL`,
      options,
    );
    this.url = url;
  }
}

/** Network-level and server-availability failures, as node-postgres reports them. */
const unavailableCodes = new Set([
  'ECONNREFUSED',
  'ECONNRESET',
  'ENOTFOUND',
  'EAI_AGAIN',
  'ETIMEDOUT',
  'EHOSTUNREACH',
  'ENETUNREACH',
  'EPIPE',
  '57P01', // admin_shutdown
  '57P02', // crash_shutdown
  '57P03', // cannot_connect_now (starting up)
  '53300', // too_many_connections
  '08000', // connection_exception
  '08001',
  '08003',
  '08006',
]);

function errorCode(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = error.code;
    return typeof code === 'string' ? code : undefined;
  }
  return undefined;
}

/** True when the error means the server is not reachable rather than that the query is wrong. */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof StoreUnavailableError) return true;
  if (error instanceof AggregateError) return error.errors.some(isUnavailable);
  const code = errorCode(error);
  if (code !== undefined && unavailableCodes.has(code)) return true;
  // node-postgres reports a dropped or timed-out connection with plain messages.
  const message = error instanceof Error ? error.message : '';
  return /Connection terminated|timeout exceeded when trying to connect/i.test(message);
}

/** Turns connection failures into StoreUnavailableError; passes everything else through. */
export function translateError(error: unknown, url: string): unknown {
  if (error instanceof StoreError) return error;
  return isUnavailable(error) ? new StoreUnavailableError(url, { cause: error }) : error;
}
