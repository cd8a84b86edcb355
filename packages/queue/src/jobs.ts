/** What an ingest job carries and what it returns, shared by producers (CLI, gateway) and the worker. */

/** A file in the shared inbox volume, by its path relative to the inbox root. */
export interface InboxIngestJobData {
  kind: 'inbox';
  /** Path relative to the inbox root, '/'-separated: the volume may be mounted elsewhere per host. */
  path: string;
  /** SHA-256 hex of the content when it was scanned (the job id derives from it). */
  contentHash: string;
  size: number;
  mtimeMs: number;
}

/** A file submitted from another machine (CLI, API): its bytes travel in the job. */
export interface ContentIngestJobData {
  kind: 'content';
  fileName: string;
  /** Where the file came from, kept as the article's source uri. */
  uri: string;
  contentHash: string;
  contentBase64: string;
}

export type IngestJobData = InboxIngestJobData | ContentIngestJobData;

/** Data of the scheduler-produced inbox scan jobs: none, each worker knows its inbox. */
export type InboxScanJobData = Record<string, never>;

/** One stored article of a completed ingest job. */
export interface IngestedArticle {
  articleId: string;
  /** false when the store already held the same article. */
  created: boolean;
}

/** What a completed ingest job returns. */
export interface IngestJobResult {
  file: string;
  articles: IngestedArticle[];
}

/** What a completed inbox scan returns. */
export interface InboxScanResult {
  /** Files seen in the inbox. */
  files: number;
  /** Files enqueued (new content, or content whose last job had failed). */
  enqueued: number;
  /** Files skipped: unchanged since the last scan, or content already queued or done. */
  unchanged: number;
  /** Paths rejected: symlinks leading outside the inbox, unreadable entries. */
  rejected: string[];
}
