import { describe, expect, it } from 'vitest';
import { isParseError } from '../errors.js';
import { decodeDeclared } from './declared.js';

function codeOf(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return isParseError(error) ? error.code : 'not a ParseError';
  }
  return undefined;
}

describe('decodeDeclared', () => {
  it('decodes Windows-1252 curly quotes and ISO-8859-1 labels as the Encoding standard does', () => {
    const bytes = Uint8Array.from([0x93, 0x63, 0x61, 0x66, 0xe9, 0x94, 0x20, 0x80]);
    expect(decodeDeclared(bytes, 'windows-1252')).toBe('“café” €');
    expect(decodeDeclared(bytes, 'ISO-8859-1')).toBe('“café” €');
  });

  it('decodes other labels the platform knows', () => {
    expect(decodeDeclared(Uint8Array.from([0x3f, 0xeb]), 'iso-8859-7')).toBe('?λ');
    expect(decodeDeclared(Buffer.from('Zürich', 'utf8'), 'utf-8')).toBe('Zürich');
  });

  it('fails as INVALID_ENCODING for an unknown label or bytes outside the encoding', () => {
    expect(codeOf(() => decodeDeclared(Uint8Array.of(0x41), 'klingon'))).toBe('INVALID_ENCODING');
    expect(codeOf(() => decodeDeclared(Uint8Array.of(0xc3, 0x28), 'utf-8'))).toBe(
      'INVALID_ENCODING',
    );
  });
});
