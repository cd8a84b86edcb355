/** The parser's entry point: one file's bytes in, its articles out. Pure: no I/O, no clock. */
import type { Article } from '@wiredesk/domain';
import { buildArticle } from './article/build.js';
import { decodeBytes } from './decode/decode.js';
import { isParseError, ParseError } from './errors.js';
import { detectFormat } from './format/detect.js';
import { parseWireText } from './wire-text/layout.js';

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
 * Parses one file into its articles (a wire-text file gives one). Throws only ParseError: any
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
    const layout = parseWireText(text, input.fileName);
    const source = {
      uri: input.uri ?? input.fileName,
      format,
      size: input.bytes.length,
      ingestedAt: input.ingestedAt,
    };
    return [buildArticle(text, layout, source)];
  } catch (error) {
    if (isParseError(error)) throw error;
    throw new ParseError('MALFORMED', `${input.fileName} could not be parsed: ${String(error)}`, {
      cause: error,
    });
  }
}
