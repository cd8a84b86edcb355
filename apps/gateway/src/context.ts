import type { IngestQueue } from '@wiredesk/queue';
import type { Store } from '@wiredesk/store';
import type { KeyStatus } from './auth.js';
import type { ArticleEvents } from './live/article-events.js';

/** The part of the ingest queue the gateway uses. */
export type IngestService = Pick<
  IngestQueue,
  'addContent' | 'getJobStatus' | 'retryJob' | 'retryFailed' | 'getDepth'
>;

/** What every resolver sees. A fresh object per request, so DataLoader caches never leak across requests. */
export interface GatewayContext {
  store: Store;
  /** Absent when the gateway runs without Redis: ingestion fields then answer NOT_AVAILABLE. */
  ingest: IngestService | undefined;
  articleEvents: ArticleEvents | undefined;
  /** Whether the request carried one of the configured API keys, another key, or none. */
  keyStatus: KeyStatus;
}
