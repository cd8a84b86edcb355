/** The parser's entry point: one file's bytes in, its articles out. Pure: no I/O, no clock. */
import type { Article } from '@wiredesk/domain';
import { buildArticle } from './article/build.js';
import { decodeBytes } from './decode/decode.js';
import { isParseError, ParseError } from './errors.js';
import { detectFormat } from './format/detect.js';
import { readFormat } from './read-format.js';

/** One input file. */
export interface ParseInput {
  /** The file's bytes. */
  bytes: Uint8Array;
  /** Used for error messages. */
  fileName: string;
  /** `Source.uri`; defaults to `fileName`. */
  uri?: string;
  /** ISO timestamp of ingestion; the parser never reads the clock. */
  ingestedAt: string;
}

/** Parser limits. */
export interface ParseOptions {
  /** Largest accepted input in bytes; default 10 MiB (also used when the value is not a finite number ≥ 0). */
  maxBytes?: number;
}

/** Default for `ParseOptions.maxBytes`: 10 MiB. */
export const defaultMaxBytes = 10 * 1024 * 1024;

/**
 * Parses one file into its articles: one for wire text, HTML and a ninjs document, one per feed
 * item or JSON list entry. Throws only ParseError: any
 * other failure is a bug, reported as MALFORMED with the original error as `cause` so that bad
 * input never crashes a worker.
 */
export function parseArticles(input: ParseInput, options: ParseOptions = {}): Article[] {
  const limit = options.maxBytes;
  // A limit that is no usable number falls back to the default rather than disabling the check.
  const maxBytes =
    limit !== undefined && Number.isFinite(limit) && limit >= 0 ? limit : defaultMaxBytes;
  try {
    const { text } = decodeBytes(input.bytes, input.fileName, maxBytes);
    const format = detectFormat(text, input.fileName);
    const fileUri = input.uri ?? input.fileName;
    const read = readFormat(text, format, input.fileName);
    const articles = read.map((article, n) => {
      // An item without its own id is addressed by its position in the file.
      const uri = article.uri ?? (read.length === 1 ? fileUri : `${fileUri}#${n + 1}`);
      const source = { uri, format, size: input.bytes.length, ingestedAt: input.ingestedAt };
      return buildArticle(article.text, article.layout, source);
    });
    // A feed may repeat an item (same content, or the same guid): one article each.
    const seen = new Set<string>();
    return articles.filter((a) => {
      const fresh = !seen.has(a.id) && !seen.has(a.source.uri);
      seen.add(a.id).add(a.source.uri);
      return fresh;
    });
  } catch (error) {
    if (isParseError(error)) throw error;
    throw new ParseError('MALFORMED', `${input.fileName} could not be parsed: ${String(error)}`, {
      cause: error,
    });
  }
}
