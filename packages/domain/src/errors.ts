/**
 * Codes for input that can never become an article. They are permanent: a job that fails with
 * one is not retried, and the code is what users see in `wiredesk failures` and the API. Each
 * names one kind of problem, so that `failures --code X` / `retry --code X` select only it.
 */
export const parseErrorCodes = [
  'EMPTY', // no bytes at all
  'BLANK', // bytes, but only white space
  'BINARY', // NUL or other control bytes in what claims to be text
  'NOT_TEXT', // a known binary file signature (PNG, JPEG, PDF, ZIP, gzip…); the message names it
  'INVALID_ENCODING', // bytes that decode as none of the supported encodings
  'TOO_LARGE', // over the configured size limit
  'UNSUPPORTED_FORMAT', // not wire text, HTML, ninjs, RSS or Atom
  'LINE_TOO_LONG', // a text line longer than any headline or paragraph (limit in the message)
  'NO_ARTICLE', // a supported format, but no headline or no paragraphs
  'INVALID_DATE', // a date that does not exist
  'MALFORMED', // a supported format whose syntax is broken (truncated JSON, bad XML)
  'INVALID_FIELDS', // well-formed ninjs/JSON with a field of the wrong type (the message names it)
] as const;
export type ParseErrorCode = (typeof parseErrorCodes)[number];

export function isParseErrorCode(value: unknown): value is ParseErrorCode {
  return typeof value === 'string' && (parseErrorCodes as readonly string[]).includes(value);
}
