/**
 * One server for the HTTP benchmark, in its own process so it does not share a CPU with the load
 * generator: `gateway` (the real gateway over the bench store, default response cache),
 * `gateway-uncached`, or `hello` (a hello-world Yoga).
 * Prints `listening <port>` once ready.
 */
import { createServer } from 'node:http';
import { createStore } from '@wiredesk/store';
import { createSchema, createYoga } from 'graphql-yoga';
import { Registry } from 'prom-client';
import { createGateway } from '../src/create-gateway.js';

const [kind, databaseUrl = '', schema = ''] = process.argv.slice(2);

function helloWorld() {
  return createYoga({
    schema: createSchema({
      typeDefs: 'type Query { hello: String! }',
      resolvers: { Query: { hello: () => 'world' } },
    }),
    logging: false,
  });
}

const handler =
  kind === 'hello'
    ? helloWorld()
    : createGateway({
        store: createStore({ databaseUrl, schema, poolSize: 20 }),
        logging: false,
        // Counted as in production: the metrics plugin runs on every request.
        metricsRegistry: new Registry(),
        // The gateway's default (RESPONSE_CACHE_TTL_MS=30000), or off for `gateway-uncached`.
        responseCacheTtlMs: kind === 'gateway' ? 30_000 : 0,
      });
const server = createServer((request, response) => void handler(request, response));
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`listening ${typeof address === 'object' && address !== null ? address.port : 0}`);
});
process.on('SIGTERM', () => server.close(() => process.exit(0)));
