import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { Article, type ParseErrorCode } from '@wiredesk/domain';
import { corpusBytes } from '../test/corpus.js';
import { isParseError, parseArticles, ParseError } from './index.js';

const encoder = new TextEncoder();
const ingestedAt = '2024-11-06T12:00:00.000Z';
const story =
  ' date 2024-11-06 Storm hits the coast. Officials said thousands lost power.\n\n' +
  'The storm reached the coast on Tuesday night with winds of over 100 kilometres an hour.\n\n' +
  'Emergency services said they had rescued dozens of people from flooded homes overnight.\n';

function parse(bytes: Uint8Array | string, maxBytes?: number) {
  const data = typeof bytes === 'string' ? encoder.encode(bytes) : bytes;
  return parseArticles({ bytes: data, fileName: 'input.txt', ingestedAt }, { maxBytes });
}

function codeOf(run: () => unknown): ParseErrorCode | undefined {
  try {
    run();
  } catch (e) {
    if (isParseError(e)) return e.code;
    throw e;
  }
  return undefined;
}

describe('parseArticles errors', () => {
  it.each<[string, Uint8Array | string, ParseErrorCode]>([
    ['no bytes', new Uint8Array(), 'EMPTY'],
    ['only white space', ' \n\t\r\n ', 'BLANK'],
    ['only a byte-order mark', Uint8Array.from([0xef, 0xbb, 0xbf]), 'BLANK'],
    [
      'a PNG image',
      Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2]),
      'NOT_TEXT',
    ],
    ['a PDF', '%PDF-1.7\n1 0 obj', 'NOT_TEXT'],
    ['a ZIP archive', Uint8Array.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0]), 'NOT_TEXT'],
    ['NUL bytes in text', Uint8Array.from([0x48, 0x69, 0x00, 0x21]), 'BINARY'],
    ['text that is mostly control bytes', 'Storm\x01\x02\x03\x04 hits\x05\x06', 'BINARY'],
    [
      'bytes that are neither UTF-8 nor text',
      Uint8Array.from([0xc3, 0x28, 1, 2, 3, 4, 5, 6, 7, 8, 0xff]),
      'INVALID_ENCODING',
    ],
    [
      'a UTF-8 BOM before invalid UTF-8',
      Uint8Array.from([0xef, 0xbb, 0xbf, 0x41, 0xc3, 0x28]),
      'INVALID_ENCODING',
    ],
    ['an HTML page without a body', '<!DOCTYPE html><html><body></body></html>', 'NO_ARTICLE'],
    [
      'an RSS feed without items',
      '<?xml version="1.0"?><rss version="2.0"><channel></channel></rss>',
      'NO_ARTICLE',
    ],
    [
      'a truncated RSS feed',
      '<?xml version="1.0"?><rss version="2.0"><channel><item>',
      'MALFORMED',
    ],
    ['a ninjs document without body', '{"uri": "x", "headline": "Storm"}', 'NO_ARTICLE'],
    ['truncated JSON', '{"uri": "x", "headline": "Sto', 'MALFORMED'],
    ['JSON that is no article', '{"name": "wiredesk", "version": "1.0.0"}', 'UNSUPPORTED_FORMAT'],
    [
      'an HTML fragment that opens with a table but has no headline',
      '<table><tr><td>1</td></tr></table>',
      'NO_ARTICLE',
    ],
    [
      'an XML file that is no feed',
      '<?xml version="1.0"?><svg><rect/></svg>',
      'UNSUPPORTED_FORMAT',
    ],
    [
      'a Markdown README',
      '# Wiredesk\n\nRun `npm test`.\n\n## Setup\n\n- install\n',
      'UNSUPPORTED_FORMAT',
    ],
    ['a list of words', 'apples\n\npears\n\nplums', 'UNSUPPORTED_FORMAT'],
    ['an impossible date', story.replace('2024-11-06', '2024-02-30'), 'INVALID_DATE'],
    ['a date that is no date', story.replace('2024-11-06', 'yesterday'), 'INVALID_DATE'],
    [
      'a date line without headline',
      ' date 2024-11-06\n\nSome paragraph of text that goes on.',
      'NO_ARTICLE',
    ],
    ['a headline without paragraphs', ' date 2024-11-06 Storm hits the coast.\n', 'NO_ARTICLE'],
    ['ninjs with a numeric headline', '{"headline": 7, "body_text": "Storm."}', 'INVALID_FIELDS'],
  ])('rejects %s', (_what, input, code) => {
    expect(codeOf(() => parse(input))).toBe(code);
  });

  it('rejects input over maxBytes as TOO_LARGE', () => {
    expect(codeOf(() => parse(story, 100))).toBe('TOO_LARGE');
  });

  it('falls back to the 10 MiB default for an unusable maxBytes', () => {
    const big = new Uint8Array(10 * 1024 * 1024 + 1).fill(0x41);
    expect(codeOf(() => parse(big, Number.NaN))).toBe('TOO_LARGE');
  });

  it('throws ParseError instances with a message naming the file', () => {
    let error: unknown;
    try {
      parse('');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ParseError);
    expect((error as ParseError).message).toContain('input.txt');
    expect((error as ParseError).name).toBe('ParseError');
  });
});

describe('parseArticles decoding', () => {
  it('reads UTF-8 with a BOM', () => {
    const bytes = Uint8Array.from([0xef, 0xbb, 0xbf, ...encoder.encode(story)]);
    expect(parse(bytes)[0]?.headline).toBe('Storm hits the coast.');
  });

  it('reads UTF-16 LE and BE with a BOM', () => {
    const units = [...story].map((c) => c.charCodeAt(0));
    const le = Uint8Array.from([0xff, 0xfe, ...units.flatMap((u) => [u & 0xff, u >> 8])]);
    const be = Uint8Array.from([0xfe, 0xff, ...units.flatMap((u) => [u >> 8, u & 0xff])]);
    expect(parse(le)[0]?.headline).toBe('Storm hits the coast.');
    expect(parse(be)[0]?.headline).toBe('Storm hits the coast.');
  });

  it('falls back to Windows-1252 for legacy text', () => {
    const latin = story.replace('Officials', 'Caf\u00e9 owners');
    const bytes = Uint8Array.from([...latin].map((c) => c.charCodeAt(0)));
    expect(parse(bytes)[0]?.lede).toBe('Caf\u00e9 owners said thousands lost power.');
  });

  it('gives the same article for CRLF and LF line endings', () => {
    const [lf] = parse(story);
    const [crlf] = parse(story.replace(/\n/g, '\r\n'));
    expect(crlf?.id).toBe(lf?.id);
    expect(crlf?.sections).toEqual(lf?.sections);
  });

  it('normalises Unicode to NFC', () => {
    const decomposed = story.replace('Officials', 'Cafe\u0301 owners');
    expect(parse(decomposed)[0]?.lede).toBe('Caf\u00e9 owners said thousands lost power.');
  });

  it('accepts prose without a date line, with no publication date', () => {
    const prose = story.split('\n').slice(1).join('\n');
    const [article] = parse(`Storm hits the coast\n\n${prose}`);
    expect(article?.publishedAt).toBeNull();
    expect(article?.headline).toBe('Storm hits the coast');
  });

  it('uses the uri when given, the file name otherwise', () => {
    const [withUri] = parseArticles({
      bytes: encoder.encode(story),
      fileName: 'a.txt',
      uri: 's3://in/a.txt',
      ingestedAt,
    });
    expect(withUri?.source.uri).toBe('s3://in/a.txt');
    expect(parse(story)[0]?.source.uri).toBe('input.txt');
  });
});

// 14,000 runs in all (issue 3 asks for at least 10,000): a loaded machine needs more than 5 s.
describe('parseArticles on arbitrary input', { timeout: 60_000 }, () => {
  // Valid records, or a ParseError for the input. MALFORMED is a real verdict for broken JSON or
  // XML, but not when it is parseArticles' wrapper around an internal failure.
  const onlyParseErrors = (input: Uint8Array): boolean => {
    try {
      return parse(input).every((a) => Article.safeParse(a).success);
    } catch (e) {
      return e instanceof ParseError && !e.message.includes('could not be parsed');
    }
  };

  it('returns articles or throws ParseError for any byte array', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 400 }), onlyParseErrors), { numRuns: 5000 });
  });

  it('returns articles or throws ParseError for any string', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), (s) =>
        onlyParseErrors(encoder.encode(s)),
      ),
      { numRuns: 5000 },
    );
  });

  it('returns articles or throws ParseError for cut and corrupted copies of the seed', () => {
    const seed = corpusBytes('seed/000_2520925b624eec76.txt');
    const mutated = fc
      .tuple(
        fc.nat({ max: seed.length }),
        fc.array(fc.tuple(fc.nat({ max: seed.length - 1 }), fc.integer({ min: 0, max: 255 })), {
          maxLength: 20,
        }),
      )
      .map(([cut, edits]) => {
        const copy = seed.slice(0, cut);
        for (const [at, byte] of edits) if (at < copy.length) copy[at] = byte;
        return copy;
      });
    fc.assert(fc.property(mutated, onlyParseErrors), { numRuns: 1000 });
  });

  it('returns articles or throws ParseError for wire-text-shaped strings', () => {
    const line = fc.string({ maxLength: 80 });
    const wire = fc
      .tuple(line, fc.array(line, { maxLength: 8 }))
      .map(([head, body]) => ` date 2024-11-06 ${head}\n\n${body.join('\n\n')}`);
    fc.assert(
      fc.property(wire, (s) => onlyParseErrors(encoder.encode(s))),
      { numRuns: 3000 },
    );
  });
});
