/** Ingestion failures: one row per job, replaced on each new failure of that job. */
import type { IngestionFailure } from '@wiredesk/domain';
import { sql, type Kysely } from 'kysely';
import type { Database, FailureRow } from '../database.js';
import { given } from './filters.js';
import {
  afterKeyset,
  cursorOrder,
  decodeCursor,
  lazyCount,
  pageSize,
  toPage,
  type Page,
  type PageRequest,
} from './page.js';

/** Filters for `listFailures`. */
export interface FailureFilter {
  /** A ParseErrorCode or another failure code, e.g. "SOURCE_MISSING". */
  code?: string | null;
}

function toFailure(row: FailureRow): IngestionFailure {
  return {
    id: row.id,
    jobId: row.job_id,
    file: row.file,
    code: row.code,
    message: row.message,
    attempts: row.attempts,
    failedAt: row.failed_at.toISOString(),
  };
}

export async function recordFailure(
  db: Kysely<Database>,
  failure: Omit<IngestionFailure, 'id'>,
): Promise<void> {
  const values = {
    job_id: failure.jobId,
    file: failure.file,
    code: failure.code,
    message: failure.message,
    attempts: failure.attempts,
    failed_at: failure.failedAt,
  };
  await db
    .insertInto('ingestion_failures')
    .values(values)
    .onConflict((oc) =>
      oc.column('job_id').doUpdateSet({
        file: values.file,
        code: values.code,
        message: values.message,
        attempts: values.attempts,
        failed_at: values.failed_at,
      }),
    )
    .execute();
}

export async function clearFailure(db: Kysely<Database>, jobId: string): Promise<void> {
  await db.deleteFrom('ingestion_failures').where('job_id', '=', jobId).execute();
}

/** Failures, most recent first. */
export async function listFailures(
  db: Kysely<Database>,
  filter: FailureFilter = {},
  page?: PageRequest,
): Promise<Page<IngestionFailure>> {
  const limit = pageSize(page);
  const order = cursorOrder('ingestionFailures', 'NEWEST_FIRST');
  let query = db.selectFrom('ingestion_failures').selectAll();
  if (given(filter.code)) query = query.where('code', '=', filter.code);
  const totalCount = lazyCount(db as Kysely<never>, query);
  if (given(page?.after)) {
    const [ts = null, id = null] = decodeCursor(page.after, order, 2);
    query = query.where(afterKeyset(sql.ref('failed_at'), [sql.ref('id')], ts, [id]));
  }
  const rows = await query
    .orderBy('failed_at', 'desc')
    .orderBy('id')
    .limit(limit + 1)
    .execute();
  return {
    ...toPage(rows, limit, toFailure, order, (row) => [row.failed_at.toISOString(), row.id]),
    totalCount,
  };
}
