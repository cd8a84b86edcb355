/** Yoga's logger interface on top of pino, so the gateway writes one JSON log stream. */
import type { Logger } from 'pino';
import type { YogaLogger } from 'graphql-yoga';

type Level = 'debug' | 'info' | 'warn' | 'error';

export function yogaLogger(logger: Logger): YogaLogger {
  const forward =
    (level: Level) =>
    (...args: unknown[]): void => {
      const [first, ...rest] = args;
      if (first instanceof Error) logger[level]({ err: first }, first.message);
      else if (rest.length === 0) logger[level](String(first));
      else logger[level]({ details: rest }, String(first));
    };
  return {
    debug: forward('debug'),
    info: forward('info'),
    warn: forward('warn'),
    error: forward('error'),
  };
}
