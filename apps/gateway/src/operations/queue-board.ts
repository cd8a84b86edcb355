/**
 * Bull Board at /admin/queues: the ingest queue's jobs, their data and failures, with retry and
 * clean buttons. Only admin keys open it: `Authorization: Bearer <key>`, `X-API-Key: <key>`, or
 * HTTP Basic with the key as password (any user name), so a browser can sign in by itself.
 */
import { createBullBoard } from '@bull-board/api';
import { BullMQAdapter } from '@bull-board/api/bullMQAdapter';
import { HonoAdapter } from '@bull-board/hono';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Plugin } from 'graphql-yoga';
import { Hono } from 'hono';
import { createKeyChecker, presentedKey } from '../auth.js';

type BoardQueue = ConstructorParameters<typeof BullMQAdapter>[0];

export interface QueueBoardOptions {
  /** A BullMQ queue (createDashboardQueue from @wiredesk/queue). */
  queue: BoardQueue;
  /** Keys that open the board; none: the board refuses everyone. */
  adminKeys: readonly string[];
  path?: string;
}

/** The key of `Authorization: Basic base64(user:key)`, if that is what came. */
function basicPassword(headers: Headers): string | null {
  const basic = /^Basic\s+(\S+)$/i.exec(headers.get('authorization') ?? '');
  if (basic?.[1] === undefined) return null;
  const decoded = Buffer.from(basic[1], 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  return colon < 0 ? null : decoded.slice(colon + 1);
}

function refusal(fetchAPI: { Response: typeof Response }, status: 401 | 403, message: string) {
  return fetchAPI.Response.json(
    {
      errors: [{ message, extensions: { code: status === 401 ? 'UNAUTHENTICATED' : 'FORBIDDEN' } }],
    },
    {
      status,
      headers: status === 401 ? { 'www-authenticate': 'Basic realm="wiredesk admin"' } : {},
    },
  );
}

export function useQueueBoard(options: QueueBoardOptions): Plugin {
  const path = options.path ?? '/admin/queues';
  const adapter = new HonoAdapter(serveStatic).setBasePath(path);
  createBullBoard({ queues: [new BullMQAdapter(options.queue)], serverAdapter: adapter });
  const app = new Hono().route(path, adapter.registerPlugin());
  const isAdmin = createKeyChecker(options.adminKeys);
  return {
    async onRequest(event) {
      const { request, url, fetchAPI } = event;
      const endResponse = (response: Response) => event.endResponse(response);
      if (url.pathname !== path && !url.pathname.startsWith(`${path}/`)) return;
      if (options.adminKeys.length === 0) {
        endResponse(
          refusal(fetchAPI, 403, 'The queue board is off: set ADMIN_API_KEYS to open it'),
        );
        return;
      }
      const key = basicPassword(request.headers) ?? presentedKey(request.headers);
      if (key === null || key === '') {
        endResponse(refusal(fetchAPI, 401, 'The queue board needs an admin key'));
        return;
      }
      if (!isAdmin(key)) {
        endResponse(refusal(fetchAPI, 403, 'The key is not an admin key'));
        return;
      }
      endResponse(await app.fetch(request));
    },
  };
}
