/**
 * The one Pothos builder: Relay connections and nodes, DataLoader batching, non-null by default,
 * and each field's cost for the query complexity limit (see complexity.ts).
 */
import SchemaBuilder from '@pothos/core';
import ComplexityPlugin from '@pothos/plugin-complexity';
import DataloaderPlugin from '@pothos/plugin-dataloader';
import RelayPlugin from '@pothos/plugin-relay';
import type { GatewayContext } from '../context.js';

export const builder = new SchemaBuilder<{
  Context: GatewayContext;
  DefaultFieldNullability: false;
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
}>({
  plugins: [RelayPlugin, DataloaderPlugin, ComplexityPlugin],
  defaultFieldNullability: false,
  relay: {
    // A connection's own field multiplies by `first` (paging.ts): its edges are those items.
    edgesFieldOptions: { nullable: { list: false, items: false }, complexity: { multiplier: 1 } },
    nodeFieldOptions: { nullable: false },
    nodesQueryOptions: { complexity: ({ ids }) => ({ multiplier: ids.length }) },
  },
  complexity: {
    // Every field costs 1; a list's selection counts once per expected item: 10 unless the
    // field says otherwise.
    defaultComplexity: 1,
    defaultListMultiplier: 10,
    // The limit is checked once per request before execution, where the variables are known
    // (complexity.ts), not by the plugin inside each root resolver, whose refusal would be a
    // field error with HTTP 200.
    disabled: true,
  },
});
