/** Publication dates: articles give a bare date or a date-time with offset; filters need instants. */

const bareDate = /^\d{4}-\d{2}-\d{2}$/;

/** The instant an ISO date or date-time stands for (a bare date is midnight UTC); null if none. */
export function publishedInstant(value: string | null): Date | null {
  if (value === null) return null;
  const instant = new Date(bareDate.test(value) ? `${value}T00:00:00Z` : value);
  return Number.isNaN(instant.getTime()) ? null : instant;
}

/**
 * The exclusive upper bound for a `publishedTo` filter: a bare date includes its whole day,
 * a date-time is the instant itself (made exclusive by adding one millisecond).
 */
export function publishedUpperBound(value: string): Date | null {
  const instant = publishedInstant(value);
  if (instant === null) return null;
  const step = bareDate.test(value) ? 86_400_000 : 1;
  return new Date(instant.getTime() + step);
}
