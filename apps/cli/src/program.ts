/**
 * The `wiredesk` command line. Commands that need Redis or PostgreSQL are imported lazily, so
 * `wiredesk parse` loads the parser and nothing else.
 */
import { Command, InvalidArgumentError } from 'commander';
import { readCliEnv } from './env.js';
import { processOutput, type Output } from './output.js';

/** Builds the program; each action stores its exit code in `result.exitCode`. */
export function createProgram(out: Output = processOutput): {
  program: Command;
  result: { exitCode: number };
} {
  const result = { exitCode: 0 };
  const program = new Command('wiredesk')
    .description(
      'Turn news article files into typed records: articles, statements, signatory lists.',
    )
    .showHelpAfterError()
    .configureOutput({
      writeOut: (text) => out.stdout.write(text),
      writeErr: (text) => out.stderr.write(text),
    });

  program
    .command('parse')
    .description(
      'parse files (directories expand to their files) and print one JSON line per article or failed file',
    )
    .argument('<file...>', 'files or directories')
    .option('--max-bytes <n>', 'largest file to accept, in bytes', positiveInt)
    .action(async (files: string[], options: { maxBytes?: number }) => {
      const { runParse } = await import('./commands/parse.js');
      result.exitCode = await runParse(files, options, out);
    });

  program
    .command('ingest')
    .description('enqueue files or directories for ingestion (REDIS_URL, QUEUE_PREFIX)')
    .argument('<path...>', 'files or directories')
    .option('--wait', 'wait for the jobs and report ingested / duplicates / failed', false)
    .option(
      '--timeout <seconds>',
      'with --wait, stop waiting after this many seconds',
      positiveNumber,
    )
    .action(async (paths: string[], options: { wait: boolean; timeout?: number }) => {
      const { runIngest } = await import('./commands/ingest.js');
      result.exitCode = await runIngest(
        paths,
        { wait: options.wait, timeoutSeconds: options.timeout },
        readCliEnv(),
        out,
      );
    });

  program
    .command('failures')
    .description('list inputs that did not become articles, newest first (DATABASE_URL)')
    .option('--code <code>', 'only this error code, e.g. UNSUPPORTED_FORMAT')
    .option('--limit <n>', 'at most this many', positiveInt, 100)
    .option('--json', 'one JSON object per line', false)
    .action(async (options: { code?: string; limit: number; json: boolean }) => {
      const { runFailures } = await import('./commands/store-commands.js');
      result.exitCode = await runFailures(options, readCliEnv(), out);
    });

  program
    .command('retry')
    .description(
      'retry failed ingest jobs: by job id, every one with --code, or all with --all (REDIS_URL, QUEUE_PREFIX)',
    )
    .argument('[jobId...]', 'job ids, as `wiredesk failures` shows them')
    .option('--code <code>', 'every failed job with this error code, e.g. INGEST_FAILED')
    .option('--all', 'every failed job', false)
    .action(async (jobIds: string[], options: { code?: string; all: boolean }) => {
      const { runRetry } = await import('./commands/retry.js');
      result.exitCode = await runRetry(jobIds, options, readCliEnv(), out);
    });

  program
    .command('status')
    .description('queue depth, jobs per minute and failed jobs by code (REDIS_URL, QUEUE_PREFIX)')
    .option('--minutes <n>', 'average throughput over this many minutes', positiveInt, 15)
    .option('--json', 'one JSON object', false)
    .action(async (options: { minutes: number; json: boolean }) => {
      const { runStatus } = await import('./commands/status.js');
      result.exitCode = await runStatus(options, readCliEnv(), out);
    });

  program
    .command('migrate')
    .description('create the database if needed and run the migrations (DATABASE_URL)')
    .action(async () => {
      const { runMigrate } = await import('./commands/store-commands.js');
      result.exitCode = await runMigrate(readCliEnv(), out);
    });

  return { program, result };
}

function positiveInt(value: string): number {
  const parsed = Number(value);
  if (!Number.isInteger(parsed) || parsed <= 0)
    throw new InvalidArgumentError('expected a positive integer');
  return parsed;
}

function positiveNumber(value: string): number {
  const parsed = Number(value);
  if (!Number.isFinite(parsed) || parsed <= 0)
    throw new InvalidArgumentError('expected a positive number');
  return parsed;
}
