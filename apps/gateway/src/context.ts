import type { Store } from '@wiredesk/store';

/** What every resolver sees. A fresh object per request, so DataLoader caches never leak across requests. */
export interface GatewayContext {
  store: Store;
}
