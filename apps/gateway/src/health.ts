/** GET /healthz: 200 when Postgres (and Redis, if given) answer, 503 naming what does not. */
import type { Plugin } from 'graphql-yoga';

export type CheckStatus = 'ok' | 'unavailable' | 'not configured';

export interface HealthReport {
  status: 'ok' | 'unavailable';
  postgres: CheckStatus;
  redis: CheckStatus;
}

/** Anything with ping(): the Store, an ioredis client. */
export interface Pingable {
  ping(): Promise<unknown>;
}

// A hung dependency must not hang the probe: orchestrators time out and restart instead.
const checkTimeoutMs = 2_000;

async function check(target: Pingable | undefined): Promise<CheckStatus> {
  if (target === undefined) return 'not configured';
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('health check timed out')), checkTimeoutMs);
  });
  try {
    await Promise.race([target.ping(), timeout]);
    return 'ok';
  } catch {
    return 'unavailable';
  } finally {
    clearTimeout(timer);
  }
}

export async function healthReport(postgres: Pingable, redis?: Pingable): Promise<HealthReport> {
  const [pg, rd] = await Promise.all([check(postgres), check(redis)]);
  const ok = pg === 'ok' && rd !== 'unavailable';
  return { status: ok ? 'ok' : 'unavailable', postgres: pg, redis: rd };
}

/** Yoga plugin answering `path` before GraphQL handling. */
export function useHealthz(postgres: Pingable, redis?: Pingable, path = '/healthz'): Plugin {
  return {
    async onRequest(event) {
      if (event.url.pathname !== path) return;
      const report = await healthReport(postgres, redis);
      const status = report.status === 'ok' ? 200 : 503;
      event.endResponse(event.fetchAPI.Response.json(report, { status }));
    },
  };
}
