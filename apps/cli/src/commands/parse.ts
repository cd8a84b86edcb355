/**
 * `wiredesk parse FILE...` (SPEC §3): one JSON line per article, or per file that failed.
 * Imports only the parser: it must run with nothing but Node.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { isParseError, parseArticles } from '@wiredesk/parser';
import { describeFsError, expandPaths } from '../files.js';
import { writeLine, type Output } from '../output.js';

export interface ParseCommandOptions {
  /** Largest file the parser accepts, in bytes; the parser's default when unset. */
  maxBytes?: number;
}

/** Runs the command; resolves with the exit code: 1 only when every file failed. */
export async function runParse(
  paths: readonly string[],
  options: ParseCommandOptions,
  out: Output,
): Promise<number> {
  const inputs = await expandPaths(paths);
  let succeeded = 0;
  for (const input of inputs) {
    const lines = await parseOne(input.file, input.error, options);
    if (lines.ok) succeeded += 1;
    for (const line of lines.values) await writeLine(out.stdout, JSON.stringify(line));
  }
  if (inputs.length === 0) {
    await writeLine(out.stderr, 'wiredesk parse: no files found');
    return 1;
  }
  return succeeded > 0 ? 0 : 1;
}

async function parseOne(
  file: string,
  readError: { code: string; message: string } | undefined,
  options: ParseCommandOptions,
): Promise<{ ok: boolean; values: object[] }> {
  const fail = (error: { code: string; message: string }) => ({
    ok: false,
    values: [{ file, error }],
  });
  if (readError) return fail(readError);
  let bytes;
  try {
    bytes = await readFile(file);
  } catch (error) {
    return fail(describeFsError(error, file));
  }
  try {
    const articles = parseArticles(
      { bytes, fileName: path.basename(file), uri: file, ingestedAt: new Date().toISOString() },
      options.maxBytes === undefined ? undefined : { maxBytes: options.maxBytes },
    );
    return { ok: true, values: articles.map((article) => ({ file, article })) };
  } catch (error) {
    if (isParseError(error)) return fail({ code: error.code, message: error.message });
    // A parser bug on one file must not hide the results of the others.
    return fail({
      code: 'INTERNAL_ERROR',
      message: error instanceof Error ? error.message : String(error),
    });
  }
}
