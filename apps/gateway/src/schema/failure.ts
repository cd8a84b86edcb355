/** Inputs that did not become articles, for users to see and retry. */
import type { IngestionFailure } from '@wiredesk/domain';
import { builder } from './builder.js';

export const IngestionFailureType = builder
  .objectRef<IngestionFailure>('IngestionFailure')
  .implement({
    fields: (t) => ({
      id: t.exposeID('id'),
      jobId: t.exposeString('jobId', {
        description: 'Retrying re-enqueues the file under this id.',
      }),
      file: t.exposeString('file'),
      code: t.exposeString('code', { description: 'A parse error code, or e.g. SOURCE_MISSING.' }),
      message: t.exposeString('message'),
      attempts: t.exposeInt('attempts'),
      failedAt: t.exposeString('failedAt', { description: 'ISO 8601 timestamp.' }),
    }),
  });
