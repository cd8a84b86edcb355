/** Writing lines to a stream without ignoring back-pressure (large `parse` runs pipe to jq, files…). */
import { once } from 'node:events';
import type { Writable } from 'node:stream';

export interface Output {
  stdout: Writable;
  stderr: Writable & { isTTY?: boolean };
}

export const processOutput: Output = { stdout: process.stdout, stderr: process.stderr };

export async function writeLine(stream: Writable, line: string): Promise<void> {
  if (!stream.write(`${line}\n`)) await once(stream, 'drain');
}
