/**
 * Ingestion through the API: submit a file (needs an API key), follow its job, retry it.
 * The queue does the work; the gateway only enqueues and reads job state.
 */
import { createContextCache } from '@pothos/core';
import {
  MAX_JOB_CONTENT_BYTES,
  type FeedItemJob,
  type IngestedArticle,
  type IngestJobStatus,
  type JobFailure,
} from '@wiredesk/queue';
import DataLoader from 'dataloader';
import { GraphQLError } from 'graphql';
import { authError } from '../auth.js';
import type { GatewayContext, IngestService } from '../context.js';
import { ArticleNode } from './article.js';
import { builder } from './builder.js';
import { readContentType, toUtf8 } from './content-type.js';
import { badUserInput } from './errors.js';

const EnqueueStatusEnum = builder.enumType('EnqueueStatus', {
  values: {
    ADDED: { value: 'added', description: 'A new job.' },
    DUPLICATE: { value: 'duplicate', description: 'The same content is already queued or done.' },
    RETRIED: { value: 'retried', description: 'Its failed job was moved back to the queue.' },
  } as const,
});

const JobStateEnum = builder.enumType('IngestionJobState', {
  values: ['WAITING', 'ACTIVE', 'DELAYED', 'COMPLETED', 'FAILED', 'UNKNOWN'] as const,
});

const ContentEncodingEnum = builder.enumType('ContentEncoding', {
  values: ['UTF8', 'BASE64'] as const,
});

const EnqueuedType = builder
  .objectRef<{ jobId: string; status: 'added' | 'duplicate' | 'retried' }>('IngestionEnqueued')
  .implement({
    fields: (t) => ({
      jobId: t.exposeString('jobId', { description: 'Derived from the content hash.' }),
      status: t.expose('status', { type: EnqueueStatusEnum }),
    }),
  });

const JobFailureType = builder.objectRef<JobFailure>('IngestionJobFailure').implement({
  fields: (t) => ({ code: t.exposeString('code'), message: t.exposeString('message') }),
});

const IngestedArticleType = builder
  .objectRef<{ articleId: string; created: boolean }>('IngestedArticle')
  .implement({
    fields: (t) => ({
      articleId: t.exposeString('articleId'),
      created: t.exposeBoolean('created'),
      article: t.field({ type: ArticleNode, nullable: true, resolve: (a) => a.articleId }),
    }),
  });

/** Job states per request, so a feed's articles and its items read each item job once. */
const jobStatuses = createContextCache(
  (context: GatewayContext) =>
    new DataLoader<string, IngestJobStatus>((ids) =>
      Promise.all(ids.map((id) => ingestService(context).getJobStatus(id))),
    ),
);

/**
 * A file's articles: its own, or for a feed those its item jobs stored so far (each item job
 * stores one; items still queued or failed have none yet).
 */
async function articlesOf(
  job: IngestJobStatus,
  context: GatewayContext,
): Promise<IngestedArticle[]> {
  const items = job.result?.items ?? [];
  if (items.length === 0) return job.result?.articles ?? [];
  const statuses = await jobStatuses(context).loadMany(items.map((item) => item.jobId));
  return statuses.flatMap((status) =>
    status instanceof Error ? [] : (status.result?.articles ?? []),
  );
}

const JobStatusType = builder.objectRef<IngestJobStatus>('IngestionJob');

const FeedItemType = builder.objectRef<FeedItemJob>('IngestionFeedItem').implement({
  description: 'One item of a feed file, stored by a job of its own.',
  fields: (t) => ({
    jobId: t.exposeString('jobId'),
    sourceUri: t.exposeString('sourceUri', { description: "The item's guid or link." }),
    status: t.expose('status', {
      type: EnqueueStatusEnum,
      description: 'DUPLICATE: the item was already queued or stored (another feed, or before).',
    }),
    job: t.field({
      type: JobStatusType,
      resolve: (item, _args, context) => jobStatuses(context).load(item.jobId),
    }),
  }),
});

JobStatusType.implement({
  fields: (t) => ({
    jobId: t.exposeString('jobId'),
    state: t.field({
      type: JobStateEnum,
      resolve: (job) => job.state.toUpperCase() as typeof JobStateEnum.$inferType,
    }),
    attemptsMade: t.exposeInt('attemptsMade'),
    articles: t.field({
      type: [IngestedArticleType],
      description: "The articles stored: the file's, or for a feed those of its items so far.",
      resolve: (job, _args, context) => articlesOf(job, context),
    }),
    items: t.field({
      type: [FeedItemType],
      description: 'For a feed file: the job of each of its items. Empty for other files.',
      resolve: (job) => job.result?.items ?? [],
    }),
    failure: t.expose('failure', { type: JobFailureType, nullable: true }),
  }),
});

const IngestArticleInput = builder.inputType('IngestArticleInput', {
  fields: (t) => ({
    filename: t.string({
      required: true,
      description:
        'Names the file in failures and job status; the format is read from the content.',
    }),
    content: t.string({ required: true }),
    contentType: t.string({
      description:
        'Media type, e.g. "text/plain", "text/html; charset=windows-1252", "application/json". ' +
        'Types that cannot hold an article are refused; the charset decodes BASE64 content.',
    }),
    encoding: t.field({ type: ContentEncodingEnum, defaultValue: 'UTF8' }),
    uri: t.string({ description: 'Kept as the source uri; default api:<filename>.' }),
  }),
});

function ingestService(context: GatewayContext): IngestService {
  if (context.ingest === undefined) {
    throw new GraphQLError('Ingestion is not enabled on this gateway', {
      extensions: { code: 'NOT_AVAILABLE' },
    });
  }
  return context.ingest;
}

function requireApiKey(context: GatewayContext): void {
  if (context.keyStatus !== 'valid') throw authError(context.keyStatus, 'Mutations');
}

builder.queryField('ingestionJob', (t) =>
  t.field({
    type: JobStatusType,
    description: 'The state of an ingestion job, e.g. one returned by ingestArticle.',
    args: { jobId: t.arg.string({ required: true }) },
    resolve: (_root, args, context) => ingestService(context).getJobStatus(args.jobId),
  }),
);

builder.mutationType({
  fields: (t) => ({
    ingestArticle: t.field({
      type: EnqueuedType,
      description: 'Queues a file for ingestion. The same content is only ingested once.',
      args: { input: t.arg({ type: IngestArticleInput, required: true }) },
      resolve: async (_root, { input }, context) => {
        requireApiKey(context);
        const declared = input.contentType == null ? undefined : readContentType(input.contentType);
        const base64 = input.encoding === 'BASE64';
        const raw = base64
          ? Buffer.from(input.content, 'base64')
          : Buffer.from(input.content, 'utf8');
        // A GraphQL string is Unicode already; only base64 bytes can be in another charset.
        const bytes =
          base64 && declared?.charset !== undefined ? toUtf8(raw, declared.charset) : raw;
        if (bytes.length > MAX_JOB_CONTENT_BYTES) {
          throw badUserInput(
            `content is ${bytes.length} bytes; the limit is ${MAX_JOB_CONTENT_BYTES}`,
          );
        }
        return ingestService(context).addContent({
          bytes,
          fileName: input.filename,
          uri: input.uri ?? `api:${input.filename}`,
        });
      },
    }),
    retryIngestion: t.boolean({
      description: 'Moves a failed job back to the queue; false when it had not failed.',
      args: { jobId: t.arg.string({ required: true }) },
      resolve: (_root, args, context) => {
        requireApiKey(context);
        return ingestService(context).retryJob(args.jobId);
      },
    }),
    retryFailures: t.int({
      description:
        'Moves every failed job with this failure code (e.g. "SOURCE_MISSING") back to the queue; ' +
        'without a code, every failed job. Returns how many were moved.',
      args: { code: t.arg.string() },
      resolve: (_root, args, context) => {
        requireApiKey(context);
        return ingestService(context).retryFailed(args.code == null ? {} : { code: args.code });
      },
    }),
  }),
});
