import { describe, expect, it } from 'vitest';
import type { ParseErrorCode } from '@wiredesk/domain';
import { isParseError, parseArticles } from './index.js';

const encoder = new TextEncoder();
const body = 'The council said on Monday that the bridge would reopen in the spring after repairs.';

function failure(
  text: string | Uint8Array,
  maxBytes?: number,
): { code: ParseErrorCode; message: string } {
  const bytes = typeof text === 'string' ? encoder.encode(text) : text;
  try {
    parseArticles({ bytes, fileName: 'in', ingestedAt: '2024-01-01T00:00:00Z' }, { maxBytes });
  } catch (e) {
    if (isParseError(e)) return { code: e.code, message: e.message };
    throw e;
  }
  throw new Error('parsed without error');
}

describe('rejections of structured formats', () => {
  it('rejects truncated ninjs as MALFORMED', () => {
    expect(failure(`{"headline": "Bridge", "body_text": "${body}`).code).toBe('MALFORMED');
  });

  it('rejects a field of the wrong type as INVALID_FIELDS, naming the field', () => {
    const f = failure(`{"headline": 42, "body_text": "${body}"}`);
    expect(f.code).toBe('INVALID_FIELDS');
    expect(f.message).toContain('"headline"');
  });

  it('names a nested field whose type is wrong', () => {
    const f = failure(`{"headlines": [{"value": 1}], "body_text": "${body}"}`);
    expect(f.code).toBe('INVALID_FIELDS');
    expect(f.message).toContain('"headlines.0.value"');
  });

  it('rejects a ninjs date that does not exist as INVALID_DATE', () => {
    const doc = { headline: 'Bridge', body_text: body, firstcreated: '2024-02-30T10:00:00Z' };
    expect(failure(JSON.stringify(doc)).code).toBe('INVALID_DATE');
  });

  it('rejects a JSON article without a body as NO_ARTICLE', () => {
    expect(failure('{"headline": "Bridge"}').code).toBe('NO_ARTICLE');
  });

  it('rejects a truncated Atom feed as MALFORMED', () => {
    expect(failure('<feed xmlns="http://www.w3.org/2005/Atom"><entry><title>B').code).toBe(
      'MALFORMED',
    );
  });

  it('rejects a feed whose items all lack text as NO_ARTICLE', () => {
    const rss =
      '<rss version="2.0"><channel><item><title>Only a title</title></item></channel></rss>';
    expect(failure(rss).code).toBe('NO_ARTICLE');
  });

  it('rejects an HTML page without a headline as NO_ARTICLE', () => {
    expect(failure(`<html><body><p>${body}</p></body></html>`).code).toBe('NO_ARTICLE');
  });

  it('rejects an HTML page over the size limit as TOO_LARGE', () => {
    const page = `<html><head><title>Bridge</title></head><body><p>${body}</p></body></html>`;
    expect(failure(page, 50).code).toBe('TOO_LARGE');
  });

  it('rejects markup nested absurdly deep as MALFORMED', () => {
    const page = `<html><head><title>Deep</title></head><body>${'<div>'.repeat(5000)}<p>${body}</p></body></html>`;
    expect(failure(page).code).toBe('MALFORMED');
  });

  it('rejects a feed nested absurdly deep as MALFORMED', () => {
    const feed = `<rss><channel>${'<x>'.repeat(5000)}${'</x>'.repeat(5000)}</channel></rss>`;
    expect(failure(feed).code).toBe('MALFORMED');
  });

  it('rejects NUL bytes in a page as BINARY', () => {
    const page = encoder.encode(`<html><body><p>${body}</p></body></html>`);
    page[10] = 0;
    expect(failure(page).code).toBe('BINARY');
  });

  it('rejects UTF-16 without a byte-order mark as BINARY (its NUL bytes)', () => {
    const utf16 = Uint8Array.from([...'<html>'].flatMap((c) => [c.charCodeAt(0), 0]));
    expect(failure(utf16).code).toBe('BINARY');
  });

  it.each([
    ['PNG', [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0x0d]],
    ['JPEG', [0xff, 0xd8, 0xff, 0xe0, 0, 0x10]],
    ['GIF', [...encoder.encode('GIF89a'), 1, 0]],
    ['WebP', [...encoder.encode('RIFF'), 0x24, 0, 0, 0, ...encoder.encode('WEBPVP8 ')]],
    ['PDF', [...encoder.encode('%PDF-1.7\n')]],
    ['ZIP', [0x50, 0x4b, 0x03, 0x04, 0x14, 0, 0, 0]],
    ['GZIP', [0x1f, 0x8b, 0x08, 0, 0, 0]],
  ])('rejects a %s file as NOT_TEXT, naming the type', (type, bytes) => {
    const f = failure(Uint8Array.from(bytes));
    expect(f).toEqual({ code: 'NOT_TEXT', message: `in is a ${type} file, not text` });
  });

  it('rejects bytes that no declared or fallback encoding reads as INVALID_ENCODING', () => {
    const bytes = Uint8Array.from([0x3c, 0x70, 0x3e, 0xc3, 0x28, 1, 2, 3, 4, 5, 6, 7, 8, 0x81]);
    expect(failure(bytes).code).toBe('INVALID_ENCODING');
  });
});

describe('rejections of over-long wire-text lines', () => {
  it('rejects a line over 100,000 characters as LINE_TOO_LONG, with the limit and the length', () => {
    const line = ` date 2024-11-05 ${'The council met. '.repeat(11_765)}`.trimEnd();
    const f = failure(`${line}\n\n${body}\n`);
    expect(f.code).toBe('LINE_TOO_LONG');
    expect(f.message).toBe(
      `in line 1 is ${line.length} characters long, over the limit of 100000 for a line of wire text`,
    );
  });

  it('rejects a long line without a date line (prose) as LINE_TOO_LONG, naming the line', () => {
    const f = failure(`Bridge reopens\n\n${body}\n\n${'word '.repeat(30_000)}\n`);
    expect(f.code).toBe('LINE_TOO_LONG');
    expect(f.message).toContain('in line 5 is 149999 characters long');
  });

  it('accepts a line of exactly 100,000 characters', () => {
    const paragraph = `${'The council met again. '.repeat(4348)}The end.`.slice(0, 99_999) + '.';
    const story = ` date 2024-11-05 Council meets\n\n${body}\n\n${paragraph}\n`;
    const [article] = parseArticles({
      bytes: encoder.encode(story),
      fileName: 'in',
      ingestedAt: '2024-01-01T00:00:00Z',
    });
    expect(article?.sections[0]?.paragraphs).toHaveLength(2);
  });

  it('leaves HTML and JSON on one long line to their own readers', () => {
    const filler = 'The council met. '.repeat(7000);
    const page = `<html><head><title>Bridge</title></head><body><p>${body}</p><p>${filler}</p></body></html>`;
    expect(() => failure(page)).toThrow('parsed without error');
    const ninjs = JSON.stringify({ headline: 'Bridge', body_text: `${body}\n\n${filler}` });
    expect(() => failure(ninjs)).toThrow('parsed without error');
  });
});
