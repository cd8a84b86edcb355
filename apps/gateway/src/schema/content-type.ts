/**
 * The `contentType` a client declares with `ingestArticle`. The parser decides the format from the
 * bytes, so the media type only screens out what can never be an article (an image, a PDF) with a
 * clear error before anything is queued; its `charset` says how base64 content is encoded, since
 * a GraphQL string is already Unicode.
 */
import { decodeDeclared, isParseError } from '@wiredesk/parser';
import { parse } from 'content-type';
import { badUserInput } from './errors.js';

const articleTypes = new Set([
  'text/plain',
  'text/html',
  'application/xhtml+xml',
  'application/json',
  'application/rss+xml',
  'application/atom+xml',
  'application/xml',
  'text/xml',
]);

function isArticleType(type: string): boolean {
  // Structured-syntax suffixes (RFC 6839): a ninjs or other JSON vocabulary, an XML feed dialect.
  return articleTypes.has(type) || type.endsWith('+json') || type.endsWith('+xml');
}

/** The declared media type and charset, or a BAD_USER_INPUT error naming what is wrong. */
export function readContentType(value: string): { type: string; charset: string | undefined } {
  let parsed: ReturnType<typeof parse>;
  try {
    parsed = parse(value);
  } catch {
    throw badUserInput(`contentType "${value}" is not a media type such as "text/plain"`);
  }
  // content-type 2 is lenient: it returns whatever it read, so the type itself is checked here.
  if (!/^[\w.+-]+\/[\w.+-]+$/.test(parsed.type)) {
    throw badUserInput(`contentType "${value}" is not a media type such as "text/plain"`);
  }
  if (!isArticleType(parsed.type)) {
    throw badUserInput(
      `contentType ${parsed.type} cannot hold an article; send wire text (text/plain), HTML, ` +
        'ninjs JSON, RSS or Atom',
    );
  }
  return { type: parsed.type, charset: parsed.parameters['charset'] };
}

/** Re-encodes bytes in `charset` as UTF-8, so the parser reads what the client meant. */
export function toUtf8(bytes: Uint8Array, charset: string): Uint8Array {
  try {
    return Buffer.from(decodeDeclared(bytes, charset), 'utf8');
  } catch (error) {
    if (isParseError(error)) throw badUserInput(`contentType charset: ${error.message}`);
    throw error;
  }
}
