/** A real worker process (`node dist/index.js`), started with the same variables Compose sets. */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const entry = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../dist/index.js');

export class WorkerProcess {
  private readonly child: ChildProcess;
  /** Resolves once the worker logged "worker started". */
  readonly ready: Promise<void>;
  /** Resolves with the exit code (or signal) when the process ends. */
  readonly exited: Promise<string>;

  constructor(env: NodeJS.ProcessEnv, logFile: string, nodeArgs: readonly string[] = []) {
    this.child = spawn(process.execPath, [...nodeArgs, entry], {
      env: { ...process.env, ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const log = createWriteStream(logFile, { flags: 'a' });
    this.child.stderr?.pipe(log);
    let buffered = '';
    this.ready = new Promise((resolve, reject) => {
      this.child.stdout?.on('data', (chunk: Buffer) => {
        log.write(chunk);
        if (buffered !== null) {
          buffered += chunk.toString('utf8');
          if (buffered.includes('"worker started"')) resolve();
          buffered = buffered.slice(-200);
        }
      });
      this.child.once('exit', (code, signal) =>
        reject(new Error(`worker exited before it started (${code ?? signal ?? '?'})`)),
      );
    });
    this.ready.catch(() => undefined); // awaited by the caller; this only keeps it from being unhandled
    this.exited = new Promise((resolve) =>
      this.child.once('exit', (code, signal) => resolve(signal ?? String(code))),
    );
  }

  get pid(): number {
    return this.child.pid ?? -1;
  }

  kill(signal: NodeJS.Signals): void {
    this.child.kill(signal);
  }
}
