/** Filter inputs shared by the list queries, checked before they reach SQL. */
import { StoreError } from '../errors.js';
import { publishedInstant, publishedUpperBound } from '../published.js';

/** A publication date range: ISO dates or date-times; a bare `publishedTo` date includes its day. */
export interface PublishedRange {
  publishedFrom?: string | null;
  publishedTo?: string | null;
}

export interface ResolvedRange {
  from: Date | null;
  /** Exclusive. */
  until: Date | null;
}

export function resolveRange(range: PublishedRange): ResolvedRange {
  const parse = (name: string, value: string | null | undefined, f: (v: string) => Date | null) => {
    if (value === undefined || value === null) return null;
    const date = f(value);
    if (date === null) {
      throw new StoreError(
        'INVALID_ARGUMENT',
        `${name} must be an ISO 8601 date or date-time, got "${value}"`,
      );
    }
    return date;
  };
  return {
    from: parse('publishedFrom', range.publishedFrom, publishedInstant),
    until: parse('publishedTo', range.publishedTo, publishedUpperBound),
  };
}

/** Treats undefined, null and blank strings alike: no filter. */
export function given(value: string | null | undefined): value is string {
  return value !== undefined && value !== null && value.trim() !== '';
}
