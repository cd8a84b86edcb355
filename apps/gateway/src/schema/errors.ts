/**
 * Expected errors leave as GraphQL errors with `extensions.code`; anything else is left for Yoga
 * to mask, so internals (SQL, URLs) never reach clients.
 */
import { StoreError, StoreUnavailableError } from '@wiredesk/store';
import { GraphQLError } from 'graphql';

export function badUserInput(message: string): GraphQLError {
  return new GraphQLError(message, { extensions: { code: 'BAD_USER_INPUT' } });
}

/** Runs a store call, turning the store's expected errors into client-facing ones. */
export async function fromStore<T>(call: () => Promise<T>): Promise<T> {
  try {
    return await call();
  } catch (error) {
    if (error instanceof StoreUnavailableError) {
      throw new GraphQLError('The database is unavailable; try again later', {
        extensions: { code: 'SERVICE_UNAVAILABLE' },
      });
    }
    if (
      error instanceof StoreError &&
      (error.code === 'INVALID_CURSOR' || error.code === 'INVALID_ARGUMENT')
    ) {
      throw badUserInput(error.message);
    }
    throw error;
  }
}
