import { statementKinds, type StatementKind } from '@wiredesk/domain';

/** True for "DIRECT", "PARTIAL" and "INDIRECT". */
export function isStatementKind(value: unknown): value is StatementKind {
  return typeof value === 'string' && (statementKinds as readonly string[]).includes(value);
}
