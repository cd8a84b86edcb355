/** Assembles the schema: importing each module registers its types on the builder. */
import type { GraphQLSchema } from 'graphql';
import './article.js';
import './discovery.js';
import './failure.js';
import './ingestion.js';
import './query.js';
import './signatory-list.js';
import './statement.js';
import './subscription.js';
import { builder } from './builder.js';

let schema: GraphQLSchema | undefined;

/** The gateway's GraphQL schema (built once; the builder is module state). */
export function buildSchema(): GraphQLSchema {
  schema ??= builder.toSchema({ sortSchema: true });
  return schema;
}
