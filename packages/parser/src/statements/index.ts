export { extractPeople, extractStatements, type StatementInput } from './extract.js';
export type { StatementDraft } from './draft.js';
