/** What an ingest job carries and what it returns, shared by producers (CLI, gateway) and the worker. */
import type { Article } from '@wiredesk/domain';

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

/** A file to ingest: in the shared inbox, or carried in the job. */
export type IngestJobData = InboxIngestJobData | ContentIngestJobData;

/**
 * One item of a feed, fanned out by the feed file's job: its article is already parsed, so the
 * item job only stores and announces it. Its job id derives from the item's source uri and content
 * hash (see jobIdForItem), so the same item in two feeds, or the same feed twice, is one job.
 */
export interface ItemIngestJobData {
  kind: 'item';
  /** The feed file's job that added this item first. */
  feedJobId: string;
  /** The item's guid / Atom id, as the parser made it the article's source uri. */
  sourceUri: string;
  contentHash: string;
  /** The parsed article; null once the job completed (the store has it, Redis need not). */
  article: Article | null;
}

/** Any job the ingest processor runs: a file, or a feed item. */
export type IngestTaskData = IngestJobData | ItemIngestJobData;

/** Data of the scheduler-produced inbox scan jobs: none, each worker knows its inbox. */
export type InboxScanJobData = Record<string, never>;

/** One stored article of a completed ingest job. */
export interface IngestedArticle {
  articleId: string;
  /** false when the store already held the same article. */
  created: boolean;
}

/** One item job of a feed file's job, and whether that feed's job added it. */
export interface FeedItemJob {
  jobId: string;
  sourceUri: string;
  /** `duplicate`: the item's job already existed (another feed, or the same feed before). */
  status: 'added' | 'duplicate' | 'retried';
}

/** What a completed ingest job returns. */
export interface IngestJobResult {
  /** The file, or for an item job the item's source uri. */
  file: string;
  /** Articles this job stored; empty for a feed file, whose items store theirs. */
  articles: IngestedArticle[];
  /** For a feed file: the item jobs it fanned out, one per item. */
  items?: FeedItemJob[];
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
