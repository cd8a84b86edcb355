import { GraphQLError } from 'graphql';
import { describe, expect, it } from 'vitest';
import { readContentType, toUtf8 } from './content-type.js';

describe('readContentType', () => {
  it('reads the media type and charset of the formats an article comes in', () => {
    expect(readContentType('text/plain')).toEqual({ type: 'text/plain', charset: undefined });
    expect(readContentType('Text/HTML; Charset="Windows-1252"')).toEqual({
      type: 'text/html',
      charset: 'Windows-1252',
    });
    expect(readContentType('application/ninjs+json').type).toBe('application/ninjs+json');
    expect(readContentType('application/rss+xml').type).toBe('application/rss+xml');
  });

  it('refuses types that cannot hold an article, naming what to send instead', () => {
    expect(() => readContentType('image/png')).toThrow(/image\/png cannot hold an article/);
    expect(() => readContentType('application/pdf')).toThrow(GraphQLError);
  });

  it('refuses what is not a media type', () => {
    expect(() => readContentType('plain text')).toThrow(/is not a media type/);
    expect(() => readContentType('')).toThrow(/is not a media type/);
  });
});

describe('toUtf8', () => {
  it('re-encodes bytes from the declared charset', () => {
    const cafe = Uint8Array.from([0x63, 0x61, 0x66, 0xe9, 0x20, 0x93, 0x71, 0x94]);
    expect(Buffer.from(toUtf8(cafe, 'windows-1252')).toString('utf8')).toBe('café “q”');
  });

  it('keeps UTF-8 as it is', () => {
    expect(Buffer.from(toUtf8(Buffer.from('café', 'utf8'), 'UTF-8')).toString('utf8')).toBe('café');
  });

  it('refuses an unknown charset and bytes that are not in the charset', () => {
    expect(() => toUtf8(Uint8Array.of(0x41), 'klingon')).toThrow(/not an encoding label/);
    expect(() => toUtf8(Uint8Array.of(0xff, 0xfe, 0xfd), 'shift_jis')).toThrow(
      /not valid shift_jis/,
    );
  });
});
