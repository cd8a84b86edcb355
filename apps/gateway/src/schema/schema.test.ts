import { printSchema } from 'graphql';
import { describe, expect, it } from 'vitest';
import { buildSchema } from './index.js';

describe('the GraphQL schema', () => {
  // A .snap file, not .graphql: `prettier --write .` would reformat a .graphql snapshot.
  it('matches the reviewed contract', () => {
    expect(printSchema(buildSchema())).toMatchSnapshot();
  });
});
