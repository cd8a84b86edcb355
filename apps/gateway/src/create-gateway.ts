/** The gateway as a Yoga instance: tests call `yoga.fetch`, src/index.ts serves it over HTTP. */
import type { Store } from '@wiredesk/store';
import { createYoga, type YogaServerInstance, type YogaServerOptions } from 'graphql-yoga';
import type { GatewayContext } from './context.js';
import { useHealthz, type Pingable } from './health.js';
import { buildSchema } from './schema/index.js';

export interface GatewayOptions {
  store: Store;
  /** Checked by /healthz when given (an ioredis client). */
  redis?: Pingable;
  /** Serve GraphiQL on GET /graphql; default false. */
  graphiql?: boolean;
  /** Yoga's logger; default Yoga's console logger. false silences it (tests). */
  logging?: YogaServerOptions<object, GatewayContext>['logging'];
}

export type Gateway = YogaServerInstance<object, GatewayContext>;

/** Builds the Yoga instance: schema, per-request context, masked errors, /healthz. */
export function createGateway(options: GatewayOptions): Gateway {
  const { store } = options;
  return createYoga<object, GatewayContext>({
    schema: buildSchema(),
    // A new object per request: Pothos keys its DataLoaders on the context object.
    context: () => ({ store }),
    graphiql: options.graphiql ?? false,
    maskedErrors: true,
    logging: options.logging ?? true,
    plugins: [useHealthz(store, options.redis)],
  });
}
