/** The CLI's environment: read once, validated; only the commands that connect call these. */
import { z } from 'zod';

const Env = z.object({
  REDIS_URL: z.url({ protocol: /^rediss?$/ }).default('redis://127.0.0.1:6379'),
  DATABASE_URL: z
    .url({ protocol: /^postgres(ql)?$/ })
    .default('postgres://postgres@127.0.0.1:5432/wiredesk'),
  QUEUE_PREFIX: z.string().min(1).default('{wiredesk}'),
});

export interface CliEnv {
  redisUrl: string;
  databaseUrl: string;
  queuePrefix: string;
}

/** A bad environment variable; the message names it. */
export class CliEnvError extends Error {
  override readonly name = 'CliEnvError';
  readonly code = 'INVALID_ENV';
}

export function readCliEnv(source: NodeJS.ProcessEnv = process.env): CliEnv {
  const cleaned = Object.fromEntries(Object.entries(source).filter(([, value]) => value !== ''));
  const parsed = Env.safeParse(cleaned);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new CliEnvError(
      `invalid ${issue?.path.join('.') ?? 'environment'}: ${issue?.message ?? 'bad value'}`,
    );
  }
  return {
    redisUrl: parsed.data.REDIS_URL,
    databaseUrl: parsed.data.DATABASE_URL,
    queuePrefix: parsed.data.QUEUE_PREFIX,
  };
}
