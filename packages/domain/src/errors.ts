/**
 * Codes for input that can never become an article. They are permanent: a job that fails with
 * one is not retried, and the code is what users see in `wiredesk failures` and the API.
 */
export const parseErrorCodes = [
  'EMPTY', // no bytes, or only white space
  'BINARY', // NUL bytes or another binary signature (images, archives)
  'INVALID_ENCODING', // bytes that decode as none of the supported encodings
  'TOO_LARGE', // over the configured size limit
  'UNSUPPORTED_FORMAT', // not wire text, HTML, ninjs, RSS or Atom
  'NO_ARTICLE', // a supported format, but no headline or no paragraphs
  'INVALID_DATE', // a date that does not exist
  'MALFORMED', // a supported format whose structure is broken (truncated JSON, bad XML)
] as const;
export type ParseErrorCode = (typeof parseErrorCodes)[number];

export function isParseErrorCode(value: unknown): value is ParseErrorCode {
  return typeof value === 'string' && (parseErrorCodes as readonly string[]).includes(value);
}
