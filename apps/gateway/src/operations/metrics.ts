/**
 * Prometheus metrics of one gateway process at GET /metrics: GraphQL requests by operation and
 * outcome, how long they took, and the ingest queue's depth (read from Redis when scraped).
 */
import type { QueueDepth } from '@wiredesk/queue';
import { Kind, parse, type OperationDefinitionNode } from 'graphql';
import { isAsyncIterable, type Plugin } from 'graphql-yoga';
import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/**
 * How a request ended: answered (`ok`), answered from the response cache (`cached`), answered
 * with GraphQL errors (`error`), refused before any GraphQL ran (`rejected`: a body too large, a
 * CSRF check, a malformed request), or a subscription stream (`stream`).
 */
export type RequestOutcome = 'ok' | 'cached' | 'error' | 'rejected' | 'stream';

export interface MetricsOptions {
  registry: Registry;
  /** The ingest queue's depth, for the queue gauge; without it the gauge is not registered. */
  queueDepth?: (() => Promise<QueueDepth>) | undefined;
  path?: string;
}

// Labels come from the schema's root fields, not from client-chosen operation names, so a client
// cannot grow the number of series. Documents seen are remembered, up to this many.
const maxRememberedDocuments = 1000;

/** `query articles`, `mutation ingestArticle`, `query search,speakers`; `invalid` if unparsable. */
function operationLabel(query: string, operationName: string | undefined): string {
  try {
    const operations = parse(query).definitions.filter(
      (d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION,
    );
    const operation =
      operationName === undefined
        ? operations[0]
        : operations.find((o) => o.name?.value === operationName);
    if (operation === undefined) return 'invalid';
    const fields = operation.selectionSet.selections
      .map((s) => (s.kind === Kind.FIELD ? s.name.value : '…'))
      .filter((name, i, all) => all.indexOf(name) === i)
      .sort()
      .slice(0, 3);
    return `${operation.operation} ${fields.join(',')}`;
  } catch {
    return 'invalid';
  }
}

interface Timing {
  stop: (labels: { operation: string; outcome: RequestOutcome }) => number;
  operation?: string;
  outcome?: RequestOutcome;
}

/** The metrics plugin: counts and times every GraphQL request, and answers `path` with the registry. */
export function useMetrics(options: MetricsOptions): Plugin {
  const { registry } = options;
  const path = options.path ?? '/metrics';
  const requests = new Counter({
    name: 'wiredesk_gateway_requests_total',
    help: 'GraphQL requests by operation (type and root fields) and outcome.',
    labelNames: ['operation', 'outcome'],
    registers: [registry],
  });
  const duration = new Histogram({
    name: 'wiredesk_gateway_request_duration_seconds',
    help: 'Time from request to response headers, by operation and outcome.',
    labelNames: ['operation', 'outcome'],
    buckets: [0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 10],
    registers: [registry],
  });
  const { queueDepth } = options;
  if (queueDepth !== undefined) {
    new Gauge({
      name: 'wiredesk_queue_jobs',
      help: 'Jobs in the ingest queue by state (the whole queue, as every worker sees it).',
      labelNames: ['state'],
      registers: [registry],
      async collect() {
        const depth: Record<string, number> = { ...(await queueDepth()) };
        for (const [state, count] of Object.entries(depth)) this.set({ state }, count);
      },
    });
  }

  const labels = new Map<string, string>();
  const timings = new WeakMap<Request, Timing>();
  return {
    async onRequest(event) {
      const { request, url, fetchAPI } = event;
      if (url.pathname === path) {
        if (request.method !== 'GET') return;
        const body = await registry.metrics();
        event.endResponse(
          new fetchAPI.Response(body, { headers: { 'content-type': registry.contentType } }),
        );
        return;
      }
      timings.set(request, { stop: duration.startTimer() });
    },
    onParams({ request, params }) {
      const timing = timings.get(request);
      if (timing === undefined) return;
      const key = `${params.operationName ?? ''}\n${params.query ?? ''}`;
      let label = labels.get(key);
      if (label === undefined) {
        label = operationLabel(params.query ?? '', params.operationName ?? undefined);
        if (labels.size >= maxRememberedDocuments) labels.clear();
        labels.set(key, label);
      }
      timing.operation = label;
    },
    onResultProcess({ request, result }) {
      const timing = timings.get(request);
      if (timing === undefined) return;
      if (isAsyncIterable(result)) timing.outcome = 'stream';
      else {
        const results = Array.isArray(result) ? result : [result];
        if (results.some((r) => r.errors !== undefined && r.errors.length > 0)) {
          timing.outcome = 'error';
        } else {
          const cached = results.every((r) => Symbol.for('servedFromResponseCache') in r);
          timing.outcome = cached ? 'cached' : 'ok';
        }
      }
    },
    onResponse({ request, response }) {
      const timing = timings.get(request);
      // Neither GraphQL nor refused: GraphiQL's page, a CORS preflight, /healthz.
      if (timing === undefined || (timing.operation === undefined && response.status < 400)) return;
      const outcome = timing.outcome ?? 'rejected';
      const operation = timing.operation ?? 'none';
      requests.inc({ operation, outcome });
      timing.stop({ operation, outcome });
    },
  };
}
