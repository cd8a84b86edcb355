import path from 'node:path';
import { PassThrough } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createProgram } from '../src/program.js';

export const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../../..');
export const corpusDir =
  process.env['WIREDESK_CORPUS_DIR'] ?? path.resolve(repoRoot, '../shared/corpus');
export const seedFile = path.join(corpusDir, 'seed', '000_2520925b624eec76.txt');

/** Runs `wiredesk ...args` in-process and collects what it printed. */
export async function runCli(
  args: string[],
): Promise<{ exitCode: number; stdout: string; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const chunks = { stdout: [] as Buffer[], stderr: [] as Buffer[] };
  stdout.on('data', (chunk: Buffer) => chunks.stdout.push(chunk));
  stderr.on('data', (chunk: Buffer) => chunks.stderr.push(chunk));
  const { program, result } = createProgram({ stdout, stderr });
  program.exitOverride();
  await program.parseAsync(['node', 'wiredesk', ...args]);
  return {
    exitCode: result.exitCode,
    stdout: Buffer.concat(chunks.stdout).toString('utf8'),
    stderr: Buffer.concat(chunks.stderr).toString('utf8'),
  };
}

export function jsonLines(text: string): unknown[] {
  return text
    .split('\n')
    .filter((line) => line !== '')
    .map((line) => JSON.parse(line) as unknown);
}
