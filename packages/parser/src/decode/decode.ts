/**
 * Bytes → normalised text. Decides encoding (BOM, strict UTF-8, the encoding an HTML meta tag or
 * XML declaration names, Windows-1252 fallback), rejects
 * binary, empty and blank input, and normalises line endings and Unicode so the same article always
 * gives the same text (and so the same content hash).
 */
import { ParseError } from '../errors.js';
import { declaredDecoder } from './charset.js';
import { binarySignature } from './signatures.js';
import { decodeWindows1252, decodeWith } from './windows-1252.js';

/** Which decoder produced the text: a WHATWG encoding name ('utf-8', 'windows-1252', …). */
export type TextEncoding = string;

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncoding;
}

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

// Any character controlShare counts (all but tab, LF, FF, CR, printable ASCII and U+00A0 on,
// U+FFFD aside): a regex finds there is none faster than the loop below counts them.
const control = /[^\t\n\f\r -~\xA0-\uFFFC\uFFFE\uFFFF]/;

/** Share of control characters (C0 but tab, LF, FF and CR; C1; U+FFFD); exported for its tests. */
export function controlShare(text: string): number {
  if (text.length === 0 || !control.test(text)) return 0;
  let controls = 0;
  // Code units, not code points: every control is a single BMP unit, and a surrogate never is one.
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const isC0 = c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0d && c !== 0x0c;
    if (isC0 || (c >= 0x7f && c < 0xa0) || c === 0xfffd) controls++;
  }
  return controls / text.length;
}

function decodeWithBom(bytes: Uint8Array): DecodedText | undefined {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf]))
    return { text: decodeUtf8(bytes.subarray(3)), encoding: 'utf-8' };
  if (startsWith(bytes, [0xff, 0xfe])) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le' };
  }
  if (startsWith(bytes, [0xfe, 0xff])) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be' };
  }
  return undefined;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch (cause) {
    throw new ParseError(
      'INVALID_ENCODING',
      'the byte-order mark says UTF-8 but the bytes are not valid UTF-8',
      {
        cause,
      },
    );
  }
}

function decodeWithoutBom(bytes: Uint8Array, fileName: string): DecodedText {
  const signature = binarySignature(bytes);
  if (signature !== undefined)
    throw new ParseError('NOT_TEXT', `${fileName} is a ${signature} file, not text`);
  if (bytes.includes(0))
    throw new ParseError('BINARY', `${fileName} contains NUL bytes: binary, not text`);
  try {
    return { text: utf8.decode(bytes), encoding: 'utf-8' };
  } catch {
    // Not UTF-8: a page or feed may declare its legacy encoding (ISO-8859-1 is decoded as
    // Windows-1252, as browsers do).
    const declared = declaredDecoder(bytes);
    if (declared !== undefined) {
      const text = decodeWith(declared, bytes);
      if (controlShare(text) <= 0.01) return { text, encoding: declared.encoding };
    }
    // Otherwise legacy newsroom systems still emit Windows-1252 (a superset of Latin-1's
    // printable range). Accept it only when the result reads like text.
    const text = decodeWindows1252(bytes);
    if (controlShare(text) > 0.01) {
      throw new ParseError(
        'INVALID_ENCODING',
        `${fileName} is neither UTF-8, UTF-16 nor Windows-1252 text`,
      );
    }
    return { text, encoding: 'windows-1252' };
  }
}

/** Line endings → LF, Unicode → NFC, stray BOMs and trailing spaces on lines removed. */
export function normalizeText(text: string): string {
  // Each step only when its character occurs: most files have no CR and no stray BOM.
  const lf = text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
  const noBom = lf.includes('\uFEFF') ? lf.replace(/\uFEFF/g, '') : lf;
  const nfc = noBom.normalize('NFC');
  return hasTrailingBlanks(nfc) ? nfc.replace(/[ \t]+$/gm, '') : nfc;
}

// True when a space or tab ends a line or the text, or when the text has a line end other than
// LF (the multiline `$` also ends a line at CR, U+2028 and U+2029): most texts have none, and
// the replace tries its pattern at every space.
function hasTrailingBlanks(text: string): boolean {
  const isBlank = (i: number): boolean => {
    const unit = text.charCodeAt(i);
    return unit === 32 || unit === 9;
  };
  if (isBlank(text.length - 1)) return true;
  for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
    if (i > 0 && isBlank(i - 1)) return true;
  }
  return text.includes('\r') || text.includes('\u2028') || text.includes('\u2029');
}

/**
 * Decodes an article file. Throws ParseError TOO_LARGE, EMPTY, BLANK, NOT_TEXT, BINARY or
 * INVALID_ENCODING.
 */
export function decodeBytes(bytes: Uint8Array, fileName: string, maxBytes: number): DecodedText {
  if (bytes.length > maxBytes) {
    throw new ParseError(
      'TOO_LARGE',
      `${fileName} is ${bytes.length} bytes, over the limit of ${maxBytes}`,
    );
  }
  if (bytes.length === 0) throw new ParseError('EMPTY', `${fileName} is empty`);
  const decoded = decodeWithBom(bytes) ?? decodeWithoutBom(bytes, fileName);
  const text = normalizeText(decoded.text);
  if (text.trim() === '') throw new ParseError('BLANK', `${fileName} holds only white space`);
  if (controlShare(text) > 0.05)
    throw new ParseError('BINARY', `${fileName} is mostly control characters`);
  return { text, encoding: decoded.encoding };
}
