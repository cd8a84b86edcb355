/** Commands that read or prepare PostgreSQL: `failures` and `migrate`. */
import { createStore, ensureDatabase } from '@wiredesk/store';
import type { CliEnv } from '../env.js';
import { writeLine, type Output } from '../output.js';

export interface FailuresCommandOptions {
  code?: string;
  /** Most failures to list (newest first). Default 100. */
  limit?: number;
  json?: boolean;
}

/** `wiredesk failures [--code X]`: one line per stored failure; `--json` prints JSON lines. */
export async function runFailures(
  options: FailuresCommandOptions,
  env: CliEnv,
  out: Output,
): Promise<number> {
  const store = createStore({ databaseUrl: env.databaseUrl, poolSize: 1 });
  try {
    const page = await store.listFailures(
      { code: options.code ?? null },
      { first: options.limit ?? 100 },
    );
    for (const failure of page.items) {
      const line = options.json
        ? JSON.stringify(failure)
        : [
            failure.failedAt,
            failure.code,
            failure.jobId,
            failure.file,
            oneLine(failure.message),
          ].join('\t');
      await writeLine(out.stdout, line);
    }
    if (!options.json)
      await writeLine(
        out.stderr,
        `${page.items.length} failure(s)${page.pageInfo.hasNextPage ? ', more with --limit' : ''}`,
      );
    return 0;
  } finally {
    await store.close();
  }
}

/** `wiredesk migrate`: creates the database if needed and runs the migrations (the Compose one-shot). */
export async function runMigrate(env: CliEnv, out: Output): Promise<number> {
  await ensureDatabase(env.databaseUrl);
  const store = createStore({ databaseUrl: env.databaseUrl, poolSize: 1 });
  try {
    await store.migrate();
    await writeLine(out.stdout, 'migrations applied');
    return 0;
  } finally {
    await store.close();
  }
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}
