/** `totalCount` on connections: the store's lazy count, run only when a client selects it. */
import { fromStore } from './errors.js';

/** Resolves a connection's total from the page the list resolver returned. */
export function totalCountOf(connection: unknown): Promise<number> {
  const count = (connection as { totalCount?: () => Promise<number> }).totalCount;
  if (count === undefined) throw new Error('This connection has no count');
  return fromStore(count);
}

export const totalCountDescription = 'How many match the filter, over all pages.';
