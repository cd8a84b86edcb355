/** Connection arguments to a store page request: forward paging only, at most 100 per page. */
import { decodeGlobalID } from '@pothos/plugin-relay';
import type { PageRequest } from '@wiredesk/store';
import { badUserInput } from './errors.js';

export const maxFirst = 100;
export const defaultFirst = 20;

interface ConnectionArgs {
  first?: number | null;
  after?: string | null;
  last?: number | null;
  before?: string | null;
}

export function pageRequest<O extends string = never>(
  args: ConnectionArgs & { orderBy?: O | null },
): PageRequest<O> {
  if (args.last != null || args.before != null) {
    throw badUserInput('Only forward paging is supported: use first and after');
  }
  const first = args.first ?? defaultFirst;
  if (first < 0 || first > maxFirst) {
    throw badUserInput(`first must be between 0 and ${maxFirst}, got ${first}`);
  }
  return { first, after: args.after ?? null, orderBy: args.orderBy ?? null };
}

/**
 * A connection's cost: its selection counts once per requested item. Past `maxFirst` the
 * resolver refuses the page with a clearer message than the complexity limit would give.
 */
export function connectionComplexity(args: { first?: number | null }): { multiplier: number } {
  return { multiplier: Math.min(args.first ?? defaultFirst, maxFirst) };
}

/** Accepts an article's own id ("art_…") or its Relay global id. */
export function articleIdFrom(id: string): string {
  try {
    const decoded = decodeGlobalID(id);
    if (decoded.typename === 'Article' && decoded.id !== '') return decoded.id;
  } catch {
    // Not a global id: take it as the article id itself.
  }
  return id;
}
