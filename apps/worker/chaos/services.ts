/**
 * A Redis server and a PostgreSQL cluster of the chaos run's own, in a temporary folder on free
 * ports, so that it can stop and restart them without touching the services other tests use.
 */
import { execFile, spawn, type ChildProcess } from 'node:child_process';
import { chmod, mkdtemp, readdir } from 'node:fs/promises';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { promisify } from 'node:util';

const run = promisify(execFile);

/** A TCP port nobody listens on right now. */
export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      server.close(() => resolve(port));
    });
  });
}

async function waitUntil(what: string, check: () => Promise<boolean>, seconds = 30): Promise<void> {
  const deadline = Date.now() + seconds * 1000;
  while (Date.now() < deadline) {
    if (await check().catch(() => false)) return;
    await sleep(100);
  }
  throw new Error(`${what} did not come up within ${seconds} s`);
}

/** redis-server with AOF on (fsync every second), in `dir`, on `port`. */
export class ChaosRedis {
  private child: ChildProcess | undefined;

  constructor(
    readonly dir: string,
    readonly port: number,
  ) {}

  get url(): string {
    return `redis://127.0.0.1:${this.port}`;
  }

  async start(): Promise<void> {
    this.child = spawn(
      'redis-server',
      [
        ...['--port', String(this.port), '--bind', '127.0.0.1', '--dir', this.dir],
        ...['--appendonly', 'yes', '--appendfsync', 'everysec', '--save', ''],
        ...['--maxmemory-policy', 'noeviction', '--logfile', path.join(this.dir, 'redis.log')],
      ],
      { stdio: 'ignore' },
    );
    await waitUntil('redis-server', async () => {
      const { stdout } = await run('redis-cli', ['-p', String(this.port), 'ping']);
      return stdout.trim() === 'PONG';
    });
  }

  /** SHUTDOWN: Redis fsyncs the AOF and exits, as on a graceful restart. */
  async stop(): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null) return;
    const exited = new Promise((resolve) => child.once('exit', resolve));
    await run('redis-cli', ['-p', String(this.port), 'shutdown']).catch(() => undefined);
    await exited;
  }
}

/** A PostgreSQL cluster made with initdb and run with pg_ctl (as `postgres` when we are root). */
export class ChaosPostgres {
  private constructor(
    readonly dir: string,
    readonly port: number,
    private readonly binDir: string,
    private readonly settings: string,
  ) {}

  get url(): string {
    return `postgres://postgres@127.0.0.1:${this.port}/wiredesk`;
  }

  /** `settings`: extra server options, e.g. `-c shared_preload_libraries=pg_stat_statements`. */
  static async create(root: string, port: number, settings = ''): Promise<ChaosPostgres> {
    const versions = (await readdir('/usr/lib/postgresql')).sort((a, b) => Number(b) - Number(a));
    const binDir = process.env['PG_BIN_DIR'] ?? `/usr/lib/postgresql/${versions[0] ?? ''}/bin`;
    const dir = path.join(root, 'pgdata');
    // initdb refuses to run as root; the cluster then belongs to the postgres user.
    await chmod(root, 0o777);
    const cluster = new ChaosPostgres(dir, port, binDir, settings);
    await cluster.pg('initdb', ['-D', dir, '-U', 'postgres', '-A', 'trust', '--no-sync']);
    return cluster;
  }

  async start(): Promise<void> {
    await this.pg('pg_ctl', [
      ...['-D', this.dir, '-l', `${this.dir}.log`, '-w', '-t', '60'],
      ...[
        '-o',
        `-p ${this.port} -k ${path.dirname(this.dir)} -c listen_addresses=127.0.0.1 ${this.settings}`,
      ],
      'start',
    ]);
  }

  /** A fast restart: open connections are cut, as when the server is restarted for real. */
  async restart(): Promise<void> {
    await this.pg('pg_ctl', ['-D', this.dir, '-m', 'fast', '-w', '-t', '60', 'stop']);
    await this.start();
  }

  async stop(): Promise<void> {
    await this.pg('pg_ctl', ['-D', this.dir, '-m', 'immediate', '-w', 'stop']).catch(
      () => undefined,
    );
  }

  private async pg(tool: string, args: string[]): Promise<void> {
    const binary = path.join(this.binDir, tool);
    const asRoot = process.getuid?.() === 0;
    await run(
      asRoot ? 'runuser' : binary,
      asRoot ? ['-u', 'postgres', '--', binary, ...args] : args,
    );
  }
}

/** A fresh temporary folder the postgres user can write to. */
export async function chaosRoot(): Promise<string> {
  const root = await mkdtemp(path.join(tmpdir(), 'wiredesk-chaos-'));
  await chmod(root, 0o777);
  return root;
}
