#!/usr/bin/env node
/** Entry point of the `wiredesk` bin: run the program, turn expected errors into one line. */
import { createProgram } from './program.js';

/** Errors that carry a message meant for users (unreachable service, bad env): no stack trace. */
function isUserFacing(error: unknown): error is Error & { code: string } {
  if (!(error instanceof Error)) return false;
  const code = (error as { code?: unknown }).code;
  return (
    typeof code === 'string' &&
    /^(QUEUE_UNAVAILABLE|STORE_UNAVAILABLE|MIGRATION_FAILED|INVALID_ENV|INVALID_ARGUMENT)$/.test(
      code,
    )
  );
}

const { program, result } = createProgram();
try {
  await program.parseAsync(process.argv);
  process.exitCode = result.exitCode;
} catch (error) {
  process.stderr.write(
    `wiredesk: ${isUserFacing(error) ? error.message : error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
  );
  process.exitCode = 1;
}
