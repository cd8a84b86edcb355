/**
 * Text in a character set named by the caller, such as the charset of an API client's
 * Content-Type. Detection (decode.ts) is for files that say nothing; this is for bytes whose
 * sender said what they are.
 */
import { ParseError } from '../errors.js';
import { decodeWith } from './windows-1252.js';

/**
 * Decodes `bytes` as `charset` (a WHATWG encoding label). Throws ParseError INVALID_ENCODING for
 * a label no decoder knows or bytes that are not valid in that encoding.
 */
export function decodeDeclared(bytes: Uint8Array, charset: string): string {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset, { fatal: true });
  } catch {
    throw new ParseError('INVALID_ENCODING', `charset "${charset}" is not an encoding label`);
  }
  try {
    return decodeWith(decoder, bytes);
  } catch {
    throw new ParseError('INVALID_ENCODING', `the bytes are not valid ${decoder.encoding}`);
  }
}
