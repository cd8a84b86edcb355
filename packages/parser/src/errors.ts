import type { ParseErrorCode } from '@wiredesk/domain';

/**
 * Input that can never become an article. The only error `parseArticles` throws: its `code` is
 * permanent, so the queue records it instead of retrying.
 */
export class ParseError extends Error {
  override readonly name = 'ParseError';
  readonly code: ParseErrorCode;

  constructor(code: ParseErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.code = code;
  }
}

/** True for a ParseError, also one from another copy of this module (checked by shape). */
export function isParseError(e: unknown): e is ParseError {
  return (
    e instanceof ParseError ||
    (e instanceof Error &&
      e.name === 'ParseError' &&
      typeof (e as { code?: unknown }).code === 'string')
  );
}
