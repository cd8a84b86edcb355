import { createRequire } from 'node:module';
import { defineConfig } from 'vitest/config';

const require = createRequire(import.meta.url);

export default defineConfig({
  resolve: {
    // graphql 16 has no "exports" map: Node loads its CommonJS build (as Yoga does) while Vite
    // would pick index.mjs for our sources. Two copies break `instanceof GraphQLError`, so
    // Yoga would mask our BAD_USER_INPUT errors. Point Vite at the same file Node uses.
    alias: [{ find: /^graphql$/, replacement: require.resolve('graphql') }],
  },
});
