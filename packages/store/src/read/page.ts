/**
 * Keyset pagination. A cursor is the sort key of the last row seen, as base64url JSON; the next
 * page starts strictly after it, so pages stay stable while rows are added. The cursor names the
 * list and order it came from: a sort key means nothing in another order, so such a cursor is
 * refused instead of silently skipping or repeating rows.
 */
import {
  sql,
  type Expression,
  type Kysely,
  type OperationNodeSource,
  type RawBuilder,
  type SqlBool,
} from 'kysely';
import { StoreError } from '../errors.js';

/** Relay-style page information. Only forward paging is offered. */
export interface PageInfo {
  hasNextPage: boolean;
  hasPreviousPage: boolean;
  startCursor: string | null;
  endCursor: string | null;
}

export interface Edge<T> {
  cursor: string;
  node: T;
}

/** One page of results: `items` for plain use, `edges` and `pageInfo` for Relay connections. */
export interface Page<T> {
  items: T[];
  edges: Edge<T>[];
  pageInfo: PageInfo;
  /**
   * How many rows match the filter over all pages. A function, so the count query only runs
   * when a client asks for it. Absent on pages built without one.
   */
  totalCount?: () => Promise<number>;
}

/**
 * Which page: up to `first` rows (default 20, at most 1000) after the `after` cursor, in
 * `orderBy` order (each list has its own orders and default). A cursor is only valid with the
 * order it came from.
 */
export interface PageRequest<O extends string = string> {
  first?: number;
  after?: string | null;
  orderBy?: O | null;
}

/** Orders of the lists sorted by publication date; undated articles always come last. */
export type PublishedOrder = 'NEWEST_FIRST' | 'OLDEST_FIRST';

export const defaultPageSize = 20;
export const maxPageSize = 1000;

export type CursorValue = string | number | null;

export function pageSize(page: PageRequest | undefined): number {
  const first = page?.first ?? defaultPageSize;
  if (!Number.isInteger(first) || first < 0 || first > maxPageSize) {
    throw new StoreError(
      'INVALID_ARGUMENT',
      `first must be an integer from 0 to ${maxPageSize}, got ${first}`,
    );
  }
  return first;
}

/** The list and order a cursor belongs to, e.g. `articles NEWEST_FIRST`. */
export function cursorOrder(list: string, order: string): string {
  return `${list} ${order}`;
}

export function encodeCursor(order: string, values: CursorValue[]): string {
  return Buffer.from(JSON.stringify([order, ...values])).toString('base64url');
}

/**
 * Decodes a cursor made by encodeCursor for `order` with `length` values. Anything else is
 * INVALID_CURSOR; a cursor of another order or list says which it came from.
 */
export function decodeCursor(cursor: string, order: string, length: number): CursorValue[] {
  let decoded: unknown;
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
  } catch (error) {
    throw new StoreError('INVALID_CURSOR', `Invalid cursor "${cursor}"`, { cause: error });
  }
  const [from, ...values] = Array.isArray(decoded) ? (decoded as unknown[]) : [];
  if (typeof from === 'string' && from !== order && values.length > 0) {
    throw new StoreError(
      'INVALID_CURSOR',
      `This cursor continues ${from}, not ${order}: page with the list and orderBy it came ` +
        'from, or start again without after',
    );
  }
  const valid =
    from === order &&
    values.length === length &&
    values.every((v) => v === null || typeof v === 'string' || typeof v === 'number');
  if (!valid) throw new StoreError('INVALID_CURSOR', `Invalid cursor "${cursor}"`);
  return values;
}

/**
 * Rows after a cursor, for the order `<ts> desc nulls last, <tail...> asc` (or `<ts> asc nulls
 * last` when `ascending`).
 * @param ts the nullable timestamp column; `cursorTs` its value in the cursor (ISO or null)
 */
export function afterKeyset(
  ts: Expression<unknown>,
  tail: Expression<unknown>[],
  cursorTs: CursorValue,
  cursorTail: CursorValue[],
  ascending = false,
): RawBuilder<SqlBool> {
  const tailAfter = sql`(${sql.join(tail)}) > (${sql.join(cursorTail)})`;
  if (cursorTs === null) return sql<SqlBool>`(${ts} is null and ${tailAfter})`;
  const at = new Date(cursorTs);
  if (Number.isNaN(at.getTime()))
    throw new StoreError('INVALID_CURSOR', 'Invalid cursor timestamp');
  const beyond = ascending ? sql`${ts} > ${at}` : sql`${ts} < ${at}`;
  return sql<SqlBool>`(${beyond} or ${ts} is null or (${ts} = ${at} and ${tailAfter}))`;
}

/** `<ts> desc nulls last` or `<ts> asc nulls last`. */
export function publishedOrder(ts: string, order: PublishedOrder | null | undefined) {
  return order === 'OLDEST_FIRST'
    ? sql`${sql.ref(ts)} asc nulls last`
    : sql`${sql.ref(ts)} desc nulls last`;
}

/** Runs a `select count(*)` over the rows of a filtered query (its own select list ignored). */
export function countRows(query: OperationNodeSource): RawBuilder<{ n: number }> {
  return sql<{ n: number }>`select count(*)::int as n from (${query}) as counted`;
}

/**
 * Builds the page from `limit + 1` fetched rows: the extra row only says there is a next page.
 * `order` (from cursorOrder) goes into every cursor.
 */
export function toPage<R, T>(
  rows: R[],
  limit: number,
  toNode: (row: R) => T,
  order: string,
  toCursor: (row: R) => CursorValue[],
): Page<T> {
  const kept = rows.slice(0, limit);
  const edges = kept.map((row) => ({
    cursor: encodeCursor(order, toCursor(row)),
    node: toNode(row),
  }));
  return {
    items: edges.map((edge) => edge.node),
    edges,
    pageInfo: {
      hasNextPage: rows.length > limit,
      hasPreviousPage: false,
      startCursor: edges[0]?.cursor ?? null,
      endCursor: edges.at(-1)?.cursor ?? null,
    },
  };
}

/** Escapes LIKE wildcards so user text matches literally. */
export function likeContains(text: string): string {
  return `%${text.replace(/[\\%_]/g, '\\$&')}%`;
}

/** A lazy total for `Page.totalCount`: counts the rows of the filtered query when called. */
export function lazyCount(db: Kysely<never>, query: OperationNodeSource): () => Promise<number> {
  return async () => (await countRows(query).execute(db)).rows[0]?.n ?? 0;
}
